"""A unit and the body it is part of written side by side after a comma, with no title before them,
for `agencies.Grammar`: "(cán bộ Phòng An ninh chính trị nội bộ, Công an tỉnh X)" and "Vụ Pháp chế,
Bộ Y tế cho biết" name the unit as part of the body after the comma. A list of bodies goes on after the
second ("Phòng A, Công an tỉnh X và Sở Y"), or the second is written in lower case ("Viện A, sở B"): no
unit is read then."""

from __future__ import annotations

import re
from typing import Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge

_OWN_PARENT = re.compile(r"\s*\(\s*")
_LIST_ON = re.compile(rf"\s*(?:,|{WS}(?:và|cùng|với|hoặc)(?!\w))\s*")


class _Reader(Protocol):
    kb: Knowledge
    parent_kinds: set[str]

    def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...


def apposed_parent(g: _Reader, s: str, comma: int, depth: int) -> Body | None:
    """The body of a parent kind that follows the comma at `comma` and closes the apposition, if any."""
    q = comma + 1
    while q < len(s) and s[q] in " \t":
        q += 1
    if q >= len(s) or not s[q].isupper():
        return None  # "phối hợp với Viện X, sở Y": a list, the second written in lower case
    host = g.match_at(s, q, depth + 1)
    if host is None or host.start != q or host.generic or host.kind not in ("known", "local") \
            or str(host.entry.get("kind")) not in g.parent_kinds:
        return None
    if (bracket := _OWN_PARENT.match(s, host.end)) is not None:  # "Cục A, Tổng cục B (Bộ C)": B is part of C
        inner = g.match_at(s, bracket.end(), depth + 1)
        if inner is None or inner.start != bracket.end() or inner.generic or not s.startswith(")", inner.end) \
                or str(inner.entry.get("kind")) not in g.parent_kinds or host.host is not None:
            return None
        host.host, host.part_of = inner, True
        return host
    on = _LIST_ON.match(s, host.end)
    if on is not None:
        nxt = g.match_at(s, on.end(), depth + 1)
        if nxt is not None and nxt.start == on.end():
            return None  # "Phòng A, Công an tỉnh X và Sở Y": a list of bodies
    return host
