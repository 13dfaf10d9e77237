"""Who received something at an event: a prize, a decision, flowers or a certificate ("Ông X nhận giải thưởng",
"trao quyết định cho bà Y"). The receiver was there: gold counts them as attending."""

from __future__ import annotations

import re

from coordgraph.ingest.cues import alt
from coordgraph.ingest.knowledge import WS
from coordgraph.ingest.people import PersonMention

# "X nhận giải thưởng", not "X nhận quyết định kỷ luật" (a decision reported, taken elsewhere)
_RECEIVE = re.compile(rf"(?<!\w)(?:{alt('receive_verbs')})(?!\w)(?!{WS}(?:{alt('receive_not_before')})(?!\w))",
                      re.IGNORECASE)
# "trao quyết định bổ nhiệm ... cho ông X": the thing given, then "cho" right before the person's titles
_GIVEN_TO = re.compile(rf"(?<!\w)(?:{alt('give_verbs')}){WS}(?:{alt('give_objects')})(?!\w)"
                       rf"(?!{WS}(?:{alt('receive_not_before')})(?!\w))[^,;:.()\"“”\n]{{0,120}}?{WS}cho\s*$",
                       re.IGNORECASE)


_JOINED = re.compile(r"\s*(?:,|và)\s*")
_RECEIVE_GAP = re.compile(rf"\s*(?:(?:{alt('receive_gap_words')}){WS})*", re.IGNORECASE)


def receivers(s: str, ss: int, se: int, here: list[PersonMention]) -> list[PersonMention]:
    """The people right before a phrase of receiving something at the event ("Tổng Giám đốc công ty X Nguyễn Văn A
    nhận giải thưởng", "ông B đã nhận quyết định"): the one whose name the phrase follows, with those joined to
    them by a comma or "và"."""
    out: list[PersonMention] = []
    for a in (m.start() for m in _RECEIVE.finditer(s, ss, se)):
        last = next((i for i, p in enumerate(here) if p.chain_end <= a and _RECEIVE_GAP.fullmatch(s, p.chain_end, a)),
                    None)
        if last is None:
            continue
        first = last
        while first and _JOINED.fullmatch(s, here[first - 1].chain_end, here[first].chain_start):
            first -= 1
        out += [p for p in here[first:last + 1] if p not in out]
    return out


_NOT_GIVEN = re.compile(rf"(?<!\w)(?:{alt('give_not_after')})(?!\w)[^,;:.\n]*$", re.IGNORECASE)


def given_to(s: str, ss: int, here: list[PersonMention]) -> list[PersonMention]:
    """The people something is given to in the sentence ("trao Bằng khen cho ông X và bà Y"): those right after
    "cho", and those joined to them by a comma or "và"."""
    out: list[PersonMention] = []
    for i, p in enumerate(here):
        m = _GIVEN_TO.search(s, max(ss, p.chain_start - 200), p.chain_start)
        given = m is not None and not _NOT_GIVEN.search(s, max(ss, m.start() - 80), m.start())
        joined = bool(out) and out[-1] is here[i - 1] and _JOINED.fullmatch(s, here[i - 1].chain_end, p.chain_start)
        if given or joined:
            out.append(p)
    return out


def own_receiver(p: PersonMention, event_name: str, people: list[PersonMention]) -> bool:
    """Whether `p` may have received something at the event named `event_name`: an event named for the people it
    hands something to ("Lễ trao quyết định ... chỉ định ông X") had no other receiver; one given to someone else
    was handed over at another occasion."""
    named = {q.name for q in people if q.name in event_name}
    return not named or p.name in named
