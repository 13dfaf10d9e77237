"""Acts a body holds on the day a sentence opens with, named by their verb alone after "tổ chức" ("Ngày 25-1,
Công an tỉnh X tổ chức xin lỗi ông Y ...", "Chiều 9/5, Công an tỉnh X tổ chức trao thưởng cho ..."): an event of
kind other, named with the noun its act takes ("Buổi xin lỗi ông Y ..."), dated by the sentence's opening date and
organised by the bodies that open the sentence. Cue words: `organised_act*` in ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.cues import event_cues
from coordgraph.ingest.decisions import dated_cues
from coordgraph.ingest.event_places import AT, BRIDGE
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import WS, alternation, key

_NAME_LIMIT = 160  # the act's words kept in the event's name
_CLAUSE_END = re.compile(r"[.;:\n]")


@cache
def _acts() -> dict[str, str]:
    return {key(a["words"]): a["name"] for a in event_cues()["organised_acts"]}


@cache
def _held() -> re.Pattern[str]:
    verbs, acts = alternation(event_cues()["organised_act_verbs"]), alternation([a["words"] for a in event_cues()["organised_acts"]])
    return re.compile(rf"(?<!\w)(?:(?:đã|vừa){WS})*(?:{verbs}){WS}({acts})(?!\w)", re.IGNORECASE)


def organised_acts(
    s: str,
    sentences: list[tuple[int, int]],
    events: list[Event],
    bodies: list[Body],
    reader: Events,
    published: str | None,
) -> None:
    """Adds the acts bodies held on the day a sentence opens with, where no event the article reports is defined
    by that sentence or falls on that day."""
    year = None if published else reader.dates.text_year(s)
    late = reader.dates.late_month(s, year)
    for ss, se, dm, hm in dated_cues(s, sentences, events, reader, _held()):
        hosts = reader.opening_subjects(s, ss, hm.start(), bodies)
        if not hosts:
            continue  # "Ngày 5/3, ông X tổ chức gặp mặt ...": no body holds it
        cut = _CLAUSE_END.search(s, hm.end(1), se)
        stop = min(cut.start() if cut else se, hm.end(1) + _NAME_LIMIT)
        act = re.sub(r"\s+", " ", s[hm.start(1) : stop]).strip(" ,")
        opener = _acts()[key(hm.group(1))]
        name = f"{opener} {act[:1].lower()}{act[1:]}" if opener else act[:1].upper() + act[1:]
        date = reader.event_date(published, year, "other", dm, name, late)
        if any(not e.referenced and (date and e.date == date or e.day == (dm.day, dm.month)) for e in events):
            continue  # that day's event is already read: the act is part of it
        ev = Event(ss, se, hm.start(1), "other", name, date)
        ev.day = (dm.day, dm.month)
        ev.organisers += hosts
        reader._places(s, ss, se, ev, AT)
        events.append(ev)
        for a, e in sentences:  # "... với điểm cầu chính tại Hà Nội. Tại điểm cầu Bến Tre, ...": the bridges of an online act
            if a >= ss and reader.event_at(events, a) is ev:
                reader._places(s, a, e, ev, BRIDGE)
