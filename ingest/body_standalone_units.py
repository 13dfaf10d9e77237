"""Sub-units named alone, with no parent after them: "phối hợp với Trung tâm Quan trắc môi trường,", "chỉ đạo
Vụ Thị trường trong nước, Vụ Thương mại biên giới và miền núi". The head, a capitalised word and the words
after it make the name when punctuation closes it; a word of a clause, a level word or another body's name
on the way shows the run is no name (body_grammar.yaml, standalone_units).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, skip_ws

_WORD = re.compile(r"\w+")
_CLOSE = re.compile(r"\s*(?:[,.;:()\n\"“”!?…]|$)")
_DASH = re.compile(rf"{WS}?[-–]{WS}?(?=\w)")


@dataclass
class StandaloneUnits:
    head_re: re.Pattern[str]
    not_at_start: set[str]  # heads that, opening a sentence, begin something else ("Vụ Formosa ...": a case)
    not_names: re.Pattern[str]  # a head and first words that name a place or a trade, no body ("Trung tâm Hội nghị")
    max_words: int
    stop: set[str]
    verbs: re.Pattern[str]  # acts that follow a body's name, never inside it ("phát biểu", "cho biết")


def standalone_reading(grammar: dict[str, Any]) -> StandaloneUnits | None:
    su = grammar.get("standalone_units") or {}
    heads = [str(h) for h in su.get("heads") or []]
    if not heads:
        return None
    stop = {str(w).lower() for w in su.get("stopwords") or []}
    stop |= {str(w).lower() for w in (grammar.get("described_bodies") or {}).get("stopwords") or []}
    stop |= {str(w).lower() for w in grammar.get("unit_name_stopwords") or []}
    return StandaloneUnits(head_re=re.compile(rf"(?:{alternation(heads)})(?!\w)"),
                           not_at_start={str(h) for h in su.get("not_at_start") or []},
                           not_names=re.compile(rf"(?:{alternation([str(w) for w in su.get('not_names') or []])})(?!\w)"),
                           max_words=int(su.get("max_words") or 8), stop=stop,
                           verbs=re.compile(rf"(?:{alternation([str(w) for w in su.get('verbs') or []])})(?!\w)"))


def standalone_unit(kb: Knowledge, su: StandaloneUnits | None, s: str, pos: int) -> Body | None:
    """The unit whose head begins at pos, named alone up to the punctuation that closes it."""
    m = su.head_re.match(s, pos) if su else None
    if su is None or m is None:
        return None
    if m.group(0) in su.not_at_start and re.search(r"(?:^|[.!?:\n\"“]\s*)$", s[max(0, pos - 3):pos]) is not None:
        return None
    q = skip_ws(s, m.end())
    if not s[q:q + 1].isupper() or su.not_names.match(s, pos) or kb.known_re.match(s, pos) \
            or kb.local_head_re.match(s, pos) or _person(kb, s, q):
        return None  # a listed or local body's head ("Viện Kiểm sát"), a title before its holder ("phòng Nguyễn Văn A")
    end, n = m.end(), 0
    while n <= su.max_words:
        if (c := _CLOSE.match(s, end)) is not None:
            if c.group(0).strip() == "," and s[skip_ws(s, c.end()):][:1].islower():
                return None  # "Trung tâm Phát thanh, truyền hình Quân đội": the name may go on past the comma
            break
        d = _DASH.match(s, end)
        q = d.end() if d else skip_ws(s, end)
        w = _WORD.match(s, q)
        if w is None or any(ch.isdigit() for ch in w.group(0)):
            return None  # "Vụ I thực hiện 3 cuộc thanh tra": a number belongs to a clause
        word = w.group(0)
        if word == "và" and _begins_body(kb, su, s, skip_ws(s, w.end())):
            break  # "Vụ Tài chính và Vụ ...": another member of a list
        if su.verbs.match(s, q) and n >= 2:
            if (p := kb.name_re.match(s, skip_ws(s, m.end()))) is not None and p.end() >= end:
                return None  # "Trưởng phòng Lê Tám cho biết": a person, no unit
            break  # "Chi cục Bảo vệ môi trường chủ trì ...": an act closes the name
        if word.lower() in su.stop or su.verbs.match(s, q) or kb.level_re.match(s, q) or (s[q].isupper() and (
                _begins_body(kb, su, s, q) or n and (kb.place_re.match(s, q) or kb.country_re.match(s, q)))):
            return None  # a clause, a place or another body: no name of its own
        end, n = w.end(), n + 1
    else:
        return None
    if n < 2:
        return None
    return Body(pos, end, "unit", re.sub(r"\s+", " ", s[pos:end]))


def _begins_body(kb: Knowledge, su: StandaloneUnits, s: str, q: int) -> bool:
    return any(rx.match(s, q) for rx in (su.head_re, kb.known_re, kb.local_head_re))


def _person(kb: Knowledge, s: str, q: int) -> bool:
    m = kb.name_re.match(s, q)
    return bool(m and len(m.group(0).split()) >= 3 and not kb.place_re.match(s, q))
