"""A session set as the scene of what a body does ("Tại kỳ họp ngày 1/8, Ủy ban Kiểm tra Tỉnh ủy X đã kết
luận ...", "Tại phiên họp thứ 20, Ủy ban Kiểm tra Trung ương đã ..."): a body that holds sessions of its own,
acting at one, holds it. A sitting named with no body ("phiên thảo luận tổ ở Quốc hội", "phiên họp đầu tiên của kỳ
họp thứ 10") is held by the one body holding sessions that the article names. Cue words: `session_*` in
ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.body import Body
from coordgraph.ingest.cues import alt, event_cues
from coordgraph.ingest.events import Event
from coordgraph.ingest.knowledge import WS, Knowledge, key


@cache
def _setting() -> re.Pattern[str]:
    """ "Tại kỳ họp ngày 1/8, ", "Tới kỳ họp 27, ": the setting, opening a sentence or a clause, up to the comma after it."""
    return re.compile(rf"(?<!\w)(?:{alt('session_setting_markers')}){WS}(?P<head>{alt('session_nouns')})(?!\w)[^,.;:()\n]{{0,40}}"
                      r"(?:\([^()\n]{0,40}\))?,\s*", re.IGNORECASE)  # "Tại kỳ họp thứ 36 (từ 29 đến 31/5), "


@cache
def _in_district() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('place_markers')}){WS}(?:{alt('place_district_levels')})(?!\w)", re.IGNORECASE)


def session_hosts(s: str, sentences: list[tuple[int, int]], events: list[Event], bodies: list[Body],
                  kb: Knowledge) -> None:
    """Gives a session no body holds yet the body that holds sessions and is the subject of a sentence set at it."""
    holders = tuple(key(h) for h in event_cues()["session_holders"])
    for ss, se in sentences:
        m = next((m for m in _setting().finditer(s, ss, se)  # opening the sentence or a clause
                  if not s[ss:m.start()].strip(" -–\"“(") or s[ss:m.start()].rstrip().endswith(",")), None)
        if m is None:
            continue
        noun = key(m.group("head"))
        ev = next((e for e in reversed(events) if e.start <= ss and not e.referenced and key(e.name).startswith(noun)),
                  None)
        if ev is None or ev.organisers:
            continue
        subject = next((b for b in bodies if b.start == m.end()), None)
        if subject is not None and not subject.generic and key(subject.canonical(kb)).startswith(holders):
            ev.organisers.append(subject)
    _sole_holder(events, bodies, kb, holders)


def _sole_holder(events: list[Event], bodies: list[Body], kb: Knowledge, holders: tuple[str, ...]) -> None:
    """Gives a sitting named with no body ("Phiên thảo luận kinh tế - xã hội", "Phiên họp đầu tiên của kỳ họp thứ
    10": of no other body than the session's) the body holding sessions, when the article names just one. A
    standing committee of an assembly holds only its own "phiên họp", not the assembly's sessions and debates."""
    sittings = tuple(key(n) for n in event_cues()["session_sittings"])
    standing = tuple(key(n) for n in event_cues()["session_standing_holders"])
    standing_sittings = tuple(key(n) for n in event_cues()["session_standing_sittings"])
    assembly = tuple(key(n) for n in event_cues()["session_assembly_words"])
    found = {key(b.canonical(kb)): b for b in bodies if not b.generic and key(b.canonical(kb)).startswith(holders)}
    for ev in events:
        name = key(ev.name)
        if ev.organisers or ev.referenced or not name.startswith(sittings):
            continue
        own = found
        if not name.startswith(standing_sittings) or any(w in name for w in assembly):  # the assembly's
            own = {k: b for k, b in found.items() if not k.startswith(standing)}
        if len(own) != 1:
            continue
        [holder] = own.values()
        if any(not name[m.end():].lstrip().startswith(sittings) for m in re.finditer(r"(?<!\w)của(?!\w)", name)):
            continue  # "Phiên họp đầu tiên của Ban": another body's
        if _in_district().search(name):
            continue  # "kỳ họp Hội đồng nhân dân tại quận X": a meeting in a district, not the sitting itself
        ev.organisers.append(holder)
