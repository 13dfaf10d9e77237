"""Posts named once for the people named after them: a title chain that a list word joins to a list of
names ("hai nguyên Chủ tịch UBND TP X là ông A và ông B"), and a post an act gives or takes away from the
person named after "đối với" ("cách chức Bí thư Tỉnh ủy X đối với ông A").

`PostLists` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from coordgraph.ingest.knowledge import WS, Knowledge, alternation
from coordgraph.ingest.post_context import PERIOD, TERM, Post

if TYPE_CHECKING:
    from coordgraph.ingest.people import PersonMention

_TERM = re.compile(TERM)
_PERIOD = re.compile(PERIOD)
_WORD = re.compile(r"(?<!\w)\w+")
_JOIN = re.compile(rf"[ \t]*(?:,|;)?{WS}(?:và{WS})?|{WS}kiêm{WS}")
_TAIL_REST = re.compile(rf"(?:{WS}[^,;:()“”\"\n.!?]{{1,40}}?)?[ \t]*,?[ \t]*")  # "được bầu| bổ sung tháng 5/2018,"
_LINK = re.compile(rf"[ \t]*[,;](?:{WS}và)?{WS}|{WS}và{WS}")


class PostLists:
    """Posts shared by a list of names, and posts acted on "đối với" a name (see the module's docstring)."""

    title_re: re.Pattern[str]
    former_re: re.Pattern[str] | None

    def chain_before(self, s: str, seg_start: int, name_start: int) -> tuple[list[Post], int, str | None]:
        raise NotImplementedError  # people.People

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People

    def _names_to(self, s: str, p: int, name_start: int, names: dict[int, int]) -> bool:
        raise NotImplementedError  # people.People

    def _skip_prefixes(self, s: str, p: int) -> tuple[int, str | None]:
        raise NotImplementedError  # people.People

    def _chain_after(self, s: str, p: int, names: set[int]) -> tuple[list[Post], int]:
        raise NotImplementedError  # people.People

    def init_lists(self, kb: Knowledge) -> None:
        t = kb.title_data
        heads = [str(w) for w in t.get("list_heads") or []]
        self.list_head_re = re.compile(rf"(?<!\w)(?:{alternation(heads)})[ \t]*:?{WS}") if heads else None
        self.head_end_re = re.compile(rf"[ \t]*,?{WS}(?:{alternation(heads)})[ \t]*$") if heads else None
        self.former_heads = {str(w) for w in t.get("former_list_heads") or []}
        tails = t.get("list_tails") or {}
        said, denials = ([str(w) for w in tails.get(k) or []] for k in ("tails", "denials"))
        self.tail_re = re.compile(rf"{WS}(?:{alternation(said)})(?!\w)", re.IGNORECASE) if said else None
        self.denial_re = re.compile(rf"(?<!\w)(?:{alternation(denials)})(?!\w)", re.IGNORECASE) if denials else None
        counted = t.get("counted_lists") or {}
        counts, clauses = ([str(w) for w in counted.get(k) or []] for k in ("counts", "clauses"))
        self.count_re = re.compile(rf"(?<!\w)(?:\d{{1,3}}|{alternation(counts)}){WS}$", re.IGNORECASE) if counts else None
        plural_words = [str(w) for w in t.get("plural_before") or []]
        self.plural_at_re = re.compile(rf"(?:{alternation(plural_words)}){WS}", re.IGNORECASE) if plural_words else None
        plural = plural_words + counts
        self.plural_bare_re = (  # a figure counts too ("7 ủy viên Bộ Chính trị gồm"), never a year
            re.compile(rf"(?<!\w)(?:\d{{1,3}}|{alternation(plural)}){WS}$", re.IGNORECASE) if plural else None
        )
        self.clause_re = (  # "2 ủy viên Trung ương bị kỷ luật ở mức cảnh cáo là ông A và ông B"
            re.compile(rf"{WS}(?:{alternation(clauses)}){WS}[^,;:()“”\"\n.!?]{{1,80}}$") if clauses else None
        )
        acts = t.get("post_acts") or {}
        former, current = (
            [str(w) for w in acts.get("former") or []],
            [str(w) for w in acts.get("current") or []],
        )
        fillers = [str(w) for w in acts.get("fillers") or []]
        self.act_re = (
            re.compile(
                rf"(?<!\w)(?:(?P<former>{alternation(former)})|{alternation(current)})"
                rf"(?:{WS}(?:{alternation(fillers)}))?{WS}",
                re.IGNORECASE,
            )
            if former and current and fillers
            else None
        )
        named = t.get("appointed") or {}
        moves, takes = ([str(w) for w in named.get(k) or []] for k in ("acts", "takes"))
        self.moved_re = re.compile(rf"(?<!\w)(?:{alternation(moves)}){WS}(?:\w+{WS}){{0,2}}$") if moves else None
        self.takes_re = (  # the words the chain leaves after its last body ("... khóa XIV tỉnh X giữ chức")
            re.compile(rf"(?:{WS}[^\s,.;:()“”\"]+){{0,4}}?(?P<at>[ \t]*,?{WS})(?:{alternation(takes)}){WS}") if takes else None
        )
        also = [str(w) for w in acts.get("also") or []]
        self.also_re = (  # "cách chức A, bao gồm cả các chức vụ B, C của ông X"
            re.compile(rf"[ \t]*,?{WS}(?:{alternation(also)}){WS}(?:các{WS})?(?:{alternation(fillers)}){WS}", re.IGNORECASE)
            if also and fillers
            else None
        )
        respective = [str(w) for w in t.get("respective") or []]
        self.respective_re = re.compile(  # "A, B là Giám đốc và ...", "A, B (Giám đốc và ...", "A, B - Giám đốc và ..."
            rf"[ \t]*(?:\([ \t]*|[-–][ \t]*|,?{WS}(?:{alternation(respective)}){WS})" if respective else r"[ \t]*(?:\([ \t]*|[-–][ \t]*)"
        )
        toward = [str(w) for w in acts.get("toward") or []]
        self.toward_re = (
            re.compile(rf"(?<!\w)(?:{alternation(toward)}){WS}", re.IGNORECASE) if toward else None
        )
        forms = [str(w) for w in acts.get("forms") or []]
        self.form_re = (  # "kỷ luật ông A, Bí thư Tỉnh ủy X, bằng hình thức: cách chức ..."
            re.compile(rf"[ \t]*[-–,]?{WS}(?:{alternation(forms)})[ \t]*:?{WS}", re.IGNORECASE) if forms else None
        )

    def shared_heading(self, s: str, sent_start: int, name: tuple[int, int], names: dict[int, int],
                       chains: dict[int, int]) -> list[Post]:
        """ "hai nguyên Chủ tịch UBND tỉnh X là ông A và ông B": a title chain that a list word (titles.yaml,
        list_heads) joins to a list of names is each one's; a bare title is not taken. After a count or a
        plural word the names may carry their own chains when the shared one names its body ("ba Phó Trưởng
        ban Ban X gồm Bộ trưởng A, Bộ trưởng B", "hai Ủy viên X là ông A, Bí thư Y, và ông B, Chủ tịch Z"): `chains` maps where each name read before
        starts (its chain's start and its own) to where its chain ends, `name` is where this name's chain
        and the name itself start."""
        if self.list_head_re is None:
            return []
        name_start = name[1]
        lo = max(sent_start, name_start - 400)
        for hm in reversed(list(self.list_head_re.finditer(s, lo, name_start))):
            chained = not self._names_to(s, hm.end(), name_start, names)
            if chained and not self._chains_to(s, hm.end(), name, chains):
                continue
            if hm.group(0).strip(" \t:") in self.former_heads and self._skip_prefixes(s, hm.end())[0] != name_start:
                return []  # "Giám đốc Sở X lúc đó là ông A": one name, not a list
            end = hm.start()
            while end > lo and s[end - 1] in " \t,":  # "5 ủy viên UBND, gồm: ..."
                end -= 1
            item = max(lo, *(s.rfind(c, lo, end) + 1 for c in ";:(."))
            end = self.chain_end(s, item, end)
            if end < 0:
                return []
            cm = self.clause_re.search(s, max(item, end - 100), end) if self.clause_re else None
            counted = self._counted(s, item, cm.start()) if cm is not None else []
            if counted:
                return counted
            for tm in self.title_re.finditer(s, max(item, end - 200), end):
                chain, start, _ = self.chain_before(s, tm.start(), end)  # titles in lower case too
                if not chain:
                    continue
                if chained and (any(p.body is None and not p.implied for p in chain) or not (
                        self.plural_bare_re and self.plural_bare_re.search(s[max(item, start - 20):start]))):
                    return []  # a bare title's body is read from the sentence, not safely past other chains
                if any(p.body is None and not p.implied for p in chain) and not self._plural_bare(s, item, start, chain):
                    return []
                before = list(_WORD.finditer(s, max(item, start - 12), start))
                fm = self.former_re.match(s, before[-1].start()) if before and self.former_re else None
                if (fm and fm.end() == start) or hm.group(0).strip(" \t:") in self.former_heads:
                    for p in chain:  # "hai nguyên Chủ tịch ...", "Chủ tịch ... lúc đó là ông A": former posts
                        p.former = True
                return chain
            return []
        return []

    def chain_end(self, s: str, item: int, end: int) -> int:
        """Where the title chain before a list word that ends at `end` ends: before its term ("Ủy viên Ban Bí
        thư khóa XII gồm:") and the words of an election (titles.yaml, list_tails: "... tái đắc cử gồm:");
        -1 when the item denies the election ("không trúng cử Ủy viên Trung ương là: A, B")."""
        lo = max(item, end - 120)
        if self.denial_re and any(self.title_re.search(s, d.end(), min(end, d.end() + 30))
                                  for d in self.denial_re.finditer(s, lo, end)):
            return -1
        for _ in range(2):
            tm = next((m for m in _TERM.finditer(s, max(lo, end - 30), end) if m.end() == end), None)
            end = tm.start() if tm else end
            em = next((m for m in self.tail_re.finditer(s, lo, end)
                       if _TAIL_REST.fullmatch(s, m.end(), end) and not self.title_re.search(s, m.end(), end)),
                      None) if self.tail_re else None
            end = em.start() if em else end
        return end

    def headed_end(self, s: str, item: int, colon: int) -> int:
        """ "Ủy viên dự khuyết Trung ương Đảng tái cử gồm: A; B": where the title chain before a list word and
        a colon ends (see chain_end); `colon` when no list word stands before it, -1 when the item denies."""
        hm = self.head_end_re.search(s, item, colon) if self.head_end_re else None
        return self.chain_end(s, item, hm.start()) if hm else colon

    def _chains_to(self, s: str, p: int, name: tuple[int, int], chains: dict[int, int]) -> bool:
        """Only names read before, each with its own chain (`chains`, see shared_heading), stand between p
        and this name's chain, after commas, semicolons or "và"; an item may open with a plural word ("các Phó
        Chủ tịch Quốc hội A và B")."""
        while True:
            p = self._skip_prefixes(s, p)[0]
            pm = self.plural_at_re.match(s, p) if self.plural_at_re and p not in name else None
            p = self._skip_prefixes(s, pm.end())[0] if pm else p
            if p in name:
                return True
            end = chains.get(p)
            m = _LINK.match(s, end) if end is not None else None
            if m is None:
                return False
            p = m.end()

    def _plural_bare(self, s: str, item: int, start: int, chain: list[Post]) -> bool:
        """ "các Phó Chủ tịch gồm ông A, ông B": one bare title after a plural word or a count (titles.yaml,
        plural_before, counted_lists) is each listed name's, its body read as a bare title's."""
        if len(chain) != 1 or self.plural_bare_re is None or self.plural_bare_re.search(s[max(item, start - 20):start]) is None:
            return False
        chain[0].listed = True
        return True

    def _counted(self, s: str, item: int, end: int) -> list[Post]:
        """ "hai Phó Chủ tịch UBND tỉnh X được bầu bổ sung gồm ông A và ông B": a count, a title chain and a
        clause of what befell them (titles.yaml, counted_lists) before the list word; each item must name
        its body."""
        if self.count_re is None:
            return []
        for tm in self.title_re.finditer(s, max(item, end - 200), end):
            chain, start, _ = self.chain_before(s, tm.start(), end)
            if not chain:
                continue
            if any(p.body is None and not p.implied for p in chain):
                return []
            before = s[max(item, start - 20):start]
            fm = self.former_re.search(before) if self.former_re else None
            former = fm is not None and not before[fm.end():].strip()
            if former and fm is not None:
                before = before[:fm.start()]
            if not self.count_re.search(before):
                return []
            for p in chain:
                p.former = p.former or former
            return chain
        return []

    def appointed_after(self, s: str, seg_start: int, name: tuple[int, int], end: int, names: set[int]) -> tuple[list[Post], int]:
        """ "Hội nghị bầu ông A, Phó Bí thư Tỉnh ủy X, giữ chức Ủy viên Ủy ban Kiểm tra Trung ương": after an act
        of appointment (titles.yaml, appointed) before the name and the posts the name already holds, the post
        taken is A's too."""
        if self.moved_re is None or self.takes_re is None or end <= name[1]:
            return [], end
        tm = self.takes_re.match(s, end)
        if tm is None or not self.moved_re.search(s, max(seg_start, name[0] - 40), name[0]):
            return [], end
        return self._chain_after(s, tm.start("at"), names)

    def acted_on(self, s: str, sent_start: int, name_start: int) -> list[Post]:
        """ "cách chức Ủy viên Trung ương Đảng khóa XI và Bí thư Ban cán sự đảng Bộ X đối với ông A": the
        posts an act (titles.yaml, post_acts) names before "đối với" and the name are A's; former ones when
        the act takes them away. Every item must name its body."""
        if self.act_re is None or self.toward_re is None:
            return []
        lo = max(sent_start, name_start - 300)
        toward = next(
            (
                m
                for m in self.toward_re.finditer(s, max(lo, name_start - 40), name_start)
                if self._skip_prefixes(s, m.end())[0] == name_start
            ),
            None,
        )
        if toward is None:
            return []
        for act in self.act_re.finditer(
            s, lo, toward.start()
        ):  # the first act whose posts run up to "đối với"
            posts = self._acted(s, act, toward.start())
            if posts:
                return posts
        return []

    def acted_after(self, s: str, end: int) -> tuple[list[Post], int]:
        """ "kỷ luật ông A, Bí thư Tỉnh ủy X, bằng hình thức: cách chức Bí thư Tỉnh ủy X, Ủy viên Ban Thường vụ;
        cho thôi giữ chức Ủy viên Ban Chấp hành Trung ương Đảng": the posts an act names after the form of a
        sanction (titles.yaml, post_acts, forms) that follows the name and its posts are the name's, up to
        the first item that is no post."""
        fm = self.form_re.match(s, end) if self.form_re else None
        act = self.act_re.match(s, fm.end()) if fm and self.act_re else None
        if act is None:
            return [], end
        posts, stop, _ = self._act_items(s, act, len(s))
        return posts, stop if posts else end

    def _acted(self, s: str, act: re.Match[str], end: int) -> list[Post]:
        posts, _, whole = self._act_items(s, act, end)
        return posts if whole else []

    def _act_items(self, s: str, act: re.Match[str], end: int) -> tuple[list[Post], int, bool]:
        """The posts an act names, where the last one read ends, and whether they run up to `end`."""
        posts: list[Post] = []
        p, former, stop = act.end(), bool(act.group("former")), act.start()
        while True:
            post, q = self.parse_item(s, p)
            if post is None or (post.body is None and not post.implied):
                return posts, stop, False
            post.former = post.former or former
            posts.append(post)
            pm = _PERIOD.match(s, q)  # "nhiệm kỳ 2011-2016", "trong thời gian 2011 - 2016"
            q = stop = pm.end() if pm else q
            if not s[q:end].strip():
                return posts, stop, True
            om = self.also_re.match(s, q) if self.also_re else None
            if om is not None and om.end() < end:
                p = om.end()
                continue
            jm = _JOIN.match(s, q)
            if jm is None or jm.end() >= end:
                return posts, stop, False
            am = (
                self.act_re.match(s, jm.end()) if self.act_re else None
            )  # "cách chức Bí thư Thành ủy X, cho thôi Ủy viên ..."
            p = am.end() if am else jm.end()
            former = bool(am.group("former")) if am else former

    def respective(self, s: str, out: list[PersonMention], names: dict[int, int]) -> None:
        """ "các ông A, B là Giám đốc và Phó Giám đốc Sở X", "A, B, C (trưởng phòng, phó phòng và chuyên viên
        Phòng Y)": as many titles as the names listed before them, the last naming the body, are each name's
        in turn (titles.yaml, respective); the names hold no other post."""
        for j, last in enumerate(out):
            om = self.respective_re.match(s, last.end)
            titles = self._respective_titles(s, om.end()) if om else []
            k = len(titles)
            if k < 2 or j + 1 < k or any(p.start < om.end() for p in last.posts):  # type: ignore[union-attr]
                continue
            run, before = out[j + 1 - k:j + 1], out[j - k] if j >= k else None
            if any(m.posts for m in run[:-1]) or not self._names_to(s, run[0].chain_start, last.start, names) \
                    or (before is not None and not before.posts and self._names_to(s, before.chain_start, last.start, names)):
                continue  # not a list of exactly as many names, each with no post of its own
            body = titles[-1].body
            for m, t in zip(run, titles, strict=True):
                m.posts = [Post(t.title, copy.deepcopy(body), start=t.start, end=t.end, former=t.former or titles[0].former)]

    def _respective_titles(self, s: str, p: int) -> list[Post]:
        """Titles joined by commas or "và" from p, all bare but the last, which names its body; or []."""
        titles: list[Post] = []
        while True:
            post, q = self.parse_item(s, p)
            if post is None or post.implied or post.pending or post.unread:
                return []
            titles.append(post)
            if post.body is not None:
                return titles if not post.body.generic else []
            jm = _LINK.match(s, q)
            if jm is None:
                return []
            p = jm.end()
