"""An organ written in lower case before some hosts is read only where it cannot be a verb or a common
noun: "thanh tra Bộ Xây dựng" is the ministry's inspectorate after its head's title ("Chánh thanh tra Bộ
Xây dựng") or at the start of a clause ("..., thanh tra Bộ Nội vụ khẳng định"), but an inspection of the
ministry after a verb or a team ("tiến hành thanh tra Bộ Xây dựng", "đoàn thanh tra Bộ Xây dựng").
The organ's entry in body_grammar.yaml names the host kinds (lower_after_kinds) and the words
(lower_after) that allow it."""

from __future__ import annotations

import re
from typing import Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import key

__all__ = ["lower_organ_read"]

_CLAUSE_START = re.compile(r"(?:^|[,;:(\n.!?\"“])\s*$")
_LAST_WORD = re.compile(r"(\w+)\s+$")


def lower_organ_read(s: str, pos: int, spec: dict[str, Any], host: Body) -> bool:
    """Whether the organ starting at `pos` may be read before `host` as written."""
    kinds = {str(k) for k in spec.get("lower_after_kinds") or []}
    if not kinds or not s[pos:pos + 1].islower() or str(host.entry.get("kind")) not in kinds:
        return True
    before = s[max(0, pos - 20):pos]
    if _CLAUSE_START.search(before):
        return True
    w = _LAST_WORD.search(before)
    return w is not None and key(w.group(1)) in {key(str(x)) for x in spec.get("lower_after") or []}
