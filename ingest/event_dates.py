"""When an event was held: the date the story opens with or that follows the event's name, read against
the publication date and the years the text names ("Hội nghị tổng kết công tác năm 2018"), and the first
day of an event over several days."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.dates import NOT_LATE, Dates, DayMonth, LateMonth
from coordgraph.ingest.knowledge import key
from coordgraph.ingest.meetings import Meetings

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event


class EventDates:
    """The date reading of `Events` (events.py)."""

    dates: Dates
    meetings: Meetings
    month_years: dict[int, int]
    text: str
    head_re: re.Pattern[str]
    heads: dict[str, dict[str, str]]
    doc_before: re.Pattern[str]

    def _first_day(self, s: str, sentences: list[tuple[int, int]], ev: Event) -> None:
        """An event over several days is dated by the first, where a sentence naming its kind gives the span
        ("Sáng 3/10, hội nghị Trung ương 8 ...; Trong 5 ngày (từ ngày 2 đến 6/10), hội nghị ...": 2/10)."""
        hm = self.head_re.match(ev.name)
        if ev.referenced or not ev.date or ev.day is None or hm is None:
            return
        for ss, se in sentences:
            kind = self.heads[key(hm.group(0))]["kind"]  # "hội nghị", "hội nghị Trung ương": one kind
            if any(self.heads[key(h.group(0))]["kind"] == kind for h in self.head_re.finditer(s, ss, se)):
                first = self.dates.first_day(s, ss, se, *ev.day)
                if first is not None:
                    ev.date = f"{ev.date[:8]}{first:02d}"
                    return

    def _dated_after_head(self, s: str, head: int, se: int, docs: list[DocMention]) -> DayMonth | None:
        """The date right after the event's name, in its clause ("nghỉ hưu từ ngày 1-1-2019 tại kỳ họp ngày 19-12-2018")."""
        for v in self.dates.marked_in(s, head, se):
            gap = s[head:v.start]
            if len(gap) <= 120 and not re.search(r"[,;:()]", gap) and not self.dates.span_from.search(gap) \
                    and not self.meetings.span_end.search(s, max(head, v.start - 12), v.start) \
                    and not any(d.start <= v.start < d.end + 20 and (d.number or d.date) for d in docs):
                return v
            break
        return None


    def article_date(self, s: str, sentences: list[tuple[int, int]], title_span: tuple[int, int] | None) -> str | None:
        """The date the story opens with, its year as the text implies it ("Ngày 26/12/2018, ...")."""
        _, dm = self._story_date(s, sentences, title_span)
        year = self.dates.text_year(s)
        return self.dates.iso(dm, None, year, late=self.dates.late_month(s, year)) if dm else None

    def _story_date(self, s: str, sentences: list[tuple[int, int]], title_span: tuple[int, int] | None) -> tuple[int, DayMonth | None]:
        """The date the story opens with ("Ngày 23/2, ..." in its first sentences), and where."""
        for ss, se in sentences[:4]:
            if title_span and ss == title_span[0]:
                continue
            dm = self.dates.at(s, ss)
            if dm is not None:
                return ss, dm
        return 0, None

    def event_date(self, published: str | None, year: int | None, kind: str, dm: DayMonth | None, name: str = "",
                   late: LateMonth = NOT_LATE) -> str | None:
        """The event's date; a review names the year it reviews ("Hội nghị tổng kết công tác năm 2018"), which
        gives the year better than the text's latest one (that may be the coming year's plans), and so does a review of a
        period the text has seen end ("sơ kết chương trình X giai đoạn 2014-2018"). A month the text
        writes with a year long before its own is history, not the month of the event's day."""
        if dm is None:
            return None
        period = self.dates.period_year(name, dm.month)
        if dm.year is None and not published and period is not None:
            dm = replace(dm, year=period)  # "giao ban công tác tháng 8/2019" on 3/9: 2019, whatever the text plans
        span = self.dates.review_span_year(name, self.text)  # "sơ kết 5 năm thực hiện Chỉ thị ... 2014": 2019
        named = span or self.dates.named_year(name, dm.month)
        month_year = self.month_years.get(dm.month)
        if dm.year is None and not published and not named and month_year is not None \
                and (year is None or month_year >= year - 1):  # not "tháng 11-1968" of a story of 2018
            dm = replace(dm, year=month_year)  # "Ngay trong tháng 12-2017, ..." of a story of 4-12
        if any(not self.doc_before.search(name, max(0, h.start() - 25), h.start()) for h in self.head_re.finditer(name, 3)):
            kind = "other"  # "Hội nghị tổng kết công tác phục vụ Hội nghị Thượng đỉnh X": it reviews that event, not a year
        reviewed = None if span else self.dates.reviewed_year(name, kind) or self.dates.reviewed_period(name, kind, year)
        if kind in self.dates.review_kinds and self.dates.reviews_season(name):
            named, reviewed, kind = named or reviewed, None, "other"  # held in the season's year, right after it
        return self.dates.iso(dm, published, named or year, kind, reviewed, NOT_LATE if named else late)
