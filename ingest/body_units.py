"""Sub-units named with their parent, for `agencies.Grammar`: "Vụ Hợp tác quốc tế của Bộ Tài chính",
"Cục Đào tạo Bộ Công an", "Phòng Cảnh sát hình sự (PC 45) Công an tỉnh X", "cục Đường biển (bộ Giao thông vận
tải)", and after a title a unit
named in lower case before its holder ("trưởng phòng đăng ký kinh doanh Sở X")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_apposed import apposed_parent
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, skip_ws

CODE = re.compile(r"\s*\(\s*[A-Z][A-Z0-9]{0,3}(?: ?\d{1,3})?\s*\)")  # a police unit's code: "(PC 45)"
_CONNECTOR = re.compile(rf"{WS}(?:của|thuộc|trực thuộc){WS}")
_DASH_JOINT = re.compile(rf"{WS}[-–]{WS}")
# a comma that opens the last items of a list ending in "và" stays inside the name ("Phòng Quản lý vận tải, phương
# tiện và người lái", "Cục Nghiên cứu Khoa học, Kinh tế và Kỹ thuật"): the words on both sides share their case
_NAME_LIST = rf"{WS}(?:(?:[{LOWER}]+{WS}){{1,3}}và{WS}[{LOWER}]|[{UPPER}][{LOWER}]*(?:{WS}[{LOWER}]+)?{WS}và{WS}[{UPPER}])"
_UNIT_STOP = re.compile(rf"[.;:()\n\"“”]|,(?! chống)(?!{_NAME_LIST})")
LIST_COMMA = re.compile(rf",{_NAME_LIST}")
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD = re.compile(r"\w+")


class Units:
    """The sub-unit reading of `agencies.Grammar`."""

    kb: Knowledge
    titled_unit: bool
    unit_stop: re.Pattern[str]
    parent_kinds: set[str]
    lower_firsts: set[str]
    lower_unit_re: re.Pattern[str]
    said_lower_units: set[str]

    if TYPE_CHECKING:
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...
        def _known(self, s: str, pos: int) -> Body | None: ...
        def _compound_head(self, s: str, pos: int) -> bool: ...
        def _local(self, s: str, pos: int, depth: int) -> Body | None: ...

    def _bare_unit_name(self, s: str, a: int, b: int) -> bool:
        """The words between a unit's head and a parent that follows with no "của": a name of its own,
        not ending in a conjunction nor naming another body ("Ban Nội chính Tỉnh ủy và Công an tỉnh")."""
        words = s[a:b].split()
        if not words or words[-1].lower() in ("và", "với", "cùng", "-", "–") or words[-1].endswith(",") \
                or words[0].lower() in ("của", "thuộc", "trực"):  # "Phó Tổng cục trưởng của Bộ X": no unit named
            return False
        return not any(rx.match(s, w.start()) for w in _WORD_START.finditer(s, a, b) if s[w.start()].isupper()
                       for rx in (self.kb.known_re, self.kb.local_head_re, self.kb.organ_re))

    def _unit(self, s: str, pos: int, depth: int) -> Body | None:
        m = self.kb.unit_re.match(s, pos)
        lowered = m is None and (m := self.lower_unit_re.match(s, pos)) is not None  # "cục Quản lý X của bộ Y"
        if not m or depth > 1 or (lowered and self._compound_head(s, pos)):
            return None
        p = skip_ws(s, m.end())
        if p >= len(s) or not s[p].isalnum() or (lowered and not s[p].isupper()) or (s[p].islower() and not self.titled_unit):
            return None  # a unit named in lower case only after its head's title ("trưởng phòng đăng ký kinh doanh Sở X")
        hm = self.lower_unit_re.match(s, p) if self.titled_unit and s[p].islower() else None
        if hm and s[skip_ws(s, hm.end()):][:1].isupper():
            return None  # "phó trưởng phòng cục Kiểm soát X": a post in that department, whose own unit is not named
        lower = s[p].islower()
        window_end = min(len(s), p + 90)
        stop = _UNIT_STOP.search(s, p, window_end)
        limit = stop.start() if stop else window_end
        known = self._known(s, pos)
        joints = sorted([(c.start(), c.end(), True) for c in _CONNECTOR.finditer(s, p, limit + 12)]
                        + [(c.start(), c.end(), False) for c in _DASH_JOINT.finditer(s, p, limit)
                           if not (known and known.end == c.start() and not known.entry.get("parent"))]
                        + [(c.start(), skip_ws(s, c.end()), False) for c in CODE.finditer(s, p, limit + 12)
                           if s[c.start():c.start() + 1].isspace() or s[c.start()] == "("]
                        + [(w.start() - 1, w.start(), False) for w in _WORD_START.finditer(s, p + 1, limit)
                           if s[w.start() - 1] == " " and (s[w.start()].isupper() or self.titled_unit
                                                           and self._lower_first(s, w.start()))])
        for start, end, said in joints:
            if start > limit:
                break
            name = s[pos:start].strip()
            if len(name.split()) > 10 or self.unit_stop.search(name) or (known and known.end < start):
                break
            host = self.match_at(s, end, depth + 1)
            if known is not None and known.end == start and known.entry.get("parent") and host is not None \
                    and host.canonical(self.kb) != known.entry.get("parent"):
                continue  # "Ban Bí thư, Ủy ban Kiểm tra Trung ương": a listed body is a unit of its own parent only
            if host is None or host.start != end or host.kind == "generic" or host.generic:
                if self.titled_unit and not lowered and not said and self._person_at(s, end) and not self._person_at(s, p) \
                        and self._bare_unit_name(s, m.end(), start) and not _CONNECTOR.search(s, p - 1, start) \
                        and not self.kb.level_re.search(s[p:start].split()[-1]):
                    return Body(pos, start, "unit", self._unit_name(s, pos, start, m.group(0), lower))
                continue
            if lowered and not said and m.group(0) in self.said_lower_units:
                continue  # "vụ Nhật Cường Cơ quan CSĐT Bộ Công an": a case, not a department, before a body
            if said or (host.kind in ("known", "local") and str(host.entry.get("kind")) in self.parent_kinds
                        and self._bare_unit_name(s, m.end(), start)):
                # "Vụ X của Bộ Y"; "Cục Đào tạo Bộ Công an": the parent follows the unit's name
                return Body(pos, host.end, "unit", self._unit_name(s, pos, start, m.group(0), lower), host=host,
                            part_of=True)
        bracketed = lowered and stop is not None and s[limit] == "("  # "cục Đường biển (bộ Giao thông vận tải)"
        if (self.titled_unit or bracketed) and stop is not None and s[limit] in "(,":  # "Vụ trưởng Hợp tác quốc tế (Bộ Tài chính)"
            q = skip_ws(s, limit + 1)
            host = self.match_at(s, q, depth + 1)
            if host is not None and host.start == q and not host.generic and host.kind in ("known", "local") \
                    and str(host.entry.get("kind")) in self.parent_kinds and self._bare_unit_name(s, m.end(), limit) \
                    and not self.unit_stop.search(s, pos, limit) and len(s[pos:limit].split()) <= 10:
                return Body(pos, host.end, "unit", self._unit_name(s, pos, limit, m.group(0), lower), host=host,
                            part_of=True)
        elif stop is not None and s[limit] == "," and not lower and known is None and not self._listed_head(s, pos, limit) \
                and (host := apposed_parent(self, s, limit, depth)) is not None and self._bare_unit_name(s, m.end(), limit) \
                and not self.unit_stop.search(s, pos, limit) and len(s[pos:limit].split()) <= 10:
            return Body(pos, host.end, "unit", self._unit_name(s, pos, limit, m.group(0), lower), host=host, part_of=True)
        return None

    def _listed_head(self, s: str, pos: int, comma: int) -> bool:
        """ "Viện Kiểm sát, Tòa án tỉnh X": a local head written alone before the comma is a list's member
        sharing the level after it, not a unit of the body after the comma; so is a local body written in full
        with its level and place ("Viện Kiểm sát nhân dân quận 4, Công an thành phố"), unless a sub-unit's."""
        hm = self.kb.local_head_re.match(s, pos)
        if hm is None:
            return False
        if s[hm.end():comma].strip():
            whole = self._local(s, pos, 1)
            return whole is not None and whole.end == comma and whole.place_from == "text" \
                and str(whole.entry.get("kind")) != "sub_unit"
        return self.kb.local_head_re.match(s, skip_ws(s, comma + 1)) is not None  # not "Cục Thuế, Bộ Tài chính"

    def _lower_first(self, s: str, p: int) -> bool:
        """A known body's head word written in lower case starts at p ("vụ 4 ban Nội chính ...")."""
        w = _WORD.match(s, p)
        return bool(w and w.group(0) in self.lower_firsts)

    def _unit_name(self, s: str, a: int, b: int, head: str, lower: bool) -> str:
        name = re.sub(r"\s+", " ", s[a:b].strip())
        if lower:
            rest = name[len(head):].strip()
            name = f"{head} {rest[:1].upper()}{rest[1:]}"
        return name[:1].upper() + name[1:]  # "cục Quản lý X" is "Cục Quản lý X"

    def _person_at(self, s: str, p: int) -> bool:
        """A person's full name begins at p (the end of a unit named between a title and its holder)."""
        m = self.kb.name_re.match(s, p)
        return bool(m and len(m.group(0).split()) >= 3 and not self.kb.place_re.match(s, p)
                    and not self.kb.country_re.match(s, p))
