"""Heads of schools abbreviated before a school's name ("ĐH Cần Thơ"): the working text reads them in full
(`text.build`), so that the school is read as when written out. "ĐH" also abbreviates a congress ("ĐH Đoàn toàn
quốc", "ĐH XIII"), so the head is read only before a capitalised word that begins no congress's name. The heads and
words are in body_grammar.yaml (abbreviated_school_heads)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from coordgraph.ingest.knowledge import UPPER, Knowledge, alternation, phrase_pattern

_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


@cache
def _pattern(heads: tuple[str, ...], not_before: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/\-.])({alternation(list(heads))})(?=[ \t]+[{UPPER}])"
                      rf"(?![ \t]+(?:{alternation(list(not_before))}|[IVXLC]+)(?!\w))")


@cache
def _bare(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{alternation(list(words))})(?!\w)")


def school_head_edits(t0: str, kb: Knowledge, defined: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, head in full) for each abbreviated head of a school in `t0` that the article does not define
    (`defined`): the bare head where the article writes the school so ("Đại học Vinh") or bare_before follows."""
    spec: dict[str, Any] = kb.grammar.get("abbreviated_school_heads") or {}
    heads = {str(k): str(v) for k, v in (spec.get("heads") or {}).items() if str(k) not in defined}
    if not heads:
        return []
    bare = {str(k): str(v) for k, v in (spec.get("bare") or {}).items()}
    rx = _pattern(tuple(sorted(heads)), tuple(str(w) for w in spec.get("not_before") or []))
    bare_rx = _bare(tuple(str(w) for w in spec.get("bare_before") or []))
    out = []
    for m in rx.finditer(t0):
        full = heads[m.group(1)]
        short = bare.get(m.group(1))
        w = _NEXT_WORD.match(t0, m.end(1))
        if short and (bare_rx.match(t0, m.end(1)) or w and re.search(
                rf"(?<!trường )(?<!Trường ){phrase_pattern(short)}[ \t]+{re.escape(w.group(1))}(?!\w)", t0)):
            full = short
        out.append((m.start(1), m.end(1), full))
    return out
