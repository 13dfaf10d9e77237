"""A join inside an enterprise's name: "Công ty cổ phần Đầu tư và Xây dựng X", "Công ty TNHH Thương mại
và Dịch vụ kỹ thuật X".

An enterprise's name often lists the trades it works in, joined by "và", before the words of its own
name. Read up to the join, such a name ends with a trade word (enterprise_generic_words in
body_grammar.yaml: "Đầu tư", "Thương mại") and so names no company yet: the join is inside the
name, and the reading goes on after it. After a name of its own ("Công ty TNHH Hải Linh và PETEC"),
the join is between two bodies and closes the name. A name read through a join that goes on
past a dash the reading cannot follow is left unread rather than read cut.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from coordgraph.ingest.knowledge import NEVER, WS, Knowledge, alternation, skip_ws

_DASH = re.compile(rf"{WS}[-–]{WS}")


def unread_dash(s: str, end: int, dashed: int | None) -> bool:
    """A name read through a join goes on after a dash that the dashed-tail reading could not follow
    ("Công ty Đầu tư và Phát triển X - Y ..."): the name is longer than what was read, so it is not read."""
    return dashed is None and _DASH.match(s, end) is not None


@functools.cache
def _joins(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(list(words))}){WS}") if words else NEVER


def trade_join(kb: Knowledge, s: str, q: int, cut: bool, describing: Callable[[str, int], int | None],
               heads: re.Pattern[str] | None) -> int | None:
    """Where the name goes on after a join word at q ("và"), when the name read so far is `cut` (ends
    with a trade word): the next capitalised word, or the one after a few words in lower case that
    describe the trade (`describing`: "và thương mại dầu khí Sông Đà"); None when the join closes the name
    (`heads`: an enterprise's heads, which begin another company)."""
    if not cut:
        return None
    m = _joins(tuple(str(w) for w in kb.grammar.get("enterprise_join_words") or [])).match(s, q)
    if m is None:
        return None
    nq = skip_ws(s, m.end())
    if s[nq:nq + 1].isupper():  # a trade, unless another body's name begins there ("Công ty Đầu tư và UBND tỉnh X")
        return None if any(rx.match(s, nq) for rx in (kb.known_re, kb.local_head_re, kb.organ_re, kb.place_re, heads)
                                                      if rx is not None) else nq
    return describing(s, nq) if s[nq:nq + 1].islower() and not (heads and heads.match(s, nq)) else None
