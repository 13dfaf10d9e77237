"""Numbers of documents. A figure after a document's kind that counts is no number of the document: a thousands
figure ("Đề án 20.000 tiến sĩ") or a length of time ("lệnh bắt bị can để tạm giam 4 tháng"), unless a year follows
the unit ("Chỉ thị 05 năm 2016"). Cue words: `duration_units` in ingest/data/cues.yaml. Numbered documents named
one after another share their issuer."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from coordgraph.ingest.knowledge import NEVER, WS, Knowledge, alternation

if TYPE_CHECKING:
    from coordgraph.ingest.agencies import Body
    from coordgraph.ingest.agreements import DocMention

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PLURAL = re.compile(r"(?<!\w)(?:các|những|\d+|hai|ba)\s+$", re.IGNORECASE)


@cache
def _provision(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(words))}){WS}\d+\s+$", re.IGNORECASE) if words else NEVER


def is_plural(kb: Knowledge, before: str) -> bool:
    """The words `before` a document's kind count several of them ("các Nghị quyết", "2 Nghị định"); a figure
    that numbers a part of the document ("Điều 5 Nghị định 140/2004/NĐ-CP") counts nothing. Cue words:
    `provision_words` in ingest/data/cues.yaml."""
    return _PLURAL.search(before) is not None \
        and _provision(tuple(kb.cues.get("provision_words") or [])).search(before) is None


@cache
def _duration(units: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{WS}(?:{alternation(list(units))})(?!\w)(?!{WS}\d)", re.IGNORECASE) if units else NEVER


def is_count(kb: Knowledge, s: str, number: re.Match[str]) -> bool:
    """`number` (a match of the number after a kind, "số" in group 1, the figure in group 2) counts things or
    time: no number of the document."""
    if _THOUSANDS.fullmatch(number.group(2).rstrip(".-/")):
        return True
    units = tuple(kb.cues.get("duration_units") or [])
    return not number.group(1) and _duration(units).match(s, number.end()) is not None


def share_issuers(s: str, docs: list[DocMention], issue_verb: re.Pattern[str]) -> None:
    """Numbered documents joined by "và" share the issuer named after the last ("quyết định khởi tố số 5 ngày ...
    và lệnh bắt số 7 của A": A issued both); one named after "và" and the verb by which the issuer of the one
    before issued it was issued by it too ("A đã ra quyết định số 9 và ra lệnh bắt bị can số 205")."""
    for a, b in pairwise(docs):
        if not (a.number and b.number):
            continue
        if a.issuer is None and b.issuer is not None and re.fullmatch(rf"{WS}và{WS}", s[a.end:b.start]):
            a.issuer = b.issuer
        elif b.issuer is None and a.issuer is not None and not b.coordination \
                and (vm := re.match(rf",?{WS}và(?=\s)", s[a.end:b.start])) is not None \
                and (im := issue_verb.match(s, a.end + vm.end())) is not None \
                and re.fullmatch(WS, s[im.end():b.start]):
            b.issuer = a.issuer


_OF_BEFORE = re.compile(rf"(?<!\w)của{WS}$")


def bracketed_issuer(s: str, d: DocMention, bodies: list[Body]) -> Body | None:
    """ "đề nghị của Sở Xây dựng (công văn 19040 ngày 30/11/2017)": a numbered document in brackets right after
    a body named after "của" was issued by that body."""
    if not re.search(r"\(\s*$", s[max(0, d.start - 3):d.start]):
        return None
    at = s.rfind("(", 0, d.start)
    prev = next((b for b in reversed(bodies) if b.end <= at and re.fullmatch(r"\s*", s[b.end:at])), None)
    if prev is None or prev.generic or not _OF_BEFORE.search(s, max(0, prev.start - 6), prev.start):
        return None
    return prev
