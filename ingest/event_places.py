"""Where an event took place: the places after "tại" ("tại TP. Hải Phòng", "tại Tokyo, Nhật Bản"), the ones
that close a venue ("tại phố đi bộ Hoàn Kiếm (Hà Nội)"), in brackets after a name ("Cảng hàng không quốc tế Vinh
(Nghệ An)") and the bridges of an online meeting; the home country is never one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.cues import alt, event_cues
from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, alternation, key
from coordgraph.ingest.meetings import Meetings

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

AT = re.compile(rf"(?<!\w)(?:{alt('place_markers')}){WS}(?:(?:(?:{alt('place_list_markers')}){WS})?(?:{alt('bridge_markers')}){WS})?"
                 rf"(?:(?:{alt('place_district_levels')})[^,.;]{{1,30}},{WS}){{0,3}}"
                 rf"(?:(?:(?P<level>{alt('place_province_levels')}){WS})?)", re.IGNORECASE)
_VENUE = re.compile(rf"(?:{alt('venue_nouns')})[^,.;:()\n]{{1,60}}?(?=\s*[,.;:()\n]|$)", re.IGNORECASE)
LEAD_AT = re.compile(rf"\)?[\s,]*((?:{alt('place_markers')})\s)", re.IGNORECASE)
_BRACKETED = re.compile(r"[^,.;:()\n]{1,60}?\s*\(([^()\n]{2,60})\)")
_PROVINCE_LEVEL = re.compile(rf"tỉnh{WS}", re.IGNORECASE)
_CITY = re.compile(rf"[A-ZĐ][^\W\d_]*(?:{WS}[A-ZĐ][^\W\d_]*){{0,2}}(?!\w)")
_CITY_COUNTRY = re.compile(rf"([A-ZĐ][^\W\d_]*(?:(?:\s?-\s?|{WS})[A-ZĐ][^\W\d_]*){{0,2}}),{WS}")  # "tại Tokyo, Nhật Bản"
BRIDGE = re.compile(rf"(?<!\w)(?:{alt('bridge_markers')}){WS}(?:(?:{alt('place_province_levels')}){WS})?", re.IGNORECASE)
PAREN = re.compile(r"(?<=[\w.]) \((?=[^()]{2,30}\))")  # "Cảng hàng không quốc tế Vinh (Nghệ An)"
_PAIRED = re.compile(rf"(?:(?<!\w)(?i:{alt('pair_markers')}){WS}[^,;()\n]*|(?:[{UPPER}]\w*{WS}?-|(?<!\w)(?:{alt('route_to')})){WS}?"
                     rf"(?:[{UPPER}]\w*{WS}){{0,3}}[{UPPER}]\w*)$")
_TRAVEL = re.compile(rf"(?<!\w)(?:{alt('travel_verbs')}){WS}(?:(?:{alt('place_province_levels')}){WS})?")
_DOING = re.compile(rf"{WS}[a-zđ]")  # a verb after the place: "đến X công bố", not "đến X, ..." nor "đến X."
_LANDMARKS: dict[str, str] = {str(k): str(v) for k, v in (event_cues().get("landmarks") or {}).items()}
_LANDMARK = re.compile(rf"(?i:{alt('landmark_nouns')}){WS}({alternation(list(_LANDMARKS))})(?!\w)")
_HONOURED = set(event_cues().get("venue_honoured_names") or [])
_NAMED_SEAT = re.compile(rf"(?<!\w)(?i:{alt('place_markers_not_after')}){WS}$")
_PARTNER = re.compile(rf"(?<!\w)(?:{alt('pair_markers')}|{alt('named_place_partner_words')}|(?P<host>{alt('named_place_host_words')}))(?!\w)",
                      re.IGNORECASE)
_LEVEL_BEFORE = re.compile(rf"(?<!\w)(?:{alt('place_province_levels')}){WS}$", re.IGNORECASE)
_CONSTITUENCY = re.compile(rf"(?<!\w)(?:{alt('constituency_before')}){WS}(?:[{UPPER}]\w*{WS}){{0,3}}[{UPPER}]\w*$")

class EventPlaces:
    """The place reading of `Events` (events.py): where an event named in a sentence was held."""

    kb: Knowledge
    meetings: Meetings
    home: set[str]

    def _places(self, s: str, ss: int, se: int, ev: Event, rx: re.Pattern[str], first_only: bool = False,
                tail_to: int | None = None) -> None:
        """The places `rx` marks in s[ss:se]; those that close a venue read on to `tail_to` ("tại lễ X tổ chức ở
        khu di tích Y, tỉnh Z, ...": the clause ends at the comma, its venue's province after it)."""
        for m in rx.finditer(s, ss, se):
            if first_only and m.start() > ss:
                break
            if rx is AT and _NAMED_SEAT.search(s, max(ss, m.start() - 20), m.start()):
                continue  # "Viện Kiểm sát nhân dân cấp cao tại Hà Nội": the body's seat, in its name
            if rx is PAREN and _CONSTITUENCY.search(s, max(ss, m.start() - 60), m.start()):
                continue  # "đại biểu X (Bến Tre) đề cập ...": the delegate's province, not where it was held
            if rx is PAREN and _PAIRED.search(s, max(ss, m.start() - 60), m.start()):
                continue  # "giữa hai thành phố X (Nga) và Y", "đường bay X - Y (Khánh Hòa)": one end, not the venue
            pm = self.kb.place_re.match(s, m.end()) or self.kb.country_re.match(s, m.end())
            venue = _VENUE.match(s, m.end()) if not pm and m.group(0).lower().startswith("tại") else None
            if venue:  # "tại trường đại học Nông Lâm TP. HCM": the city closes the venue
                pm = next((p for p in self.kb.place_re.finditer(s, m.end(), venue.end())
                           if p.end() == venue.end() and not self._honoured(s, p)), None)
                if pm:  # "tại trụ sở Tỉnh ủy Quảng Nam, TP Tam Kỳ": the city after it too
                    ev.places += [(p, ss) for p in self._tail_places(s, m.end(), tail_to or se) if all(p != q for q, _ in ev.places)]
            if not pm and rx is AT:  # "tại phố đi bộ Hoàn Kiếm (Hà Nội)", "tại khách sạn X, TP. Huế, tỉnh Y"
                tail = [p for p in self._tail_places(s, m.end(), tail_to or se) if all(p != q for q, _ in ev.places)]
                ev.places += [(p, ss) for p in tail if key(p) not in self.home]
                if tail:
                    continue
            lv = (self.meetings.level.match(s, m.end()) if rx is AT else _PROVINCE_LEVEL.match(s, m.end())) if not pm \
                and rx in (AT, PAREN) else None  # "(tỉnh Lâm Đồng)" after a city, not "(TP. HCM)" after a person
            if lv:  # "tại TP. Hải Phòng", "tại Vương quốc Morocco", "tại TP. Đà Lạt (tỉnh Lâm Đồng)"
                pm = self.kb.place_re.match(s, lv.end()) or self.kb.country_re.match(s, lv.end())
            cc = _CITY_COUNTRY.match(s, m.end()) if not pm and rx is AT else None
            country = self.kb.country_re.match(s, cc.end()) if cc else None
            entry = self.kb.countries.get(key(country.group(0))) if country else None
            if cc and entry and key(str(entry["name"])) not in self.home and not self.kb.title_re.match(s, m.end()):
                city = re.sub(r"\s?-\s?", "-", cc.group(1))  # a foreign city, then its country ("tại Ulan - Ude, Nga")
                ev.places += [(p, ss) for p in (city, str(entry["name"])) if all(p != q for q, _ in ev.places)]
                continue
            lm = _LANDMARK.match(s, m.end()) if not pm and rx is AT else None
            if lm and (entry := self.kb.province(_LANDMARKS[lm.group(1)])) and key(str(entry["name"])) not in self.home:
                if all(p != entry["name"] for p, _ in ev.places):  # "tại sân bay Nội Bài": the airport's province
                    ev.places.append((str(entry["name"]), ss))
                continue
            if not pm:
                cm = _CITY.match(s, m.end()) if (m.groupdict().get("level") or "").lower() == "thành phố" else None
                name = cm.group(0) if cm else self.meetings.place_after_level(s, m.end()) if lv else None
                if name and not self.kb.title_re.match(s, m.end()) and all(p != name for p, _ in ev.places):
                    ev.places.append((name, ss))  # "tại thành phố Vinh", "tại TP Hạ Long"
                continue
            entry = self.kb.province(pm.group(0)) or self.kb.countries.get(key(pm.group(0)))
            if entry and key(str(entry["name"])) in self.home:
                continue
            if entry and all(p != entry["name"] for p, _ in ev.places):
                ev.places.append((str(entry["name"]), ss))

    def named_places(self, events: list[Event]) -> None:
        """ "Kỳ họp Hội đồng nhân dân thành phố Đà Nẵng", "Buổi tiếp xúc cử tri quận 2, thành phố Hồ Chí Minh": an
        event that no sentence places, whose name ends with a province after its level word, was held there; not
        when the province is one of a pair, a partner or in a topic ("hợp tác giữa A và tỉnh B", "làm việc với tỉnh
        C", "trao quyết định về phân công ... Thành ủy thành phố D"), unless a host is named after those ("của")."""
        for ev in events:
            pm = next((m for m in self.kb.place_re.finditer(ev.name) if m.end() == len(ev.name.rstrip(" .,"))), None)
            if ev.places or pm is None or not _LEVEL_BEFORE.search(ev.name, 0, pm.start()):
                continue
            last = [m for m in _PARTNER.finditer(ev.name, 0, pm.start())]
            entry = self.kb.province(pm.group(0))
            if (not last or last[-1].group("host")) and entry is not None and key(str(entry["name"])) not in self.home:
                ev.places.append((str(entry["name"]), ev.start))

    def _honoured(self, s: str, p: re.Match[str]) -> bool:
        """ "Quảng trường Hồ Chí Minh": a name that closes a venue with no level word before it honours a person."""
        return p.group(0) in _HONOURED and not any(lv.end() == p.start() for lv in
                                                    self.meetings.level.finditer(s, max(0, p.start() - 14), p.start()))

    def _travelled(self, s: str, pos: int, se: int, ev: Event) -> None:
        """ "Chiều 14/1, đoàn công tác đã đến X công bố quyết định ...": the province the story's dated opening
        goes to, with what was done there right after it, is where its event was held."""
        tm = _TRAVEL.search(s, pos, se)
        pm = self.kb.place_re.match(s, tm.end()) if tm else None
        entry = self.kb.province(pm.group(0)) if pm else None
        if pm and entry and key(str(entry["name"])) not in self.home and _DOING.match(s, pm.end()):
            ev.places.append((str(entry["name"]), pos))

    def _tail_places(self, s: str, pos: int, se: int) -> list[str]:
        """The places that close a venue at `pos`: in brackets after it ("phố đi bộ Hoàn Kiếm (Hà Nội)",
        "chung cư 1050 (quận Bình Thạnh, TP. HCM)") or after a venue noun, comma by comma ("khách sạn
        Duy Tân, TP. Huế, tỉnh Thừa Thiên - Huế"). Districts and wards are passed over."""
        bm = _BRACKETED.match(s, pos, se) if re.search(r"(?<!\w)tại\s+$", s[max(0, pos - 6):pos], re.IGNORECASE) else None
        if bm:
            items = bm.group(1).split(",")
        elif (vm := _VENUE.match(s, pos, se)) is not None and s.startswith(",", vm.end()):
            items = s[vm.end() + 1:min(se, vm.end() + 120)].split(",")[:4]
        else:
            return []
        out: list[str] = []
        for item in (i.strip() for i in items):
            if self.meetings.sub_place.match(item):
                continue
            place = self._place(item)
            if place is None:
                break
            out.append(place)
        return out

    def _place(self, item: str) -> str | None:
        """A province, country or city named alone by `item` ("TP. HCM", "tỉnh Thừa Thiên - Huế", "TP Vinh"), or
        closing its clause ("tỉnh Nghệ An tối 1-11.", "TP Tam Kỳ để thông báo ...")."""
        lv = self.meetings.level.match(item) or _PROVINCE_LEVEL.match(item)
        for text in (item, item[lv.end():] if lv else None):
            if text and (pm := self.kb.place_re.match(text)) and _closes(text, pm.end()) \
                    and (entry := self.kb.province(pm.group(0))):
                return str(entry["name"])
            if text and (cm := self.kb.country_re.match(text)) and _closes(text, cm.end()) \
                    and (entry := self.kb.countries.get(key(cm.group(0)))):
                return str(entry["name"])
        rest = item[lv.end():] if lv else ""
        cm = _CITY.match(rest) if lv else None
        return cm.group(0) if cm and _closes(rest, cm.end()) and not self.kb.title_re.match(rest) else None


def _closes(text: str, end: int) -> bool:
    """Whether a name ending at `end` closes `text`: nothing, a stop or a lower-case word after it."""
    rest = text[end:]
    return not rest.strip(" .;:!?") or rest[:1].isspace() and rest.lstrip()[:1].islower()
