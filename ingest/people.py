"""Person mentions and the title chains around them.

"Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an Tô Lâm" and
"đồng chí Tô Lâm, Ủy viên Bộ Chính trị, ..." both give Tô Lâm three posts; ranks, degrees and
honorifics are kept apart from the name and the posts.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from coordgraph.ingest.agencies import Body, Grammar
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation, key, phrase_pattern, skip_ws
from coordgraph.ingest.person_names import Names, addressed_re
from coordgraph.ingest.person_places import Companies, PlaceNamed, Streets
from coordgraph.ingest.person_pronouns import Pronouns
from coordgraph.ingest.post_bracket import PostBracket
from coordgraph.ingest.post_context import Context, Post
from coordgraph.ingest.post_fill import fill_pending, unit_named
from coordgraph.ingest.post_lists import PostLists
from coordgraph.ingest.post_side import Side
from coordgraph.ingest.post_standing import Standing
from coordgraph.ingest.post_verbs import PostVerbs

_SEP = re.compile(rf"[ \t]*,?{WS}(?:kiêm|rồi){WS}|[ \t]*,{WS}|{WS}[-–]{WS}")
# "X (Chủ tịch Hội Y)"; "X (60 tuổi, nguyên Giám đốc Sở Y)", "X (sinh năm 1960, ...)": the age is not a post
_OPEN = re.compile(rf"[ \t]*\([ \t]*(?:(?:\d{{1,3}}{WS}tuổi|(?:sinh{WS}năm|SN){WS}\d{{4}})[ \t]*[,;]{WS})?")
_SEMI = re.compile(rf"[ \t]*;{WS}")
_AND_VERB = re.compile(rf"{WS}và(?={WS})")
_DASH = re.compile(rf"{WS}[-–]{WS}")
_APPOSED = re.compile(rf",{WS}")  # "Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, Bùi Thị Hòa"
# a body we cannot read, within the sentence ("Tập đoàn. Về phía Y có bà Z, ..." is two sentences; "I.V. C" one)
_UNREAD_REST = re.compile(rf"{WS}[{UPPER}{LOWER}](?:(?![{LOWER}\d][.!?]{WS}[{UPPER}])[^,;:()“”\"\n]){{2,70}}?(,{WS}(?:kiêm{WS})?)")
_TERM = re.compile(rf"{WS}(?:khóa|khoá|nhiệm kỳ){WS}(?:[IVXL]+|\d{{4}}(?:(?:{WS})?[-–](?:{WS})?\d{{4}})?)(?!\w)")
_HARD = re.compile(r"[;:()“”\"\n]|\bvà\b|\bcùng\b|\bvới\b")
_SPACES = re.compile(WS)
_AND = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)
_ASIDE_REST = re.compile(r"[^,;:.!?()“”\"\n]{0,80}(?:\([^()\n]{1,60}\))?")
_LIST_SEP = re.compile(rf"[ \t]*,{WS}|{WS}và{WS}")
_DO = re.compile(rf"{WS}do{WS}")
_WORD = re.compile(r"(?<!\w)\w+")
_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_GLOSS = re.compile(r"[ \t]*\([A-ZĐ][A-Za-z0-9Đ&\-. ]{1,15}\)")


@dataclass
class PersonMention:
    name: str
    start: int  # the name's span in the working text
    end: int
    chain_start: int  # the span of the name with its titles, ranks and honorifics
    chain_end: int
    posts: list[Post] = field(default_factory=list)
    rank: str | None = None


class People(Names, Context, PostLists, PostVerbs, PostBracket):
    def __init__(self, kb: Knowledge, grammar: Grammar):
        self.kb = kb
        self.g = grammar
        self.title_re = re.compile(rf"(?:{alternation(list(kb.titles))})(?!\w)", re.IGNORECASE)
        surfaces = [s for s in kb.implied]
        self.implied_re = re.compile(rf"(?:{alternation(surfaces)})(?!\w)", re.IGNORECASE) if surfaces else None
        self.numbered_words = {str(w) for w in kb.cues.get("numbered_words") or []}
        self.openers = {str(w) for w in kb.cues.get("sentence_openers") or []}
        self.inside_word = {key(str(w)) for w in kb.cues.get("name_ends_inside_word") or []}
        self.credits = {str(w) for w in kb.cues.get("credit_words") or []}
        self.streets, self.companies, self.places, self.addressed = Streets(kb), Companies(kb), PlaceNamed(kb), addressed_re(kb)
        inside = "".join(rf"(?<!{w} )(?<!{w.capitalize()} )" for w in kb.cues.get("not_person_before_inside") or [])
        self.not_before = re.compile(rf"(?<!\w){inside}(?:{alternation(kb.cues.get('not_person_before') or [])}){WS}$")
        t = kb.title_data
        self.former_re = re.compile(rf"(?:{alternation(t.get('former_markers') or [])}){WS}", re.IGNORECASE) \
            if t.get("former_markers") else None
        acting = [str(w) for w in t.get("acting_markers") or []]
        self.acting_re = re.compile(rf"(?<!\w)(?:{alternation(acting)}){WS}", re.IGNORECASE) if acting else None
        self.members = {key(m["surface"]): m for m in t.get("members") or []}
        self.foreign_posts = {str(f["title"]): str(f["body"]) for f in t.get("foreign_posts") or []}
        verbs = [str(v) for v in t.get("post_verbs") or []]
        former = [str(v) for v in t.get("former_post_verbs") or []]
        named = _appointed(t.get("appointed") or {})
        self.verb_re = re.compile(rf"(?:,|[ \t]*[-–])?{WS}(?:(?P<former>{alternation(former)})|{alternation(verbs)}{named})(?::?{WS})") \
            if verbs and former else None
        self.verb_in_re = re.compile(rf"(?:(?P<former>{alternation(former)})|{alternation(verbs)}{named}){WS}") \
            if verbs and former else None
        fillers = [str(w) for w in t.get("title_fillers") or []]
        self.filler_re = re.compile(rf"(?:{alternation(fillers)}){WS}") if fillers else None
        self.place_posts = {str(title): {str(k): str(v) for k, v in (e.get("heads") or {}).items()}
                            for e in t.get("place_posts") or [] for title in e.get("titles") or []}
        self.home = {str(h) for h in kb.cues.get("home_country") or []}
        self.member_re = re.compile(rf"(?:{alternation([m['surface'] for m in t.get('members') or []])})(?!\w)",
                                    re.IGNORECASE) if self.members else None
        groups = [o["organ"] for o in kb.organs.values() if o.get("party_group") or o.get("board")]
        headed = kb.grammar.get("headed_bodies") or {}
        self.headed_titles = {str(h): str(t) for h, t in (headed.get("titles") or {}).items()}
        cues = [str(c) for c in headed.get("cues") or []]
        self.headed_cue = re.compile(rf"{WS}({alternation(cues)})(?!\w)") if cues else None
        self.group_re = re.compile(rf"(?:{alternation(groups)})(?=\s*[,;]|\s*$|{WS}kiêm{WS})", re.IGNORECASE)
        self.pronouns = Pronouns(kb)
        self.standing, self.side = Standing(kb), Side(kb)
        self.init_context(kb)
        self.init_lists(kb)
        self.init_verbs(kb)

    # -- posts ---------------------------------------------------------------------
    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        """One "[nguyên] TITLE [BODY]" at p (after honorifics, ranks, degrees)."""
        p = self._skip_prefixes(s, p)[0]
        fm = self.former_re.match(s, p) if self.former_re else None
        q0 = fm.end() if fm else p
        am = self.acting_re.match(s, q0) if self.acting_re else None
        post, q = self._item(s, am.end() if am else q0)
        if post is not None and am:  # "quyền Bí thư": one acting in the post
            post.title, post.start = f"{am.group(0).strip().capitalize()} {post.title}", p
        if post is not None and fm:
            post.former, post.start = True, p
        return post, q

    def _foreign_post(self, s: str, p: int) -> tuple[Post | None, int]:
        """ "Thủ tướng Morocco Saad Eddine El Othmani": a foreign official holds a post in their own
        country's body ("Chính phủ Morocco"), never in ours."""
        tm = self.title_re.match(s, p)
        title = self.kb.titles.get(key(tm.group(0))) if tm else None
        if not tm or title not in self.foreign_posts:
            return None, p
        cm = self.kb.country_re.match(s, skip_ws(s, tm.end()))
        entry = self.kb.countries.get(key(cm.group(0))) if cm else None
        if cm is None or entry is None or str(entry["name"]) in self.home:
            return None, p
        name = f"{self.foreign_posts[title]} {' '.join(cm.group(0).split())}"  # the country as written
        body = Body(cm.start(), cm.end(), "known", name, entry={"kind": "foreign", "english": "", "foreign": True})
        return Post(title, body, start=p, end=cm.end()), cm.end()

    def _item(self, s: str, p: int) -> tuple[Post | None, int]:
        fp = self._foreign_post(s, p)
        if fp[0] is not None:
            return fp
        mm = self.member_re.match(s, p) if self.member_re else None
        if mm:  # "Tỉnh ủy viên": a member of the province's party committee
            spec = self.members[key(mm.group(0))]
            head = self.kb.local_heads.get(key(spec["body"]))
            if head is not None:
                body = Body(p, mm.end(), "local", head.head, level=head.locality, fused=bool(head.locality),
                            entry={"kind": head.kind, "english": head.english})
                return Post(spec["title"], body, start=p, end=mm.end()), mm.end()
        best: tuple[Post | None, int] = (None, p)
        if self.implied_re is not None:
            im = self.implied_re.match(s, p)
            if im:
                itit, ibody = self.kb.implied[key(im.group(0))]
                best = (Post(itit, implied=ibody, start=p, end=im.end()), im.end())
        tm = self.title_re.match(s, p)
        if not tm:
            return best
        words = tm.group(0).split()
        for k in range(len(words), 0, -1):
            surface = " ".join(words[:k])
            found = self.kb.titles.get(key(surface))
            if not found:
                continue
            title = found
            q = skip_ws(s, p + len(_prefix(s, p, k)))
            fm = self.filler_re.match(s, q) if self.filler_re else None
            fb = self._body_after(s, fm.end(), title) if fm and best[0] is None else None  # not "Tổng Bí thư của Đảng"
            if fm and fb is not None:  # "Phó Bí thư phụ trách Đảng ủy X", "trưởng phòng của Ban X": the body's post
                q = fm.end()
            body = self._body_after(s, q, title) or self._place_post(s, q, title) or self._closed_after(s, q, title)
            if body is not None:
                if best[0] is None or body.end > best[1]:
                    return Post(title, body, start=p, end=body.end), body.end
                return best
            gm = self.group_re.match(s, q)
            if gm and best[0] is None:
                return Post(title, pending=self.kb.organs[key(gm.group(0))]["organ"], start=p, end=gm.end()), gm.end()
            if k == len(words) and best[0] is None:
                best = (Post(title, start=p, end=p + len(_prefix(s, p, k))), p + len(_prefix(s, p, k)))
        return best

    def _body_after(self, s: str, q: int, title: str) -> Body | None:
        b = self.g.match_at(s, q)
        direct = b if b is not None and b.start == q and not b.generic else None
        head = self.kb.absorbs.get(title) if not self.clause_at(s, q) else None  # not "trưởng ban gồm ..."
        if head:  # "Phó Chánh Văn phòng Trung ương Đảng" is in Văn phòng Trung ương Đảng
            hm = re.match(rf"{phrase_pattern(head)}(?!\w)", s[q:q + 40], re.IGNORECASE)
            if hm:  # "Cục trưởng Cục X", "Phó vụ trưởng vụ 4 ...": the head written again, maybe in lower case
                virtual, delta = head + s[q + hm.end():q + 250], q + hm.end() - len(head)
            else:
                virtual, delta = head + " " + s[q:q + 250], q - len(head) - 1
            self.g.titled_unit = True
            try:
                vb = self.g.match_at(virtual, 0)
            finally:
                self.g.titled_unit = False
            if vb is not None and vb.end > len(head) + 1 and not vb.generic:
                vb = _shift(vb, delta, q)
                if direct is None or vb.end >= direct.end:
                    return vb
        return direct

    def _closed_after(self, s: str, q: int, title: str) -> Body | None:
        """A body outside the lists a title closes (post_context.closed_body), also when the title holds
        the head's first word ("Trưởng ban chỉ huy khẩn nguy ...") or the whole head, the name following
        in capitals ("Trưởng trạm Khuyến nông huyện X", "Trưởng phòng Quản lý giao thông đường thủy")."""
        b = self.closed_body(s, q)
        head = self.kb.absorbs.get(title)
        if b is not None or not head or not s[q:q + 1].isalpha():
            return b
        virtual = f"{head} {s[q:q + 200]}"
        vb = self.closed_body(virtual, 0)
        hm = self.titled_re.match(virtual) if self.titled_re else None
        if vb is None or hm is None or (hm.end() <= len(head) and not s[q].isupper()):
            return None  # only a longer head ("Trưởng ban chỉ huy ..."), not "Trưởng ban chấm thi"
        if hm.end() <= len(head) and self.kb.name_re.match(s, q) and not self.kb.place_re.match(s, q):
            return None  # "Trưởng phòng Lê Tám": a person's name, not the unit's
        return _shift(vb, q - len(head) - 1, q)

    def _place_post(self, s: str, q: int, title: str) -> Body | None:
        """ "Phó Chủ tịch TP Hà Nội", "Bí thư Hà Nội", "Chủ tịch huyện X": a title and a locality alone name
        the locality's body of that post (titles.yaml, place_posts); a bare "tỉnh" takes its province
        from the context."""
        heads = self.place_posts.get(title)
        if not heads:
            return None
        level, p = None, q
        lm = self.kb.level_re.match(s, q)
        if lm:
            level, p = self.kb.levels.get(key(lm.group(0))), skip_ws(s, lm.end())
        pm = self.kb.place_re.match(s, p)
        prov = self.kb.province(pm.group(0)) if pm else None
        place, end = (str(prov["name"]), pm.end()) if prov and pm else (None, lm.end() if lm else q)
        if prov is not None and level is None:
            words = pm.group(0).split()  # type: ignore[union-attr]
            if len(words) >= 3 and words[0] in self.kb.surnames:
                return None  # "Chủ tịch Hồ Chí Minh" is the President, not a city's chairman
            level = str(prov.get("kind"))
        elif prov is not None and level != prov.get("kind"):
            prov = place = None
        if level is None or level not in heads:
            return None
        head = self.kb.local_heads.get(key(heads[level]))
        if head is None:
            return None
        if place is None:
            found = self.g._place(s, p, level, head)
            if found is not None:
                place, end = found
            elif level not in ("tỉnh", "thành phố"):
                return None
        fused = bool(head.locality)
        return Body(q, end, "local", head.head, level=head.locality if fused else level, place=place, fused=fused,
                    place_from="text" if place else None, entry={"kind": head.kind, "english": head.english})

    def _skip_prefixes(self, s: str, p: int) -> tuple[int, str | None]:
        rank = None
        while True:
            q = skip_ws(s, p)
            for rx, is_rank in ((self.kb.honorific_re, False), (self.kb.rank_re, True), (self.kb.degree_re, False)):
                m = rx.match(s, q)
                if m:
                    rank = m.group(0) if is_rank else rank
                    p = m.end()
                    break
            else:
                return q, rank

    def chain_after(self, s: str, p: int, names: set[int]) -> tuple[list[Post], int]:
        posts, end = self._chain_after(s, p, names)
        if not posts:  # "X (Đồng Nai) - phó chủ nhiệm ...", "X, sinh năm 1957, trú tại ..., nguyên giám đốc ..."
            q = self._asides(s, p)
            if q > p:
                more, q_end = self._chain_after(s, q, names)
                if more:
                    return more, q_end
        return posts, end

    def _chain_after(self, s: str, p: int, names: set[int]) -> tuple[list[Post], int]:
        posts: list[Post] = []
        end, former, plain, listed = p, False, True, False
        while True:
            am = _AND_VERB.match(s, end) if posts else None  # "... và là Ủy viên Bộ Chính trị", "... và hiện là"
            at, opens = (am.end(), True) if am else (end, not posts)
            loose = self.verb_re.match(s, at) if self.verb_re and opens else None  # "ông X làm Bí thư Y"
            member = self._joined(s, at) if loose is None and opens else None  # "X được bầu vào Bộ Chính trị"
            if member is not None:
                posts.append(member)
                end = member.end
                continue
            former = former and not (am and loose)  # "nguyên A và hiện là B": B is held now
            sm = loose or _SEP.match(s, end) or (None if posts else _OPEN.match(s, end))  # "X (Chủ tịch Hội Y)"
            if sm is None and listed:  # "từng đảm nhiệm các chức vụ: A; B; C"
                sm = _SEMI.match(s, end)
            if not sm and not posts:  # "X Chủ tịch Hội Y" (a signature, a caption)
                bare = _SPACES.match(s, end)
                if loose is None and bare and s[bare.end():bare.end() + 1].isupper() \
                        and self.title_re.match(s, bare.end()):
                    loose = bare
                sm = loose
            more, q = self.more_posts(s, end, posts, names) if not sm and posts else ([], end)
            if more:  # "X, Phó Giám đốc Sở Y (nguyên Chi cục trưởng Chi cục Z)", "A và B"
                posts, end = posts + more, q
                continue
            if not sm and posts and posts[-1].body is not None:
                aside = self._aside_end(s, end, names)
                if aside > end:  # "Phó Cục trưởng Cục X, Tổng cục Y Thi hành án (Bộ Z), nguyên ..."
                    end = aside
                    continue
            if not sm:
                break
            plain = plain and loose is None and "(" not in sm.group(0)
            post, q = self.parse_item(s, sm.end())
            inner = self.verb_in_re.match(s, sm.end()) if self.verb_in_re and loose is None and "(" in sm.group(0) \
                else None
            if inner:  # "X (hiện là Giám đốc Sở Y)"
                loose = inner
                post, q = self.parse_item(s, inner.end())
            elif post is None and posts and loose is None and (vi := self._verb_item(s, sm.end())):
                post, q, former = vi  # "X, nguyên A, hiện là B"
            if post is None and posts and posts[-1].body is not None and loose is None:
                aside = self._parent_aside(s, sm.end(), names)
                if aside > sm.end():  # "Phó Cục trưởng Cục X, Tổng cục Y (Bộ Z), nguyên Phó Giám đốc ..."
                    end = aside
                    continue
            if post is None or (loose is not None and post.body is None and not post.implied and not post.pending
                                and not self._body_next(s, q)):  # "X từng làm Phó Giám đốc, Giám đốc Sở Y"
                break
            if loose is not None and post.implied and _DASH.match(loose.group(0)):  # not "X - khi là Tổng Bí thư"
                break  # (of another country, maybe)
            former = former or bool(loose is not None and loose.groupdict().get("former"))
            listed = listed or (loose is not None and not posts)  # "X làm A; B", "X từng đảm nhiệm các chức vụ: A; B"
            post.former = post.former or former  # "X từng là A, B": both posts are former
            tm = _TERM.match(s, q)  # "Ủy viên Trung ương Đảng khóa XI, ...": the term does not end the chain
            q = tm.end() if tm else q
            if skip_ws(s, q) in names:  # the item belongs to the next name
                if posts and plain and loose is None:  # "Thủ tướng A, Tổng Bí thư, Chủ tịch nước B": all of them do
                    return [], p
                break
            cm = _APPOSED.match(s, q) if post.body is None and not post.implied and not post.pending else None
            b = self.g.match_at(s, cm.end()) if cm and not self.title_re.match(s, cm.end()) else None
            if cm and b is not None and b.start == cm.end() and not b.generic:  # "Phó Hội trưởng, Hội Thánh X"
                post.body, post.end, q = b, b.end, b.end
            elif post.body is None and not post.implied and not post.pending and not cm:
                nxt = _UNREAD_REST.match(s, q)  # "ủy viên Ban chấp hành Đảng bộ X, thứ trưởng Bộ Công an"
                if nxt and self.parse_item(s, nxt.end())[0] is not None and skip_ws(s, nxt.end()) not in names \
                        and not any(q < n < nxt.end() for n in names):  # another person's name on the way
                    post.unread, post.unit, q = True, unit_named(self.kb, post, s, nxt.start(1)), nxt.start(1)
            posts.append(post)
            end = q
        return posts, end

    def _parent_aside(self, s: str, p: int, names: set[int]) -> int:
        """The end of a body named alone between two items of a chain (the parent of the unit before it,
        maybe with its own parent in brackets), when another item follows it; or p."""
        b = self.g.match_at(s, p)
        if b is None or b.start != p or b.generic:
            return p
        q = self._aside_end(s, b.end, names)
        return q if q >= 0 else p

    def _aside_end(self, s: str, p: int, names: set[int]) -> int:
        """The end of the words that go on naming a body at p ("... Thi hành án (Bộ Công an)"; none when a
        clause in lower case follows) when another item of the chain follows them after a comma; or -1."""
        w = skip_ws(s, p)
        q = _ASIDE_REST.match(s, p).end() if s[w:w + 1].isupper() else p  # type: ignore[union-attr]
        sm = _SEP.match(s, q)
        if sm is None or any(p <= n <= sm.end() for n in names) or self.parse_item(s, sm.end())[0] is None:
            return -1
        return q

    def chain_before(self, s: str, seg_start: int, name_start: int) -> tuple[list[Post], int, str | None]:
        """Items "T1 B1, T2 B2 " that end right before the name."""
        lo = max(seg_start, name_start - 80)
        seps = {seg_start, *(m.end() for m in _SEP.finditer(s, seg_start, name_start))}
        loose = {m.start() for m in _WORD.finditer(s, lo, name_start)  # "do phó thủ tướng thường trực Chính phủ X"
                 if not s[m.start()].isupper() and m.start() not in seps and self._opens_post(s, m.start())}
        starts = {*seps, *loose, *(m.start() for m in _WORD.finditer(s, lo, name_start) if s[m.start()].isupper())}
        for c in sorted(starts):
            posts: list[Post] = []
            p = c
            ok = False
            while p < name_start:
                post, q = self.parse_item(s, p)
                if post is None:
                    break
                posts.append(post)
                gm = _GLOSS.match(s, q) if post.body is not None else None
                q = gm.end() if gm else q  # "Tổng Thư ký Tổ chức X (NATO) Jens Stoltenberg"
                q2, _ = self._skip_prefixes(s, q)
                if q2 >= name_start:
                    ok = True
                    break
                am = _APPOSED.match(s, q) if c not in loose else None  # not "ứng cử đại biểu Quốc hội, ông X"
                if am and post.body is not None and self._skip_prefixes(s, am.end())[0] >= name_start:
                    ok = True
                    break
                dm = _DASH.match(s, q) if c not in loose and post.body is not None else None
                if dm and self.kb.honorific_re.match(s, dm.end()) and self._skip_prefixes(s, dm.end())[0] >= name_start:
                    ok = True  # "Chủ tịch UBND tỉnh X - ông A"
                    break
                sm = _SEP.match(s, q)
                if not sm:
                    break
                p = sm.end()
            if ok:
                return posts, posts[0].start if posts else c, None
        q, rank = self._prefix_before(s, seg_start, name_start)
        return [], q, rank

    def _opens_post(self, s: str, p: int) -> bool:
        """A title written in lower case starts at p, maybe after "nguyên" ("nguyên viện phó Viện X"), and
        not within a name ("Ban thường vụ Tỉnh ủy")."""
        before = _WORD_BEFORE.search(s, max(0, p - 30), p)
        if before is not None and before.group(1)[:1].isupper():
            return False
        fm = self.former_re.match(s, p) if self.former_re else None
        tm = self.title_re.match(s, fm.end() if fm else p)
        return tm is not None

    def _heads(self, s: str, bodies: list[Body], cstart: int, cend: int) -> Post | None:
        """ "Tiểu ban X do Tổng bí thư A làm Trưởng tiểu ban" / "... do A đứng đầu": A's post in X."""
        before = [x for x in bodies if x.end <= cstart and _DO.fullmatch(s, x.end, cstart)]
        cm = self.headed_cue.match(s, cend) if self.headed_cue else None
        if not before or cm is None:
            return None
        body = before[-1]
        lead = next((h for h in self.headed_titles if body.name.lower().startswith(h.lower() + " ")), None)
        if lead is None:
            return None
        title = cm.group(1)[4:].strip() if cm.group(1).startswith("làm ") else self.headed_titles[lead]
        return Post(re.sub(r"\s+", " ", title), copy.deepcopy(body), start=cend, end=cm.end())

    def _titled_spans(self, s: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The bodies titles between lo and hi name by themselves ("Bộ trưởng Giáo dục và Đào tạo"), as spans."""
        out = []
        for tm in self.title_re.finditer(s, lo, hi):
            post, q = self._item(s, tm.start())
            if post is not None and post.body is not None and q <= hi and all(
                    self._joins_name(s, m.end()) for m in _AND.finditer(s, post.body.start, post.body.end)):
                out.append((post.body.start, post.body.end))
        return out

    def _joins_name(self, s: str, p: int) -> bool:
        """The word after "và" goes on with a body's name ("... Thể thao và Du lịch"), not with a person
        ("... và ông X", "... và Trung tá X", "... và Lê Văn X")."""
        q = skip_ws(s, p)
        return s[q:q + 1].isupper() and not self._person_at(s, q) and not any(
            rx.match(s, q) for rx in (self.kb.honorific_re, self.kb.rank_re, self.kb.degree_re, self.title_re))

    def _list_heading(self, s: str, sent_start: int, name_start: int, names: dict[int, int]) -> list[Post]:
        """ "2 Phó Chủ tịch chuyên trách: Đồng chí A; Đồng chí B": a title heading a list of people
        separated by semicolons is each one's post; a title without a body takes the body it had
        earlier in the sentence ("bầu các Phó Chủ tịch Hội X, trong đó có 2 Phó Chủ tịch ...")."""
        colon = s.rfind(":", sent_start, name_start)
        if colon < 0 or "\n" in s[colon:name_start]:
            return []
        sep = max(colon, s.rfind(";", colon, name_start))
        if not self._names_to(s, sep + 1, name_start, names):
            return []  # the name does not open an item of the list, nor follow names that do
        item = max(sent_start, *(s.rfind(c, sent_start, colon) + 1 for c in ";:("))
        chain, start, _ = self.chain_before(s, skip_ws(s, item), colon)
        if chain:  # "Ủy viên Đảng đoàn, Phó Chủ tịch Hội X: A, B, C": the whole chain is each one's
            before = list(_WORD.finditer(s, max(item, start - 12), start))
            fm = self.former_re.match(s, before[-1].start()) if before and self.former_re else None
            if fm and fm.end() == start:  # "nguyên Chủ tịch nước: A, B"
                chain[0].former = True
            return chain
        lo = max(sent_start, *(s.rfind(c, sent_start, colon) + 1 for c in ",;:("))
        heads = [m for m in self.title_re.finditer(s, lo, colon) if s[m.start()].isupper()]
        if not heads:
            return []
        post, q = self.parse_item(s, heads[-1].start())
        if post is None or len(s[q:colon].split()) > 3 or any(w[:1].isupper() for w in s[q:colon].split()):
            return []  # "4 Phó Chủ tịch kiêm nhiệm:" but not "Phó Chủ tịch ... phát biểu:"
        if post.body is None and not post.implied:
            for m in self.title_re.finditer(s, sent_start, heads[-1].start()):
                earlier, _ = self.parse_item(s, m.start())
                if earlier is not None and earlier.title == post.title and earlier.body is not None:
                    post.body = copy.deepcopy(earlier.body)
            if post.body is None:
                return []
        return [post]

    def _names_to(self, s: str, p: int, name_start: int, names: dict[int, int]) -> bool:
        """Only names (with their honorifics), commas and "và" stand between p and the name."""
        while True:
            p = self._skip_prefixes(s, p)[0]
            if p == name_start:
                return True
            if p not in names:
                return False
            m = _LIST_SEP.match(s, names[p])
            if m is None:  # "ông A (bị bắt tạm giam) và ông B"
                bm = _BRACKET.match(s, names[p])
                m = _LIST_SEP.match(s, bm.end()) if bm else None
            if m is None:
                return False
            p = m.end()

    def _prefix_before(self, s: str, seg_start: int, name_start: int) -> tuple[int, str | None]:
        """Honorifics, ranks and degrees right before the name."""
        best, rank = name_start, None
        for rx, is_rank in ((self.kb.honorific_re, False), (self.kb.rank_re, True), (self.kb.degree_re, False)):
            for m in rx.finditer(s, max(seg_start, name_start - 40), name_start):
                if not s[m.end():name_start].strip(" ,") and m.start() < best:
                    best, rank = m.start(), (m.group(0) if is_rank else rank)
        return best, rank

    def find(self, s: str, bodies: list[Body], sentences: list[tuple[int, int]]) -> list[PersonMention]:
        spans = self.names(s, bodies)
        given = self.given_only(s, spans)  # "Ông Bình" after "Trương Hòa Bình"
        said = self.pronouns.subjects(s, sorted(spans + list(given)), given, [self.verb_re, self.joined_re])
        given.update(said)
        spans = sorted(spans + list(given))
        glosses = [(x.end, gm.end()) for x in bodies if (gm := _GLOSS.match(s, x.end))]  # "Tổ chức X (NATO)"
        name_starts = {a for a, _ in spans}
        out: list[PersonMention] = []
        prev_end, last_pre = 0, list[Post]()
        for a, b in spans:
            sent_start = max((ss for ss, _ in sentences if ss <= a), default=0)
            seg_start = max(sent_start, prev_end)
            titled = self._titled_spans(s, seg_start, a)  # "Bộ trưởng Giáo dục và Đào tạo X": "và" in the body
            for m in _HARD.finditer(s, seg_start, a):
                if not any(x.start <= m.start() < x.end for x in bodies) \
                        and not any(gs <= m.start() < ge for gs, ge in glosses + titled):  # "Bộ Giáo dục và Đào tạo"
                    seg_start = m.end()
            pre, cstart, _ = self.chain_before(s, skip_ws(s, seg_start), a) if (a, b) not in said else ([], a, None)
            if not pre and (a, b) not in said:
                pre = self._list_heading(s, sent_start, a, dict(spans))
            if not pre and (a, b) not in said:
                pre = self.shared_heading(s, sent_start, a, dict(spans)) or self.acted_on(s, sent_start, a)
            if not pre and out and (a, b) not in said:  # "các Phó Chủ tịch UBND tỉnh X A và B"
                pre = self.plural_shared(s, (out[-1].chain_start, out[-1].start, out[-1].end), last_pre, a)
            _, rank = self._skip_prefixes(s, cstart)
            if rank is None:
                rank = self._prefix_before(s, seg_start, a)[1]
            post, cend = self.chain_after(s, b, name_starts)
            taken, cend = self.appointed_after(s, seg_start, (a, b), cend, name_starts)  # "bầu ông X, ..., giữ chức Y"
            post += taken
            head = self._heads(s, bodies, cstart, max(cend, b))
            if head is not None:
                post.append(head)
            self.standing.fill(s, pre)
            self.standing.fill(s, post)
            fill_pending(pre, self.kb)  # each side of the name on its own: "Trưởng ban X (Phó Bí thư Y)"
            fill_pending(post, self.kb)
            self._named_before(s, bodies, pre + post, name_starts, sent_start)
            self.side.fill(s, bodies, pre + post, sent_start, a)
            name = given.get((a, b)) or re.sub(r"(?<=[a-z]) - (?=[a-z])", "-", re.sub(r"\s+", " ", s[a:b]))  # "Moon Jae - in"
            if (a, b) in given and not pre + post:
                continue  # the given name alone is read only for the posts it holds
            pm = PersonMention(name, a, b, min(cstart, a), max(cend, b), pre + post, rank)
            out.append(pm)
            prev_end, last_pre = max(cend, b), pre
        full = {p.name for p in out if len(p.name.split()) >= 3}
        for p in out:  # "ông Xuân Anh" after "Nguyễn Xuân Anh" is the same man
            if len(p.name.split()) == 2:
                longer = [n for n in full if n.endswith(" " + p.name)]
                if len(longer) == 1:
                    p.name = longer[0]
        return out


def _appointed(spec: dict) -> str:
    """ "được Ban Bí thư điều động giữ chức", "vừa được bổ nhiệm làm": an appointment between a name and its
    post (titles.yaml, appointed), as one more alternative of the post verbs, or ""."""
    leads, acts, takes = (alternation([str(w) for w in spec.get(k) or []]) for k in ("leads", "acts", "takes"))
    if not (leads and acts and takes):
        return ""
    n = int(spec.get("max_words") or 8)
    return (rf"|(?:{leads})(?:{WS}[^\s,.;:()“”\"]+){{0,{n}}}?{WS}(?:{acts})(?:,?{WS}(?:{acts}))*"
            rf"(?:{WS}(?:{alternation([str(w) for w in spec.get('particles') or []]) or 'lại'}))?{WS}(?:{takes})")


def _prefix(s: str, p: int, k: int) -> str:
    """The first k words at p, as written."""
    m = re.match(r"\w+(?:" + WS + r"\w+){" + str(k - 1) + "}", s[p:p + 80])
    return m.group(0) if m else ""


def _shift(b: Body, delta: int, floor: int) -> Body:
    for n in b.nodes():
        n.start = max(n.start + delta, floor)
        n.end = max(n.end + delta, floor)
    return b
