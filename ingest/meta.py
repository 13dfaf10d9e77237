"""An article's metadata read from its text: title, publication date (ISO), outlet and byline.

The words pages print around dates, bylines and outlets are data (`data/page_furniture.yaml`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import yaml

from coordgraph import resource

DATA = resource("ingest", "data", "page_furniture.yaml")

HEAD_LINES = 15  # a page's date and outlet sit in its first lines...
TAIL_LINES = 10  # ...or in its last ones
MAX_DATE_LINE = 100
MAX_TITLE = 300
MIN_TITLE_WORDS = 4
LEAD_LINES = 6  # the lead ("(CAO) Việc phối hợp …") follows the title and date
MIN_LEAD = 60

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})", re.IGNORECASE)
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM)\b)?", re.IGNORECASE)
_GMT = re.compile(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
_NAME_SEP = re.compile(r"\s+(?:-|–|và|&)\s+|\s*[,/;]\s*")


@cache
def furniture() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _words_re(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@cache
def _date_words() -> re.Pattern[str]:
    f = furniture()
    return _words_re(f["date_labels"] + f["weekdays"])


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        day = date(int(y), int(m), int(d))
    except ValueError:
        return None
    return day.isoformat() if 1900 <= day.year <= 2100 else None


def date_in_line(line: str) -> str | None:
    """The ISO date when `line` says nothing but a date (with weekday, time, zone, label), else None.

    >>> date_in_line("Thứ Hai, 22/06/2020, 11:30 [GMT+7]")
    '2020-06-22'
    >>> date_in_line("Ngày đăng: 30.10.2021")
    '2021-10-30'
    >>> date_in_line("Ngày 18/6/2020, Thường trực Tỉnh ủy tổ chức hội nghị") is None
    True
    """
    for pattern, order in ((_WORDS, (3, 2, 1)), (_ISO, (1, 2, 3)), (_DMY, (4, 3, 1))):
        m = pattern.search(line)
        if not m:
            continue
        rest = line[: m.start()] + " " + line[m.end():]
        rest = _date_words().sub(" ", _GMT.sub(" ", _TIME.sub(" ", rest)))
        if _ALNUM.search(rest):
            return None
        return _iso(*(m.group(i) for i in order))
    return None


def _lines(text: str) -> list[str]:
    return [s for s in (line.strip().lstrip("\ufeff").strip() for line in text.splitlines()) if s]


def find_published(text: str) -> str | None:
    """The publication date printed on a line of its own near the top (or the end) of the page."""
    lines = _lines(text)
    for line in lines[:HEAD_LINES] + lines[-TAIL_LINES:]:
        if len(line) <= MAX_DATE_LINE and (found := date_in_line(line)):
            return found
    return None


def find_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, no final period, set apart from the lead."""
    raw = [line.strip().lstrip("\ufeff").strip() for line in text.splitlines()]
    idx = [i for i, line in enumerate(raw) if line][:2]
    if not idx:
        return None
    first = raw[idx[0]]
    if (len(first) > MAX_TITLE or len(first.split()) < MIN_TITLE_WORDS or first[-1] in ";,"
            or first.startswith("(") or date_in_line(first)):
        return None
    if len(idx) == 1:
        return first
    nxt = raw[idx[1]]
    if idx[1] > idx[0] + 1:  # a blank line follows: a final period is allowed on a one-sentence line
        return first if not (first.endswith(".") and not first.endswith("..") and ". " in first) else None
    if first.endswith(".") and not first.endswith(".."):
        return None
    if date_in_line(nxt) or len(nxt) >= max(2 * len(first), 120):
        return first
    return None


_LEAD_SOURCE = re.compile(r"^\(([^()\d][^()]{1,58})\)\s*[-–—]?\s*\S")
_LEAD_TAG = re.compile(r"^([A-ZĐ][A-ZĐ0-9.]{1,11})\s+[-–—]\s+\S")


def find_source(text: str) -> str | None:
    """The outlet: the lead's "(CAO) …" / "TTO - …" tag, else a closing "(Theo …)" / "Nguồn: …" line."""
    lines = _lines(text)
    found = None
    leads = [line for line in lines[1:LEAD_LINES] if _ALNUM.search(line) and not date_in_line(line)][:2]
    for lead in leads:  # the lead, or the body's first paragraph after a summary
        m = _LEAD_SOURCE.match(lead) or _LEAD_TAG.match(lead)
        if m and ":" not in m.group(1) and len(lead) - m.end() >= MIN_LEAD:
            found = m.group(1).strip()
            break
    if not found:
        prefixes = _words_re(furniture()["source_prefixes"])
        for line in reversed(lines[-TAIL_LINES:]):
            inner = line[1:-1].strip() if line.startswith("(") and line.endswith(")") else line
            m = prefixes.match(inner)
            if m and len(inner) <= 80:
                rest = inner[m.end():].lstrip(" :").strip()
                if rest and not rest.endswith(".") and len(rest.split()) <= 8:
                    found = rest
                    break
    if not found:
        return None
    return furniture()["outlet_names"].get(found, found)


def _is_name_word(word: str) -> bool:
    """"Nguyễn", "Thị": a capital letter, then lower-case letters."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _is_names(line: str) -> bool:
    parts = [p for p in _NAME_SEP.split(line) if p]
    return bool(parts) and all(2 <= len(p.split()) <= 5 and all(_is_name_word(w) for w in p.split())
                               for p in parts)


def find_byline(text: str) -> str | None:
    """The author's name on a short line of its own at the end, above the page's footer."""
    f = furniture()
    footer = _words_re(f["footer_markers"])
    prefixes = _words_re(f["byline_prefixes"])
    honorifics = _words_re(f["honorifics"])
    lines = _lines(text)
    for line in list(reversed(lines))[:TAIL_LINES]:
        if footer.match(line) or not _ALNUM.search(line) or (line.startswith("(") and line.endswith(")")):
            continue
        if len(line) > 80:
            return None
        name = line
        if m := prefixes.match(name):
            name = name[m.end():].lstrip(" :").strip()
        name = re.sub(r"\s*\([^()]*\)\s*$", "", name)  # "Mộc Miên (tổng hợp)"
        if line != lines[0] and _is_names(name) and not honorifics.match(name):
            return name
        return None
    return None
