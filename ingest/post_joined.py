"""Organs a person joins with a post taken: "ông A được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức
Bí thư Tỉnh ủy X" makes A a member of the Ban Thường vụ of Tỉnh ủy X and its Bí thư; after "thôi tham gia ..." the
organs left give no post and the post after "thôi giữ chức" is a former one (titles.yaml, organs_joined).

`PostJoined` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import copy
import re
from typing import Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LIST_GAP, WS, Knowledge, alternation, key
from coordgraph.ingest.post_context import TERM, Post

_TERM = re.compile(rf"(?:[ \t]*,)?{TERM}")  # ", khóa XII" after the organs
_GAP = 100  # how far the verb may stand after the name's chain ("đã nhận quyết định của Bộ Chính trị về việc")
_CLOSED = re.compile(r"[;:()“”\"]")


class _Mention(Protocol):
    start: int
    chain_start: int
    chain_end: int
    posts: list[Post]


class PostJoined:
    """Organs joined with a post taken (see the module's docstring)."""

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People

    def init_joined(self, kb: Knowledge) -> None:
        spec = kb.title_data.get("organs_joined") or {}
        verbs, left, heads, passed, links, takes, quit_ = (
            [str(w) for w in spec.get(k) or []]
            for k in ("verbs", "left", "heads", "passed", "links", "takes", "quit"))
        self.joined_title = str(spec.get("title") or "")
        self.joined_verb_re = re.compile(rf"(?<!\w)(?:(?P<left>{alternation(left)})|{alternation(verbs)}){WS}") \
            if verbs and left else None
        self.joined_heads = tuple(key(h) for h in heads)
        self.passed_re = re.compile(rf"(?:{alternation(passed)})(?!\w)", re.IGNORECASE) if passed else None
        self.taken_re = re.compile(rf"[ \t]*,?{WS}(?:(?:{alternation(links)}){WS})?(?P<quit>(?:{alternation(quit_)}){WS})?"
                                   rf"(?:{alternation(takes)}){WS}") if links and takes and quit_ else None

    def organs_joined(self, s: str, bodies: list[Body], mentions: list[_Mention],
                      sentences: list[tuple[int, int]]) -> None:
        """Give each mention the posts of a joining verb after its chain, in the same sentence, with no other
        name between."""
        if self.joined_verb_re is None or self.taken_re is None or not self.joined_title:
            return
        at = {b.start: b for b in bodies}
        for vm in self.joined_verb_re.finditer(s):
            sent_start = max((a for a, _ in sentences if a <= vm.start()), default=0)
            before = [m for m in mentions if sent_start <= m.chain_start and m.start < vm.start()]
            pm = max(before, key=lambda m: m.start, default=None)
            if pm is None or vm.start() - pm.chain_end > _GAP or _CLOSED.search(s, pm.chain_end, vm.start()):
                continue
            organs, q = self._organs(s, at, vm.end())
            if q == vm.end():
                continue
            tm = _TERM.match(s, q)
            q = tm.end() if tm else q
            km = self.taken_re.match(s, q)
            taken, _ = self.parse_item(s, km.end()) if km else (None, q)
            if taken is not None and taken.body is not None:
                taken.former = taken.former or bool(km and km.group("quit"))
                if not any(key(p.title) == key(taken.title) and p.body is not None and p.body.start == taken.body.start
                           for p in pm.posts):
                    pm.posts.append(taken)
            for b in organs if not vm.group("left") else []:
                organ = copy.deepcopy(b)
                inside = organ.host is not None and b.start <= organ.host.start and organ.host.end <= b.end
                if not inside and taken is not None and taken.body is not None:
                    organ.host = copy.deepcopy(taken.body)
                elif not inside:
                    continue
                if not any(p.body is not None and p.body.start == b.start for p in pm.posts):
                    pm.posts.append(Post(self.joined_title, organ, start=b.start, end=b.end))

    def _organs(self, s: str, at: dict[int, Body], p: int) -> tuple[list[Body], int]:
        """The organs listed from p ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy X"): those named by a head, and
        where the list ends (p when nothing is listed)."""
        organs: list[Body] = []
        q = p
        while True:
            b = at.get(q)
            pm = self.passed_re.match(s, q) if self.passed_re and b is None else None
            if b is not None and key(b.name).startswith(self.joined_heads):
                organs.append(b)
                end = b.end
            elif b is not None or pm is not None:
                end = b.end if b is not None else pm.end() if pm else q
            else:
                break
            q = end
            sm = LIST_GAP.match(s, q)
            if sm is None or (sm.end() not in at and not (self.passed_re and self.passed_re.match(s, sm.end()))):
                break
            q = sm.end()
        return organs, q
