"""A deputy's bare title after the head of the same body in one sentence: "ông A (Trưởng phòng X), bà B
(Phó trưởng phòng)" and "Giám đốc Sở X A, Phó Giám đốc B" hold B's post in that body too. The deputy words come from titles.yaml (one_post,
deputies); only the nearest earlier post of the head's title in the sentence, with its body, is taken."""

from __future__ import annotations

import copy

from coordgraph.ingest.knowledge import Knowledge, key
from coordgraph.ingest.post_context import Post


class Deputies:
    """The posts read so far in the current sentence, to give a deputy's bare title its head's body."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb
        self._text: str | None = None
        self._sentence = -1
        self._held: list[Post] = []

    def fill(self, s: str, posts: list[Post], sent_start: int, bare: list[Post]) -> None:
        """Give each post of `bare` whose title is a deputy's the body of the nearest earlier post of the
        head's title in the sentence; then remember the posts of this name."""
        if s is not self._text or sent_start != self._sentence:
            self._text, self._sentence, self._held = s, sent_start, []
        for p in bare:
            head = self.kb.deputy_base(p.title)
            if head is None:
                continue
            held = next((h for h in reversed(self._held) if h.body is not None and key(h.title) == head), None)
            if held is not None and held.body is not None:
                p.body = copy.deepcopy(held.body)
        self._held.extend(p for p in posts if p.body is not None)
