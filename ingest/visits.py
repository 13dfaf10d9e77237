"""Official visits reported as the story's event: a titled person who "thăm chính thức", "thăm hữu nghị
chính thức" or "thăm cấp nhà nước" a country or province ("Tổng Bí thư X bắt đầu thăm hữu nghị chính thức
Lào") reports the visit. Read only in a story where nothing else is reported as an event: the visit is named
after its visitor, who takes part in it, and held in the place visited. Cue words: `visit_*` in
ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from coordgraph.ingest.cues import alt
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


@cache
def _planned() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('visit_planned')})(?!\w)", re.IGNORECASE)


def visits(s: str, sentences: list[tuple[int, int]], events: list[Event], people: list[PersonMention],
           finder: Events, kb: Knowledge, published: str | None) -> None:
    """Adds the visit a story reports when it reports no other event."""
    if events:
        return
    from coordgraph.ingest.events import Event

    year = None if published else finder.dates.text_year(s)
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
            if visitor is None or _planned().search(s, visitor.chain_end, m.start()):
                continue
            title = re.sub(r"\s+", " ", s[visitor.chain_start:visitor.chain_end]).strip()
            qual = re.sub(r"\s+", " ", m.group("q")).strip()
            lead = ss + len(s[ss:se]) - len(s[ss:se].lstrip("(- "))
            dm = finder.dates.at(s, lead)
            date = finder.dates.iso(dm, published, year, "other", None, 0) if dm is not None else None
            ev = Event(ss, se, m.start(), "other", f"Chuyến thăm {qual} {name} của {title}", date)
            ev.places.append((name, ss))
            ev.attends[visitor.name] = ss
            events.append(ev)
            return
