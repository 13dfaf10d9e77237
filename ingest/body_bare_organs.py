"""An organ of a party committee written bare, its committee named elsewhere in the sentence: "tham
gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X", "Ủy viên Ban Thường vụ, Ủy viên Ban
Chấp hành Đảng bộ thành phố X". The organs read so and the words that name a committee are in the
reference data (body_grammar.yaml `bare_committee_organs`); the sentence must name one committee only.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LOWER, WS, Knowledge, alternation

_SENTENCE_END = re.compile(r"[.!?;:\n](?=\s+[^\s\w]*[A-ZĐÀ-Ỹ0-9]|\s*\n|\s*$)")


class _Reader(Protocol):
    kb: Knowledge

    def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...


@dataclass
class BareOrgans:
    organ_re: re.Pattern[str]
    organs: dict[str, str]  # lower-case form -> the organ's name
    committee_re: re.Pattern[str]
    not_before: re.Pattern[str]


def bare_organs_reading(kb: Knowledge) -> BareOrgans | None:
    data = kb.grammar.get("bare_committee_organs") or {}
    organs = [str(o) for o in data.get("organs") or []]
    mentions = [str(m) for m in data.get("committees") or []]
    if not organs or not mentions:
        return None
    plural = [str(w) for w in kb.grammar.get("plural_markers") or []]
    followers = [str(w) for w in data.get("not_followed_by") or []]
    not_then = rf"(?!{WS}(?:{alternation(followers)})(?!\w))" if followers else ""
    return BareOrgans(
        organ_re=re.compile(rf"({alternation(organs)}){not_then}(?=\s*[,;.)]|{WS}và(?!\w)|{WS}[{LOWER}])", re.IGNORECASE),
        organs={o.lower(): o for o in organs},
        committee_re=re.compile(rf"(?<!\w)(?:{alternation(mentions)})(?!\w)", re.IGNORECASE),
        not_before=re.compile(rf"(?<!\w)(?:{alternation(plural)}){WS}$", re.IGNORECASE) if plural else re.compile("(?!)"))


def _sentence(s: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(s, max(0, pos - 600), pos):
        start = m.end()
    end_m = _SENTENCE_END.search(s, pos)
    return start, end_m.start() if end_m else len(s)


def bare_organ(g: _Reader, r: BareOrgans | None, s: str, pos: int) -> Body | None:
    """The organ written bare at pos, of the one party committee its sentence names."""
    m = r.organ_re.match(s, pos) if r else None
    if r is None or m is None or not s[pos].isupper() or r.not_before.search(s, max(0, pos - 12), pos):
        return None
    organ = next((o for k, o in r.organs.items() if k.split() == m.group(1).lower().split()), None)
    if organ is None:
        return None
    start, end = _sentence(s, pos)
    hosts: dict[str, Body] = {}
    for cm in r.committee_re.finditer(s, start, end):
        b = g.match_at(s, cm.start(), 1)
        if b is None or b.start != cm.start() or not b.is_committee(g.kb):
            continue
        if b.generic:
            return None  # "Ban Thường vụ và Ủy ban Kiểm tra các Đảng ủy": the organs of each
        hosts[b.canonical(g.kb)] = b
    if len(hosts) != 1 or any(b.unresolved() for b in hosts.values()):
        return None  # "Bí thư Huyện ủy" with no place beside the province's committee: whose, unsaid
    host = copy.deepcopy(next(iter(hosts.values())))  # the committee keeps the span it is named at
    return Body(pos, m.end(), "organ", organ, host=host, part_of=True, entry={"bare": True})
