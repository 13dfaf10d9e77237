"""A newspaper or broadcaster that acts, named by its head and its title up to the act: "báo Tuổi Trẻ
phối hợp ...", "phối hợp với báo Nhân dân tổ chức ...", "báo Đời sống và Pháp luật phối hợp với đài
Tiếng nói Việt Nam". Articles write the head in lower case there, and the title may hold words in
lower case ("Đời sống và Pháp luật"), so neither the reference lists nor the enterprise reading
finds it; the act (or the "với", "do" before it) bounds the name (body_grammar.yaml, acting_press).

`Press` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, alternation, key

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[,.;:()\n\"“”!?…]")


@dataclass
class PressReading:
    head_re: re.Pattern[str]
    forms: dict[str, str]  # key(head) -> the head as a name writes it ("Báo")
    kinds: dict[str, str]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    max_words: int
    stop: set[str]  # words of a clause, never of a title ("đã", "hôm")


def press_reading(grammar: dict[str, Any]) -> PressReading | None:
    ap = grammar.get("acting_press") or {}
    heads = {str(h): str(k) for h, k in (ap.get("heads") or {}).items()}
    if not heads:
        return None
    return PressReading(
        head_re=re.compile(rf"({alternation(list(heads))}){WS}(?=(?-i:[{UPPER}]))", re.IGNORECASE),
        forms={key(h): h[:1].upper() + h[1:] for h in heads},
        kinds={key(h): k for h, k in heads.items()},
        before_re=re.compile(rf"(?<!\w)(?:{alternation([str(w) for w in ap.get('before') or []])}){WS}$"),
        after_re=re.compile(rf"{WS}(?:{alternation([str(w) for w in ap.get('after') or []])})(?!\w)"),
        max_words=int(ap.get("max_words") or 6),
        stop={str(w).lower() for w in ap.get("stopwords") or []})


def acting_press(kb: Knowledge, r: PressReading | None, s: str, pos: int) -> Body | None:
    """The newspaper or broadcaster whose head starts at pos, when an act follows its title or "với",
    "do" comes before it: its name runs up to the act, or to the punctuation after it."""
    m = r.head_re.match(s, pos) if r else None
    if r is None or m is None or (pos and s[pos - 1].isalnum()):
        return None
    if kb.country_re.match(s, pos) or kb.place_re.match(s, pos):
        return None  # "người Đài Loan cùng ...": a country whose name opens with a head
    before = bool(r.before_re.search(s, max(0, pos - 16), pos))
    q, end, words, lower = m.end(), None, 0, 0
    while words < r.max_words:
        w = _WORD.match(s, q)
        if not w or w.group(0).lower() in r.stop:
            break
        words += 1
        lower += s[w.start()].islower()
        if lower > 2:
            break
        a = r.after_re.match(s, w.end())
        if a:
            end = w.end()
            break
        nxt = w.end()
        while nxt < len(s) and s[nxt] in " \t\u00a0":
            nxt += 1
        if nxt >= len(s) or _STOP.match(s, nxt) or s[nxt:nxt + 1] in ("-", "–"):
            end = w.end() if before and s[w.start()].isupper() else None
            break
        q = nxt
    if end is None:
        return None
    title = re.sub(r"\s+", " ", s[m.end():end])
    name = f"{r.forms[key(m.group(1))]} {title}"
    canon = kb.canonical_agency(name)
    if canon:
        return Body(pos, end, "known", canon, entry=kb.agencies.get(canon, {}))
    return Body(pos, end, "known", name, entry={"kind": r.kinds[key(m.group(1))], "english": ""})
