"""A department of a province's police named alone by its branch: "Công an TP đã giao Phòng Cảnh sát
hình sự điều tra", "cán bộ phòng cảnh sát quản lý hành chính về trật tự xã hội". Its words after the
head are in lower case, so neither the unit reading (which wants a capitalised name or a parent after
it) nor the reference lists find it; the branch, from a closed list, bounds the name
(police_units.yaml, read as `Knowledge.police_units`). Written with its police after it, the unit
reading names it with its parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, PoliceUnits, alternation, key, phrase_pattern


@dataclass
class PoliceReading:
    heads: dict[str, str]  # key(head) -> the head as a name writes it
    name_re: re.Pattern[str]
    departments: dict[str, str]  # key(name) -> a department named with no branch, as a name writes it
    not_after: re.Pattern[str] | None
    generic_after: re.Pattern[str] | None
    team_re: re.Pattern[str] | None  # a team named in lower case right before its police


_ABBR_WS = rf"(?:{WS}\((?-i:[A-ZĐ]{{2,}})\))?{WS}"
_ABBR = re.compile(r"\s*\([^)]*\)")
_ENTRY = {"kind": "sub_unit", "english": "", "police": True}


def _plain(text: str) -> str:
    return key(_ABBR.sub("", text).replace(",", " "))


def _as_written(branch: str) -> str:
    """The branch in the words the article uses, commas kept: names differ in them ("phòng chống",
    "quản lý hành chính trật tự xã hội"), and a name is read as its article writes it."""
    s = re.sub(r"\s*[-–]\s*", " - ", _ABBR.sub("", branch))
    return re.sub(r"\s+", " ", s).strip().lower()


def police_reading(data: PoliceUnits) -> PoliceReading | None:
    if not data.branches or not data.heads:
        return None
    branches = sorted(data.branches, key=len, reverse=True)
    # an abbreviation in brackets may stand between two words of the branch: "Cảnh sát giao thông (CSGT)
    # đường bộ, đường sắt"; capitals only, so "(Công an TP)" ends the name
    alt = "|".join(phrase_pattern(b) for b in branches).replace(WS, _ABBR_WS)
    before = list(data.not_after)
    departments = list(data.departments) or list(data.heads)
    after = list(data.generic_after)
    return PoliceReading(
        heads={key(h): h for h in data.heads},
        name_re=re.compile(rf"(?:({alternation(list(data.heads))}){WS}({alt})|({alternation(departments)}))(?![\w-])",
                           re.IGNORECASE),
        departments={_plain(d): d for d in departments},
        not_after=re.compile(rf"(?<!\w)(?:{alternation(before)}){WS}$", re.IGNORECASE) if before else None,
        generic_after=re.compile(rf"{WS}(?:{alternation(after)})(?!\w)", re.IGNORECASE) if after else None,
        team_re=_team_re(data))


def _team_re(data: PoliceUnits) -> re.Pattern[str] | None:
    """ "Đội phong trào Công an huyện X": the capitalised head, words in lower case (a list among them), and
    the police named right after, its place in capitals."""
    if not data.lower_heads or not data.parents:
        return None
    return re.compile(rf"(?:{alternation(list(data.lower_heads))}){WS}(?!(?:{alternation(list(data.lower_not_first))})(?!\w))"
                      rf"(?:[{LOWER}]+,?{WS}){{1,14}}?(?=(?:{alternation(list(data.parents))}){WS}[{UPPER}\d])")


def police_department(r: PoliceReading | None, s: str, pos: int) -> Body | None:
    """The department whose head starts at pos, named up to the end of its branch."""
    m = r.name_re.match(s, pos) if r else None
    if r is None or (pos and s[pos - 1].isalnum()):
        return None
    if m is None:
        return _team(r, s, pos)
    if r.not_after is not None and r.not_after.search(s, max(0, pos - 12), pos):
        return None
    if r.generic_after is not None and r.generic_after.match(s, m.end()):
        return None  # "Phòng CSGT Công an các địa phương": the department of every province
    if m.group(3):
        name = r.departments.get(_plain(m.group(3)))
    else:
        name = f"{r.heads[key(m.group(1))]} {_as_written(m.group(2))}"
    if name is None:
        return None
    return Body(pos, m.end(), "known", name, entry=_ENTRY)


def _team(r: PoliceReading, s: str, pos: int) -> Body | None:
    """A team named in lower case right before its police, read up to the police (which it is PART_OF)."""
    t = r.team_re.match(s, pos) if r.team_re else None
    if t is None:
        return None
    written = t.group(0).rstrip().rstrip(",")
    return Body(pos, pos + len(written), "known", re.sub(r"\s+", " ", written), entry=_ENTRY)
