"""Speakers quoted in an article about one event who were not at it: the sentence gives a day of its own, not
the event's ("Ngày 9-9, ông X cho biết ..."), or the speaker is a former official commenting from outside
("ông X, nguyên Phó ban ..., cho rằng ..."); neither sentence names the event."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.cues import alt
from coordgraph.ingest.dates import Dates
from coordgraph.ingest.knowledge import WS
from coordgraph.ingest.people import PersonMention

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

_FORMER_AFTER = re.compile(rf"\s*[,(\-–]\s*(?:{alt('former_after_name')})(?!\w)", re.IGNORECASE)
_FORMER_SPEAK_AT = re.compile(rf"(?<!\w)(?:{alt('former_speak_at')})(?!\w)", re.IGNORECASE)
# "ông X (60 tuổi, ngụ xã Y)", "bà Z, trú tại ...": a resident, who speaks at an event only when it invites them
_RESIDENT_AFTER = re.compile(rf"\s*[,(\-–]\s*(?:\d+{WS}tuổi\s*,\s*)?(?:{alt('resident_after_name')})(?!\w)", re.IGNORECASE)
_RESIDENT_SPEAK_AT = re.compile(rf"(?<!\w)(?:{alt('resident_speak_at')})(?!\w)", re.IGNORECASE)
_INDEFINITE = re.compile(rf"(?<!\w)(?:{alt('indefinite_before_event')}){WS}(?:{alt('at_event_nouns')})(?!\w)", re.IGNORECASE)
_OPENING_REACH = 20  # how far into the sentence its own day may stand ("Chiều 30/6, ...", "Ngày 9-9, ...")


def commentary(s: str, ss: int, se: int, p: PersonMention, ev: Event, head_re: re.Pattern[str], dates: Dates) -> bool:
    """Whether `p`, read as present only because they speak in an article about the one event `ev`, speaks on
    another occasion: the sentence names no event and either opens with a day other than the event's, or calls
    the speaker a former official (unless the event is one that invites them: "Hội thảo ...") or a resident
    (unless the event meets them: "tiếp xúc cử tri")."""
    if head_re.search(s, ss, se):
        return False
    if _FORMER_AFTER.match(s, p.end) and not _FORMER_SPEAK_AT.search(ev.name):
        return True
    if _RESIDENT_AFTER.match(s, p.end) and not _RESIDENT_SPEAK_AT.search(ev.name):
        return True
    opening = next((d for d in dates.marked_in(s, ss, min(se, ss + _OPENING_REACH))), None)
    return opening is not None and (ev.day is None or (opening.day, opening.month) != ev.day)


def indefinite_occasion(s: str, ss: int, se: int) -> bool:
    """Whether the sentence is set at an occasion named indefinitely ("Bên lề một hội nghị, ông X khẳng định ...",
    "Ông Y trong một cuộc làm việc với ..."): another occasion than the article's event."""
    return _INDEFINITE.search(s, ss, se) is not None
