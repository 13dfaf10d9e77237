"""Where the main event was held, read from another sentence that names it again with its place ("Tại hội nghị
gặp mặt các nhà đầu tư ở Nghệ An, ...", "hội nghị xúc tiến đầu tư lần này tại Quảng Ngãi"): the words between the
event noun (the one its name opens with) and "tại/ở" are words of the event's own name (or say "this one"), and a province follows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.cues import alt, event_cues
from coordgraph.ingest.knowledge import WS, Knowledge, key

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

_AT = re.compile(rf"{WS}(?:{alt('place_markers')}){WS}(?:(?:{alt('place_province_levels')}){WS})?", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_THIS = {key(w) for p in event_cues().get("this_event_words") or [] for w in p.split()}


class EventMentions:
    """The mention reading of `Events` (events.py)."""

    kb: Knowledge
    head_re: re.Pattern[str]
    home: set[str]

    def _mentioned_places(self, s: str, sentences: list[tuple[int, int]], ev: Event) -> None:
        own = {key(w) for w in _WORD.findall(ev.name)}
        head = self.head_re.match(ev.name)
        if head is None:
            return
        for ss, se in sentences:
            if ss == ev.start:
                continue
            for h in self.head_re.finditer(s, ss, se):
                if key(h.group(0)) != key(head.group(0)):
                    continue  # "cuộc gặp thượng đỉnh ... ở Hà Nội" in a story of a conference that reviews it
                at = _AT.search(s, h.end(), min(se, h.end() + 120))
                if at is None or re.search(r"[,;:.()\n\"“”]", s[h.start():at.start()]):
                    continue
                words = [key(w) for w in _WORD.findall(s[h.end():at.start()])]
                if not words or any(w not in own and w not in _THIS for w in words) \
                        or all(w in _THIS for w in words):
                    continue
                pm = self.kb.place_re.match(s, at.end())
                entry = self.kb.province(pm.group(0)) if pm else None
                if entry is None or key(str(entry["name"])) in self.home:
                    continue
                name = str(entry["name"])
                if all(p != name for p, _ in ev.places):
                    ev.places.append((name, ss))
