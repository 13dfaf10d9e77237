"""A party to a coordination document that is a group no list names: "giữa Bộ X và Ủy ban nhân dân các tỉnh
thành có đường sắt", "với Ủy ban nhân dân các quận - huyện", "giữa Mặt trận Tổ quốc và một số bộ ngành". The
group (an optional body head, a quantifier, plural nouns of bodies and a few words that qualify them) is a
generic party: the named body beside it is a party still."""

from __future__ import annotations

import re

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.knowledge import LOWER, NEVER, WS, Knowledge, alternation


def group_re(kb: Knowledge) -> re.Pattern[str]:
    cue = kb.cues.get("group_parties") or {}
    heads, many, nouns = cue.get("heads") or [], cue.get("quantifiers") or [], cue.get("nouns") or []
    stops = cue.get("stops") or []
    if not many or not nouns or not stops:
        return NEVER
    noun = rf"(?:{alternation(nouns)})(?![\w\-])"
    join = rf"(?:,{WS}|{WS}[-–]{WS}|{WS}và{WS}|{WS})"
    head = rf"(?:(?:{alternation(heads)}){WS})?" if heads else ""
    qualify = rf"(?:{WS}(?!(?:{alternation(stops)})(?!\w))[{LOWER}]+){{0,4}}"
    # the group ends at punctuation, a stop word or the text's end: else it is no noun phrase of its own
    end = rf"(?=\s*[,.;)\n]|{WS}(?:{alternation(stops)})(?!\w)|\s*$)"
    # atomic: the whole list of nouns and qualifying words, not a part of it that a stop happens to follow
    return re.compile(rf"{head}(?i:{alternation(many)}){WS}(?>{noun}(?:{join}{noun})*)(?>{qualify}){end}")


def group_party(rx: re.Pattern[str], s: str, p: int) -> Body | None:
    """The generic group of bodies named at `p`, if one is."""
    m = rx.match(s, p)
    if m is None:
        return None
    text = re.sub(r"\s+", " ", m.group(0))
    return Body(p, m.end(), "group", text, generic=True)
