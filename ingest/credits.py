"""News outlets named only as a credit: the source of a report ("Theo TTXVN, ...") or of a photo
("Ảnh: TTXVN", "(Ảnh: Doãn Tấn/TTXVN)") is not a body of the story, and is not read as one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml
from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import DATA, LOWER, Knowledge, alternation


@dataclass(frozen=True)
class _Cues:
    """credits.yaml, compiled once."""

    outlets: frozenset[str]
    heads: tuple[str, ...]
    credit: re.Pattern[str]
    not_before: dict[str, re.Pattern[str]]
    paper: re.Pattern[str] | None
    after: re.Pattern[str]
    bare_after: re.Pattern[str]
    before: re.Pattern[str]


@cache
def _cues() -> _Cues:
    with (DATA / "credits.yaml").open(encoding="utf-8") as f:
        d = yaml.safe_load(f)
    words = alternation(d["credit_words"])
    # "Theo TTXVN", "Ảnh: TTXVN", "Ảnh: Doãn Tấn/TTXVN", "Theo Hoàng Thị Hoa/TTXVN", "Hồng Vân - TTXVN"
    credit = re.compile(
        rf"(?:(?<!\w)(?:{words})\s*:?\s*(?:[^\s.,:;()/]+(?:\s+[^\s.,:;()/]+){{0,3}}\s*/\s*)?"
        rf"|(?:^|[.()\n]\s*)[^\s.,:;()/\-–]+(?:\s+[^\s.,:;()/\-–]+){{0,3}}\s+[-–]\s+)$",
        re.IGNORECASE,
    )
    not_before = {name: re.compile(rf"\s+(?:{alternation(ws)})(?!\w)") for name, ws in (d.get("not_before") or {}).items()}
    papers = d.get("paper_prefixes") or []
    paper = re.compile(rf"(?<!\w)(?:{alternation(papers)})\s+$", re.IGNORECASE) if papers else None
    # "Báo Lao động đưa tin", "báo Người lao động đã dẫn": the rest of the name in lower case, then the cue
    adverbs = alternation(d.get("credit_after_adverbs") or [])
    cue = rf"\s+(?:(?:{adverbs})\s+)?(?:{alternation(d.get('credit_after_words') or [])})(?!\w)(?!\s+đầu)"  # not "dẫn đầu"
    after = re.compile(rf"(?:\s+[{LOWER}]+){{0,2}}?{cue}")
    bare_after = re.compile(cue)
    before = re.compile(rf"(?<!\w)(?:{alternation(d.get('credit_before_words') or [])})(?:\s+\d{{1,2}}h\d{{0,2}})?\s+$")
    return _Cues(frozenset(d["outlets"]), tuple(h + " " for h in d["outlet_heads"]), credit, not_before, paper,
                 after, bare_after, before)


def _outlet(kb: Knowledge, b: Body) -> bool:
    c = _cues()
    name = b.canonical(kb)
    return b.host is None and (name in c.outlets or name.startswith(c.heads))


def credited(kb: Knowledge, s: str, b: Body) -> bool:
    """Whether `b` is a news outlet named as the credit of a report or photo."""
    c = _cues()
    return _outlet(kb, b) and (bool(c.credit.search(s[max(0, b.start - 60) : b.start]))
                               or bool(c.before.search(s[max(0, b.start - 20) : b.start]))
                               or (s[b.start:b.end].lower().startswith(("báo ", "tạp chí ")) and bool(c.after.match(s, b.end)))
                               or bool(c.bare_after.match(s, b.end)))


def runs_on(kb: Knowledge, s: str, b: Body) -> bool:
    """Whether `b`, a listed body read from a short form, runs into a word that makes it another's organ."""
    follow = _cues().not_before.get(b.canonical(kb)) if b.kind == "known" else None
    return follow is not None and bool(follow.match(s, b.end))


def paper_name(s: str, b: Body) -> bool:
    """Whether `b`'s name is a newspaper's name ("báo điện tử Đảng Cộng sản Việt Nam")."""
    paper = _cues().paper
    return b.kind == "known" and paper is not None and bool(paper.search(s[max(0, b.start - 20) : b.start]))


def drop_credits(kb: Knowledge, s: str, bodies: list[Body]) -> list[Body]:
    """`bodies` without the outlets named as credits and the short forms that run into another's name."""
    return [b for b in bodies if not credited(kb, s, b) and not runs_on(kb, s, b) and not paper_name(s, b)]
