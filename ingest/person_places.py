"""Runs of capitalised names that are streets, not people: a street word opens a list of streets that
goes on past items the surname list does not know ("đường Lê Duẩn, Chi Lăng, Ngô Gia Tự", "các tuyến
đường trọng điểm như Tô Hiến Thành, Thành Thái, Hồ Bá Kiện", "hầm chui Điện Biên Phủ - Nguyễn Tri Phương"), and
a route of four names or more joined by dashes needs no street word ("Hàm Nghi - Hồ Tùng Mậu - Võ Văn Kiệt -
Tôn Đức Thắng").

Words come from cues.yaml (`street_list_before`).
"""

from __future__ import annotations

import re

from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation

_ITEM = rf"[{UPPER}][{LOWER}]*(?:{WS}[{UPPER}][{LOWER}]*)*"
_SEP = rf"(?:[ \t]*,{WS}|{WS}và{WS}|{WS}?[-–]{WS}?)"
_ROUTE = re.compile(rf"(?<!\w){_ITEM}(?:[ \t]?[-–][ \t]?{_ITEM}){{3,}}")


class Streets:
    """Finds where lists of streets lie in a text."""

    def __init__(self, kb: Knowledge) -> None:
        words = [str(w) for w in kb.cues.get("street_list_before") or []]
        # "đường Lê Duẩn, ...", "tuyến đường trọng điểm như Tô Hiến Thành, ...": up to three lowercase words
        # and "như" (or "như:") may stand between the street word and the list
        self.run_re = re.compile(
            rf"(?<!\w)(?:{alternation(words)})(?:(?:{WS}[{LOWER}]+){{0,3}}{WS}như:?)?{WS}({_ITEM}(?:{_SEP}{_ITEM})*)"
        ) if words else None

    def spans(self, s: str) -> list[tuple[int, int]]:
        """The spans of the street lists in s."""
        runs = [(m.start(1), m.end(1)) for m in self.run_re.finditer(s)] if self.run_re else []
        return runs + [(m.start(), m.end()) for m in _ROUTE.finditer(s)]


class Companies:
    """A name right after "Công ty" and only the words of its legal form and trade is the company's own
    name, not a person ("Công ty TNHH TMDV Hoa Mai", "Công ty TNHH XD-TM – DV-SX Hùng Thanh"). Words come
    from cues.yaml (`company_form_words`)."""

    def __init__(self, kb: Knowledge) -> None:
        words = [str(w) for w in kb.cues.get("company_form_words") or []]
        form = rf"(?:{alternation(words)})(?:-(?:{alternation(words)}))*(?!\w)"
        self.before_re = re.compile(rf"(?<!\w)[Cc]ông{WS}ty(?:{WS}(?:{form}|[-–]))*{WS}$") if words else None

    def named(self, s: str, a: int) -> bool:
        """A company's legal form ends right before a."""
        return self.before_re is not None and self.before_re.search(s, max(0, a - 80), a) is not None


class PlaceNamed:
    """Four capitalised words whose last two name a province or a city are a firm, a centre or a road named
    with its place ("Tập đoàn Hoàng Anh Gia Lai", "Kỳ Hà - Chu Lai Quảng Nam", "Xa Lộ Hà Nội"), unless the
    second word is a middle name that opens a woman's or a man's two-word given name ("Phan Thị Bình
    Thuận"; cues.yaml, `middle_names_before_place`). It also holds the words that honour a person
    (`honours`) and reads the leaders whose name is a place's ("Chủ tịch Hồ Chí Minh"; `titled`)."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb
        self.middles = {str(w) for w in kb.cues.get("middle_names_before_place") or []}
        self.honours = honours_re(kb)
        pairs = [(str(t), str(n)) for t, n in kb.cues.get("titled_place_names") or []]
        self.titled_re = re.compile("|".join(rf"(?<!\w){re.escape(t)}{WS}({re.escape(n)})(?!\w)" for t, n in pairs)) \
            if pairs else None
        monuments = [str(w) for w in kb.cues.get("titled_place_names_not_after") or []]
        self.monument_re = re.compile(rf"(?<!\w)(?:{alternation(monuments)}){WS}$", re.IGNORECASE) \
            if monuments else re.compile("$^")

    def titled(self, s: str) -> list[tuple[int, int]]:
        """The names of leaders written after their title that are also places' names ("Chủ tịch Hồ Chí Minh";
        cues.yaml, `titled_place_names`), unless a monument is named right before the title."""
        if self.titled_re is None:
            return []
        return [next((m.start(i), m.end(i)) for i in range(1, len(m.groups()) + 1) if m.group(i))
                for m in self.titled_re.finditer(s) if not self.monument_re.search(s, max(0, m.start() - 20), m.start())]

    def ends_in_place(self, name: str) -> bool:
        """The name is four words, the last two a place, the second no middle name."""
        words = name.split()
        if len(words) != 4 or words[1] in self.middles:
            return False
        tail = " ".join(words[2:])
        return bool(self.kb.place_re.fullmatch(tail) or self.kb.country_re.fullmatch(tail))


def honours_re(kb: Knowledge) -> re.Pattern[str]:
    """A word before a name that honours the person rather than naming a place after them ("tượng đài
    Nguyễn Tất Thành", "giải thưởng Trần Văn Giàu"; cues.yaml, `honouring_words`), right before the name."""
    words = [str(w) for w in kb.cues.get("honouring_words") or []]
    return re.compile(rf"(?<!\w)(?:{alternation(words)}){WS}$") if words else re.compile("$^")
