"""Decisions handed over or announced as the day's event ("Sáng 6/7, tại trụ sở Tỉnh ủy X, ông A đã trao quyết
định của Bộ Chính trị chỉ định ông B giữ chức Bí thư Tỉnh ủy X"): a ceremony of kind trien_khai, dated by the
sentence's opening date, that LAUNCHES the decision when it is read as a document, organised by the body that
hands it over when a body opens the sentence ("Ngày 16/8, Ủy ban Kiểm tra Tỉnh ủy X công bố quyết định ..."), and
attended by the person who hands it over and the one it names. Cue words: `decision_*` in ingest/data/events.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import alt, event_cues, words
from coordgraph.ingest.dates import DayMonth
from coordgraph.ingest.event_places import AT
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import WS
from coordgraph.ingest.people import PersonMention

_NAME_LIMIT = 200  # the decision's words kept in the ceremony's name when no document is read there
_CLAUSE_END = re.compile(r"[.;:\n]")


@cache
def _handed() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:(?:đã|vừa|chính thức|long trọng){WS})*({alt('decision_verbs')}){WS}"
        rf"(?:(?:{alt('decision_between')}){WS})?({alt('decision_nouns')})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _accused() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{WS}(?:của{WS}[^,.;:()\n]{{1,60}}?{WS})?(?:về việc{WS})?)(?:{alt('decision_not_after')})(?!\w)",
        re.IGNORECASE,
    )


def dated_cues(
    s: str, sentences: list[tuple[int, int]], events: list[Event], reader: Events, cue: re.Pattern[str]
) -> Iterator[tuple[int, int, DayMonth, re.Match[str]]]:
    """Each sentence that opens with a date and defines no event already read, with its date and the first `cue`
    after it, when the cue comes within 160 characters in the same clause, after no word that rules a decision out
    and no word of planning."""
    for ss, se in sentences:
        dm = reader.dates.sentence_date(s, ss, se)
        if dm is None or s[dm.end : dm.end + 1] not in (",", " ") or any(e.start == ss for e in events):
            continue
        hm = cue.search(s, dm.end, se)
        if (
            hm is None
            or hm.start() - dm.end > 160
            or words("decision_not_before").search(s, dm.end, hm.start())
            or reader.planned_any.search(s, dm.end, hm.start())
            or re.search(r"[.;:]", s[dm.end : hm.start()])
        ):
            continue
        yield ss, se, dm, hm


def handed_decisions(
    s: str,
    sentences: list[tuple[int, int]],
    events: list[Event],
    bodies: list[Body],
    docs: list[DocMention],
    people: list[PersonMention],
    reader: Events,
    published: str | None,
) -> None:
    """Adds the ceremonies of decisions handed over on the day a sentence opens with, where no event the article
    reports is defined by that sentence or falls on that day."""
    year = None if published else reader.dates.text_year(s)
    late = reader.dates.late_month(s, year)
    prefix = str(event_cues().get("decision_name") or "Lễ")
    for ss, se, dm, hm in dated_cues(s, sentences, events, reader, _handed()):
        if _accused().match(s, hm.end()):
            continue
        doc = next((d for d in docs if abs(d.start - hm.start(2)) <= 2), None)
        stop = doc.end if doc is not None else _clause_end(s, hm.end(2), se)
        verb = re.sub(r"^(?:tổ chức\s+)", "", hm.group(1), flags=re.IGNORECASE)
        name = f"{prefix} {verb.lower()} " + re.sub(r"\s+", " ", s[hm.start(2) : stop]).strip(" ,")
        date = reader.event_date(published, year, "other", dm, name, late)  # dates after it are when it takes effect
        if any(
            not e.referenced
            and (date and e.date == date or e.day == (dm.day, dm.month) or e.kind == "trien_khai")
            for e in events
        ):
            continue  # that day's event, or a ceremony, is already read: the decision is handed over at it
        ev = Event(ss, se, hm.start(), "trien_khai", name, date)
        ev.day = (dm.day, dm.month)
        ev.organisers += reader.opening_subjects(s, ss, hm.start(), bodies)
        if doc is not None:
            ev.docs.append(("LAUNCHES", doc, ss))
        giver = next(
            (
                p
                for p in people
                if dm.end <= p.start and p.end <= hm.start() and _just_before(s, p, hm.start())
            ),
            None,
        )
        if giver is not None and not ev.organisers:
            ev.attends[giver.name] = ss
        receiver = next((p for p in people if hm.end() <= p.start < stop + 40 and p.start < se), None)
        if receiver is not None:
            ev.attends.setdefault(receiver.name, ss)
        reader._places(s, ss, se, ev, AT)  # "tại trụ sở Tỉnh ủy X": where it was handed over
        if not ev.places:  # "đoàn công tác đã đến X công bố quyết định": the province it went to
            reader._travelled(s, dm.end, hm.start() + 1, ev)
        events.append(ev)


def _just_before(s: str, p: PersonMention, verb: int) -> bool:
    """The person right before the verb ("Trưởng ban X Phạm Văn A đã trao"), or with titles between
    ("ông A - trưởng Ban Tổ chức Trung ương - đã trao", "ông A, Chủ nhiệm Ủy ban Kiểm tra Trung ương công bố")."""
    tail = r"\s*(?:(?:đã|vừa)\s+)*"
    if re.fullmatch(r"\s*(?:[-–,(][^.;:()\n]{1,120}?[-–,)]\s*)?" + tail, s[p.end : verb]):
        return True
    return p.chain_end > p.end and re.fullmatch(r"[\s,\-–)]*" + tail, s[p.chain_end : verb]) is not None


def _clause_end(s: str, lo: int, se: int) -> int:
    m = _CLAUSE_END.search(s, lo, se)
    return min(m.start() if m else se, lo + _NAME_LIMIT)
