"""The Front written bare beside the other mass organisations ("Mặt trận Tổ quốc và các đoàn thể"). Read at
first as a group of every level (`agencies`), it names the national Front in an article about national
affairs; in an article about one locality, or in a sentence with a bare level word ("các đoàn thể huyện"), it
stays unread (a locality's Front is meant)."""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, alternation
from coordgraph.ingest.localities import Context

__all__ = ["national_front_groups"]


def _followers_re(kb: Knowledge) -> re.Pattern[str] | None:
    fg = kb.grammar.get("front_group") or {}
    followers = [str(f) for f in fg.get("followers") or []]
    return re.compile(rf"{WS}(?:{alternation(followers)})(?!\w)") if followers else None


def national_front_groups(kb: Knowledge, s: str, bodies: list[Body], ctx: Context) -> None:
    """Reads as the national Front each bare Front followed by a list of the other organisations, when the
    article names no province as its locality."""
    follow = _followers_re(kb)
    if follow is None or ctx.ranked:
        return
    fg = kb.grammar.get("front_group") or {}
    kinds = {str(k) for k in fg.get("kinds") or []}
    words = [str(w) for w in fg.get("local_words") or []]
    nots = [str(w) for w in fg.get("not_local") or []]
    skip = rf"(?!(?:{alternation(nots)})(?!\w))" if nots else ""
    local = re.compile(rf"(?<!\w){skip}(?:{alternation(words)})(?!\w)(?!{WS}[{UPPER}\d])") if words else None
    for b in bodies:
        if b.kind == "known" and b.generic and str(b.entry.get("kind")) in kinds and follow.match(s, b.end):
            ss, se = _sentence(ctx, b.start, len(s))
            if local is None or not local.search(s, ss, se):
                b.generic = False


def _sentence(ctx: Context, pos: int, n: int) -> tuple[int, int]:
    """The sentence holding pos."""
    for a, e in ctx.sentences:
        if a <= pos < e:
            return a, e
    return 0, n
