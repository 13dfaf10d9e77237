"""A standing organ named bare in a chain, its committee named by the next item: "Ủy viên Ban Thường vụ,
Trưởng Ban Tuyên giáo Tỉnh ủy X" (or "Bí thư Huyện ủy X") is a member of the standing committee of Tỉnh ủy X
(Huyện ủy X) (titles.yaml, standing_before); "Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Công an tỉnh X" of
the standing committee of the Đảng ủy of Công an tỉnh X."""

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
        self.organs = {key(o): o for o in organs}
        self.organ_re = (
            re.compile(rf"{WS}?({alternation(organs)})(?!\w)(?=[ \t]*,)", re.IGNORECASE) if organs else None
        )
        groups = [str(o) for o in spec.get("party_committees") or []]
        self.group_re = (  # "Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Công an tỉnh X"
            re.compile(rf"{WS}?({alternation(organs)}){WS}({alternation(groups)})(?!\w)(?=[ \t]*,)", re.IGNORECASE)
            if organs and groups else None
        )

    def _committee(self, body: Body) -> bool:
        """A party committee, an organ or a body we cannot name: no host for a party committee's organ."""
        head = self.kb.local_heads.get(key(body.name)) if body.kind == "local" else None
        return body.generic or body.kind == "organ" or body.is_committee(self.kb) \
            or any(key(o) in self.organs for o in (head.organs if head else []))

    def fill(self, s: str, posts: list[Post]) -> None:
        """Give a bare member title before a standing organ the organ of the next item's committee."""
        if self.organ_re is None:
            return
        for p, nxt in itertools.pairwise(posts):
            if p.title not in self.titles or p.body is not None or p.implied or p.pending:
                continue
            gm = self.group_re.match(s, p.end) if self.group_re else None
            if gm and nxt.body is not None and not self._committee(nxt.body) and nxt.former == p.former:
                spec = self.kb.organs.get(key(gm.group(2))) or {}
                group = Body(gm.start(2), gm.end(2), "organ", str(spec.get("organ") or gm.group(2)),
                             host=copy.deepcopy(nxt.body), part_of=bool(spec.get("part_of")))
                standing = self.organs.get(key(gm.group(1)), gm.group(1))
                p.body = Body(gm.start(1), gm.end(2), "organ", standing, host=group, part_of=True)
                p.unread, p.end = False, gm.end(2)
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
