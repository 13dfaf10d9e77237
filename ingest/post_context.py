"""What a post's reading takes from around the title chain: asides between a name and its posts,
bodies named before that a head alone refers to ("Phó Tổng giám đốc Tập đoàn"), and bodies outside
the lists that a title names by a head and describing words up to what closes the name.

`Context` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LOWER, WS, Knowledge, alternation, key, skip_ws

_SPAN = rf"(?:[IVXL]+|\d{{4}}(?:(?:{WS})?[-–](?:{WS})?\d{{4}})?)"  # "XII", "2016-2021": which term or years
# A term after a post or a body ("khóa XII", "nhiệm kỳ 2016-2021"), as a pattern to build on.
TERM = rf"{WS}(?:khóa|khoá|nhiệm kỳ){WS}{_SPAN}(?!\w)"
# "nhiệm kỳ 2011-2016", ", giai đoạn 2010 - 2015", "trong thời gian 2011-2016", "khóa 14": a term or a period after a post
PERIOD = (rf"(?:(?:,|{WS}và)?{WS}(?:(?:khóa|khoá){WS}\d{{1,2}}|(?:khóa|khoá|nhiệm kỳ|trong thời gian|giai đoạn){WS}"
          rf"{_SPAN})(?!\w))+")
_CODE = re.compile(r"[A-ZĐ]+\d+")  # a unit's code ("PC49"), not its name
_WORD = re.compile(r"(?<!\w)\w+")
_DESCRIBED = re.compile(rf"(?:{WS}[{LOWER}]\w*){{1,2}}")  # "Ban Chỉ đạo| thi": words in lower case after a head
_COMMA = re.compile(r"[ \t]*,")
_SEMI_VERB = re.compile(r"[ \t]*;(?=[ \t])")
_BRACKET_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)(?=[ \t]*[-–][ \t])")  # "X (Đồng Nai) - phó chủ nhiệm ..."


@dataclass
class Post:
    title: str
    body: Body | None = None
    implied: str | None = None  # canonical body a bare title names ("Tổng Bí thư")
    pending: str | None = None  # a party group named bare ("Bí thư Đảng đoàn, Chủ tịch X")
    start: int = 0
    end: int = 0
    former: bool = False  # "nguyên Bộ trưởng", "cựu Chủ tịch"
    unread: bool = False  # a title whose body we cannot read; the chain goes on after it
    unit: str | None = None  # "Phó phòng Tham mưu, người phát ngôn Công an tỉnh X": the unit, its parent the next item's
    listed: bool = False  # a bare title shared by a list of names ("các Phó Chủ tịch gồm ông A và ông B")
    outer: bool = False  # "Đảng ủy viên" bare: `pending` hosted by a body read later in the chain, not a unit's


class Context:
    """Asides, bodies named before and bodies a title closes (see the module's docstring)."""

    kb: Knowledge
    verb_re: re.Pattern[str] | None

    def init_context(self, kb: Knowledge) -> None:
        t = kb.title_data
        asides = t.get("asides") or {}
        born, home = [str(w) for w in asides.get("born") or []], [str(w) for w in asides.get("residence") or []]
        age = [str(w) for w in asides.get("age") or []]
        said = [rf"(?:{alternation(born)}){WS}\d{{4}}"] if born else []
        said += [rf"\d{{1,3}}{WS}(?:{alternation(age)})"] if age else []
        # ", sinh năm 1957," and ", 52 tuổi,", or with no comma before ("Ông X 52 tuổi, quê Y, ..." opens a
        # biography); in brackets before a comma: "X (SN 1958), nguyên giám đốc ..."
        self.born_re = re.compile(rf",?{WS}(?:{'|'.join(said)})(?=[ \t]*,)") if said else None
        # also with the place of residence or home town: "X (57 tuổi, ngụ quận A, TP. B), nguyên ...", "X (quê Y), ..."
        lived = rf"(?:{alternation(home)}){WS}[^()\n]{{2,60}}" if home else None
        inner = "|".join(said) if lived is None else rf"(?:{'|'.join(said)})(?:[ \t]*,{WS}{lived})?|{lived}"
        self.born_bracket_re = re.compile(rf"[ \t]*\([ \t]*(?:{inner})[ \t]*\)") \
            if said else None
        # ", quê Y,", ", quê xã Y (huyện Z, tỉnh T),"; before a semicolon or "là": ", quê Y; từng ...", ", quê Y là ..."
        self.home_re = re.compile(rf",{WS}(?:{alternation(home)}){WS}[^,;:()\n]{{2,40}}?(?:[ \t]*\([^()\n]{{1,40}}\))?"
                                  rf"(?=[,;]|{WS}là{WS})") if home else None
        degrees, leads = ([str(w) for w in asides.get(k) or []] for k in ("degrees", "degree_leads"))
        lead = rf"(?:(?:{alternation(leads)}){WS})?" if leads else ""
        self.degree_re = re.compile(  # ", là giáo sư, tiến sĩ kinh tế,", "; thạc sĩ luật;"
            rf"[ \t]*[,;]{WS}(?:là{WS})?{lead}(?:{alternation(degrees)})(?!\w)[^,;:()\n.]{{0,40}}(?=[ \t]*[,;])",
            re.IGNORECASE) if degrees else None
        nick = [str(w) for w in asides.get("nickname") or []]  # "X (tức Y "Z") làm Chủ tịch ..."
        self.nick_re = re.compile(rf"[ \t]*\([ \t]*(?:{alternation(nick)}){WS}[^()\n]{{1,60}}\)") if nick else None
        nb = kb.grammar.get("named_before") or {}
        self.before_heads = [str(h) for h in nb.get("heads") or []]
        self.before_re = re.compile(rf"(?:{alternation(self.before_heads)})(?!\w)", re.IGNORECASE) \
            if self.before_heads else None
        self.board_hosts = {str(k) for k in nb.get("board_host_kinds") or []}
        self.company_organs = {key(str(o)) for o in nb.get("company_organs") or []}
        follow = [str(w) for k in ("speech_verbs", "attend_verbs", "chair_verbs") for w in kb.cues.get(k) or []]
        follow += [str(w) for w in nb.get("followers") or []]
        self.before_follow = re.compile(rf"{WS}(?:{alternation(follow)})(?!\w)") if follow else None
        sc = kb.grammar.get("sentence_committee") or {}
        self.committee_titles = {str(t) for t in sc.get("titles") or []}
        self.committee_after = {str(w) for w in sc.get("followers") or []}
        tb = kb.grammar.get("titled_bodies") or {}
        self.titled_kinds = {key(h): str(k) for h, k in (tb.get("heads") or {}).items()}
        self.titled_forms = {key(h): str(h) for h in tb.get("heads") or {}}
        self.titled_re = re.compile(rf"(?:{alternation(list(tb.get('heads') or {}))})(?!\w)", re.IGNORECASE) \
            if tb.get("heads") else None
        self.titled_max = int(tb.get("max_words") or 10)
        not_heads = [str(h) for h in tb.get("not_heads") or []]
        self.titled_not = re.compile(rf"(?:{alternation(not_heads)})(?!\w)", re.IGNORECASE) if not_heads else None
        self.titled_stop = {str(w) for w in tb.get("stopwords") or []}
        self.titled_lower = {key(str(h)) for h in tb.get("lower_case_heads") or []}
        self.not_unit_words = {str(w) for w in t.get("not_unit_words") or []}

    def clause_at(self, s: str, q: int) -> bool:
        """A word that opens a clause, not a unit's name, stands at q (titles.yaml, not_unit_words)."""
        w = _WORD.match(s, q)
        return w is not None and w.group(0) in self.not_unit_words

    def closed_body(self, s: str, q: int) -> Body | None:
        """ "Chủ tịch Hội cựu thanh niên xung phong cho rằng": after a title, a head and the words that
        describe it up to what closes the name (body_grammar.yaml, titled_bodies)."""
        m = self.titled_re.match(s, q) if self.titled_re else None
        lower = not s[q].isupper()  # "Hiệu trưởng trường tiểu học Trí Phải Tây": a head written in lower case
        if m is None or (lower and key(m.group(0)) not in self.titled_lower) \
                or (self.titled_not and self.titled_not.match(s, q)) \
                or any(rx.match(s, q) for rx in (self.kb.organ_re, self.kb.local_head_re, self.kb.known_re)):
            return None
        p, end, words = skip_ws(s, m.end()), m.end(), list[str]()
        fallback: tuple[int, list[str]] | None = None  # the name as it stands before a dash within it
        while True:
            lm = self.kb.level_re.match(s, p) if words else None
            pm = self.kb.place_re.match(s, skip_ws(s, lm.end())) if lm else None
            prov = self.kb.province(pm.group(0)) if pm else None
            if lm and pm and prov:  # "Hội Phụ nữ tỉnh Thanh Hóa": the province closes the name
                if lower and not _named(words):
                    return None  # "giám đốc công ty tư nhân ở TP Pleiku"
                level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
                name = re.sub(r"\s+", " ", self.titled_forms[key(m.group(0))] + s[m.end():end])
                return Body(q, pm.end(), "local", name, level=level, place=str(prov["name"]), place_from="text",
                            entry={"kind": self.titled_kinds[key(m.group(0))], "english": "", "described": True})
            if p >= len(s) or s[p] in ",;.:()\n\"“”" or self._person_at(s, p):
                break
            if s[p] in "-–" and s[p - 1].isspace():
                if words[-1:] and (words[-1][:1].isupper() or s[skip_ws(s, p + 1):skip_ws(s, p + 1) + 1].isupper()) \
                        and fallback is None:  # "Hội Cầu - đường Đà Nẵng", "Phòng Tài chính - Kế hoạch huyện"
                    fallback, p = (end, list(words)), skip_ws(s, p + 1)
                    continue
                break
            fm = self.before_follow.match(s, end) if self.before_follow else None
            if fm and not (fm.group(0).strip() == "và" and not self._closes_at(s, skip_ws(s, fm.end()))):
                break  # "và" ends the name before a person or another body ("Quy hoạch và Phát triển" does not)
            w = _WORD.match(s, p)
            if w is None or w.group(0) in self.titled_stop or len(words) >= self.titled_max \
                    or (words and w.group(0)[:1].isupper() and self.kb.known_re.match(s, p)):
                if fallback is None and lower:  # "giám đốc công ty An Thạnh làm việc với ...": the name ends
                    fallback = _named_prefix(words, s, m.end())  # at its last capitalised word
                if fallback is None:
                    return None  # a clause, or another body's name
                end, words = fallback  # "Viện Kinh tế Việt Nam - khuyến nghị ...": the dash closed it
                break
            words.append(w.group(0))
            end, p = w.end(), skip_ws(s, w.end())
        if fallback is not None and not any(w[:1].isupper() for w in words[len(fallback[1]):]):
            end, words = fallback  # "... Việt Nam - khuyến nghị tăng ...": no name goes on after the dash
        if not words or self.kb.level_re.fullmatch(words[0]) or words[-1] == "và" \
                or (lower and not _named(words)) or _CODE.fullmatch(words[0]):
            return None  # a head in lower case names a body only with a capitalised name after it; "Phòng PC49"
        head = self.titled_forms[key(m.group(0))]
        kind = self.titled_kinds[key(m.group(0))]
        lm = self.kb.level_re.search(s, m.end(), end)
        if lm and lm.end() == end and lm.start() > skip_ws(s, m.end()):  # "... hàng không thành phố": the article's city
            level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
            name = re.sub(r"\s+", " ", head + s[m.end():lm.start()]).strip()
            return Body(q, end, "local", name, level=level, entry={"kind": kind, "english": "", "described": True})
        name = re.sub(r"\s+", " ", head + s[m.end():end])
        return Body(q, end, "known", name, entry={"kind": kind, "english": ""})

    def _closes_at(self, s: str, p: int) -> bool:
        return self._person_at(s, p) or any(rx.match(s, p) for rx in (
            self.kb.honorific_re, self.kb.title_re, self.kb.known_re, self.kb.local_head_re, self.kb.organ_re))

    def _person_at(self, s: str, p: int) -> bool:
        nm = self.kb.name_re.match(s, p)
        return bool(nm and len(nm.group(0).split()) >= 3 and nm.group(0).split()[0] in self.kb.surnames
                    and not self.kb.place_re.match(s, p))

    def _asides(self, s: str, p: int) -> int:
        """The end of the asides right after a name (titles.yaml, asides), or p."""
        bm = _BRACKET_ASIDE.match(s, p)
        if bm:
            return bm.end()
        nm = self.nick_re.match(s, p) if self.nick_re else None
        q = nm.end() if nm else p
        bm = self.born_bracket_re.match(s, q) if self.born_bracket_re else None
        if bm and not (_COMMA.match(s, bm.end()) or (self.verb_re and self.verb_re.match(s, bm.end()))):
            bm = None  # "X (57 tuổi), nguyên ...", "X (60 tuổi, quê Y) là ..."
        bm = bm or (self.born_re.match(s, q) if self.born_re else None)
        q = bm.end() if bm else q
        hm = self.home_re.match(s, q) if self.home_re else None
        if hm:  # the place of residence runs on over its levels ("quận A, thành phố B")
            q = hm.end()
            while True:
                lm = re.match(rf",{WS}", s[q:q + 3])
                nxt = q + lm.end() if lm else q
                pm = self.kb.level_re.match(s, nxt) if lm else None
                if pm is None:
                    break
                stop = re.search(r"[,;:()\n]", s[nxt:nxt + 40])
                if stop is None:
                    break
                q = nxt + stop.start()
            while (dm := self.degree_re.match(s, q) if self.degree_re else None) is not None:
                q = dm.end()  # the degrees of a biography: "..., quê Y; tiến sĩ kinh tế; hiện là A"
            sm = _SEMI_VERB.match(s, q)
            if sm and self.verb_re and self.verb_re.match(s, sm.end()):  # "X 64 tuổi, quê Y; là A, từng giữ chức B"
                q = sm.end()
        return q

    def _named_before(self, s: str, bodies: list[Body], posts: list[Post], names: set[int],
                      sent_start: int = 0) -> None:
        """ "ông A, Phó Tổng giám đốc Tập đoàn": a title with a head word alone holds its post in the one
        body of that head the article named before; "ông B, Thành viên HĐTV": a bare board is the board
        of the one company named before (body_grammar.yaml, named_before)."""
        heads = {key(h) for h in self.before_heads}
        for post in posts:
            b = post.body
            if b is not None and b.kind == "unit" and b.host is None and (key(b.name) in heads or any(
                    key(b.name).startswith(h + " ") and _DESCRIBED.fullmatch(b.name, len(h)) for h in heads)):
                post.body, post.end = None, b.start  # "Trưởng Ban Chỉ đạo Nguyễn Phú Trọng": a head alone
            if post.body is not None or post.implied:
                continue
            if post.unread:  # "Phó Trưởng ban Thường trực Ban Chỉ đạo thi, Chủ tịch ...": maybe a body named before
                self._head_before(s, bodies, post, names)
                continue
            if post.pending:
                spec = self.kb.organs.get(key(post.pending)) or {}
                board = spec.get("board") or (key(post.pending) in self.company_organs  # the last item
                                              and not any(q.start >= post.end for q in posts))  # of the chain
                host = named_earlier(self.kb, bodies, post.start, None, self.board_hosts) if board else None
                if host is None and spec.get("board"):  # "... thành lập công ty TNHH A (...), ông X làm Chủ tịch HĐTV"
                    host = self._last_in_sentence(bodies, sent_start, post.start)
                if host is not None:
                    post.body = Body(max(post.start, post.end - len(post.pending)), post.end, "organ", post.pending,
                                     host=host, part_of=bool(spec.get("part_of")))
                continue
            if post.title in self.committee_titles and not self._head_follows(s, post.end, names):
                committee = self._sentence_committee(bodies, sent_start, post.start)
                if committee is not None:  # "tại hội nghị Thành ủy X, Phó Bí thư Thường trực Y cho biết"
                    post.body = committee
                    continue
            self._head_before(s, bodies, post, names)

    def _head_before(self, s: str, bodies: list[Body], post: Post, names: set[int]) -> None:
        """ "Phó Tổng giám đốc Tập đoàn", "Phó Trưởng ban Ban Chỉ đạo thi": a head alone, or with words in lower
        case that the body's name holds, after a title names the one body of that head named before."""
        if self.before_re is None:
            return
        q = skip_ws(s, post.end)
        absorbed = self.kb.absorbs.get(post.title) or ""
        hm = self.before_re.match(s, q)
        end = hm.end() if hm else q
        if absorbed:  # "Trưởng ban chỉ đạo": the title holds the head's first word
            vm = self.before_re.match(f"{absorbed} {s[q:q + 40]}")
            if vm and vm.end() > len(absorbed) + 1 and q + vm.end() - len(absorbed) - 1 > end:
                hm, end = vm, q + vm.end() - len(absorbed) - 1
        if hm is None:
            return
        words: list[str] = []
        if self._name_goes_on(s, end, names):
            words, end = self._described(s, end, names)
            if not words:
                return
        head = next(h for h in self.before_heads if key(h) == key(hm.group(0)))
        body = named_earlier(self.kb, bodies, post.start, head, None, words)
        if body is None:
            return
        organ = self.kb.organs.get(key(absorbed)) if absorbed and hm.re is self.before_re and hm.pos == q else None
        if organ:  # "Chánh Văn phòng Ban chỉ đạo": the office of that body
            body = Body(post.start, end, "organ", organ["organ"], host=body, part_of=bool(organ.get("part_of")))
        elif absorbed and hm.pos == q and not key(hm.group(0)).startswith(key(absorbed) + " "):
            return  # "Cục trưởng Tập đoàn": no such post (but "Trưởng ban Thường trực Ban Chỉ đạo")
        post.body, post.end, post.unread, post.unit = body, end, False, None

    def _described(self, s: str, p: int, names: set[int]) -> tuple[list[str], int]:
        """ "Phó Trưởng ban Ban Chỉ đạo thi, ...": one or two words in lower case that close the name after a head,
        as words the body named before must hold, and where they end; none when the name goes on."""
        dm = _DESCRIBED.match(s, p)
        if dm is None or self._name_goes_on(s, dm.end(), names):
            return [], p
        return key(dm.group(0)).split(), dm.end()

    def _name_goes_on(self, s: str, p: int, names: set[int]) -> bool:
        """ "Công ty cổ phần Đầu tư ...", "Ban chỉ đạo thi": the head begins a name unless punctuation, a
        person's name or a verb (named_before.followers) follows it."""
        q = skip_ws(s, p)
        if q >= len(s) or q in names or re.match(r"[^\w\s]", s[q]):
            return False
        return not (self.before_follow and self.before_follow.match(s, p))

    def _head_follows(self, s: str, p: int, names: set[int]) -> bool:
        """A word that may begin a body's name follows the title ("Bí thư Đoàn ...", "Phó Bí thư chi bộ"),
        not punctuation, a person's name or a verb."""
        w = _WORD.match(s, skip_ws(s, p))
        if w is None or w.start() - p > 1 or w.start() in names:
            return False
        return w.group(0)[:1].isupper() or w.group(0) not in self.committee_after

    def _sentence_committee(self, bodies: list[Body], lo: int, hi: int) -> Body | None:
        """The one party committee named in the sentence before hi, maybe as an organ's host."""
        found = {n.canonical(self.kb): n for b in bodies if lo <= b.start < hi for n in b.nodes()
                 if n.kind in ("local", "known") and not n.generic and not n.unresolved() and n.is_committee(self.kb)}
        return copy.deepcopy(next(iter(found.values()))) if len(found) == 1 else None

    def _last_in_sentence(self, bodies: list[Body], lo: int, hi: int) -> Body | None:
        """The last company or bank (board_host_kinds) named in the sentence between lo and hi, or None."""
        found = [n for b in bodies if lo <= b.start < hi for n in b.nodes()
                 if not n.generic and not n.unresolved() and str(n.entry.get("kind")) in self.board_hosts]
        return copy.deepcopy(max(found, key=lambda n: n.start)) if found else None


def _named(words: list[str]) -> bool:
    """Words after a head in lower case that name a body: a capitalised word after at most two others
    ("trường tiểu học Trí Phải Tây", not "công ty tư nhân ở thành phố Pleiku")."""
    return any(w[:1].isupper() for w in words[:3])


def _named_prefix(words: list[str], s: str, start: int) -> tuple[int, list[str]] | None:
    """The words up to the last capitalised one and where they end, when a word in lower case follows it."""
    k = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
    if k < 0 or k == len(words) - 1:
        return None
    q = start
    for w in words[: k + 1]:
        q = s.index(w, q) + len(w)
    return q, words[: k + 1]


def named_earlier(kb: Knowledge, bodies: list[Body], before: int, head: str | None, kinds: set[str] | None,
                  words: list[str] | None = None) -> Body | None:
    """The one body the article named before `before` with that head (or of those kinds), holding all
    `words`; a name that another one extends ("Tập đoàn Dầu khí", "Tập đoàn Dầu khí Việt Nam") counts as
    that one."""
    found: dict[str, Body] = {}
    for b in bodies:
        if b.start >= before:
            continue
        for n in b.nodes():
            if n.generic or n.unresolved():
                continue
            name = n.canonical(kb)
            if head is not None and not key(name).startswith(key(head) + " "):
                continue
            if kinds is not None and str(n.entry.get("kind")) not in kinds:
                continue
            if words and not set(words) <= set(key(name).split()):
                continue
            found.setdefault(name, n)
    keep = [c for c in found if not any(o != c and key(o).startswith(key(c) + " ") for o in found)]
    if len(keep) != 1:
        return None
    return copy.deepcopy(found[keep[0]])
