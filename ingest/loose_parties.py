"""Parties of a coordination document written in lower case: "Kế hoạch phối hợp với sở Giáo dục và Đào tạo",
"Quy chế phối hợp với đoàn Đại biểu Quốc hội tỉnh X", "giữa ban Kinh tế Trung ương và ban Cán sự ...". Only the
head is in lower case; the rest of the name is capitalised. Read after "với"/"giữa" (and "và"/"," after such a
party) following a coordination word, these are bodies like their capitalised forms, so they are read before
the places of bodies are filled in (a bare "sở Giáo dục và Đào tạo" is then the province's)."""

from __future__ import annotations

import re
from bisect import bisect_left

from coordgraph.ingest.agencies import Body, Grammar
from coordgraph.ingest.knowledge import LOWER, WS, Knowledge, alternation

_NEXT = re.compile(rf"(?:,{WS}|{WS}(?:và|với){WS})(?=[{LOWER}])")


def _pattern(kb: Knowledge) -> re.Pattern[str] | None:
    cue = kb.cues.get("loose_party_after") or {}
    words, joins = cue.get("words") or [], cue.get("joins") or []
    if not words or not joins:
        return None
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})(?:{WS}[{LOWER}]+){{0,4}}{WS}(?:{alternation(joins)}){WS}"
                      rf"(?=[{LOWER}])")


def loose_parties(kb: Knowledge, g: Grammar, s: str, bodies: list[Body]) -> list[Body]:
    """`bodies` with the lower-case parties of coordination documents added, in order."""
    rx = _pattern(kb)
    heads = set(kb.grammar.get("lower_case_heads") or []) | set((kb.cues.get("loose_party_after") or {}).get("heads") or [])
    if rx is None or not heads:
        return bodies
    added: list[Body] = []
    starts = [b.start for b in bodies]
    for m in rx.finditer(s):
        p = m.end()
        while True:
            i = bisect_left(starts, p)
            if i < len(bodies) and bodies[i].start == p:
                break  # read already
            words = s[p:p + 40].split()
            if len(words) < 2 or not any(" ".join(words[:k]) in heads and words[k][:1].isupper() for k in (1, 2)
                                         if len(words) > k):
                break
            b = g.match_at(s[:p] + s[p].upper() + s[p + 1:], p)
            if b is None or b.end <= p or any(x.start < b.end and p < x.end for x in bodies + added):
                break
            added.append(b)
            nm = _NEXT.match(s, b.end)
            if nm is None:
                break
            p = nm.end()
    if not added:
        return bodies
    return sorted(bodies + added, key=lambda b: b.start)
