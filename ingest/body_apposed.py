"""A unit and the body it is part of written side by side after a comma, with no title before them,
for `agencies.Grammar`: "(cán bộ Phòng An ninh chính trị nội bộ, Công an tỉnh X)" and "Vụ Pháp chế,
Bộ Y tế cho biết" name the unit as part of the body after the comma. A list of bodies goes on after the
second ("Phòng A, Công an tỉnh X và Sở Y"), or the second is written in lower case ("Viện A, sở B"): no
unit is read then."""

from __future__ import annotations

import re
from typing import Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, key

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


def apposed_organ_host(g: _Reader, s: str, comma: int, spec: dict[str, object], depth: int) -> Body | None:
    """ "Cơ quan Cảnh sát điều tra, Công an tỉnh X": an organ of apposed_organs (body_grammar.yaml), a comma, and
    a local body written with its level and place: the organ of that body, as when written with no comma."""
    if key(str(spec.get("organ") or "")) not in {key(str(o)) for o in g.kb.grammar.get("apposed_organs") or []}:
        return None  # "Sở Nội vụ, Văn phòng, Công an tỉnh X": a list's member
    host = apposed_parent(g, s, comma, depth)
    if host is None or host.kind != "local" or not host.place or host.place_from != "text":
        return None
    return host
