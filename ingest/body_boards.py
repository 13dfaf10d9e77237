"""Brands named only with a company's board: "Chủ tịch Hội đồng quản trị Novaland", "Hội đồng thành viên
của PVN". An article often names a company by its brand alone and only after its board; the brand then
names an enterprise throughout the article, and the board is the organ of that enterprise (`agencies`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, alternation

__all__ = ["after_board", "board_brands"]

_BRAND = r"([A-Z][A-Za-z0-9]*[A-Za-z](?:-[A-Z][A-Za-z0-9]*)?)"  # "Novaland", "PVN", "OceanBank"
_CAP_NEXT = re.compile(rf"{WS}[{UPPER}]")  # another capitalised word: a longer name


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


def board_brands(kb: Knowledge, s: str, add: Callable[[str, str], None]) -> None:
    """Registers (with `add`) each brand this article writes right after a board and nowhere in brackets
    after a fuller name, as the name of an enterprise."""
    board_re = _board_re(kb)
    for m in board_re.finditer(s) if board_re else ():
        brand = m.group(1)
        if _CAP_NEXT.match(s, m.end()) or len(brand) < 3:
            continue  # "Hội đồng quản trị CTCP Xuân Mai": the start of a longer name
        if re.search(rf"\(\s*{re.escape(brand)}\s*[)\-–,]", s):
            continue  # "Tập đoàn Dầu khí Quốc gia Việt Nam (PVN)": the fuller name reads it
        if kb.canonical_agency(brand) or kb.place_re.fullmatch(brand) or kb.country_re.fullmatch(brand):
            continue
        add(brand, brand)
