"""Signings reported inside an event's sentence ("Tại phiên bế mạc Đại hội X, A và B đã ký nghị quyết
liên tịch ..."): the event SIGNS the document the verb is followed by. Cue words: `signed_*` in
ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import alt, event_cues
from coordgraph.ingest.events import Event
from coordgraph.ingest.knowledge import WS


@cache
def _signed() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('signed_done')}){WS}(?:{alt('signed_verbs')})(?!\w)", re.IGNORECASE)


def signed(s: str, events: list[Event], docs: list[DocMention]) -> None:
    """Links each event to a document signed "đã ký" in the event's own sentence: it SIGNS it (and no more reviews
    or launches it by the event's kind)."""
    gap = int(event_cues().get("signed_gap") or 12)
    for ev in events:
        if ev.referenced:
            continue
        for m in _signed().finditer(s, ev.start, ev.end):
            dm = next((d for d in docs if 0 <= d.start - m.end() <= gap), None)
            if dm is not None:  # the verb right before the document says more than the event's kind
                ev.docs[:] = [x for x in ev.docs if x[1] is not dm] + [("SIGNS", dm, ev.start)]
