"""Brands named only with a company's board: "Chủ tịch Hội đồng quản trị Novaland", "Hội đồng thành viên
của PVN", or with its chief executive: "Tổng giám đốc OceanBank". An article often names a company by its
brand alone and only after its board or chief; the brand then names an enterprise throughout the article,
and the board is the organ of that enterprise (`agencies`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, alternation

__all__ = ["after_board", "board_brands"]

_BRAND = r"([A-Z][A-Za-z0-9]*[A-Za-z](?:-[A-Z][A-Za-z0-9]*)?)"  # "Novaland", "PVN", "OceanBank"
_CAP_NEXT = re.compile(rf"{WS}([{UPPER}]\w*)")  # another capitalised word: a longer name, or a person's


def _board_re(kb: Knowledge) -> re.Pattern[str] | None:
    boards = [str(o["organ"]) for o in kb.organs.values() if o.get("board")]
    if not boards:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(boards)})(?:{WS}của)?{WS}{_BRAND}(?![\w&])")


def after_board(kb: Knowledge, s: str, pos: int) -> bool:
    """A company's head written in lower case right after a board ("Hội đồng quản trị công ty X"): the board
    names it as a title does."""
    board_re = _board_before_re(kb)
    return board_re is not None and board_re.search(s, max(0, pos - 30), pos) is not None


def _board_before_re(kb: Knowledge) -> re.Pattern[str] | None:
    boards = [str(o["organ"]) for o in kb.organs.values() if o.get("board")]
    if not boards:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(boards)})(?:{WS}của)?{WS}$", re.IGNORECASE)


def _chief_re(kb: Knowledge) -> re.Pattern[str] | None:
    titles = [str(t) for t in kb.grammar.get("brand_titles") or []]
    if not titles:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(titles)})(?:{WS}của)?{WS}{_BRAND}(?![\w&])", re.IGNORECASE)


def _brand_like(brand: str) -> bool:
    """ "FPT", "OceanBank", "Sabeco": capitals only, two capitals, or two syllables' vowels; not one Vietnamese
    syllable ("Tổng giám đốc Kinh ...")."""
    return brand.isupper() or sum(c.isupper() for c in brand) >= 2 or len(re.findall(r"[aeiouy]+", brand.lower())) >= 2


def board_brands(kb: Knowledge, s: str, add: Callable[[str, str], None]) -> None:
    """Registers (with `add`) each brand this article writes right after a board, or after a chief's title
    (brand_titles) and before punctuation or a person's name, and nowhere in brackets or after a dash
    following a fuller name, as the name of an enterprise."""
    board_re, chief_re = _board_re(kb), _chief_re(kb)
    boards = board_re.finditer(s) if board_re else iter(())
    chiefs = chief_re.finditer(s) if chief_re else iter(())
    for chief, m in [*((False, m) for m in boards), *((True, m) for m in chiefs)]:
        brand = m.group(1)
        nm = _CAP_NEXT.match(s, m.end())
        if nm and not (chief and nm.group(1) in kb.surnames) or len(brand) < 3:
            continue  # "Hội đồng quản trị CTCP Xuân Mai": the start of a longer name
        if chief and (not _brand_like(brand) or brand in _legal_forms(kb)):
            continue
        if re.search(rf"\(\s*{re.escape(brand)}\s*[)\-–,]", s, re.IGNORECASE) \
                or chief and re.search(rf"[-–]\s*{re.escape(brand)}(?!\w)", s, re.IGNORECASE):
            continue  # "Tập đoàn Dầu khí Quốc gia Việt Nam (PVN)", "... - Sagri", "(OceanBank)": the fuller name reads it
        if kb.canonical_agency(brand) or kb.place_re.fullmatch(brand) or kb.country_re.fullmatch(brand):
            continue
        add(brand, brand)


def _legal_forms(kb: Knowledge) -> set[str]:
    return {str(w) for w in kb.grammar.get("dash_brand_not") or []}
