"""Person mentions and the title chains around them.

"Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an Tô Lâm" and
"đồng chí Tô Lâm, Ủy viên Bộ Chính trị, ..." both give Tô Lâm three posts; ranks, degrees and
honorifics are kept apart from the name and the posts. One item of a chain is read in `post_items`,
the chain after a name in `post_after`.
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass, field

from coordgraph.ingest.agencies import Body, Grammar
from coordgraph.ingest.knowledge import LIST_SEP, LOWER, WS, Knowledge, alternation, key, skip_ws
from coordgraph.ingest.person_names import Names, addressed_re
from coordgraph.ingest.person_places import Companies, PlaceNamed, Streets
from coordgraph.ingest.person_pronouns import Pronouns
from coordgraph.ingest.post_after import APPOSED, DASH, SEP, PostAfter
from coordgraph.ingest.post_bracket import PostBracket
from coordgraph.ingest.post_context import Context, Post
from coordgraph.ingest.post_fill import fill_pending, former_through_kiem
from coordgraph.ingest.post_items import PostItems
from coordgraph.ingest.post_joined import PostJoined
from coordgraph.ingest.post_lists import PostLists
from coordgraph.ingest.post_side import Side
from coordgraph.ingest.post_standing import Standing
from coordgraph.ingest.post_verbs import PostVerbs

_HARD = re.compile(r"[;:()“”\"\n]|\bvà\b|\bcùng\b|\bvới\b")
_AND = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)
_DO = re.compile(rf"[ \t]*,?{WS}do{WS}")
_AND_GAP = re.compile(rf"[ \t]*[-–,]?{WS}và{WS}")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;)\n]|$)")
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
    again: bool = False  # "ông Bình" after "Trương Hòa Bình": the given name alone, naming someone read before


class People(PostItems, PostAfter, Names, Context, PostLists, PostVerbs, PostBracket, PostJoined):
    def __init__(self, kb: Knowledge, grammar: Grammar):
        self.kb = kb
        self.g = grammar
        self.title_re = re.compile(rf"(?:{alternation(list(kb.titles))})(?!\w)", re.IGNORECASE)
        surfaces = [s for s in kb.implied]
        self.implied_re = re.compile(rf"(?:{alternation(surfaces)})(?!\w)", re.IGNORECASE) if surfaces else None
        self.numbered_words = {str(w) for w in kb.cues.get("numbered_words") or []}
        self.plot_words = {str(w) for w in kb.cues.get("plot_words") or []}
        self.openers = {str(w) for w in kb.cues.get("sentence_openers") or []}
        self.opener_phrases = {key(str(w)) for w in kb.cues.get("sentence_opener_phrases") or []}
        self.inside_word = {key(str(w)) for w in kb.cues.get("name_ends_inside_word") or []}
        self.credits = {str(w) for w in kb.cues.get("credit_words") or []}
        self.foreign_titles = re.compile(rf"(?<!\w)(?:{alternation(kb.cues.get('foreign_name_titles') or [])})(?!\w)",
                                         re.IGNORECASE)
        self.streets, self.companies, self.places, self.addressed = Streets(kb), Companies(kb), PlaceNamed(kb), addressed_re(kb)
        self.middle_names = {str(w) for w in kb.cues.get("middle_names") or []}
        self.street_surnames = {str(w) for w in kb.cues.get("street_surnames") or []}
        self.pinyin = re.compile(rf"(?:{alternation(kb.cues.get('pinyin_initials') or [])})?"
                                 rf"(?:{alternation(kb.cues.get('pinyin_finals') or [])})\Z")
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
        former_alt = rf"{_career(t.get('career') or {})}|{alternation(former)}"
        self.verb_re = re.compile(rf"(?:,|[ \t]*[-–])?{WS}(?:(?P<former>{former_alt})|{alternation(verbs)}{named})(?::?{WS})") \
            if verbs and former else None
        self.verb_in_re = re.compile(rf"(?:(?P<former>{former_alt})|{alternation(verbs)}{named}){WS}") \
            if verbs and former else None
        # "ông X có bằng cử nhân luật, từng kinh qua các chức vụ A, B", "ông X (59 tuổi, cử nhân luật) từng kinh qua
        #   ...": a clause in lower case (or a bracket) between a name and a past career
        # "ông X bị kỷ luật vì những sai phạm khi giữ chức Y": a clause naming a wrongdoing before a post held then
        wrong = alternation([str(w) for w in t.get("wrongdoing") or []])
        wrong_aside = rf"|{WS}[{LOWER}][^.;:!?()\n“”\"]{{0,60}}?(?<!\w)(?:{wrong})(?!\w)[^.;:!?()\n“”\"]{{0,40}}?" \
            rf"(?=,?{WS}(?:{alternation(former)})(?!\w))" if wrong and former else ""
        self.career_aside_re = re.compile(
            rf"(?:[ \t]*\([^()\n]{{1,80}}\)(?={WS})|{WS}[{LOWER}][^.;:!?()\n“”\"]{{0,100}}?(?=,))"
            rf"(?=,?{WS}(?:{_career(t.get('career') or {})})){wrong_aside}") \
            if t.get("career") else None
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
        verb = str(headed.get("bare_title_verb") or "")
        self.bare_verb_re = re.compile(rf"{WS}{re.escape(verb)}{WS}") if verb else None
        self.bare_not = {str(t) for t in headed.get("bare_title_not") or []}
        shared = [str(w) for w in (t.get("asides") or {}).get("shared") or []]
        self.shared_re = re.compile(rf"[ \t]*\([ \t]*(?:{alternation(shared)}){WS}") if shared else None
        self.group_re = re.compile(rf"(?:{alternation(groups)})(?=\s*[,;.)]|\s*$|{WS}(?:kiêm|và){WS})", re.IGNORECASE)
        self.pronouns = Pronouns(kb)
        self.named_again: list[PersonMention] = []  # the last find's "ông Bình" after "Trương Hòa Bình", with no post
        self.standing, self.side = Standing(kb), Side(kb)
        self.init_context(kb)
        self.init_lists(kb)
        self.init_verbs(kb)
        self.init_joined(kb)

    # -- posts ---------------------------------------------------------------------
    def chain_before(self, s: str, seg_start: int, name_start: int) -> tuple[list[Post], int, str | None]:
        """Items "T1 B1, T2 B2 " that end right before the name."""
        lo = max(seg_start, name_start - 80)
        seps = {seg_start, *(m.end() for m in SEP.finditer(s, seg_start, name_start))}
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
                hm = self.before_re.match(s, skip_ws(s, q)) if post.body is None and self.before_re else None
                if hm and self._skip_prefixes(s, hm.end())[0] >= name_start:
                    q = hm.end()  # "Giám đốc Sở Nguyễn X": the head alone, its body named before (_named_before)
                q2, _ = self._skip_prefixes(s, q)
                if q2 >= name_start:
                    ok = True
                    break
                am = APPOSED.match(s, q) if c not in loose else None  # not "ứng cử đại biểu Quốc hội, ông X"
                if am and post.body is not None and self._skip_prefixes(s, am.end())[0] >= name_start:
                    ok = True
                    break
                dm = DASH.match(s, q) if c not in loose and post.body is not None else None
                if dm and self.kb.honorific_re.match(s, dm.end()) and self._skip_prefixes(s, dm.end())[0] >= name_start:
                    ok = True  # "Chủ tịch UBND tỉnh X - ông A"
                    break
                sm = SEP.match(s, q)
                if not sm:
                    break
                q3, rank = self._skip_prefixes(s, sm.end())
                if rank is not None and q3 >= name_start and c not in loose:
                    ok = True  # "Bộ trưởng, thượng tướng A": a rank after the chain
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
        if before is not None and before.group(1)[:1].isupper() and before.group(1) not in self.openers:
            return False  # but "Theo đại biểu X (tỉnh Y), ...": a word that opens the sentence
        fm = self.former_re.match(s, p) if self.former_re else None
        tm = self.title_re.match(s, fm.end() if fm else p)
        return tm is not None

    def _heads(self, s: str, bodies: list[Body], cstart: int, cend: int) -> Post | None:
        """ "Tiểu ban X do Tổng bí thư A làm Trưởng tiểu ban" / "... do A đứng đầu": A's post in X."""
        before = [x for x in bodies if x.end <= cstart and _DO.fullmatch(s, x.end, cstart)]
        cm = self.headed_cue.match(s, cend) if self.headed_cue else None
        if not before:
            return None
        body = before[-1]
        lead = next((h for h in self.headed_titles if body.name.lower().startswith(h.lower() + " ")), None)
        if lead is None or cm is None:
            return self._headed_bare(s, body, cend)
        title = cm.group(1)[4:].strip() if cm.group(1).startswith("làm ") else self.headed_titles[lead]
        return Post(re.sub(r"\s+", " ", title), copy.deepcopy(body), start=cend, end=cm.end())

    def _headed_bare(self, s: str, body: Body, cend: int) -> Post | None:
        """ "Công ty X, do ông A làm giám đốc,": a bare title that ends the clause, A's post in X."""
        vm = self.bare_verb_re.match(s, cend) if self.bare_verb_re else None
        tm = self.title_re.match(s, vm.end()) if vm else None
        if tm is None or not _CLAUSE_END.match(s, tm.end()) or self.kb.titles.get(key(tm.group(0)), "") \
                in {"", *self.bare_not}:
            return None
        return Post(self.kb.titles[key(tm.group(0))], copy.deepcopy(body), start=tm.start(), end=tm.end())

    def _share_bracket(self, s: str, out: list[PersonMention], names: dict[int, int]) -> None:
        """ "ông A và ông B (cùng nguyên Chủ tịch UBND tỉnh X)": the posts of a bracket opened by a word of
        sharing (titles.yaml, asides.shared) are also those of the names listed right before B."""
        for i, pm in enumerate(out):
            if not pm.posts or self.shared_re is None or not self.shared_re.match(s, pm.end):
                continue
            for e in out[:i]:
                if not e.posts and self._names_to(s, e.start, pm.start, names):
                    e.posts = copy.deepcopy(pm.posts)

    def _share_body(self, s: str, out: list[PersonMention]) -> None:
        """ "bà A - phó tổng giám đốc và ông B - nguyên tổng giám đốc Công ty X": the bare title of the name
        before "và" is held in the body of the next name's first post when both are one title, or a title
        and its deputy's (titles.yaml, one_post.deputies)."""
        for e, pm in itertools.pairwise(out):
            bare = e.posts[0] if len(e.posts) == 1 else None
            if bare is None or bare.body is not None or bare.implied or bare.pending or bare.unread \
                    or not pm.posts or pm.posts[0].body is None:
                continue
            am = _AND_GAP.match(s, e.chain_end)
            if am is None or self._skip_prefixes(s, am.end())[0] != pm.start:
                continue
            if self._title_base(bare.title) == self._title_base(pm.posts[0].title):
                bare.body = copy.deepcopy(pm.posts[0].body)

    def _title_base(self, title: str) -> str:
        """A title without its deputy's word ("Phó Tổng Giám đốc": "tổng giám đốc")."""
        return self.kb.deputy_base(title) or key(title)

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
        end = self.headed_end(s, item, colon)  # "trúng cử Ủy viên Trung ương Đảng, gồm: A; B"
        if end < 0:
            return []
        chain, start, _ = self.chain_before(s, skip_ws(s, item), end)
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
            m = LIST_SEP.match(s, names[p])
            if m is None:  # "ông A (bị bắt tạm giam) và ông B"
                bm = _BRACKET.match(s, names[p])
                m = LIST_SEP.match(s, bm.end()) if bm else None
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
        titled = self.places.titled(s)
        spans = self.names(s, bodies, titled)
        leaders = set(titled)  # "Chủ tịch Hồ Chí Minh": the title is no post to read
        given = self.given_only(s, spans)  # "Ông Bình" after "Trương Hòa Bình"
        self.named_again = []
        said = self.pronouns.subjects(s, sorted(spans + list(given)), given, [self.verb_re, self.joined_re, self.career_aside_re])
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
            own, heading = bool(pre), False
            if not pre and (a, b) not in said:
                pre = self._list_heading(s, sent_start, a, dict(spans))
            if (own or not pre) and (a, b) not in said:  # the posts a list shares, after those before the name
                chains = {k: m.chain_end for m in out for k in (m.chain_start, m.start)}
                shared = self.shared_heading(s, sent_start, (cstart, a), dict(spans), chains)
                heading, pre = not own and bool(shared), pre + shared
            if not pre and (a, b) not in said:
                pre = self.acted_on(s, sent_start, a)
            if (not pre or heading) and out and (a, b) not in said:  # "các Phó Chủ tịch UBND tỉnh X A và B"
                pre = self.plural_shared(s, (out[-1].chain_start, out[-1].start, out[-1].end), last_pre, a) or pre
            _, rank = self._skip_prefixes(s, cstart)
            if rank is None:
                rank = self._prefix_before(s, seg_start, a)[1]
            post, cend = self.chain_after(s, b, name_starts)
            taken, cend = self.appointed_after(s, seg_start, (a, b), cend, name_starts)  # "bầu ông X, ..., giữ chức Y"
            post += taken
            sanctioned, cend = self.acted_after(s, cend)  # "kỷ luật ông X bằng hình thức cách chức Y"
            post += sanctioned
            head = self._heads(s, bodies, cstart, max(cend, b))
            if head is not None:
                post.append(head)
            self.standing.fill(s, pre)
            self.standing.fill(s, post)
            fill_pending(pre, self.kb)  # each side of the name on its own: "Trưởng ban X (Phó Bí thư Y)"
            fill_pending(post, self.kb)
            former_through_kiem(pre, s)
            former_through_kiem(post, s)
            self._named_before(s, bodies, pre + post, name_starts, sent_start)
            fill_pending(pre, self.kb, organs_only=True)  # "Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn": the next
            fill_pending(post, self.kb, organs_only=True)  # item's body is one named before (_named_before)
            self.side.fill(s, bodies, pre + post, sent_start, a)
            name = given.get((a, b)) or re.sub(r"(?<=[a-z]) - (?=[a-z])", "-", re.sub(r"\s+", " ", s[a:b]))  # "Moon Jae - in"
            pm = PersonMention(name, a, b, min(cstart, a), max(cend, b), [] if (a, b) in leaders else pre + post, rank)
            if (a, b) in given and not pre + post:
                if (a, b) not in said:
                    pm.again = True
                    self.named_again.append(pm)
                continue  # the given name alone is read only for the posts it holds
            out.append(pm)
            prev_end, last_pre = max(cend, b), pre
        self.respective(s, out, dict(spans))  # "A, B là Giám đốc và Phó Giám đốc Sở X"
        self._share_bracket(s, out, dict(spans))
        self._share_body(s, out)
        self.elected_bare(s, [(p.chain_start, p.chain_end, p.posts) for p in out], sentences)
        self.replaced(s, [(p.chain_start, p.start, p.chain_end, p.posts) for p in out])
        self.organs_joined(s, bodies, out, sentences)
        full = {p.name for p in out if len(p.name.split()) >= 3}
        for p in out:  # "ông Xuân Anh" after "Nguyễn Xuân Anh" is the same man
            if len(p.name.split()) == 2:
                longer = [n for n in full if n.endswith(" " + p.name)]
                if len(longer) == 1:
                    p.name = longer[0]
        return [p for p in out if p.posts or not self._credit_only(s, p.name)]

    def _credit_only(self, s: str, name: str) -> bool:
        """Whether every mention of `name` is a photo's credit ("Ảnh: Võ Hải"): the photographer, named
        nowhere else, is no one the story is about."""
        starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", s)]
        return bool(starts) and all(self.credit_at(s, a) for a in starts)


def _career(spec: dict) -> str:
    """ "đã trải qua nhiều chức vụ như", "từng đảm nhiệm các vị trí công tác", "từng đảm nhiệm cương vị": a past
    career before its list of posts (titles.yaml, career), as one more alternative of the former post verbs."""
    leads, past, held, counts, nouns, qualifiers, openers = (
        alternation([str(w) for w in spec.get(k) or []])
        for k in ("leads", "past", "held", "counts", "nouns", "qualifiers", "openers"))
    return (rf"(?:(?:(?:{leads}){WS})?(?:{past})|(?:{leads}){WS}(?:{held})){WS}(?:(?:{counts}){WS})?(?:{nouns})"
            rf"(?:{WS}(?:{qualifiers}))?(?:,?{WS}(?:{openers})(?!\w))?")


def _appointed(spec: dict) -> str:
    """ "được Ban Bí thư điều động giữ chức", "vừa được bổ nhiệm làm", "được bổ nhiệm Phó Giám đốc": an
    appointment between a name and its post (titles.yaml, appointed; the word of taking may be left out, not
    before a word of `not_taken`: "được bầu vào ..."), as one more alternative of the post verbs, or ""."""
    leads, acts, takes = (alternation([str(w) for w in spec.get(k) or []]) for k in ("leads", "acts", "takes"))
    if not (leads and acts and takes):
        return ""
    n = int(spec.get("max_words") or 8)
    not_taken = alternation([str(w) for w in spec.get("not_taken") or []]) or "(?!)"
    return (rf"|(?:{leads})(?:{WS}[^\s,.;:()“”\"]+){{0,{n}}}?{WS}(?:{acts})(?:,?{WS}(?:{acts}))*"
            rf"(?:{WS}(?:{alternation([str(w) for w in spec.get('particles') or []]) or 'lại'}))?(?:{WS}(?:{takes})|(?!{WS}(?:{not_taken})(?!\w)))")


