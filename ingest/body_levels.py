"""Level words abbreviated with a dot after a local body's head ("UBND Q. Bình Thạnh", "Công an
H.Phú Tân"): the working text reads them as the level word (`text.build`), so that the body and its
place are read as when written out. The letters and heads are in body_grammar.yaml
(abbreviated_levels)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from coordgraph.ingest.knowledge import UPPER, Knowledge, alternation


@cache
def _pattern(heads: tuple[str, ...], letters: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(heads))})[ \t]+({alternation(list(letters))})\.[ \t]?(?=[{UPPER}\d])")


def level_edits(t0: str, kb: Knowledge) -> list[tuple[int, int, str]]:
    """(start, end, level word + space) for each abbreviated level word after a head in `t0`."""
    spec: dict[str, Any] = kb.grammar.get("abbreviated_levels") or {}
    levels = {str(k): str(v) for k, v in (spec.get("levels") or {}).items()}
    heads = tuple(sorted({str(h) for h in spec.get("after") or []}, key=len, reverse=True))
    if not levels or not heads:
        return []
    rx = _pattern(heads, tuple(sorted(levels, key=len, reverse=True)))
    return [(m.start(1), m.end(), levels[m.group(1)] + " ") for m in rx.finditer(t0)]
