"""A meeting reported through the conclusions drawn at it ("Văn phòng Chính phủ vừa có thông báo kết luận của Phó
Thủ tướng X tại cuộc họp Ban Chỉ đạo Y về ...", "Thông báo kết luận của Chủ tịch UBND tỉnh tại hội nghị nghe báo cáo
..."): held before the notice that reports it, so undated unless the text dates it. Read only for an article that
reports no event otherwise (none dated, nor held by a body, nor placed). The body named right after the meeting's noun holds it ("cuộc họp Ban Chỉ đạo Y").
Cue words: `concluded_*` in ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.body import Body
from coordgraph.ingest.cues import alt, event_cues
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import WS
from coordgraph.ingest.people import PersonMention


@cache
def _concluded() -> re.Pattern[str]:
    most = int(event_cues()["concluded_max_between"])
    return re.compile(
        rf"(?<!\w)(?:{alt('concluded_markers')}){WS}[^.;:\n]{{1,{most}}}?[\s,]+(?:{alt('concluded_at')}){WS}",
        re.IGNORECASE,
    )


def concluded_meetings(
    s: str,
    sentences: list[tuple[int, int]],
    events: list[Event],
    bodies: list[Body],
    people: list[PersonMention],
    reader: Events,
) -> None:
    """Adds the meeting whose conclusions a sentence reports, when no event was read otherwise; the person who
    drew them, named first after the marker, attends it."""
    if any(e.date or e.organisers or e.places or e.docs for e in events):
        return  # an undated name with nothing read of it ("hội nghị tổng kết") reports no event of its own
    for ss, se in sentences:
        for m in _concluded().finditer(s, ss, se):
            hm = reader.head_re.match(s, m.end())
            if hm is None or reader.meetings.is_plural(s, m.end(), reader.head_re):
                continue
            ev = reader.read_event(s, ss, se, m.end() - ss, True, None, None, None)
            if reader.meetings.is_bare_name(ev.name, reader.head_re) or reader.meetings.generic_name.search(
                ev.name[:30]
            ):
                continue
            reader.add_named_hosts(s, ev, bodies)
            who = next((p for p in people if m.start() < p.start and p.end <= m.end()), None)
            if who is not None:
                ev.attends[who.name] = ss
            events.insert(0, ev)
            return
