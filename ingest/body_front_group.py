"""The Front written bare beside the other mass organisations ("Mặt trận Tổ quốc và các đoàn thể"). Read at
first as a group of every level (`agencies`), it names the national Front in an article about national
affairs; in an article about one locality, or in a sentence with a bare level word ("các đoàn thể huyện"), it
stays unread (a locality's Front is meant)."""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import NEVER, UPPER, WS, Knowledge, alternation
from coordgraph.ingest.localities import Context

__all__ = ["FrontGroups"]


class FrontGroups:
    """The cues of front_group in body_grammar.yaml, compiled once."""

    def __init__(self, kb: Knowledge):
        fg = kb.grammar.get("front_group") or {}
        followers = [str(f) for f in fg.get("followers") or []]
        self.follow = re.compile(rf"{WS}(?:{alternation(followers)})(?!\w)") if followers else NEVER
        self.kinds = {str(k) for k in fg.get("kinds") or []}
        skip = rf"(?!(?:{alternation([str(w) for w in fg.get('not_local') or []])})(?!\w))"
        words = alternation([str(w) for w in fg.get("local_words") or []])
        self.local = re.compile(rf"(?<!\w){skip}(?:{words})(?!\w)(?!{WS}[{UPPER}\d])")

    def read(self, s: str, bodies: list[Body], ctx: Context) -> None:
        """Reads as the national Front each bare Front followed by a list of the other organisations, when the
        article names no province as its locality."""
        if ctx.ranked:
            return
        for b in bodies:
            if b.kind == "known" and b.generic and str(b.entry.get("kind")) in self.kinds \
                    and self.follow.match(s, b.end):
                ss, se = ctx.sentence_of(b.start, len(s))
                if not self.local.search(s, ss, se):
                    b.generic = False
