"""Dates as the genre writes them: "Ngày 26/12/2018", "Chiều 29/10", "sáng nay (13/7)", "ngày 17-6".

The day and month are found with patterns built from `ingest/data/dates.yaml`; `dateparser` turns
what was found into a date. When the text gives no year, the publication date gives it; without one,
the years the text itself speaks of do (`text_year`), as the annotation guide asks: a year the text
states or implies, never outside knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

import dateparser
import yaml
from coordgraph.graph.model import modern_tones
from coordgraph.ingest.knowledge import WS, alternation
from coordgraph.ingest.text import abbreviation_dot

from coordgraph import resource

_SETTINGS: dict[str, Any] = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
_YEAR = re.compile(r"(?<![\d.,])(19\d\d|20\d\d)(?![\d.,]\d)")
_SENTENCE = re.compile(r"[.;:!?\n]")


_FULL_DATE = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{4}"
_ANNIVERSARY = re.compile(rf"\(\s*{_FULL_DATE}\s*[–\-]\s*{_FULL_DATE}\s*\)")


@dataclass(frozen=True)
class DayMonth:
    """A day and month read from the text, with the year when it was written."""
    start: int
    end: int
    day: int
    month: int
    year: int | None


class LateMonth(NamedTuple):
    """Where the text's year stands: `month`, the latest month of it the text has already reached (0: none),
    or, `before`, the year is the first the text plans for, so that a day from `month` on falls in the year before;
    `after`, the text plans for the year after its own, so that a day early in the year falls in that year."""
    month: int = 0
    before: bool = False
    after: bool = False


NOT_LATE = LateMonth()  # no month of the year reached, no plan


@cache
def _cues() -> dict[str, Any]:
    return yaml.safe_load((resource("ingest", "data") / "dates.yaml").read_text(encoding="utf-8")) or {}


_PLAN_WORDS = alternation(_cues()['plan_year_words'])
# "năm 2018 và phương hướng, nhiệm vụ năm 2019": a year reviewed, then the next one planned
_PLAN_PAIR = re.compile(rf"(?<![\d.,/-])((?:19|20)\d\d)(?!\d)[^.;:!?\n]{{0,80}}?(?<!\w)(?:{_PLAN_WORDS}){WS}"
                        rf"(?:(?:{alternation(_cues()['year_words'])}){WS})?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_RANGE = re.compile(rf"(?<!\d)((?:19|20)\d\d)\s*(?:[-–]|{WS}(?:{alternation(_cues()['range_words'])}){WS}"
                    rf"(?:(?:{alternation(_cues()['year_words'])}){WS})?)\s*((?:19|20)\d\d)(?!\d)")


# What may stand before a sentence's opening date: a clause naming the news' source or matter, or an hour.
LEAD_IN = (rf"(?:(?!(?:{alternation(_cues()['date_lead_ins_not'])})(?!\w))(?:{alternation(_cues()['date_lead_ins'])})(?!\w)[^,.;:\n]{{1,80}},{WS}"
           rf"|\d{{1,2}}\s?(?:{alternation(_cues()['hour_words'])})(?:\s?\d{{1,2}}(?:'|{WS}phút)?)?{WS})")


class Dates:
    def __init__(self) -> None:
        c = _cues()
        part = rf"(?:{alternation(c['day_parts'])})"
        rel = rf"(?:{alternation(c['relative_days'])})"
        alone = rf"(?:{alternation(c.get('relative_days_alone') or [])})"
        day = rf"(?:{alternation(c['day_words'])})"
        month, year = alternation(c["month_words"]), alternation(c["year_words"])  # "ngày 05 tháng 6 năm 2017"
        num = (rf"(\d{{1,2}})(?:\s?[/.\-]\s?|{WS}(?:{month}){WS})(\d{{1,2}})(?:(?:\s?[/.\-]\s?|{WS}(?:{year}){WS})(\d{{4}}))?"
               r"(?![\d/])")
        # "Chiều 24/1", "Sáng nay (13/7)", "Hôm 8/9", "ngày 17-6", "sáng ngày 29/3", "(12-13/9)": first day of a span;
        # "Trong hai ngày 12 và 13-3", "ngày 12 và 13/3": the first of two days
        both = rf"\d{{1,2}}{WS}(?:{alternation(c.get('two_days_and') or [])}){WS}(?=\d{{1,2}}\s?[/.\-]\s?\d)"
        two_days = rf"(?:{alternation(c.get('two_days_words') or [])}){WS}(?P<both>{both})"
        self.lead = re.compile(rf"(?:{two_days}|(?:{part}{WS})?(?:(?:{rel}|{alone}){WS}?\(?)?(?:{day}{WS}(?P<pair>{both})?)?"
                               rf"(?:(?P<first>\d{{1,2}})\s?[-–]\s?(?=\d{{1,2}}/))?){num}\)?", re.IGNORECASE)
        named = (rf"(?:{alternation(c.get('on_named_day') or [])}){WS}{day}{WS}"
                 rf"(?:{alternation(c.get('named_days') or [])}){WS}\(?")  # "vào ngày Nhà giáo Việt Nam 20/11"
        self.marked = re.compile(rf"(?<!\w)(?:(?:{part}{WS})?(?:{rel}{WS}?\(?)?{day}{WS}|{part}{WS}(?:{rel}{WS}?\(?)?"
                                 rf"|{rel}{WS}?\(|{alone}{WS}|\(|{named})(?P<pair>{both})?(?:(?P<first>\d{{1,2}})\s?[-–]\s?(?=\d{{1,2}}/))?{num}", re.IGNORECASE)
        self.part_clause = re.compile(rf"(?<!\w){part}{WS}(?:{rel}{WS}?\(?)?(?:{day}{WS})?{num}\)?,", re.IGNORECASE)
        self.relative = re.compile(rf"(?<!\w){rel}(?!\w)", re.IGNORECASE)
        self.today = re.compile(rf"(?<!\w){rel}(?!\w)(?!\s*\(?\s*\d)", re.IGNORECASE)
        self.birth = re.compile(rf"(?<!\w)(?:{alternation(c['birth_markers'])})\s*$", re.IGNORECASE)
        self.term = re.compile(rf"(?<!\w)(?:{alternation(c['term_markers'])})[^.;:]{{0,12}}$", re.IGNORECASE)
        self.future = re.compile(rf"(?<!\w)(?:{alternation(c['future_markers'])})(?!\w)", re.IGNORECASE)
        self.target = re.compile(rf"(?<!\w)(?:{alternation(c.get('target_leads') or [])}){WS}"
                                 rf"(?:(?:{alternation(c['year_words'])}){WS})?$", re.IGNORECASE)
        self.as_of = re.compile(rf"(?<!\w)(?:{alternation(c.get('as_of_markers') or [])}){WS}$", re.IGNORECASE)
        self.future_after = re.compile(rf",?{WS}(?:{alternation(c.get('future_after_year') or [])})(?!\w)", re.IGNORECASE)
        self.future_clause = re.compile(rf"(?:\)?,{WS}[^\W\d][^.;:!?,\n\d]{{0,40}}?|{WS})(?<!\w)"
                                        rf"(?:{alternation(c.get('future_after_clause') or [])})(?!\w)", re.IGNORECASE)
        self.target_near = re.compile(rf"(?<!\w)(?:{alternation(c.get('target_leads') or [])})(?!\w)[^.;:!?\n]{{0,15}}$",
                                      re.IGNORECASE)
        self.deadline = re.compile(rf"(?<!\w)(?:{alternation(c.get('deadline_words') or [])})(?!\w)[^.;:!?\n]{{0,30}}$",
                                   re.IGNORECASE)
        self.review = re.compile(rf"(?<!\w)(?:{alternation(c['review_markers'])})(?!\w)", re.IGNORECASE)
        self.review_span = re.compile(rf"(?<!\w)(?:{alternation(c['review_markers'])})(?!\w)[^.;:!?\n]{{0,25}}?(?<!\w)(\d{{1,2}})"
                                      rf"{WS}(?:{year}){WS}(?:{alternation(c.get('review_span_verbs') or [])}){WS}", re.IGNORECASE)
        self.issue = re.compile(rf"(?<!\w)(?:{alternation(c.get('issue_words') or [])})(?!\w)", re.IGNORECASE)
        self.earliest = int(c.get("earliest_story_year") or 0)
        self.turn_gap = int(c.get("period_turn_gap") or 0)
        self.compared = re.compile(rf"(?<!\w)(?:{alternation(c['compared_with'])}){WS}(?:(?:{alternation(c['year_words'])}){WS})?"
                                   r"((?:19|20)\d\d)(?![\d.,]\d)", re.IGNORECASE)
        self.law = re.compile(rf"(?<!\w)(?:{alternation(c['law_names'])})(?:{WS}[^\W\d_]+){{1,6}}{WS}(?:(?:{alternation(c['year_words'])}){WS})?$")
        self.opening = re.compile(rf"(?:{alternation(c['term_opening_events'])})(?!\w)", re.IGNORECASE)
        self.launching = re.compile(rf"(?<!\w)(?:{alternation(c['year_launch_words'])})(?!\w)", re.IGNORECASE)
        self.anniversary = re.compile(rf"(?<!\w)(?:{alternation(c['anniversary_words'])}){WS}(\d{{1,3}}){WS}(?:{year})(?!\w)"
                                      r"[^.;:!?\n]{0,80}?(?<![\d/.\-–])((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
        self.full_date = re.compile(r"(?<![\d/.\-])\d{1,2}\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?((?:19|20)\d\d)(?!\d)")
        self.month_year = re.compile(rf"(?<!\w)(?:{month}){WS}(\d{{1,2}})\s?[/.\-]\s?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
        self.past_after = re.compile(rf"[^.;:!?\n]{{0,30}}?(?<!\w)(?:{alternation(c['past_markers'])})(?!\w)", re.IGNORECASE)
        self.last_year_month = re.compile(rf"(?<!\w)(?:{month}){WS}(\d{{1,2}}){WS}(?:{alternation(c.get('last_year_words') or [])})(?!\w)",
                                          re.IGNORECASE)
        self.legislature = re.compile(rf"(?<!\w)(?:{alternation(c.get('legislature_opening_words') or [])}),?{WS}(?:của{WS})?"
                                      rf"(?:đại biểu{WS})?(?:{alternation(c.get('legislature_names') or [])}){WS}khóa{WS}"
                                      r"(\d{1,2}|[IVXLC]+)(?!\w)", re.IGNORECASE)
        self.legislature_terms = {int(k): int(v) for k, v in (c.get("legislature_terms") or {}).items()}
        self.ordinals = {str(k): int(v) for k, v in (c.get("session_ordinals") or {}).items()}
        self.session = re.compile(rf"(?<!\w)kỳ họp{WS}thứ{WS}(\d{{1,2}}|{alternation(list(self.ordinals))})(?!\w),?{WS}(?:của{WS})?"
                                  rf"(?:{alternation(c.get('legislature_names') or [])}){WS}khóa{WS}(\d{{1,2}}|[IVXLC]+)(?!\w)",
                                  re.IGNORECASE)
        self.sessions_per_year = int(c.get("legislature_sessions_per_year") or 0)
        not_after = "".join(rf"(?<!{w} )" for w in c.get("year_end_sessions") or [])
        self.year_end = re.compile(rf"(?<!\w)(?<!{month} ){not_after}(?:{alternation(c['year_end_words'])}){WS}((?:19|20)\d\d)(?!\d)",
                                   re.IGNORECASE)
        self.congress = re.compile(rf"(?<!\w)(?:{alternation(c['term_opening_events'])})(?!\w)[^.;:!?\n]*$", re.IGNORECASE)
        self.election = re.compile(rf"(?<!\w)(?:{alternation(c['term_opening_words'])})(?!\w)[^.;:!?\n]*$", re.IGNORECASE)
        self.plan_before = re.compile(rf"(?<!\w)(?:{_PLAN_WORDS})(?:{WS}[^\W\d_]+){{0,2}}{WS}(?:(?:{year}){WS})?$", re.IGNORECASE)
        self.plan_ahead = re.compile(rf"(?<!\w)(?:{alternation(c.get('plan_ahead_words') or [])})(?:{WS}(?:[^\W\d_]+|-)){{0,7}}"
                                     rf"{WS}(?:(?:{year}){WS})?$", re.IGNORECASE)
        self.span = re.compile(rf"(?<!\w)(?:{alternation(c['span_from_words'])}){WS}(?:{day}{WS})?(\d{{1,2}})\s*"
                               rf"(?:(?:{alternation(c['range_words'])}){WS}|[-–]\s*)(?:{day}{WS})?(\d{{1,2}})\s?[/.\-]\s?(\d{{1,2}})(?!\d)"
                               r"(?:\s?[/.\-]\s?(\d{4})(?!\d))?",
                               re.IGNORECASE)
        self.span_from = re.compile(rf"(?<!\w)(?:{alternation(c['span_from_words'])})(?!\w)", re.IGNORECASE)
        self.period_from = re.compile(rf"(?<!\w)(?:{alternation(c['span_from_words'])}){WS}$", re.IGNORECASE)
        self.effective_from = re.compile(rf"(?<!\w)(?:{alternation(c.get('effective_words') or [])})(?!\w)[^.;:!?\n]{{0,80}}"
                                         rf"(?<!\w)(?:{alternation(c['span_from_words'])}){WS}(?:{day}{WS})?$", re.IGNORECASE)
        self.theme = re.compile(rf"(?<!\w)(?:{alternation(c.get('year_theme_words') or [])}){WS}(?:{year}){WS}$", re.IGNORECASE)
        self.characterised = re.compile(rf"{WS}(?:{alternation(c.get('year_character_words') or [])})(?!\w)", re.IGNORECASE)
        self.review_kinds = set(c.get("review_kinds") or [])
        self.review_months = int(c.get("review_months") or 0)
        self.named_review_months = int(c.get("named_review_months") or self.review_months)
        self.period_review_kinds = set(c.get("period_review_kinds") or [])
        self.year_close = re.compile(rf"(?<!\w)(?:{alternation(c.get('year_close_words') or [])}){WS}((?:19|20)\d\d)(?!\d)",
                                     re.IGNORECASE)
        self.season = re.compile(rf"(?<!\w)(?:{alternation(c.get('review_season_words') or [])})(?!\w)")
        self.plan_months = int(c.get("plan_months") or 13)
        period_year = rf"(?:\s?[/.\-]\s?|{WS}(?:{year}){WS})((?:19|20)\d\d)(?!\d)"
        self.named_period = re.compile(rf"(?<!\w)(?<!\d )(?:(?:{month}){WS}(\d{{1,2}})|(?:{alternation(c.get('quarter_words') or [])})"
                                       rf"{WS}([1-4]|I{{1,3}}|IV)){period_year}", re.IGNORECASE)
        self.period_event_months = int(c.get("period_event_months") or 0)
        self.lead_in = re.compile(LEAD_IN, re.IGNORECASE)
        self.next_plan_months = int(c.get("next_plan_months") or 0)
        self.yearly_months = {k.lower(): int(v) for k, v in (c.get("yearly_event_months") or {}).items()}
        self.wronged = re.compile(rf"(?<!\w)(?:{alternation(c.get('wrongdoing_words') or [])})(?!\w)[^.;:!?\n]{{0,80}}?"
                                  rf"(?<!\w)({alternation(list(self.yearly_months))}){WS}(?:(?:{year}){WS})?((?:19|20)\d\d)(?!\d)",
                                  re.IGNORECASE)

    # -- finding ---------------------------------------------------------------------
    def at(self, s: str, pos: int) -> DayMonth | None:
        """The date that opens the text at `pos` ("Chiều 29/10, ...")."""
        m = self.lead.match(s, pos)
        return _day_month(m) if m else None

    def clause_opening(self, s: str, sentences: list[tuple[int, int]], pos: int, ahead: int = 3) -> DayMonth | None:
        """The first day-part date opening a clause in the `ahead` sentences after `pos` ("Họp báo X. ..., sáng
        25/10, A tổ chức ..."): the day of an event the story names, undated, before it."""
        after = [(a, e) for a, e in sentences if a > pos][:ahead]
        m = self.part_clause.search(s, after[0][0], after[-1][1]) if after else None
        return _day_month(m) if m else None

    def sentence_date(self, s: str, ss: int, se: int) -> DayMonth | None:
        """The date that opens the sentence s[ss:se], past a bracket or dash before it ("- Chiều 29/10, ..."), an
        hour ("15h chiều nay (29-3), ...") or a clause naming the news' source ("Theo báo X, ngày 22/1, ...")."""
        sent = s[ss:se]
        at = ss + len(sent) - len(sent.lstrip("(- "))
        lm = self.lead_in.match(s, at, se)
        return self.at(s, at) or (self.at(s, lm.end()) if lm else None)

    def marked_in(self, s: str, lo: int, hi: int) -> Iterator[DayMonth]:
        """Dates marked as such between `lo` and `hi` ("ngày 5/7", "sáng 16/5", "nay (13/7)")."""
        for m in self.marked.finditer(s, lo, hi):
            dm = _day_month(m)
            if dm is not None:
                yield dm

    def _spans(self, s: str, lo: int, hi: int) -> Iterator[tuple[re.Match[str], int, int, int]]:
        """Each span of days written between `lo` and `hi`, with its first and last day and its month."""
        for m in self.span.finditer(s, lo, hi):
            first, last, mo = (int(g) for g in m.groups()[:3])
            yield m, first, last, mo

    def span_in(self, s: str, lo: int, hi: int) -> DayMonth | None:
        """The first day of a span of days written between `lo` and `hi`, with the span's month and year ("Tại kỳ
        họp 26 (từ 28 đến 30-5-2018), ...": 28/5/2018): an event held over the span is dated by the day it opens."""
        for m, first, last, mo in self._spans(s, lo, hi):
            if not (1 <= first < last <= 31 and 1 <= mo <= 12):
                return None
            return DayMonth(m.start(), m.end(), first, mo, int(m.group(4)) if m.group(4) else None)
        return None

    def in_anniversary(self, s: str, pos: int) -> bool:
        """Whether `pos` is inside a bracketed span of two full dates after what they bound ("Lễ kỷ niệm 20 năm
        ngày thành lập Hội (09/02/1999 – 09/02/2019)"): the years an anniversary counts, not an event's day."""
        lo = s.rfind("(", max(0, pos - 25), pos + 1)
        m = _ANNIVERSARY.match(s, lo) if lo >= 0 else None
        return m is not None and pos < m.end()

    def first_day(self, s: str, lo: int, hi: int, day: int, month: int) -> int | None:
        """The first day of a span of days written between `lo` and `hi` that holds `day` of `month` ("Trong 5 ngày
        (từ ngày 2 đến 6/10), hội nghị ..." for a story of 3/10): an event is dated by the day it opens."""
        for _, first, last, mo in self._spans(s, lo, hi):
            if mo == month and first < day <= last:
                return first
        return None

    # -- years -----------------------------------------------------------------------
    def text_year(self, s: str) -> int | None:
        """The latest year the text speaks of as past or present: not a birth year, not a plan's
        or target's year, not inside a term of office (except where one term ends and the next
        begins, "2014-2019 ... 2019-2024": the year of that congress), and not a year the text plans for
        right after reviewing the one before ("công tác năm 2018 và phương hướng, nhiệm vụ năm 2019": the
        story is set at the turn of 2018, wherever else 2019 comes). A year only said to be of some kind ("2018 là
        năm ...") is the text's own, but leaves a plan for it one: that is said ahead as well as within the year. A text that speaks of no such year is set in
        the first year it plans for or whose term an election opens ("kế hoạch năm 2018 của Ban Chỉ đạo", "cuộc bầu
        cử ... nhiệm kỳ 2016-2021"): plans and terms to come run from the present. A plan is for this year or the
        next: the text's year is at least the year before the first year it plans for, and that year itself when
        the plan is one named for the year ("kế hoạch năm 2019") and the other years are older still: the plan
        is being carried out. A text with none of these that sets a target by a year's close is set in that year."""
        years, ahead, plans, _ = self._years(s)
        if years and plans:
            if max(years) < min(plans) - 1 and min(plans) in ahead:
                return min(plans)  # "hoàn thành các chỉ tiêu kế hoạch năm 2019" long after the years it recalls
            return max(max(years), min(plans) - 1)
        if years or ahead:
            return max(years) if years else min(ahead)
        close = self.year_close.search(modern_tones(s))  # "phấn đấu đến hết năm 2018 ...", alone: that year's
        return int(close.group(1)) if close else None

    def _years(self, s: str) -> tuple[list[int], list[int], list[int], list[int]]:
        """The years `text_year` reads: those spoken of as past or present, the first years of plans and terms to
        come, and the years planned for ("năm 2018 sẽ ...", "kế hoạch năm 2019"); last, the years whose tasks or
        plans the text sets out ("làm tốt nhiệm vụ 2019", "kế hoạch năm 2019"), never a term's."""
        in_range: set[int] = set()
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        years: list[int] = []
        ahead: list[int] = []  # the first years of plans and terms
        plans: list[int] = []  # the years of plans: the present is at latest the year before the first
        planned_only: list[int] = []  # the indices in `years` of years read from a plan
        tasks: list[int] = []  # the years whose tasks or plans are set out
        ranges = list(_RANGE.finditer(s))
        turned = {int(m.group(1)) for m in ranges if self._turn(s, m, ranges)}
        for m in ranges:
            in_range.update((m.start(1), m.start(2)))
            y1, y2 = int(m.group(1)), int(m.group(2))
            if y2 <= y1:
                continue
            starts[y1] = starts.get(y1, 0) + 1
            ends[y2] = ends.get(y2, 0) + 1
            if self.term.search(s, max(0, m.start() - 30), m.start()):
                if self.election.search(s, max(0, m.start() - 90), m.start()):
                    ahead.append(y1)  # "cuộc bầu cử ... nhiệm kỳ 2016-2021": the term is opening
                elif self.congress.search(s, max(0, m.start() - 90), m.start()) and self.past_after.match(s, m.end()) \
                        and not self._future(s, m.start()):
                    years.append(y1)  # "Đại hội ... (nhiệm kỳ 2019 – 2024) đã kết thúc": the term has opened
                elif self._future(s, m.start()) and self.opening.match(s, _sentence_start(s, m.start())):
                    ahead.append(y1)  # "Đại hội ... sẽ bầu Ban Chấp hành ... nhiệm kỳ 2017-2022": the congress opens it
                continue
            if y1 in turned:
                plans.append(y1)  # "tổng kết ... giai đoạn 2009-2017, ký thỏa thuận ... giai đoạn 2018-2021": at the turn
                ahead.append(y1)
            elif self._under_review(s, m.start(), own=True):
                years.append(y2)  # "tổng kết ... giai đoạn 2006-2015": the period is over
            elif not self._future(s, m.start()):
                years.append(y1)  # "giai đoạn 2019 - 2022": a period that starts now or has started
        years += [y for y in starts if y in ends]
        # "bầu cử đại biểu Quốc hội khóa 14", "Kỳ họp thứ nhất, Quốc hội khóa XIV": the term is opening
        ahead += [y for m in self.legislature.finditer(modern_tones(s))
                  if (y := self.legislature_terms.get(_number(m.group(1)), 0))]
        for m in self.session.finditer(modern_tones(s)):  # "kỳ họp thứ 7, Quốc hội khóa XIV": 2019, or planned for
            if sy := self._session_year(m):
                (ahead if self._future(s, m.start()) else years).append(sy)
        # "Luật có hiệu lực thi hành từ 1/7/2019": the day a rule or a post takes effect, often still to come
        effective = {fm.start(2) for fm in self.full_date.finditer(s)
                     if self.effective_from.search(s, max(0, fm.start() - 110), fm.start())}
        for m in _YEAR.finditer(s):
            if m.start() in in_range:
                continue
            if m.start() in effective:
                ahead.append(int(m.group(1)))
                continue
            if self.birth.search(s, max(0, m.start() - 12), m.start()):
                continue
            if self.theme.search(s, max(0, m.start() - 16), m.start()):
                plans.append(int(m.group(1)))  # "chọn chủ đề năm 2018 là ...": chosen ahead for the year to come
                ahead.append(int(m.group(1)))
                continue
            if self.characterised.match(s, m.end()):
                years.append(int(m.group(1)))  # "2018 là năm triển khai ...": said of a year ahead as well as within it,
                planned_only.append(len(years) - 1)  # so it leaves a plan for that year one
                continue
            plan = self.future_clause.match(s, m.end()) and not self.target_near.search(s, max(0, m.start() - 25), m.start())
            if plan:
                plans.append(int(m.group(1)))  # "năm 2018 sẽ cấp xong ...", "Năm 2019, báo sẽ ...": this year or the next
            if self._future(s, m.start()) or self.future_after.match(s, m.end()):
                if self.plan_before.search(s, max(0, m.start() - 40), m.start()):
                    ahead.append(int(m.group(1)))  # "theo kế hoạch năm 2018", "đề ra những nhiệm vụ trong năm 2019"
                    tasks.append(int(m.group(1)))
                if self.plan_ahead.search(s, max(0, m.start() - 80), m.start()) and not self._under_review(s, m.start()) \
                        and not self.target_near.search(s, max(0, m.start() - 25), m.start()):
                    plans.append(int(m.group(1)))  # "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2018"
                    ahead.append(int(m.group(1)))
                    tasks.append(int(m.group(1)))
                continue
            if self.deadline.search(s, max(0, m.start() - 45), m.start()):
                ahead.append(int(m.group(1)))  # "chậm nhất đến ngày 1-1-2020": a deadline, not the present
                continue
            if self._target(s, m.start()) or self.law.search(s, max(0, m.start() - 60), m.start()):
                continue  # "đến 2025": a target; "Bộ luật Hình sự năm 1999": a law's name
            years.append(int(m.group(1)))
            if plan:
                planned_only.append(len(years) - 1)
        # "năm nay giảm 12% so với năm 2013": the year compared with is the one before the text's
        years += [int(m.group(1)) + 1 for m in self.compared.finditer(s) if int(m.group(1)) >= self.earliest]
        # "hồi tháng 9 năm ngoái" where the text gives "Ngày 29/9/2017": the story is told in the year after
        years += [y + 1 for y in self._last_year_months(s)]
        # "kỷ niệm 50 năm ... Mậu Thân 1968": the anniversary falls in the year it is kept
        years += [int(m.group(2)) + int(m.group(1)) for m in self.anniversary.finditer(s) if not self._future(s, m.start())]
        said = {y for i, y in enumerate(years) if i not in planned_only}
        plans = [y for y in plans if y not in said]  # a year the text also speaks of plainly is its present
        planned = {int(m.group(2)) for m in _PLAN_PAIR.finditer(s) if int(m.group(2)) == int(m.group(1)) + 1}
        years = [y for y in years if y >= self.earliest and y not in planned]  # the plan's year is still to come
        ahead = [y for y in ahead if y >= self.earliest]
        plans = [y for y in plans if y >= self.earliest]
        return years, ahead, plans, tasks

    def _turn(self, s: str, m: re.Match[str], ranges: list[re.Match[str]]) -> bool:
        """Does the period `m` open right after one that a range shortly before it in its sentence ends ("giai đoạn
        2009 - 2017, ký thỏa thuận hợp tác giai đoạn 2018 - 2021")? One period is closing and the next being
        planned: the story is set at the turn, the new period's first year planned, not yet the present."""
        return any(int(r.group(2)) + 1 == int(m.group(1)) and r.end() < m.start() <= r.end() + self.turn_gap
                   and next(_stops(s, r.end(), m.start()), None) is None for r in ranges)

    def _session_year(self, m: re.Match[str]) -> int | None:
        """The year of the legislature's session `m` names: its term's first year, `sessions_per_year` sessions a year."""
        first = self.legislature_terms.get(_number(m.group(2)))
        n = self.ordinals.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        return first + (n - 1) // self.sessions_per_year if first and n and self.sessions_per_year else None

    def _last_year_months(self, s: str) -> Iterator[int]:
        """The year of each month the text places in the year before its own ("tháng 9 năm ngoái"), when it dates that
        month elsewhere with a single year ("Ngày 29/9/2017")."""
        for lm in self.last_year_month.finditer(s):
            seen = {int(m.group(2)) for m in [*self.full_date.finditer(s), *self.month_year.finditer(s)]
                    if int(m.group(1)) == int(lm.group(1))}
            if len(seen) == 1:
                yield seen.pop()

    def late_month(self, s: str, year: int | None) -> LateMonth:
        """The latest month of `year` that the text dates something in, as past or present ("ngày 29/4/2018",
        "tháng 10/2017 đã ...", "đến cuối năm 2018": the last month, not "6 tháng cuối năm"), not as a plan or a
        deadline, nor as the day an anniversary's span ends ("(3/2/1930 – 3/2/2019)", kept ahead of it) or the day
        a post or a rule takes effect ("giữ chức ... từ ngày 1-4-2018", often still to come); 0 when none.
        A day and month the text gives without a year, before that month, falls in the year after. When `year` is
        the first the text plans for, `plan_months` with `before`: a day from that month on falls in the year before."""
        if year is None:
            return NOT_LATE
        marks = list(self.full_date.finditer(s))  # "ngày 29/4/2018"; "tháng 10/2017" only as done ("đã ...")
        marks += [m for m in self.month_year.finditer(s) if self.past_after.match(s, m.end())]
        months = [int(m.group(1)) for m in marks if int(m.group(2)) == year and not self._future(s, m.start())
                  and not self._target(s, m.start()) and not self.in_anniversary(s, m.start())
                  and not self.effective_from.search(s, max(0, m.start() - 110), m.start())]
        months += [12 for m in self.year_end.finditer(s) if int(m.group(1)) == year and not self._future(s, m.start())]
        # "gian lận thi THPT quốc gia 2018": that exam was held and its wrongdoings found by the month it gives
        months += [self.yearly_months.get(m.group(1).lower(), 0) for m in self.wronged.finditer(s) if int(m.group(2)) == year]
        late = max((m for m in months if 1 <= m <= 12), default=0)
        said, _, plans, tasks = self._years(s)
        if not late and plans and min(plans) == year:
            return LateMonth(self.plan_months, before=True)  # "Năm 2018 sẽ cấp xong ..." in a story of 19-12: of 2017
        # "kết quả năm 2018 ..., làm tốt nhiệm vụ 2019" told on 20-3: the tasks of the year under way
        return LateMonth(late, after=not late and year + 1 in tasks and year + 1 not in said)

    def month_years(self, s: str) -> dict[int, int]:
        """The year of each month the text writes with one ("Ngay trong tháng 12-2017, Tòa án ..."), when it
        writes that month with a single year, not as a deadline, the start of a period ("Từ tháng 3-2017,
        ban được thí điểm ...") nor a birth ("sinh tháng 5/1960"): a day of that month the text gives without a year is in it ("báo cáo trước Hội đồng
        nhân dân sáng 4-12")."""
        seen: dict[int, set[int]] = {}
        for m in self.month_year.finditer(s):
            if not self._target(s, m.start()) and not self.period_from.search(s, max(0, m.start() - 8), m.start()) \
                    and not self.birth.search(s, max(0, m.start() - 12), m.start()):
                seen.setdefault(int(m.group(1)), set()).add(int(m.group(2)))
        return {mo: ys.pop() for mo, ys in seen.items() if len(ys) == 1}

    def reviewed_year(self, name: str, kind: str | None) -> int | None:
        """The year a review event's name says it reviews ("tổng kết công tác năm 2018"), if any."""
        if kind not in self.review_kinds:
            return None
        if _RANGE.search(name):
            return None
        ym = _YEAR.search(name)  # the first: "tổng kết công tác năm 2018, triển khai nhiệm vụ năm 2019"
        return int(ym.group(1)) if ym else None

    def reviewed_period(self, name: str, kind: str | None, year: int | None) -> int | None:
        """The last year of the period a review event's name closes with, when the text's `year` has reached it
        ("Hội nghị sơ kết chương trình X giai đoạn 2014-2018" told in 2018: 2018), if any."""
        if kind not in self.period_review_kinds or year is None:
            return None
        ranges = list(_RANGE.finditer(name))
        if not ranges or _YEAR.search(name, ranges[-1].end()):
            return None  # "cuộc thi ... giai đoạn 2016-2020 lần thứ 2 năm 2018": the year after it is the one reviewed
        end = int(ranges[-1].group(2))
        return end if end <= year else None

    def review_span_year(self, name: str, s: str) -> int | None:
        """The year a review of some years of carrying out a document is held in, its name counting them ("Hội nghị
        sơ kết 5 năm thực hiện Chỉ thị 40-CT/TW ngày 22/11/2014": 2019): the document's year and that many, the year
        in the name after the count or, without one, the one year of a sentence of the text `s` that issues what
        the name reviews ("năm 2013 Bộ ... ban hành quyết định về tiêu chí văn hóa giao thông", for "sơ kết 5 năm
        thực hiện tiêu chí văn hóa giao thông": 2018). Never a period's year or a target's."""
        m = self.review_span.search(name)
        if m is None:
            return None
        what = name[m.end():]
        if _RANGE.search(what):
            return None  # "sơ kết 3 năm thực hiện kế hoạch ... 2016-2020": a period, read by `_years`
        own = {int(y.group(1)) for y in _YEAR.finditer(what) if not self._target(what, y.start())}
        if not own:
            own = self._issued_years(" ".join(what.split()[:4]), s)
        return own.pop() + int(m.group(1)) if len(own) == 1 else None

    def _issued_years(self, words: str, s: str) -> set[int]:
        """The years of the sentences of `s` that name `words` with an issuing word, each with one year of its own."""
        cased = modern_tones(s)
        text, found = cased.lower(), set()
        for wm in re.finditer(rf"(?<!\w){re.escape(modern_tones(words).lower())}(?!\w)", text):
            lo = _sentence_start(cased, wm.start())
            hi = stop.start() if (stop := next(_stops(cased, wm.end(), len(cased)), None)) else len(text)
            years = {int(y.group(1)) for y in _YEAR.finditer(text, lo, hi) if not self._target(text, y.start())}
            if len(years) == 1 and not _RANGE.search(text, lo, hi) and self.issue.search(text, lo, hi):
                found |= years
        return found

    def reviews_season(self, name: str) -> bool:
        """Does a review's name review a season at the start of the year, named before any year it gives ("tổng
        kết công tác chăm lo Tết Mậu Tuất 2018"), not a year that takes in that season too?"""
        sm = self.season.search(name)
        ym = _YEAR.search(name)
        return sm is not None and (ym is None or ym.start() > sm.start())

    def period_year(self, name: str, month: int) -> int | None:
        """The year of an event held in `month` whose name gives a month or a quarter of a year ("giao ban công tác
        tháng 8/2019", "Họp báo quý IV năm 2018"): of the period's year and those either side, the one that puts
        `month` nearest the period's last month (a review of December held in January: the year after); none when
        `month` is more than `period_event_months` from it."""
        pm = self.named_period.search(name)
        if pm is None:
            return None
        last = int(pm.group(1)) if pm.group(1) else 3 * _number(pm.group(2))
        if not 1 <= last <= 12:
            return None
        year = int(pm.group(3))
        gap, near = min((abs(12 * (y - year) + month - last), y) for y in (year - 1, year, year + 1))
        return near if gap <= self.period_event_months else None

    def named_year(self, name: str, month: int | None = None) -> int | None:
        """The year an event's name says it is held in: a congress that opens a term ("Đại hội ... nhiệm kỳ
        2019 - 2024": its first year) or a meeting that launches a year's work ("Hội nghị triển khai công tác
        năm 2019"), never a review ("tổng kết năm 2018, triển khai nhiệm vụ năm 2019" is read by `reviewed_year`).
        A launch held in `month` from `plan_months` on launches the year to come: it is held the year before
        ("Hội nghị triển khai nhiệm vụ năm 2015" on 29/12: 2014)."""
        if self.review.search(name):
            return None
        rm = _RANGE.search(name)
        if rm is not None and self.term.search(name, max(0, rm.start() - 30), rm.start()) and self.opening.match(name):
            return int(rm.group(1))
        years = {int(y) for y in _YEAR.findall(name)}
        if len(years) != 1 or rm is not None or not self.launching.search(name):
            return None
        return years.pop() - (month is not None and month >= self.plan_months)

    def _target(self, s: str, pos: int) -> bool:
        """Is the year at `pos` a deadline or target ("đến 2025"), not a figure as of a year ("lũy kế đến 2017")?"""
        lead = self.target.search(s, max(0, pos - 12), pos)
        return lead is not None and self.as_of.search(modern_tones(s[max(0, lead.start() - 12):lead.start()])) is None

    def _under_review(self, s: str, pos: int, own: bool = False) -> bool:
        """Does a review word come earlier in the sentence than `pos`? With `own`, after the last year before
        `pos` too: in "tổng kết ... giai đoạn 2012-2017 và ký kết ... giai đoạn 2017-2022" only the first period
        is reviewed."""
        cut = max((m.end() for m in _stops(s, max(0, pos - 200), pos)), default=max(0, pos - 200))
        if own:
            cut = max([cut] + [m.end() for m in _YEAR.finditer(s, cut, pos)])
        return self.review.search(s, cut, pos) is not None

    def _future(self, s: str, pos: int) -> bool:
        return self.future.search(s, _sentence_start(s, pos), pos) is not None

    # -- dates -------------------------------------------------------------------------
    def iso(self, dm: DayMonth, published: str | None, year: int | None, kind: str | None = None,
            reviewed: int | None = None, late: LateMonth = NOT_LATE) -> str | None:
        """ISO date of `dm`: its own year, else the publication date's (a day after it falls in the year
        before), else the year under review when a review names it (`reviewed`: the year after when held in
        its first `named_review_months` months), else `year` (the text's; the year after for a day in a month before
        `late.month`, the latest month of that year the text has already reached; the year before for a day from
        that month on when `late.before`, the plans of the year to come being made)."""
        y = dm.year
        if y is None and published:
            pub = date.fromisoformat(published)
            y = pub.year
            if (dm.month, dm.day) > (pub.month, pub.day):
                y -= 1
        elif y is None and (base := year if reviewed is None else reviewed) is not None:
            review = reviewed is not None or kind in self.review_kinds  # held early in the year after
            months = self.review_months if reviewed is None else self.named_review_months
            y = base + 1 if review and dm.month <= months else base
            if reviewed is None and late.before and dm.month >= late.month:
                y -= 1  # "Năm 2018 sẽ cấp xong ..." in a story of 19-12: plans for the year to come
            elif reviewed is None and y == base and not late.before and dm.month < late.month:
                y += 1  # "Hội nghị Trung ương tháng 10/2017 đã ..." in a story of 21/2: 2018
            elif reviewed is None and y == base and late.after and dm.month <= self.next_plan_months:
                y += 1  # "nhiệm vụ 2019" in a story of 20-3 that speaks of 2018 as past: 2019
        if y is None:
            return None
        found = dateparser.parse(f"{dm.day}/{dm.month}/{y}", languages=["vi"], settings=_SETTINGS)
        return found.date().isoformat() if isinstance(found, datetime) else None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _number(n: str) -> int:
    """A number written in digits or Roman numerals ("14", "XIV")."""
    if n.isdigit():
        return int(n)
    vals = [_ROMAN[ch] for ch in n.upper()]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _stops(s: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The stops that end a sentence in `s[lo:hi]`, in order: not the dot of an abbreviation before a name ("TP. HCM")."""
    return (m for m in _SENTENCE.finditer(s, lo, hi) if not abbreviation_dot(s, m.start()))


def _sentence_start(s: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, past its leading spaces (at most 200 characters back)."""
    cut = max((m.end() for m in _stops(s, max(0, pos - 200), pos)), default=max(0, pos - 200))
    return cut + len(s[cut:pos]) - len(s[cut:pos].lstrip())


def _day_month(m: re.Match[str]) -> DayMonth | None:
    d, mo, y = m.groups()[-3:]
    if d is None or mo is None:
        return None
    first = next((g for g in ("first", "both", "pair") if m.groupdict().get(g)), None)
    if first:  # "(12-13/9)", "ngày 12 và 13/3": the first day
        d = m.group(first).split()[0]
    day, month = int(d), int(mo)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return DayMonth(m.start(), m.end(), day, month, int(y) if y else None)
