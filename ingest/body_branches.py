"""Bank branches: "BIDV chi nhánh Hà Tĩnh", "Agribank chi nhánh TP HCM", "Ngân hàng X chi nhánh Gia Định". A
bank named with "chi nhánh" and the branch's place is the branch, a body of its own PART_OF the bank: its name
is the bank's name, "chi nhánh" and the place (a province as the annotation names it; any other place, such as
a city or a district, as written)."""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import UPPER, WS, Knowledge, skip_ws

__all__ = ["bank_branch"]

_BRANCH = re.compile(rf"(?:{WS}\([^()]{{1,20}}\))?{WS}chi{WS}nhánh{WS}")  # "... (BIDV) chi nhánh"
_ABBREVIATED = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)|\.")  # "TP. HCM", "TPHCM"
_WRITTEN = re.compile(rf"[{UPPER}]\w*(?:{WS}[{UPPER}]\w*){{0,2}}(?!\w)")  # "Gia Định", "Thăng Long"


def _is_bank(kb: Knowledge, b: Body) -> bool:
    return b.kind == "known" and not b.generic and str((b.entry or {}).get("kind")) == "bank"


def _place(kb: Knowledge, s: str, p: int) -> tuple[str, int] | None:
    """The branch's place at p: a province (after a level word or not), or capitalised words as written."""
    starts = [p]
    lm = kb.level_re.match(s, p)
    if lm:
        starts.append(skip_ws(s, lm.end()))
    for q in starts:
        pm = kb.place_re.match(s, q)
        prov = kb.province(pm.group(0)) if pm else None
        if prov is not None and pm is not None:
            written = re.sub(r"\s+", " ", s[p : pm.end()])
            if not _ABBREVIATED.search(written) and q == p:
                return written, pm.end()  # "chi nhánh Sài Gòn": the branch's own name, as written
            return str(prov.get("in_body_names") or prov["name"]), pm.end()  # "chi nhánh TP. HCM"
    wm = _WRITTEN.match(s, p)
    if wm is None or kb.level_re.fullmatch(wm.group(0)):
        return None
    return re.sub(r"\s+", " ", wm.group(0)), wm.end()


def _branch(kb: Knowledge, s: str, b: Body) -> Body | None:
    if not _is_bank(kb, b):
        return None
    m = _BRANCH.match(s, b.end)
    found = _place(kb, s, m.end()) if m else None
    if found is None:
        return None
    place, end = found
    bank, host = b.canonical(kb), b
    listed = kb.canonical_agency(bank.removeprefix("Ngân hàng ")) if bank.startswith("Ngân hàng ") else None
    if listed:  # "Ngân hàng BIDV": the bank listed as BIDV
        bank, host = listed, Body(b.start, b.end, "known", listed, entry=kb.agencies.get(listed, {}))
    return Body(b.start, end, "unit", f"{bank} chi nhánh {place}", host=host, part_of=True)


def bank_branch(kb: Knowledge, s: str, b: Body) -> Body:
    """The branch when the bank b is followed by "chi nhánh" and a place; b otherwise."""
    return _branch(kb, s, b) or b
