"""Organs written before their host, for `agencies.Grammar`: "Ban Thường vụ Tỉnh ủy X", "Thường trực
HĐND tỉnh", "Hội đồng quản trị của Masan". The organs and the hosts each takes are in the reference data
(`Knowledge.organs`); an organ with an equivalent listed body is read as that body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_apposed import apposed_organ_host
from coordgraph.ingest.body_organ_case import lower_organ_read
from coordgraph.ingest.body_units import CODE
from coordgraph.ingest.knowledge import WS, Knowledge, key, phrase_pattern, skip_ws

_COUNT_BEFORE = re.compile(rf"(?<![\w/.-])\d+{WS}$")


class Organs:
    """The organ reading of `agencies.Grammar`."""

    kb: Knowledge
    organ_equivalents: dict[tuple[str, str], str]
    organ_within: re.Pattern[str] | None
    organ_count_not_after: re.Pattern[str]
    parent_kinds: set[str]

    if TYPE_CHECKING:
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...
        def _head_list(self, s: str, first: Body) -> list[Body]: ...

    def _organ(self, s: str, pos: int, depth: int) -> Body | None:
        m = self.kb.organ_re.match(s, pos)
        if not m:
            return None
        spec = self.kb.organs.get(key(m.group(0)))
        if not spec or self._within_word(s, pos) or self._counted(s, pos):
            return None  # "giữa 3 Thường trực HĐND, UBND và ...": one organ of each body listed
        p = skip_ws(s, m.end())
        for (organ_key, of_key), eq in self.organ_equivalents.items():
            om = re.compile(phrase_pattern(of_key) + WS, re.IGNORECASE).match(s, p) if organ_key == key(m.group(0)) else None
            tail = eq[len(m.group(0)):].strip()
            if om and tail and key(s[p:p + len(tail)]) == key(tail):
                continue  # "Ban Nội chính Tỉnh ủy X" is already written in full
            if om and depth < 3:  # "Ban Chấp hành Đảng bộ Công an Trung ương" is "Đảng ủy Công an Trung ương"
                virtual = f"{eq} {s[om.end():om.end() + 200]}"
                vb = self.match_at(virtual, 0, depth + 1)
                if vb is not None and vb.start == 0 and vb.end > len(eq) + 1:
                    shift = om.end() - len(eq) - 1
                    for n in vb.nodes():
                        n.start, n.end = max(n.start + shift, pos), n.end + shift
                    vb.start = pos
                    return vb
        code = CODE.match(s, m.end())
        if code:  # "Phòng Cảnh sát hình sự (PC 45) Công an tỉnh X"
            p = skip_ws(s, code.end())
        plural = re.match(rf"(?:các|những){WS}", s[p:p + 8])
        if plural:
            p += plural.end()
        elif spec.get("board") and (of := re.match(rf"của{WS}", s[p:p + 8])):  # "Hội đồng quản trị của Masan"
            p += of.end()
        if not code and not plural and s.startswith(",", p) and (ah := apposed_organ_host(self, s, p, spec, depth)):
            p = ah.start  # "Cơ quan Cảnh sát điều tra, Công an tỉnh X"
        host = self.match_at(s, p, depth + 1)
        if (host is None or host.start != p) and not code and not plural and (wb := self._named_within(s, pos, m.end(), spec, depth)):
            return wb  # "Ban Thường vụ Trung ương Đoàn": the committee is named "Trung ương Đoàn"
        if host is None or host.start != p or not self._hosts(spec, host) or (host.kind == "local" and host.shared) \
                or not lower_organ_read(s, pos, spec, host):  # "đoàn thanh tra Bộ Xây dựng": an inspection team
            return None  # "thường trực HĐND – UBND – UBMTTQ TP": the organ of each body of a list
        km = self.kb.known_re.match(s, pos)
        if km and km.end() >= host.end and self.kb.canonical_agency(km.group(0)):
            return None  # "văn phòng Trung ương Đảng" is a listed body, read (or not) as such
        organ = str(spec.get("named") or spec["organ"])  # "Thường vụ Tỉnh ủy X" is its Ban Thường vụ
        listed = bool(plural) and not host.generic and bool(self._head_list(s, host))  # "BCS đảng các Bộ A, B"
        within = str(spec.get("within") or "")  # "Ban Thường vụ Trung ương Hội X": an organ of its central committee
        if within and not host.generic:  # unless the data names the committee as the body itself
            wb = Body(host.start, host.end, "organ", within, host=host, part_of=True, entry={"within": True})
            host = wb if wb.canonical(self.kb) != host.canonical(self.kb) else host
        return Body(pos, host.end, "organ", organ, host=host, part_of=bool(spec.get("part_of")),
                    generic=(bool(plural) or host.generic) and not listed, distribute=listed)

    def _named_within(self, s: str, pos: int, end: int, spec: dict[str, Any], depth: int) -> Body | None:
        """ "Ban Thường vụ Trung ương Đoàn", "Thường trực Trung ương Đoàn": an organ of a central committee
        (`within`) whose last words begin the committee's own listed name ("Trung ương Đoàn")."""
        within = str(spec.get("within") or "")
        organ = str(spec.get("named") or spec["organ"])
        words, inner = organ.split(), within.split()
        k = next((k for k in range(1, len(words)) if words[k:] == inner[len(inner) - len(words) + k:]), None)
        if not within or k is None:
            return None
        q = end
        for _ in words[k:]:
            q = s.rfind(" ", pos, q)
        committee = self.match_at(s, q + 1, depth + 1) if q > pos else None
        if committee is None or committee.start != q + 1 or committee.host is None \
                or not key(committee.canonical(self.kb)).startswith(key(within) + " ") \
                or not self._hosts(spec, committee.host):
            return None
        host = Body(committee.start, committee.end, committee.kind, committee.name, entry={**committee.entry, "within": True},
                    host=committee.host, part_of=committee.part_of)
        return Body(pos, committee.end, "organ", organ, host=host, part_of=bool(spec.get("part_of")))

    def _counted(self, s: str, pos: int) -> bool:
        """A count before the organ, not the number of a date or an ordinal ("tháng 3-2017 Thường trực ...")."""
        c = _COUNT_BEFORE.search(s, max(0, pos - 8), pos)
        return c is not None and not self.organ_count_not_after.search(s, max(0, c.start() - 12), c.start())

    def _within_word(self, s: str, pos: int) -> bool:
        """ "uỷ ban Thường vụ Quốc hội": the organ's first word ends a word of two (organ_not_within)."""
        if self.organ_within is None:
            return False
        start = max(0, pos - 8)
        return any(m.start() < pos < m.end() for m in self.organ_within.finditer(s, start, pos + 8))

    def _hosts(self, spec: dict[str, Any], host: Body) -> bool:
        hosts = spec.get("hosts")
        wanted = set(hosts) if isinstance(hosts, (list, set)) else {hosts}
        committee = host.is_committee(self.kb)
        if "committee" in wanted and committee:
            return True
        if "body" in wanted and not committee:
            return True
        if any(w.startswith("kind:") and str(host.entry.get("kind")) == w[5:] for w in wanted if w):
            return True  # "Thường trực Ban Chỉ đạo 389 quốc gia"
        if any(w.startswith("organ:") and host.kind == "organ" and key(host.name) == key(w[6:]) for w in wanted if w):
            return True  # "Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"
        return any(w.startswith("head:") and host.kind == "local" and host.name == w[5:] for w in wanted if w)
