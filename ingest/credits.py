"""News outlets named only as a credit: the source of a report ("Theo TTXVN, ...") or of a photo
("Ảnh: TTXVN", "(Ảnh: Doãn Tấn/TTXVN)") is not a body of the story, and is not read as one."""

from __future__ import annotations

import re
from functools import cache

import yaml
from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import DATA, Knowledge, alternation


@cache
def _data() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    with (DATA / "credits.yaml").open(encoding="utf-8") as f:
        d = yaml.safe_load(f)
    words = alternation(d["credit_words"])
    # "Theo TTXVN", "Ảnh: TTXVN", "Ảnh: Doãn Tấn/TTXVN", "Theo Hoàng Thị Hoa/TTXVN", "Hồng Vân - TTXVN"
    credit = re.compile(
        rf"(?:(?<!\w)(?:{words})\s*:?\s*(?:[^\s.,:;()/]+(?:\s+[^\s.,:;()/]+){{0,3}}\s*/\s*)?"
        rf"|(?:^|[.()\n]\s*)[^\s.,:;()/\-–]+(?:\s+[^\s.,:;()/\-–]+){{0,3}}\s+[-–]\s+)$",
        re.IGNORECASE,
    )
    return frozenset(d["outlets"]), tuple(h + " " for h in d["outlet_heads"]), credit


def _outlet(kb: Knowledge, b: Body) -> bool:
    outlets, heads, _ = _data()
    name = b.canonical(kb)
    return b.host is None and (name in outlets or name.startswith(heads))


def credited(kb: Knowledge, s: str, b: Body) -> bool:
    """Whether `b` is a news outlet named as the credit of a report or photo."""
    if not _outlet(kb, b):
        return False
    _, _, credit = _data()
    return bool(credit.search(s[max(0, b.start - 60) : b.start]))


@cache
def _not_before() -> dict[str, re.Pattern[str]]:
    with (DATA / "credits.yaml").open(encoding="utf-8") as f:
        d = yaml.safe_load(f)
    return {name: re.compile(rf"\s+(?:{alternation(words)})(?!\w)") for name, words in (d.get("not_before") or {}).items()}


def runs_on(kb: Knowledge, s: str, b: Body) -> bool:
    """Whether `b`, a listed body read from a short form, runs into a word that makes it another's organ."""
    follow = _not_before().get(b.canonical(kb)) if b.kind == "known" else None
    return follow is not None and bool(follow.match(s, b.end))


@cache
def _paper() -> re.Pattern[str] | None:
    with (DATA / "credits.yaml").open(encoding="utf-8") as f:
        words = yaml.safe_load(f).get("paper_prefixes") or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$", re.IGNORECASE) if words else None


def paper_name(s: str, b: Body) -> bool:
    """Whether `b`'s name is a newspaper's name ("báo điện tử Đảng Cộng sản Việt Nam")."""
    paper = _paper()
    return b.kind == "known" and paper is not None and bool(paper.search(s[max(0, b.start - 20) : b.start]))


def drop_credits(kb: Knowledge, s: str, bodies: list[Body]) -> list[Body]:
    """`bodies` without the outlets named as credits and the short forms that run into another's name."""
    return [b for b in bodies if not credited(kb, s, b) and not runs_on(kb, s, b) and not paper_name(s, b)]
