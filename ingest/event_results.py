"""Documents an event reviews by weighing the results of carrying them out, in the event's own sentence ("Ngày
28-12 diễn ra hội thảo Kết quả 10 năm thực hiện Nghị quyết X", "hội nghị đánh giá sau một năm thực hiện Quy chế
Y"): the event REVIEWS the document right after the phrase. Cue words: `results_*` in ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import alt
from coordgraph.ingest.events import Event
from coordgraph.ingest.knowledge import WS


@cache
def _weighed() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('results_weighed')}){WS}$", re.IGNORECASE)


@cache
def _results() -> re.Pattern[str]:
    span = rf"(?:(?:{alt('results_about')}){WS})?(?:\d+|{alt('results_counts')}){WS}(?:{alt('results_units')}){WS}"
    lead = rf"(?:(?:{alt('results_of')}|{alt('results_state')}){WS}(?:{span})?|(?:{alt('results_after')}){WS}{span})"
    return re.compile(rf"(?<!\w){lead}(?:{alt('results_doing')})\s+(?=\w)", re.IGNORECASE)


@cache
def _since_signed() -> re.Pattern[str]:
    span = rf"(?:(?:{alt('results_about')}){WS})?(?:\d+|{alt('results_counts')}){WS}(?:{alt('results_units')}){WS}"
    return re.compile(rf"(?<!\w)(?:{alt('results_reviews')}){WS}{span}(?:{alt('results_signing')})\s+(?=\w)",
                      re.IGNORECASE)


def results_reviewed(s: str, events: list[Event], docs: list[DocMention]) -> None:
    """Adds a REVIEWS link from each event to the document its name, or a verb of weighing in its sentence, gives
    the results of (a document the event is already linked to keeps its link). In a speech the same words only
    date what is said ("..., ông A nhấn mạnh, sau hơn 2 năm thực hiện Nghị quyết X, ..."). A review dated by
    the signing it follows ("hội nghị sơ kết một năm ký kết thỏa thuận X") reviews the document instead of signing it."""
    for ev in events:
        if ev.referenced:
            continue
        for m in _results().finditer(s, ev.start, ev.end):
            if not ev.head <= m.start() <= ev.head + len(ev.name) and not _weighed().search(
                s, ev.start, m.start()
            ):
                continue
            dm = next((d for d in docs if d.start == m.end()), None)
            if dm is not None and not any(d is dm for _, d, _ in ev.docs):
                ev.docs.append(("REVIEWS", dm, ev.start))
        for m in _since_signed().finditer(s, ev.head, ev.head + len(ev.name)):  # "sơ kết một năm ký kết X": no signing
            dm = next((d for d in docs if d.start == m.end()), None)
            if dm is not None:
                ev.docs[:] = [x for x in ev.docs if x[1] is not dm] + [("REVIEWS", dm, ev.start)]
