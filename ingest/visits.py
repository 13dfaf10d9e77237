"""Official visits reported as the story's event: a titled person who "thăm chính thức", "thăm hữu nghị
chính thức" or "thăm cấp nhà nước" a country or province ("Tổng Bí thư X bắt đầu thăm hữu nghị chính thức
Lào") reports the visit. Read only in a story where nothing else is reported as an event: the visit is named
after its visitor, who takes part in it, and held in the place visited. Cue words: `visit_*` in
ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from coordgraph.ingest.cues import alt, words
from coordgraph.ingest.dates import LateMonth
from coordgraph.ingest.knowledge import WS, Knowledge, key

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event, Events
    from coordgraph.ingest.people import PersonMention


@cache
def _visit() -> re.Pattern[str]:
    """ "thăm hữu nghị chính thức ": the verb with at least one word that makes the visit official."""
    return re.compile(rf"(?<!\w)(?:{alt('visit_verb')})(?P<q>(?:{WS}(?:{alt('visit_qualifiers')}))+){WS}", re.IGNORECASE)


@cache
def _lead() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:(?:{alt('visit_leads')})\s+)*$", re.IGNORECASE)


def visits(s: str, sentences: list[tuple[int, int]], events: list[Event], people: list[PersonMention],
           finder: Events, kb: Knowledge, published: str | None) -> None:
    """Adds the visit a story reports when it reports no other event."""
    if events:
        return
    from coordgraph.ingest.events import Event

    year = None if published else finder.dates.text_year(s)
    late = finder.dates.late_month(s, year)
    for ss, se in sentences:
        for m in _visit().finditer(s, ss, se):
            place = kb.country_re.match(s, m.end()) or kb.place_re.match(s, m.end())
            if place is None:
                continue
            entry = kb.countries.get(key(place.group(0)))
            name = str(entry["name"]) if entry else place.group(0)
            if key(name) in finder.home:
                continue
            gap = _lead().search(s, ss, m.start())
            before = gap.start() if gap else m.start()
            visitor = next((p for p in people if ss <= p.chain_start and before - 2 <= p.chain_end <= before), None)
            if visitor is None or words("visit_planned").search(s, visitor.chain_end, m.start()):
                continue
            title = re.sub(r"\s+", " ", s[visitor.chain_start:visitor.chain_end]).strip()
            qual = re.sub(r"\s+", " ", m.group("q")).strip()
            dm = finder.dates.sentence_date(s, ss, se)
            date = finder.dates.iso(dm, published, year, "other", late=late) if dm is not None else None
            ev = Event(ss, se, m.start(), "other", f"Chuyến thăm {qual} {name} của {title}", date)
            ev.places.append((name, ss))
            ev.attends[visitor.name] = ss
            events.append(ev)
            return
    for ss, se in sentences:
        if _greeting(s, ss, se, events, people, finder, published, year, late):
            return


def _greeting(s: str, ss: int, se: int, events: list[Event], people: list[PersonMention], finder: Events,
              published: str | None, year: int | None, late: LateMonth) -> bool:
    """A dated visit to greet ("Chiều 12/12, tại Hà Nội, Đoàn đại biểu X do ông A làm Trưởng đoàn đã tới thăm,
    chúc mừng Y"): named after the delegation, the verbs and what they greet; those named before the verbs take
    part in it, and it is held where the sentence says."""
    from coordgraph.ingest.event_places import AT
    from coordgraph.ingest.events import Event

    m = words("visit_greetings").search(s, ss, se)
    if m is None:
        return False
    # the date opens the sentence, or its opening phrase ("Nhân dịp Lễ Giáng sinh, chiều 12/12, ...")
    dm = finder.dates.sentence_date(s, ss, se) or next((d for d in finder.dates.marked_in(s, ss, m.start())
                                           if s[d.end:d.end + 1] == "," and s[ss:d.start].count(",") == 1), None)
    if dm is None or s[dm.end:dm.end + 1] != ",":
        return False
    start = dm.end + 1
    at = _setting().match(s, start)
    start = at.end() if at else start
    start += len(s[start:m.start()]) - len(s[start:m.start()].lstrip())
    gap = _lead().search(s, start, m.start())
    subject = s[start:gap.start() if gap else m.start()]
    subject = _LED.split(subject)[0].strip(" ,")
    if not subject or words("visit_planned").search(s, start, m.start()):
        return False
    tail = re.match(r"[^,.;:()\n]{1,80}", s[m.end():se])
    name = re.sub(r"\s+", " ", f"{subject} {m.group(0)}{tail.group(0) if tail else ''}").strip()
    ev = Event(ss, se, start, "other", name, finder.dates.iso(dm, published, year, "other", late=late))
    for p in people:
        if start <= p.chain_start and p.chain_end <= m.start():
            ev.attends.setdefault(p.name, ss)
    finder._places(s, ss, se, ev, AT)
    events.append(ev)
    return True


_LED = re.compile(r"\s(?:do|dẫn đầu|cùng)\s")


@cache
def _setting() -> re.Pattern[str]:
    """ "tại Hà Nội, ": where, after the date."""
    return re.compile(r"\s*tại\s[^,.;:()\n]{1,60},", re.IGNORECASE)
