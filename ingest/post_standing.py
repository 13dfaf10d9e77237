"""A standing organ named bare in a chain, its committee named by the next item: "Ủy viên Ban Thường vụ,
Trưởng Ban Tuyên giáo Tỉnh ủy X" (or "Bí thư Huyện ủy X") is a member of the standing committee of Tỉnh ủy X
(Huyện ủy X) (titles.yaml, standing_before)."""

from __future__ import annotations

import copy
import itertools
import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key
from coordgraph.ingest.post_context import Post


class Standing:
    def __init__(self, kb: Knowledge) -> None:
        spec = kb.title_data.get("standing_before") or {}
        self.kb = kb
        self.titles = {str(t) for t in spec.get("titles") or []}
        organs = [str(o) for o in spec.get("organs") or []]
        self.organ_re = (
            re.compile(rf"{WS}?({alternation(organs)})(?!\w)(?=[ \t]*,)", re.IGNORECASE) if organs else None
        )

    def fill(self, s: str, posts: list[Post]) -> None:
        """Give a bare member title before a standing organ the organ of the next item's committee."""
        if self.organ_re is None:
            return
        for p, nxt in itertools.pairwise(posts):
            if p.title not in self.titles or p.body is not None or p.implied or p.pending:
                continue
            om = self.organ_re.match(s, p.end)
            host = nxt.body.host if nxt.body is not None and nxt.body.kind == "organ" else nxt.body  # or the
            # committee itself: "Ủy viên Ban Thường vụ, Bí thư Huyện ủy X"
            if om is None or host is None or host.kind != "local" or nxt.former != p.former:
                continue
            head = self.kb.local_heads.get(key(host.name))
            organ = next((o for o in (head.organs if head else []) if key(o) == key(om.group(1))), None)
            if organ is None:  # the committee must have such an organ ("Tỉnh ủy", "Huyện ủy", ...)
                continue
            p.body = Body(om.start(1), om.end(1), "organ", organ, host=copy.deepcopy(host), part_of=True)
            p.unread, p.end = False, om.end(1)
