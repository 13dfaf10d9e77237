"""Verbs inside a title chain after a name: "X được bầu vào Bộ Chính trị" (a member of the body), "X từng
làm Phó Giám đốc, Giám đốc Sở Y" (a bare title before the item that names the body), "X, nguyên A, hiện là
B" (a verb that opens a later item).

`PostVerbs` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import copy
import dataclasses
import re

from coordgraph.ingest.agencies import Grammar
from coordgraph.ingest.knowledge import LIST_GAP, LIST_SEP, WS, Knowledge, alternation, key, skip_ws
from coordgraph.ingest.post_after import SEP
from coordgraph.ingest.post_context import TERM, Post

_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
_CLOSE = re.compile(r"[^()\n]{0,60}\)")
# what may follow a bare title that closes an election's clause: punctuation, a term, a predecessor
_BARE_END = re.compile(rf"[ \t]*(?:[,.;\n]|$)|{WS}(?:nhiệm kỳ|khóa|khoá|thay){WS}")
# a term of office between a post and the word that names the one who held it before ("... nhiệm kỳ 2015-2020, thay ông B")
_TERM = rf"(?:{TERM})?"
_BARE_RUN = 3  # bare titles a chain may list before the one that names their body


class PostVerbs:
    """Verbs within a chain (see the module's docstring)."""

    g: Grammar
    kb: Knowledge
    verb_in_re: re.Pattern[str] | None
    verb_re: re.Pattern[str] | None
    title_re: re.Pattern[str]

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People

    def _title_base(self, title: str) -> str:
        raise NotImplementedError  # people.People

    def init_verbs(self, kb: Knowledge) -> None:
        t = kb.title_data
        plural = [str(w) for w in t.get("plural_before") or []]
        plural += [str(w) for w in (t.get("counted_lists") or {}).get("counts") or []]
        self.plural_re = (
            re.compile(rf"(?<!\w)(?:{alternation(plural)}){WS}$", re.IGNORECASE) if plural else None
        )
        self.honorific = kb.honorific_re
        self._plural_text: str | None = None
        self._plural_from: dict[int, int] = {}  # a name sharing a plural chain -> where the chain starts
        joined = kb.title_data.get("joined") or {}
        verbs = [str(v) for v in joined.get("verbs") or []]
        self.joined_re = re.compile(rf",?{WS}(?:{alternation(verbs)}){WS}") if verbs else None
        self.joined = (str(joined.get("title") or ""), tuple(str(h) for h in joined.get("heads") or []))
        replaced = [str(w) for w in t.get("replaced") or []]
        self.replaced_re = re.compile(rf"{_TERM}[ \t]*,?{WS}(?:{alternation(replaced)}){WS}") if replaced else None

    def _joined(self, s: str, p: int) -> Post | None:
        """ "được bầu vào Ban Chấp hành Trung ương": a member's post in the body after the verb (titles.yaml,
        joined)."""
        jm = self.joined_re.match(s, p) if self.joined_re else None
        b = self.g.match_at(s, jm.end()) if jm else None
        if (
            jm is None
            or b is None
            or b.start != jm.end()
            or b.generic
            or not b.name.startswith(self.joined[1])
        ):
            return None
        return Post(self.joined[0], b, start=jm.end(), end=b.end)

    def plural_shared(self, s: str, before: tuple[int, int, int], posts: list[Post], a: int) -> list[Post]:
        """ "các Phó Chủ tịch UBND tỉnh X Lê Văn A và Trần B": the posts written before the name ahead in a list
        (its chain's start and its name's end in `before`) after a plural word are this name's too; also one
        bare title ("4 thứ trưởng A, B"), held in the body the first name's is read in (extract)."""
        start, name_start, end = before
        if (
            s is self._plural_text and name_start in self._plural_from
        ):  # "A, B và C": C's list opened before A
            start = self._plural_from[name_start]
        sm = LIST_SEP.match(s, end)
        if (
            not posts
            or sm is None
            or self.plural_re is None
            or (any(p.body is None and not p.implied for p in posts) and not _bare_one(posts))
        ):
            return []
        hm = self.honorific.match(s, sm.end())
        if (hm.end() if hm else sm.end()) != a or not self.plural_re.search(s[max(0, start - 20) : start]):
            return []
        if s is not self._plural_text:
            self._plural_text, self._plural_from = s, {}
        self._plural_from[a] = start
        return [copy.deepcopy(p) for p in posts]

    def _body_next(self, s: str, q: int) -> bool:
        """The next item of the chain at q names its body, or the first after more bare titles does
        ("Chuyên viên, Phó Trưởng phòng, Trưởng phòng X")."""
        for _ in range(_BARE_RUN):
            sm = SEP.match(s, q)
            nxt, q = self.parse_item(s, sm.end()) if sm else (None, q)
            if nxt is None or nxt.body is not None:
                return nxt is not None
            if nxt.implied or nxt.pending:
                return False
        return False

    def _verb_item(self, s: str, p: int) -> tuple[Post, int, bool] | None:
        """ "..., hiện là Phó Giám đốc Sở Y": an item of the chain opened by a post verb, its end and whether
        the verb makes it former; None unless the item names its body (or its title does)."""
        vm = self.verb_in_re.match(s, p) if self.verb_in_re else None
        post, q = self.parse_item(s, vm.end()) if vm else (None, p)
        if vm is None or post is None or (post.body is None and not post.implied):  # "... làm Tổng Thanh tra
            return None  # Chính phủ" names its body by the title
        return post, q, bool(vm.group("former"))

    def replaced(self, s: str, chains: list[tuple[int, int, int, list[Post]]]) -> None:
        """ "ông A được bầu giữ chức Bí thư Tỉnh ủy X thay ông B": the last post of a chain, named with its body,
        right before a word of titles.yaml `replaced` and a person's name, was that person's before (former).
        With no post after A's name, the posts a verb gives after B's name are A's ("A thay ông B làm ...").
        `chains` holds each name's chain start, name start, chain end and posts; "thay mặt" names no one."""
        starts = {k: (start, posts) for a, start, _, posts in chains for k in (a, start)}
        for _, name, end, posts in chains:
            rm = self.replaced_re.match(s, end) if self.replaced_re else None
            hm = self.honorific.match(s, rm.end()) if rm else None
            other = starts.get(skip_ws(s, hm.end() if hm else rm.end())) if rm else None
            after = other[1] if other else None
            if other and not any(p.start > name for p in posts):
                self._taken_from(s, other, posts)
                continue
            last = max(posts, key=lambda p: p.end, default=None)  # a post after the name: "Chủ tịch X A thay ông B
            if after is None or last is None or last.start < name or last.former \
                    or (last.body.generic if last.body else not last.implied):  # làm Bí thư Y" gives B nothing
                continue  # of A's; "làm Tổng Thanh tra Chính phủ thay ông B": a title that names its body
            held = last.body.name if last.body else last.implied
            if not any((p.body.name if p.body else p.implied) == held and key(p.title) == key(last.title)
                       for p in after):
                after.append(dataclasses.replace(copy.deepcopy(last), former=True))

    @staticmethod
    def _taken_from(s: str, other: tuple[int, list[Post]], posts: list[Post]) -> None:
        """ "A thay ông B làm Bí thư Tỉnh ủy X": the posts a verb gives after B's name (`other`: where it starts
        and its posts; not an aside after a comma, dash or bracket) are A's (`posts`), and were B's before."""
        name, held = other
        for p in held:
            if p.start > name and not p.former and (p.body is not None or p.implied) \
                    and not re.search(r"[,(\-–]", s[name:p.start]):
                if not any(key(q.title) == key(p.title) and q.body == p.body and q.implied == p.implied for q in posts):
                    posts.append(copy.deepcopy(p))
                p.former = True

    def elected_bare(self, s: str, chains: list[tuple[int, int, list[Post]]], sentences: list[tuple[int, int]]) -> None:
        """ "bầu ông A giữ chức Chủ tịch UBND tỉnh X. Ông B, Giám đốc Sở Y và bà C giữ chức Phó Chủ tịch": a
        bare title that a post verb gives right after a chain is held in the body of the last same or deputy's
        title (titles.yaml, one_post.deputies) written with a body since the sentence before, up to the first of
        the names listed before the verb. `chains` holds each name's chain start, end and posts."""
        for i, (start, end, posts) in enumerate(chains):
            opened = s.count("(", start, end) > s.count(")", start, end)  # "ông C (Trưởng ban Nội chính) được bầu
            cm = (_CLOSE if opened else _ASIDE).match(s, end)  # giữ chức Phó Bí thư", "ông D (SN 1965) được bầu ..."
            vm = self.verb_re.match(s, cm.end() if cm else end) if self.verb_re else None
            tm = self.title_re.match(s, vm.end()) if vm and not vm.group("former") else None
            bare, q = self.parse_item(s, tm.start()) if tm else (None, 0)
            if bare is None or bare.body is not None or bare.implied or bare.pending or not _BARE_END.match(s, q):
                continue
            first = i
            while first > 0 and LIST_GAP.fullmatch(s, chains[first - 1][1], chains[first][0]):
                first -= 1  # "Ông B, Giám đốc Sở Y và bà C, Chủ tịch Z giữ chức Phó Chủ tịch"
            starts = [a for a, _ in sentences if a <= chains[first][0]]
            body, lo = None, starts[-2] if len(starts) > 1 else 0
            for m in self.title_re.finditer(s, lo, chains[first][0]):
                earlier, _ = self.parse_item(s, m.start())
                if earlier is not None and earlier.body is not None and not earlier.body.generic \
                        and self._title_base(earlier.title) == self._title_base(bare.title):
                    body = earlier.body
            if body is None:
                continue
            for _, _, held in chains[first:i + 1]:
                if not any(key(p.title) == key(bare.title) for p in held):
                    held.append(Post(bare.title, copy.deepcopy(body), start=bare.start, end=bare.end))


def _bare_one(posts: list[Post]) -> bool:
    """One title written bare, whose body the article names elsewhere ("các Thứ trưởng A, B")."""
    return len(posts) == 1 and posts[0].body is None and not (posts[0].implied or posts[0].pending or posts[0].unread)
