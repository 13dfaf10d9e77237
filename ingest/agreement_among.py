"""A document named as one of several a body issued: "UBND tỉnh X đã ban hành nhiều văn bản chỉ đạo, mới nhất
là Chỉ thị số 01 ...", "Ban Bí thư đã ban hành một số quy định, trong đó có Quy định số 55 ...": the body
issued the document named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.knowledge import NEVER, WS, Knowledge, alternation

if TYPE_CHECKING:
    from coordgraph.ingest.agreements import DocMention


def among_re(kb: Knowledge) -> re.Pattern[str]:
    cue = kb.cues.get("issued_among") or {}
    many, named = cue.get("several") or [], cue.get("naming") or []
    if not many or not named:
        return NEVER
    return re.compile(rf"(?:{alternation(many)}){WS}[^.;:\n]{{1,40}}?,{WS}(?:{alternation(named)}){WS}(?:có{WS})?",
                      re.IGNORECASE)


def issued_among(rx: re.Pattern[str], s: str, at: int, docs: list[DocMention]) -> list[DocMention]:
    """The numbered document named right after "nhiều văn bản ..., mới nhất là" at `at`, if any."""
    m = rx.match(s, at)
    if m is None:
        return []
    return [d for d in docs if d.start == m.end() and d.number][:1]
