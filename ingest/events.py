"""Events an article reports: the sentences that define them ("Chiều 29/10, Ban Nội chính Trung
ương tổ chức hội nghị sơ kết ..."), their date against the publication date, place, organisers,
the documents they review, launch or sign, and who chaired or attended them. Dates are read in
`event_dates`, organisers in `event_organisers`, documents in `event_docs`, places in `event_places`
and who took part in `event_roles`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import CueMatcher, alt
from coordgraph.ingest.dates import NOT_LATE, Dates, DayMonth, LateMonth
from coordgraph.ingest.event_dates import EventDates
from coordgraph.ingest.event_docs import EventDocs
from coordgraph.ingest.event_mentions import EventMentions
from coordgraph.ingest.event_organisers import DO, EventOrganisers
from coordgraph.ingest.event_places import AT, BRIDGE, LEAD_AT, PAREN, EventPlaces
from coordgraph.ingest.event_planned import not_held, quoted, setting_opens
from coordgraph.ingest.event_roles import EventRoles, linked_story
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key
from coordgraph.ingest.meetings import Meetings
from coordgraph.ingest.text import abbreviation_dot

_NAME_END = re.compile(rf"\.(?!\d)|[;\n]|{WS}(?:{alt('name_end_by')}){WS}|,{WS}(?:{alt('name_end_after_comma')})"
                       rf"|{WS}(?:{alt('name_end_phrases')})\b|(?<=\w{{3}}),{WS}(?=[A-ZĐ]|(?:{alt('name_end_persons')}){WS})"
                       rf"|{WS}(?:{alt('name_end_day_parts')})(?:{WS}(?:{alt('name_end_today')}){WS}\(?|{WS})\d")
_DATE_AFTER_NAME = re.compile(r"[\s,]*(?:vào\s*)?")
_AT_START = re.compile(rf"\s*(?:{alt('setting_markers')}){WS}(?:{alt('setting_nouns')})", re.IGNORECASE)
_JUST_HELD = re.compile(r"[\s”\"]*(?:(?:vừa|đã|mới)\s+)?", re.IGNORECASE)
_HELD_AT = re.compile(rf"(?<!\w)(?:(?:{alt('held_done')}){WS})?(?:{alt('held_verbs')}){WS}(?:{alt('held_when_where')})(?!\w)",
                      re.IGNORECASE)
_HELD_TAIL = re.compile(rf"(?:{WS}(?:{alt('held_done')}))?{WS}(?:{alt('held_verbs')})$")
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}\s?[/\-]\s?\d{1,2}(?!\d)")
_LEAD_SETTING = re.compile(rf"\)?\s*,?\s*(?:{alt('hosted_before')}){WS}", re.IGNORECASE)
_TITLE_VERB = re.compile(rf"(?<!\w)(?:{alt('title_verbs')})(?!\w)", re.IGNORECASE)
_WHEN_BEFORE = re.compile(rf"(?<!\w)(?:{alt('time_point_before')}){WS}$", re.IGNORECASE)
_SAID = re.compile(rf"(?<!\w)(?:{alt('reported_speech_verbs')})(?!\w)", re.IGNORECASE)
_TRAILING = re.compile(rf"(?:[\s,]+(?:{alt('name_trailing_words')}))+$", re.IGNORECASE)


@dataclass
class Event:
    start: int  # the defining sentence
    end: int
    head: int  # where the event's name starts
    kind: str
    name: str
    date: str | None
    organisers: list[Body] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)  # (place, x position)
    docs: list[tuple[str, DocMention, int]] = field(default_factory=list)  # (relation, mention, x position)
    chairs: dict[str, int] = field(default_factory=dict)  # person name -> x position
    attends: dict[str, int] = field(default_factory=dict)
    referenced: bool = False  # held before, named only for its results: no sentence speaks of it
    opened: int | None = None  # the story's dated opening, when it reports this event's day before naming it
    day: tuple[int, int] | None = None  # the day and month the text gives, with or without a year


class Events(EventOrganisers, EventDates, EventDocs, EventRoles, EventPlaces, EventMentions):
    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.dates = Dates()
        self.month_years: dict[int, int] = {}  # the text's months written with their year (`Dates.month_years`)
        self.text = ""  # the article's text, where a review's name leaves out the year of what it reviews
        self.meetings = Meetings(kb)
        self.planned_any = re.compile(rf"(?<!\w)(?:{alternation(kb.cues.get('planned_markers') or [])})(?!\w)",
                                      re.IGNORECASE)
        self.planned_opener = re.compile(rf"(?:{alternation(self.meetings.cues['planned_openers'])})(?!\w)", re.IGNORECASE)
        self.planned_next = re.compile(rf"\s*(?:{alternation(kb.cues.get('planned_markers') or [])})(?!\w)",
                                       re.IGNORECASE)  # "sự kiện X sẽ diễn ra ...": right after the name
        self.same_day_any = re.compile(rf"(?<!\w)(?:{alternation(kb.cues.get('same_day_markers') or [])})(?!\w)",
                                       re.IGNORECASE)
        self.doc_before = re.compile(rf"(?<!\w)(?:{alternation([d['words'] for d in kb.cues.get('document_kinds') or []])})\s+$",
                                     re.IGNORECASE)
        self.by_re = re.compile(rf"(?<!\w)(?:{alternation(self.meetings.by_verbs)}){WS}bởi{WS}", re.IGNORECASE)
        c = kb.cues
        heads = c.get("event_heads") or []
        self.heads = {key(h["words"]): h for h in heads}
        named_only = alternation([h["words"] for h in heads if h.get("named")])  # "Ngày hội X", not "ngày hội của ..."
        self.head_re = re.compile(rf"(?<!\w)(?:{alternation([h['words'] for h in heads if not h.get('named')])}|(?-i:{named_only}))"
                                  r"(?!\w)", re.IGNORECASE)
        kinds = c.get("event_kinds") or []
        self.kinds = {key(k["words"]): k for k in kinds}
        self.kind_re = re.compile(rf"(?<!\w)(?:{alternation([k['words'] for k in kinds])})(?!\w)", re.IGNORECASE)
        self.verb_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('event_verbs') or [])})(?!\w)"
                                  rf"(?!{WS}(?:{alt('event_verb_not_before')}))", re.IGNORECASE)
        self.home = {key(h) for h in c.get("home_country") or []}
        self.planned_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('planned_markers') or [])})(?:{WS}được)?{WS}$",
                                     re.IGNORECASE)
        self.topic_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('topic_before_verb') or [])}){WS}$", re.IGNORECASE)
        self.opener_re = re.compile(rf"[\s\-–]*(?:{alternation(c.get('attend_openers') or [])})(?!\w)"
                                    rf"(?!{WS}(?:{alternation(self.meetings.cues['attend_not_before'])})(?!\w))", re.IGNORECASE)
        self.same_day = re.compile(rf"\s*(?:{alternation(c.get('same_day_markers') or [])})(?!\w)", re.IGNORECASE)
        self.lead_verb_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('opening_verbs') or [])})(?!\w)", re.IGNORECASE)
        self.chair_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('chair_verbs') or [])})(?!\w)", re.IGNORECASE)
        self.sign_re = re.compile(rf"(?<!\w)(?:{alt('sign_verbs')})(?!\w)", re.IGNORECASE)
        # a person's part in an event: whole syllables, with spaCy's PhraseMatcher
        self.parts = CueMatcher({"chair": c.get("chair_verbs") or [], "attend": c.get("attend_verbs") or [],
                                 "speech": (c.get("speech_verbs") or []) + self.meetings.cues["sign_attend_verbs"],
                                 "visit": self.meetings.visit_verbs},
                                not_before={"attend": self.meetings.cues["attend_not_before"]})
        # "với sự tham dự của Thủ tướng A, các phó thủ tướng B, C", "sự chứng kiến của lãnh đạo Bộ X, Sở Y và ông D":
        # each person the phrase's list names, up to the clause's end or a quotation
        self.presence_re = re.compile(rf"(?<!\w)(?:{alternation(c.get('presence_before') or [])})"
                                      rf"(?:{WS}[^;.()\n\"“”]{{1,150}})?\s*$", re.IGNORECASE)
        self.not_before = re.compile(rf"(?<!\w)(?:{alternation(c.get('not_participant_before') or [])})\s*$",
                                     re.IGNORECASE)

    # -- events ----------------------------------------------------------------------
    def find(self, s: str, sentences: list[tuple[int, int]], bodies: list[Body], docs: list[DocMention],
             published: str | None, title_span: tuple[int, int] | None) -> list[Event]:
        events: list[Event] = []
        year = None if published else self.dates.text_year(s)
        late = self.dates.late_month(s, year)
        self.month_years = self.dates.month_years(s)
        self.text = s
        story = self._story_date(s, sentences, title_span)
        sentences = self.meetings.split_credits(s, sentences, lambda p: (d := self.dates.at(s, p)) is not None
                                                and s[d.end:d.end + 1] == "," or setting_opens(s, p, self.head_re))
        for ss, se in sentences:
            if title_span and ss == title_span[0] or self.meetings.recall.match(s, ss) or linked_story(s, ss, se):
                continue
            sent = s[ss:se]
            dm = self.dates.sentence_date(s, ss, se)
            lead_date = dm is not None and s[dm.end:dm.end + 1] in (",", " ")
            vm = next((v for v in self.dates.marked_in(s, ss, se)
                       if not self.meetings.span_end.search(s, max(ss, v.start - 12), v.start)
                       and not self.dates.in_anniversary(s, v.start)
                       and not any(d.start <= v.start < d.end + 20 and (d.number or d.date) for d in docs)), None)
            if self.meetings.caption.search(sent):
                continue
            if vm is None and not lead_date and story[1] is not None and self.dates.today.search(sent) \
                    and self.dates.relative.search(s, story[1].start, story[1].end):
                vm = story[1]  # "diễn ra từ hôm nay" in a story that opens "Chiều nay 23-7"
            head = next((h for h in self.head_re.finditer(sent)
                         if not self.meetings.is_plural(sent, h.start(), self.head_re)
                         and not self.doc_before.search(sent, max(0, h.start() - 25), h.start())
                         and not any(d.start <= ss + h.start() < d.end for d in docs)
                         and not any(b.start < ss + h.start() < b.end for b in bodies)), None)  # "Quốc hội thảo luận"
            sign = self.sign_re.search(sent)
            verbs = [v.start() for v in self.verb_re.finditer(sent)
                     if not self.planned_re.search(sent, max(0, v.start() - 25), v.start())
                     and not self.topic_re.search(sent, max(0, v.start() - 12), v.start())
                     and not (v.start() > 2 and sent[v.start()].isupper())]  # "các Tổ chức thành viên": a noun
            if head is not None and (self.meetings.upcoming.match(sent, head.end()) or quoted(sent, head.start())):
                head = None  # "trong kỳ họp tới": still to come; "“... mới diễn ra kỳ họp thứ nhất”": a speaker's words
            clause = self._hosted(s, ss, se, ss + head.start(), ss + head.end(), bodies) if head is not None else None
            hosted = clause is not None
            if head and not hosted and self.meetings.object_before.search(sent, max(0, head.start() - 12), head.start()) \
                    and (vm is None or sent[:head.start()].rstrip().lower().endswith("trình")) \
                    and not self._held_after_name(s, ss, se, ss + head.start(), verbs):
                head = next((h for h in self.head_re.finditer(sent, head.end())), None)
            own = self.meetings.own(s, ss, se, lambda v, lo=ss: self._subjects(s, lo, v, bodies), lead_date,
                                    lead_date or vm is not None, bodies)
            numbered = None if own is not None else self.meetings.numbered_session(s, ss, se, bodies)
            own = own or numbered  # "Tại kỳ họp 26 (từ 28 đến 30/5), Ủy ban Kiểm tra Trung ương đã xem xét ..."
            if self.meetings.planned_after.search(sent):
                verbs = []
            if own is not None and self.planned_any.search(s, max(ss, own.start - 40), own.start):
                own = None
            if own is not None and head is not None and ss + head.start() < own.start:
                own = None
            if own is not None:
                head = sign = None
            setting = lead_date and dm is not None and _LEAD_SETTING.fullmatch(s, dm.end, ss + head.start()) is not None \
                if head else False  # "Hôm qua 2/7, tại hội nghị X, ông A đề xuất ...": the setting is the event
            if head and verbs and not setting and not any(head.start() - 70 <= v <= head.end() + 50 for v in verbs):
                # "Thực hiện Kế hoạch về tổ chức Hội nghị X, ... A tổ chức Hội nghị Y": the reported one
                head = next((h for h in self.head_re.finditer(sent, head.end())
                             if any(h.start() - 70 <= v <= h.end() + 50 for v in verbs)), head)
            if head:
                near = any(head.start() - 70 <= v <= head.end() + 50 for v in verbs)
                after_name = self.meetings.name_end(s, ss + head.start(), se) - ss  # "Đại hội X đã thành công"
                near = near or any(0 <= v - after_name <= 4 for v in verbs)
                name_end = head.end()
                if sent[:head.start()].rstrip().endswith(("“", '"')):  # “Lễ phát động ...” do A tổ chức
                    qm = re.compile(r"[”\"]").search(sent, head.end(), head.end() + 250)
                    name_end = qm.end() if qm else name_end
                nm = next((m for m in _NAME_END.finditer(s, ss + head.end(), se) if not abbreviation_dot(s, m.start())), None)
                long_name = nm is not None and nm.start() - ss <= name_end + 250 and DO.match(s, nm.start()) is not None \
                    and not self.planned_any.search(sent)
                reach = max(name_end + 40, nm.start() - ss + 5 if long_name else 0)  # type: ignore[union-attr]
                do = DO.search(sent, name_end, reach)  # "Hội nghị <a long name> do A và B phối hợp tổ chức"
                near = near or (do is not None and any(do.end() <= v <= do.end() + 150 for v in verbs)) or hosted
                near = near or (do is not None and do.start() <= 2 + name_end  # "Lễ công bố do X chủ trì": it was held
                                and self.chair_re.search(sent, do.end(), do.end() + 150) is not None)
                dated = vm is not None and self.kind_re.search(sent, head.end(), head.end() + 40) is not None
                dated = dated or (vm is not None and nm is not None  # "trong lễ phát động X vào sáng 21-10 tại ..."
                                  and _DATE_AFTER_NAME.fullmatch(s, nm.start(), vm.start) is not None)
                near = near or (lead_date and self.meetings.hosted_before.search(sent, max(0, head.start() - 8), head.start())
                                is not None)  # "Chiều 4/10, việc X được đặt ra trong cuộc họp báo thường kỳ của Chính phủ"
                if not (near or dated or (lead_date and head.start() < 150)) \
                        or self.planned_any.search(sent, max(0, head.start() - 40), head.start()) \
                        or self.planned_next.match(sent, after_name) \
                        or self.planned_opener.match(sent.lstrip(" -–\"“(")):  # "Dự kiến ... tại kỳ họp 11 khoảng 16 ngày"
                    head = None  # "dự kiến ngày 25-11 sẽ chính thức họp báo": not yet held
            if head is None and sign is not None:
                after = any(0 <= d.start - (ss + sign.end()) <= 30 for d in docs)
                near = any(sign.start() - 30 <= v < sign.start() for v in verbs)
                if not (after and (lead_date or near or (events and self.same_day.match(sent)))):
                    sign = None
            if head is None and sign is None and own is None and (lead_date or vm is not None):
                own = self.meetings.sitting(s, ss, se, bodies)  # "X báo cáo trước Quốc hội sáng 20-5"
                own = own or self.meetings.assembly_sitting(s, ss, se, lambda v, lo=ss: self.opening_subjects(s, lo, v, bodies))
                if own is not None and self.planned_any.search(s, max(ss, own.start - 40), own.start):
                    own = None
            if head is None and sign is None and own is None:
                continue
            if own is not None:
                hpos = (own.organisers[0].start if own.organisers else own.start) - ss
                ev = Event(ss, se, ss + hpos, own.kind, own.name,
                           self.event_date(published, year, own.kind, dm if lead_date else vm, own.name, late), list(own.organisers))
            else:
                hpos = head.start() if head else sign.start()  # type: ignore[union-attr]
                if not lead_date and vm is not None and vm.start < ss + hpos:
                    vm = self._dated_after_head(s, ss + hpos, se, docs) or vm
                ev = self.read_event(s, ss, se, hpos, head is not None, published, year, dm if lead_date else vm, late)
                if clause is not None:  # "tại hội nghị Thành ủy lần thứ 22 mới đây, ...": the name ends with the clause
                    held = re.sub(r"\s+", " ", s[ev.head:clause]).strip(" ,")
                    if len(held) < len(ev.name) and ev.name.lower().startswith(held.lower()):
                        ev.name = ev.name[:len(held)]
                    elif (hm := _HELD_AT.search(s, ev.head, clause)) is not None and hm.end() == clause \
                            and not (events and self.meetings.points_back(ev.name)):  # "tại hội nghị này, do A tổ chức"
                        ev.name = _run_on(s, ev.head, hm.start(), ev.name)
                if not _WHEN_BEFORE.search(s, max(ss, ev.head - 8), ev.head):  # "tiếp xúc cử tri sau kỳ họp HĐND"
                    self.add_named_hosts(s, ev, bodies)
            day = dm if lead_date else vm
            ev.day = (day.day, day.month) if day is not None else None
            if day is None and (span := self.dates.span_in(s, ss, se)) is not None and span.year is not None:
                ev.date = self.dates.iso(span, None, None)  # "Tại kỳ họp 26 (từ 28 đến 30-5-2018), ...": its first day
            if not_held(s, ev.head, ev.name):
                continue  # "Kỳ họp thứ nhất X dự kiến vào tháng 7", "hoãn lễ khai giảng vào ngày mai"
            if self.meetings.generic_name.search(ev.name[:30]):  # "Đại hội Đảng các cấp"
                continue
            bare = self.meetings.is_bare_name(ev.name, self.head_re)
            if bare and len(self.head_re.findall(ev.name)) > 1:
                continue  # "hội nghị, hội thảo": events of a kind, none in particular
            if bare and events:  # "Hội nghị", "kỳ họp này"
                ev.name, ev.kind, ev.date = events[-1].name, events[-1].kind, events[-1].date or ev.date
            elif self.meetings.points_back(ev.name):
                continue  # "Đại hội của tổ chức đó", with nothing before it to point at
            by_number = numbered is not None and own is numbered  # a numbered session is the same only under its name
            same = _repeated(ev, events, by_number)
            generic_kind = ev.kind in ("hoi_nghi", "other")
            strong = any(v != (sign.start() if sign else -1) for v in verbs)
            if same is None and events and not by_number and (generic_kind or not strong) and (ev.date is None or not lead_date) \
                    and not self._other_title(s, ev, events[-1]) and not self._other_host(ev, events[-1]):
                same = events[-1]
            if same is None and events and not by_number and _AT_START.match(sent):
                same = events[-1]
            if same is None and events and ev.date is None and self.same_day_any.search(sent):
                ev.date = events[-1].date
            if own is not None and same is not None and ev.day is None and (same.kind != ev.kind if not same.organisers else
                    not {b.canonical(self.kb) for b in ev.organisers} & {b.canonical(self.kb) for b in same.organisers}):
                continue  # "còn một tháng nữa Quốc hội họp": another body's meeting, undated, is not this one
            if same is None:
                events.append(ev)
                same = ev
            else:
                same.date = same.date or ev.date
                same.organisers += [b for b in ev.organisers if b not in same.organisers]
            self._organisers(s, ss, se, ss + hpos, same, bodies)
            self._docs(s, ss + hpos, se, same, docs, all_after_kind=True)
            if clause is not None:  # the rest of the sentence speaks of other things, in other places
                cut = s.find(",", clause, se)
                self._places(s, ss, cut if cut > 0 else se, same, AT, tail_to=se)
            else:  # not in what is said at it ("tại cuộc họp báo, ông X cho biết ... tại TP Y")
                said = _SAID.search(s, ss + hpos, se)
                self._places(s, ss, said.start() if said else se, same, AT)
                self._places(s, ss, said.start() if said else se, same, PAREN)
        events += self._referenced(s, events, bodies)
        if events and events[0].date is None and events[0].start > story[0]:
            events[0].date = self.event_date(published, year, events[0].kind, story[1], events[0].name, late) if story[1] else None
        if events and events[0].date is None and (dm := self.dates.clause_opening(s, sentences, events[0].start)):
            events[0].date = self.event_date(published, year, events[0].kind, dm, events[0].name, late)  # "X. ..., sáng 25/10, A ..."
        if events and story[1] is not None and story[0] < events[0].start \
                and events[0].date == self.event_date(published, year, events[0].kind, story[1], events[0].name, late):
            events[0].opened = story[0]  # "Sáng 2-5, A, B phối hợp C phát động X. ... Tại buổi họp báo, ..."
            if not events[0].organisers:
                se = next(e for a, e in sentences if a == story[0])
                vm = next((v for v in self.lead_verb_re.finditer(s, story[1].end, se)), None)
                events[0].organisers += self._subjects(s, story[0], vm.start(), bodies) if vm else []
        if events and not events[0].places and story[1] is not None:  # "Sáng 8-9, tại X (Hà Nội), A tổ chức ..."
            am = LEAD_AT.match(s, story[1].end)
            if am and events[0].date == self.event_date(published, year, events[0].kind, story[1], events[0].name, late):
                se = next(e for a, e in sentences if a <= am.start(1) < e)
                self._places(s, am.start(1), se, events[0], AT, first_only=True)
            elif events[0].date == self.event_date(published, year, events[0].kind, story[1], events[0].name, late):
                self._travelled(s, story[1].end, next(e for a, e in sentences if a == story[0]), events[0])
        if events and title_span and not events[0].organisers:  # "A tổng kết công tác năm 2018" as the headline
            tm = _TITLE_VERB.search(s, title_span[0], title_span[1])
            run = self._subjects(s, title_span[0], tm.start(), bodies) if tm else []
            if run and not s[title_span[0]:run[0].start].strip():
                events[0].organisers += run
        if events:
            main = events[0]
            if title_span:
                self._docs(s, title_span[0], title_span[1], main, docs, all_after_kind=True)
            for ss, se in sentences:
                ev = self.event_at(events, ss)
                self._places(s, ss, se, ev, BRIDGE)
                self.stand_in_hosts(s, ss, se, ev, bodies)
                if self.head_re.search(s, ss, se):
                    self._by(s, ss, se, self._event_for(s, ss, se, events), bodies)
                self._context_docs(s, ss, se, ev, docs)
                self._group_docs(s, ss, se, ev, docs)
        for ev in events:
            self._first_day(s, sentences, ev)
        if events:
            self._mentioned_places(s, sentences, events[0])
        return events

    def read_event(self, s: str, ss: int, se: int, hpos: int, has_head: bool, published: str | None,
                   year: int | None, dm: DayMonth | None, late: LateMonth = NOT_LATE) -> Event:
        """The event named from `hpos` in the sentence `ss`..`se`, dated by what the sentence gives."""
        start = ss + hpos
        end_m = next((m for m in _NAME_END.finditer(s, start + 3, se) if not abbreviation_dot(s, m.start())), None)
        end = end_m.start() if end_m else se
        end = self.meetings.name_end(s, start, min(end, start + 260))
        text = re.sub(r"\s+", " ", s[start:end]).strip(" ,")
        hm_ = _HELD_AT.search(text) or _HELD_TAIL.search(text)  # "Hội nghị X tổ chức tại ...": the name ends before
        if hm_ is not None and hm_.start() > 0 and text[hm_.start():hm_.end()].strip()[:1].islower():
            text = text[:hm_.start()].rstrip(" ,")
        if text.count("“") > text.count("”") and text.count('"') == 1:  # “X "vừa diễn ra: the quote closes X
            text = re.sub(r'\s*"\s*', "” ", text)
        if (opened := text.rfind("(")) > text.rfind(")"):  # "Kỳ họp thứ 5 (ngày 6-12": a bracket left open runs on
            text = text[:opened].rstrip(" ,")
        text = _TRAILING.sub("", re.sub(r"\s+", " ", text))  # "Lễ khánh thành Trung tâm X vào": the name ends before
        if text.endswith("”") and "“" not in text or text.endswith('"') and text.count('"') % 2:
            text = text[:-1].rstrip()  # “Lễ phát động X” do A tổ chức: the closing quote of the whole name
        if not has_head:
            text = "Lễ ký kết " + text[len("ký kết"):].strip()
        name = text[:1].upper() + text[1:]
        hm = self.head_re.match(s, start)
        kind = self.heads[key(hm.group(0))]["kind"] if hm else "ky_ket"
        km = self.kind_re.search(s, start, end)
        if km and (not hm or self.heads[key(hm.group(0))]["kind"] in ("hoi_nghi", "other")):
            kind = self.kinds[key(km.group(0))]["kind"]
        named = self.meetings.named_meeting(s, start)
        organisers = []
        if named:
            conventional, body, kind = named
            name = conventional or name
            organisers.append(body)
        return Event(ss, se, start, kind, name, self.event_date(published, year, kind, dm, name, late), organisers)

    def _held_after_name(self, s: str, ss: int, se: int, head: int, verbs: list[int]) -> bool:
        """ "Tại hội nghị X vừa diễn ra, ...": the event is reported, by a verb right after its name."""
        after = self.meetings.name_end(s, head, se)
        return any(_JUST_HELD.fullmatch(s, after, ss + v) for v in verbs if ss + v >= after)

    def _hosted(self, s: str, ss: int, se: int, head: int, head_end: int, bodies: list[Body]) -> int | None:
        """'Tại buổi giao ban báo chí do Thành ủy Hà Nội tổ chức chiều 3/4, ông X cho biết': an event named as
        the setting of what follows, with the bodies that hold it, is reported as having happened. Gives
        where the clause that holds it ends (None when it is no such event)."""
        if not self.meetings.hosted_before.search(s, max(ss, head - 8), head):
            return None
        held = _HELD_AT.search(s, head_end, min(se, head_end + 220))  # "... tổ chức tại Hà Nội hôm nay 22-1"
        between = s[head_end:held.start()] if held is not None else ""
        dm = _DAY_MONTH.search(s, held.start(), min(se, held.end() + 60)) if held is not None else None
        dated = held is not None and dm is not None and not self.meetings.span_word.search(s, held.end(), dm.start())  # not "từ ngày 2 đến 6/10"
        listed = {b.start for b in bodies} | {b.end for b in bodies}  # "của lãnh đạo Thành ủy, UBND, HĐND ...": a list
        commas = [m for m in re.finditer(r",\s*", between) if not {head_end + m.start(), head_end + m.end()} & listed]
        stops = [m for m in re.finditer(r"[.;:\n]", between) if not abbreviation_dot(s, head_end + m.start())]
        stops += [m for m in commas if not re.match(r"[a-zđ]", s[head_end + m.end():head_end + m.end() + 1])]
        if held is not None and dated and not stops and len(commas) <= 1:
            return held.end()  # "phiên họp thứ 13 của Ban Chỉ đạo về phòng, chống tham nhũng tổ chức tại ..."
        nm = self.meetings.numbered_own(s, head, head_end, se, bodies)  # "tại hội nghị Thành ủy lần thứ 22, ông X ..."
        if nm is not None and not self.planned_any.search(s, max(ss, head - 40), head):
            return nm
        do = DO.search(s, head_end, min(se, head_end + 200))
        if do is None or re.search(r"[.;:\n]", s[head_end:do.start()]):
            return None
        vm = self.meetings.hosted_verb.search(s, do.end(), min(se, do.end() + 120))
        if vm is None or not any(do.end() <= b.start and b.end <= vm.start() for b in bodies):
            return None
        return vm.end()

    def _referenced(self, s: str, events: list[Event], bodies: list[Body]) -> list[Event]:
        """Meetings of a body whose results an event's sentence reports ("Họp báo thông tin về kết quả
        Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng"): held before, undated, organised by that body."""
        out: list[Event] = []
        names = {key(e.name) for e in events}
        for ev in events:
            end = ev.end
            for rm in self.meetings.result_re.finditer(s, ev.start, end):
                hm = self.meetings.own_head.match(s, rm.end())
                hosts = self.meetings.hosts(s, rm.end(), end, bodies) if hm else []
                if not hosts:
                    continue
                stop = self.meetings.name_end(s, rm.end(), end)
                name = re.sub(r"\s+", " ", s[rm.end():stop]).strip(" ,.")
                name = name[:1].upper() + name[1:]
                if key(name) not in names:
                    names.add(key(name))
                    hosts = [Body(b.start, b.end, "known", b.canonical(self.kb)) for b in hosts]
                    out.append(Event(ev.start, ev.end, rm.end(), "hoi_nghi", name, None, hosts, referenced=True))
        return out

    def _other_title(self, s: str, ev: Event, last: Event) -> bool:
        """Whether `ev` is titled as another event than `last`: a qualified name under another noun."""
        if self.meetings.is_bare_name(ev.name, self.head_re) or not self.head_re.match(s, ev.head):
            return False
        a, b = self.head_re.match(ev.name), self.head_re.match(last.name)
        return a is not None and b is not None and key(a.group(0)) != key(b.group(0))

    def _other_host(self, ev: Event, last: Event) -> bool:
        """Whether `ev`, on another day than `last`, is not held by the bodies that held `last` (an
        assembly's sitting, then a committee's meeting another day): another event."""
        when, last_when = ev.date or ev.day, last.date or last.day  # a day without its year will do
        if not last.organisers or not when or not last_when or when == last_when:
            return False
        return not {b.canonical(self.kb) for b in ev.organisers} & {b.canonical(self.kb) for b in last.organisers}

    def _event_for(self, s: str, ss: int, se: int, events: list[Event]) -> Event:
        """The event a sentence speaks of: the one whose noun it names, else the one it follows."""
        events = [e for e in events if not e.referenced] or events
        if self.meetings.main_noun.search(s, ss, se) and not any(
                not self.meetings.main_noun.fullmatch(h.group(0)) for h in self.head_re.finditer(s, ss, se)):
            return events[0]  # "Phát biểu tại sự kiện": the article's main event
        nouns = {key(h.group(0)) for h in self.head_re.finditer(s, ss, se)}
        named = [e for e in events if (hm := self.head_re.match(e.name)) and key(hm.group(0)) in nouns]
        return named[0] if len(named) == 1 else self.event_at(events, ss)

    def event_at(self, events: list[Event], pos: int) -> Event:
        events = [e for e in events if not e.referenced] or events
        before = [e for e in events if e.start <= pos]
        return before[-1] if before else events[0]

def _run_on(s: str, head: int, held: int, name: str) -> str:
    """ "tại buổi họp mặt của lãnh đạo A, B, C với X, tổ chức chiều 19-6": a setting's name runs on to the clause
    that says when it was held, past the commas of a list of bodies."""
    full = re.sub(r"\s+", " ", s[head:held]).strip(" ,(")  # "tại kỳ họp thứ 34 (diễn ra ngày 6-3)": not the bracket
    if DO.search(full, len(name)):  # "tại lễ sơ kết X do báo A và Sở B tổ chức ngày 22-5": the holder is no part of it
        return name
    if len(full) > len(name) and full.lower().startswith(name.lower()) and len(full) <= 260:
        return name + full[len(name):]
    return name


def _repeated(ev: Event, events: list[Event], by_number: bool) -> Event | None:
    """The event already read that `ev` names again: a numbered session only under its own name; else the last
    event under the same name, or the first of its kind on the same day (or with either undated)."""
    if by_number:
        return next((e for e in events if e.name == ev.name), None)
    if events and ev.name == events[-1].name:
        return events[-1]
    return next((e for e in events if e.kind == ev.kind and (e.date == ev.date or not e.date or not ev.date)), None)
