"""Who organised an event: the bodies that open the sentence before its verb ("Sáng 3/4, Thành ủy Hà Nội
và Sở Y tế tổ chức hội nghị ..."), after "do" ("Lễ X do A phối hợp B tổ chức") and after "bởi" ("được phối
hợp tổ chức bởi A, B và C")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.cues import LIST_JOIN, SKIP_ONE, alt, event_cues
from coordgraph.ingest.dates import LEAD_IN
from coordgraph.ingest.knowledge import WS, Knowledge, key
from coordgraph.ingest.meetings import Meetings

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

# A leading date and place, the place with or without a comma after the date ("Ngày 17-12 tại X, A đã họp")
_LEADING = re.compile(rf"^(?:(?:{LEAD_IN})?[^,]{{0,40}}\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{4}})?\)?(?:,{WS}|{WS}(?=tại{WS})))?"
                      rf"(?:tại[^,]{{0,60}},{WS})?", re.IGNORECASE)
_TERM = r"(?:[IVXLC]+|\d{1,2}|\d{4}\s*[-–]\s*\d{4})(?!\w)"  # "khóa XII", "nhiệm kỳ 2015-2020"
_SUBJ_TAIL = re.compile(rf"(?:\s*\([^()\n]{{1,30}}\))?(?:,?{WS}(?:{alt('subject_term_words')}){WS}{_TERM})?\s*(?:(?:{alt('name_end_day_parts')}){WS}\d{{1,2}}[/\-]\d{{1,2}}(?:[/\-]\d{{4}})?{WS})?"
                       rf"(?:(?:{alt('subject_tail_words')}){WS})*", re.IGNORECASE)  # "A hôm 14-8 đã họp"
DO = re.compile(rf"{WS}(?:{alt('name_end_by')}){WS}")
_DELEGATION = re.compile(rf"(?:{alt('delegation_heads')})(?:{WS}của)?{WS}", re.IGNORECASE)
_DELEGATION_TRIP = re.compile(rf",?{WS}(?:do{WS}[^.;:()\n]{{1,120}}?{WS}(?:{alt('delegation_leader_ends')}),?{WS})?"
                              rf"(?:(?:đã|vừa){WS})*(?:{alt('travel_verbs')}){WS}"
                              rf"(?:(?:{alt('place_province_levels')}){WS})?", re.IGNORECASE)
_HAD = re.compile(rf"(?<!\w)(?:(?:{alt('subject_tail_words')}){WS})*(?:{alt('had_meeting_verbs')}){WS}$", re.IGNORECASE)
_HAD_HEAD = re.compile(rf"(?:{alt('had_meeting_heads')})(?!\w)", re.IGNORECASE)
_STAND_IN = re.compile(rf"[\s\"“]*(?:{alt('stand_in_event_nouns')})(?!\w)[^.,;:()\n]{{0,80}}?(?<!lý){WS}do{WS}", re.IGNORECASE)


class EventOrganisers:
    """The organiser reading of `Events` (events.py): the bodies that hold an event named in a sentence."""

    kb: Knowledge
    meetings: Meetings
    verb_re: re.Pattern[str]
    topic_re: re.Pattern[str]
    by_re: re.Pattern[str]

    def _subjects(self, s: str, ss: int, verb: int, bodies: list[Body]) -> list[Body]:
        """The bodies right before a verb at `verb`, past a leading date and place."""
        lead = _LEADING.match(s[ss:verb])
        lo = ss + (lead.end() if lead else 0)
        return _subject_run(s, [b for b in bodies if lo <= b.start and b.end <= verb], verb)

    def opening_subjects(self, s: str, ss: int, verb: int, bodies: list[Body]) -> list[Body]:
        """The bodies right before a verb at `verb` that open the sentence, past a leading date and place
        ("Sáng 14/11, Quốc hội nghe ...", not "... được Quốc hội thông qua")."""
        lead = _LEADING.match(s[ss:verb])
        lo = ss + (lead.end() if lead else 0)
        run = _subject_run(s, [b for b in bodies if lo <= b.start and b.end <= verb], verb)
        if not run:
            return self._delegation(s, lo, verb, bodies)
        return run if not s[lo:run[0].start].strip(" ,(-") else []

    def _delegation(self, s: str, lo: int, verb: int, bodies: list[Body]) -> list[Body]:
        """ "Đoàn công tác của A (do ông X làm trưởng đoàn) đã đến tỉnh Y công bố ...": A, whose delegation
        went to the province named right before the verb."""
        dm = _DELEGATION.match(s, lo, verb)
        body = next((b for b in bodies if dm and b.start == dm.end()), None)
        tm = _DELEGATION_TRIP.match(s, body.end, verb) if body else None
        pm = self.kb.place_re.match(s, tm.end(), verb) if tm else None
        return [body] if body and pm and self.kb.province(pm.group(0)) and not s[pm.end():verb].strip() else []

    def _organisers(self, s: str, ss: int, se: int, hpos: int, ev: Event, bodies: list[Body]) -> None:
        sent = s[ss:se]
        verb = None
        opening = {key(v) for v in event_cues().get("session_open_verbs") or []}
        for m in self.verb_re.finditer(sent):
            # "A khai mạc Kỳ họp thứ 10", the body right before the verb: not "A, ông X phát biểu khai mạc ..."
            opens = key(m.group(0)) in opening and not sent[m.end():hpos - ss].strip() \
                and any(b.end <= ss + m.start() and _SUBJ_TAIL.fullmatch(s, b.end, ss + m.start()) for b in bodies)
            if (m.group(0).lower().endswith("tổ chức") or opens) and ss + m.start() <= hpos \
                    and not self.topic_re.search(sent, max(0, m.start() - 12), m.start()) \
                    and not (m.start() > 2 and sent[m.start()].isupper()):
                verb = m  # the last one before the event's name
        if verb is not None:
            lead = _LEADING.match(sent)
            lo = ss + (lead.end() if lead else 0)
            subj = [b for b in bodies if lo <= b.start and b.end <= ss + verb.start()]
            run = _subject_run(s, subj, ss + verb.start())
            ev.organisers += [b for b in run if b not in ev.organisers]
        elif (had := _HAD.search(s, max(ss, hpos - 40), hpos)) is not None and _HAD_HEAD.match(s, hpos):
            # "Ngày 5/3, Ủy ban X đã có cuộc họp với ...": the body opening the sentence holds its meeting
            ev.organisers += [b for b in self.opening_subjects(s, ss, had.start(), bodies) if b not in ev.organisers]
        self._by(s, hpos, se, ev, bodies)
        do = DO.search(s, hpos, se)
        if do:
            after = s[do.end():se]
            vm = self.meetings.held_by.search(after)  # "Lễ X do A phối hợp B (tổ chức | đã diễn ra)"
            if vm is None and (hm := self.meetings.hosted_verb.search(after)) is not None \
                    and any(b.start == do.end() for b in bodies) \
                    and any(b.end <= do.end() + hm.start() and not s[b.end:do.end() + hm.start()].strip(" ,")
                            for b in bodies):
                vm = hm  # "Cuộc giao ban do Ban Tuyên giáo Tỉnh ủy X chủ trì": the body chairing holds it
            if vm:
                subj = [b for b in bodies if do.end() <= b.start and b.end <= do.end() + vm.start()]
                ev.organisers += [b for b in subj if b not in ev.organisers]

    def stand_in_hosts(self, s: str, ss: int, se: int, ev: Event, bodies: list[Body]) -> None:
        """ "Hội thi do A, B và C phối hợp tổ chức.": a sentence opening with a noun standing for the event told
        (or the contest it crowns) gives it, when no body holds it yet, the bodies after "do" before the verb."""
        sm = _STAND_IN.match(s, ss, se)
        vm = self.meetings.held_by.search(s, sm.end(), se) if sm and not ev.organisers else None
        if sm is None or vm is None or not any(b.start == sm.end() for b in bodies):
            return
        ev.organisers += [b for b in bodies if sm.end() <= b.start and b.end <= vm.start()]

    def add_named_hosts(self, s: str, ev: Event, bodies: list[Body]) -> None:
        """The bodies named right after the event's noun ("cuộc họp Ban Chỉ đạo Y") hold it."""
        hosts = [self._named_as(b, bodies) for b in self.meetings.hosts(s, ev.head, ev.head + len(ev.name) + 5, bodies)]
        ev.organisers += [b for b in hosts if b not in ev.organisers]

    def _named_as(self, b: Body, bodies: list[Body]) -> Body:
        """A host read as a bare body ("kỳ họp HĐND thành phố X") is the body the article names so elsewhere."""
        name = b.canonical(self.kb)
        return next((o for o in bodies if b.generic and not o.generic and o.canonical(self.kb) == name), b)

    def _by(self, s: str, lo: int, se: int, ev: Event, bodies: list[Body]) -> None:
        """'được phối hợp tổ chức bởi A, B và C': the bodies after "bởi" organise the event."""
        by = self.by_re.search(s, lo, se)
        if by is None:
            return
        first = [b for b in bodies if by.end() <= b.start < se][:1]
        if first and _SUBJ_TAIL.fullmatch(s, by.end(), first[0].start):
            run = [first[0]]
            for b in [b for b in bodies if b.start > first[0].start and b.end <= se]:
                if not LIST_JOIN.fullmatch(s, run[-1].end, b.start) and not SKIP_ONE.fullmatch(s, run[-1].end, b.start):
                    break
                run.append(b)
            ev.organisers += [b for b in run if b not in ev.organisers]


def _subject_run(s: str, subj: list[Body], verb: int) -> list[Body]:
    """The bodies right before the verb, joined by commas or "và" ("..., A và B đã tổ chức")."""
    if not subj:
        return []
    if not _SUBJ_TAIL.fullmatch(s, subj[-1].end, verb):  # "A phối hợp với B, <a body not known> tổ chức"
        run = [subj[0]]
        for b in subj[1:]:
            if not LIST_JOIN.fullmatch(s, run[-1].end, b.start):
                break
            run.append(b)
        rest = s[run[-1].end:verb]
        return run if LIST_JOIN.match(rest) and len(rest) <= 70 and not re.search(r"[.;:]", rest) else []
    run = [subj[-1]]
    for b in reversed(subj[:-1]):
        if not LIST_JOIN.fullmatch(s, b.end, run[0].start):
            break
        run.insert(0, b)
    return run
