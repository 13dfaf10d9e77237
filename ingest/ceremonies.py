"""Signings reported inside an event's sentence ("Tại phiên bế mạc Đại hội X, A và B đã ký nghị quyết
liên tịch ..."): the event SIGNS the document the verb is followed by. Cue words: `signed_*` in
ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.agreement_merge import Document
from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import alt, event_cues, words
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import WS

_NAME_LIMIT = 160  # the document's words kept in a signing's name
_CLAUSE_END = re.compile(rf"[.;:\n]|,\s|\s*\((?=(?:{alt('name_end_day_parts')}){WS}\d)")  # "ký kết Thỏa thuận X (ngày 2/1) và"


@cache
def _signed() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('signed_done')}){WS}(?:{alt('signed_verbs')})(?!\w)", re.IGNORECASE)


@cache
def _ceremony() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('signed_ceremony_before')}){WS}(?:{alt('signed_ceremony')})(?!\w)",
                      re.IGNORECASE)


@cache
def _at_event() -> re.Pattern[str]:
    return re.compile(rf"[\s\-–\"“(]*(?:{alt('signed_at_openers')}){WS}({alt('signed_at_nouns')})"
                      rf"(?:{WS}(?:{alt('signed_at_pointers')}))?\s*,", re.IGNORECASE)


def recalled_signing(s: str, sentences: list[tuple[int, int]], events: list[Event], docs: list[DocMention]) -> None:
    """ "A và B ký kết chương trình X. ... Sau lễ ký kết, ...": an undated signing the article later refers back
    to as a ceremony took place; it is an event (kind ky_ket) that SIGNS the document after the verb."""
    if any(ev.kind == "ky_ket" for ev in events):
        return
    gap = int(event_cues().get("signed_gap") or 12)
    for i, (ss, se) in enumerate(sentences):
        for m in words("signed_plain").finditer(s, ss, se):
            dm = next((d for d in docs if 0 <= d.start - m.end() <= gap), None)
            if dm is None or words("signed_planned").search(s, max(ss, m.start() - 30), m.start()):
                continue
            if not any(_ceremony().match(s, ls + len(s[ls:le]) - len(s[ls:le].lstrip(" -–\"“("))) for ls, le in sentences[i + 1:]):
                return
            name = re.sub(r"\s+", " ", s[dm.start:dm.end]).strip()
            ev = Event(ss, se, m.start(), "ky_ket", "Lễ ký kết " + name, None)
            ev.docs.append(("SIGNS", dm, ss))
            events.append(ev)
            return


def signed(s: str, events: list[Event], docs: list[DocMention]) -> None:
    """Links each event to a document signed "đã ký" in the event's own sentence: it SIGNS it (and no more reviews
    or launches it by the event's kind)."""
    gap = int(event_cues().get("signed_gap") or 12)
    for ev in events:
        if ev.referenced:
            continue
        for m in _signed().finditer(s, ev.start, ev.end):
            dm = next((d for d in docs if 0 <= d.start - m.end() <= gap), None)
            if dm is not None:  # the verb right before the document says more than the event's kind
                ev.docs[:] = [x for x in ev.docs if x[1] is not dm] + [("SIGNS", dm, ev.start)]


def signed_at_event(s: str, sentences: list[tuple[int, int]], events: list[Event], docs: list[DocMention]) -> None:
    """ "(Cũng) tại hội nghị (này), A và B đã ký kết <document>": a sentence that opens by pointing back at an event
    reports a signing done at it; the event it names (by its noun, else the last one before) SIGNS the document."""
    live = [ev for ev in events if not ev.referenced]
    if not live:
        return
    gap = int(event_cues().get("signed_gap") or 12)
    for ss, se in sentences:
        am = _at_event().match(s, ss, se)
        if am is None or any(ev.start == ss for ev in live):
            continue  # an event's own sentence: `signed` reads it
        noun = re.sub(r"^(?:buổi|cuộc)\s+", "", am.group(1).lower())
        before = [ev for ev in live if ev.start < ss]
        named = [ev for ev in before if ev.name.lower().startswith(noun)]
        ev = named[-1] if named else before[-1] if before else live[0]
        for m in _signed().finditer(s, am.end(), se):
            dm = next((d for d in docs if 0 <= d.start - m.end() <= gap), None)
            if dm is not None and not any(r == "SIGNS" and d is dm for e in events for r, d, _ in e.docs):
                ev.docs[:] = [x for x in ev.docs if x[1] is not dm] + [("SIGNS", dm, ss)]


def _between(dm: DocMention, documents: list[Document]) -> bool:
    """The document `dm` names has parties, read at this mention or another."""
    return bool(dm.parties) or 0 <= dm.doc < len(documents) and bool(documents[dm.doc].parties)


def done_signing(s: str, sentences: list[tuple[int, int]], events: list[Event], docs: list[DocMention],
                 documents: list[Document], reader: Events, published: str | None) -> None:
    """ "Ngày 4-10, A và B đã ký thỏa thuận phối hợp ...", "A và B vừa ký kết bản ghi nhớ ...": a signing told as done,
    of a document between bodies, in an article that reports no event otherwise (a signing at an event is part of
    it, read by `signed` and `signed_at_event`), is the event (kind ky_ket, dated by the day the sentence opens
    with) that SIGNS the document. Not in a sentence recalling an earlier one ("Trước đó, A cũng đã ký kết ...").
    The document is between bodies when any of its mentions names them ("A và hãng vừa ký kết thỏa thuận ... Ông X,
    Chủ tịch A, và ông Y, Tổng giám đốc B ký kết thỏa thuận")."""
    if events:
        return
    gap = int(event_cues().get("signed_gap") or 12)
    year = None if published else reader.dates.text_year(s)
    for ss, se in sentences:
        if reader.meetings.recall.match(s, ss):
            continue
        for m in _signed().finditer(s, ss, se):
            dm = next((d for d in docs if 0 <= d.start - m.end() <= gap and _between(d, documents) and not d.number),
                      None)
            if dm is None or words("signed_planned").search(s, max(ss, m.start() - 30), m.start()):
                continue
            cut = _CLAUSE_END.search(s, dm.end, se)
            stop = min(cut.start() if cut else se, dm.start + _NAME_LIMIT)
            name = "Lễ ký kết " + re.sub(r"\s+", " ", s[dm.start:max(stop, dm.end)]).strip(" ,")
            day = reader.dates.sentence_date(s, ss, se)
            lead = day is not None and s[day.end:day.end + 1] in (",", " ")
            if not lead and cut is not None and s[cut.end() - 1] == "(":  # "ký kết Thỏa thuận X (ngày 21/12/2016)"
                day = reader.dates.at(s, cut.end())
                lead = day is not None
            date = reader.event_date(published, year, "ky_ket", day, name, reader.dates.late_month(s, year)) if lead else None
            ev = Event(ss, se, m.start(), "ky_ket", name, date)
            ev.day = (day.day, day.month) if lead and day is not None else None
            ev.docs.append(("SIGNS", dm, ss))
            events.append(ev)
            return
