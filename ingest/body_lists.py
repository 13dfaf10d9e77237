"""Bodies named in lists: a head shared by a list of places ("Công an 3 huyện A, B và C"), joint
ministries ("liên Bộ A - B"), ministries after one head ("Bộ Công an và Y tế"), seats after one body ("VKSND cấp cao tại A, B"),
units beside their parent ("Bộ NN&PTNT - Cục Thú y"), an organ
distributed over the bodies after it, and the fullest name of a described body.

`Lists` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.body import PROVINCE_LEVELS, Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation, key, skip_ws

_JOINT_SEP = re.compile(rf"{WS}?[-–,]{WS}?|{WS}và{WS}")
COORD = re.compile(rf",{WS}|{WS}(?:và|[-–]){WS}")
_LIST_COUNT = re.compile(rf"{WS}(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các){WS}(tỉnh,{WS}thành{WS}phố|tỉnh,{WS}thành|"
                         rf"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|địa phương)(?:[ \t]*:)?{WS}")
_DASH = re.compile(rf"{WS}[-–]{WS}")
_AT = re.compile(rf"{WS}tại{WS}")
_HEADED_SEP = re.compile(rf"[,;]{WS}|{WS}(?:và|[-–]){WS}")  # "các bộ ngành: Giáo dục; Y tế; ..."
_MEMBER_END = re.compile(rf"[,;.]|{WS}và{WS}|\s*$")  # a member named in full ends where the list goes on
_BARE_END = re.compile(rf",|{WS}(?:và|cùng){WS}|\s*[.;:)\n]|\s*$")  # a head named with no level or place
_DISTRICT_LEVELS = {"huyện", "quận", "thị xã"}
_BARE_PLACE_END = re.compile(rf"\s*[,.;:)\n]|{WS}(?:và|[-–]){WS}|{WS}[{LOWER}\d]|\s*$")  # no capital runs on
_CAP_RUN = re.compile(rf"[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*)*(?!\w)")
_BESIDE = re.compile(rf"{WS}|\s*\(\s*(?:thuộc{WS}|của{WS})?")


@cache
def _listed_beside(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A listed unit and its listed parent apart by a comma or the unit's code, the code maybe followed by a
    dash, a comma or a word that joins a parent (part_of.yaml's inline cues): "Cục X, Bộ Công an", "Cục X (C 46)
    Bộ Công an", "Cục X (C 46, Bộ Công an)", "Cục X (C 46) - Bộ Công an", "Cục X (C 46) của Bộ Công an"."""
    joined = rf"|(?:{alternation(list(cues))}){WS}" if cues else ""
    return re.compile(rf",{WS}|\s*\(\s*[A-Z][A-Z0-9]{{0,3}}(?: ?\d{{1,3}})?\s*"
                      rf"(?:\)\s*(?:[-–,]{WS}{joined})?|,{WS})")


_SENTENCE_STOP = re.compile(r"[.;!?\n]")
_LISTED_UNIT_GAP = re.compile(rf"(?:\s*\(\s*[A-Z][A-Z0-9]{{0,3}}(?: ?\d{{1,3}})?\s*\))?(?:,{WS}|{WS}và{WS})")  # "(C45) và"


class Lists:
    """The list readings of `agencies.Grammar`."""

    kb: Knowledge
    list_heads: dict[str, str]
    local_list_heads: list[str]
    seated_heads: list[str]
    headed_lists: list[tuple[str, re.Pattern[str]]]
    local_headed_lists: list[tuple[str, re.Pattern[str]]]
    numbered_re: re.Pattern[str] | None
    bare_host_re: re.Pattern[str] | None
    organ_list_re: re.Pattern[str] | None
    organ_equivalents: dict[tuple[str, str], str]

    if TYPE_CHECKING:
        def _known(self, s: str, pos: int) -> Body | None: ...
        def _local(self, s: str, pos: int, depth: int) -> Body | None: ...
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...
        def _lower_head(self, name: str) -> bool: ...
        def _province_follows(self, s: str, p: int) -> bool: ...
        def _place(self, s: str, p: int, level: str | None, head: Any) -> tuple[str, int] | None: ...
        def _hosts(self, spec: dict[str, Any], host: Body) -> bool: ...
        def _titled(self, s: str, pos: int) -> bool: ...

    def _joint(self, s: str, first: Body) -> list[Body]:
        """The ministries after the first of "liên Bộ A - B - C", each named without its head."""
        out: list[Body] = []
        head = "Bộ "
        q = first.end
        while (sm := _JOINT_SEP.match(s, q)) and sm.end() < len(s) and s[sm.end()].isupper():
            vb = self._known(head + s[sm.end():sm.end() + 80], 0)
            if vb is None or vb.end <= len(head):
                break
            q = sm.end() + vb.end - len(head)
            out.append(Body(sm.end(), q, "known", vb.name, entry=vb.entry))
        return out

    def _head_list(self, s: str, first: Body) -> list[Body]:
        """ "Bộ Công an và Y tế", "các Bộ Tài chính, Công Thương, Tư pháp": the bodies after the first of
        a list, each of the kind of shared_head_lists and named without the head the first one spells out.
        A member that reads on as a longer body ("Bộ Công an, Công an tỉnh X") ends the list."""
        if first.kind == "local":
            return self._local_members(s, first)
        head = next((h for h in self.list_heads if key(s[first.start:first.start + len(h) + 1]) == key(h)
                     and s[first.start + len(h):first.start + len(h) + 1] == " "), None)  # "các Ban chỉ đạo A, B"
        if head is None or first.kind != "known" or first.entry.get("kind") != self.list_heads[head]:
            return []
        return self._members(s, head, first.end, COORD)

    def _local_members(self, s: str, first: Body, written: bool = True) -> list[Body]:
        """ "Sở Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Y tế": the departments after the first of
        a list, named without the head word it spells out (shared_local_heads), of the same level and place;
        a place written after the last one is the place of all."""
        head = next((h for h in self.local_list_heads if first.name.startswith(h + " ")), None)
        counted = first.generic and self.kb.plural_re.search(s[max(0, first.start - 14):first.start]) is not None
        if head is None or (first.generic and not counted) or first.host is not None \
                or written and key(s[first.start:first.start + len(head) + 1]) != key(head + " "):
            return []  # "các sở Tài chính, Xây dựng": "các" counts the list, each member is named
        out: list[Body] = []
        q = first.end
        while (sm := COORD.match(s, q)) and sm.group(0).strip() not in ("-", "–") and sm.end() < len(s) \
                and s[sm.end()].isupper() and not s.startswith(head + " ", sm.end()):
            vb = self._local(head + " " + s[sm.end():sm.end() + 100], 0, 2)
            if vb is None or vb.end <= len(head) + 1 or not vb.name.startswith(head + " ") or vb.generic \
                    or vb.name == first.name:
                break
            end = sm.end() + vb.end - len(head) - 1
            own = self.match_at(s, sm.end())
            if own is not None and own.end > end:
                break  # "Sở Y tế, Công an tỉnh X": the police of the province
            out.append(Body(sm.end(), end, "local", vb.name, level=vb.level or first.level, place=vb.place or first.place,
                            place_from=vb.place_from or ("list" if first.place_from == "text" else first.place_from),
                            shared=True, entry=dict(vb.entry)))
            q = end
        last = out[-1] if out else None
        if last is not None and last.place_from == "text" and not first.place:
            for b in [first, *out[:-1]]:  # "Sở Nội vụ, Tư pháp tỉnh X"
                b.level, b.place, b.place_from = last.level, last.place, "list"
        return out

    def _headed_list(self, s: str, pos: int) -> list[Body]:
        """ "các bộ: Tài chính, Tư pháp, Công an": a head and a colon before a list whose members are all
        named without it."""
        if not self.kb.plural_re.search(s[max(0, pos - 14):pos]):
            return []
        for head, rx in self.headed_lists:
            if m := rx.match(s, pos):
                out = self._members(s, head, m.end(), re.compile(""), headed=True)
                return out if len(out) >= 2 else []
        for head, rx in self.local_headed_lists:
            if m := rx.match(s, pos):  # "các sở, ngành: Tài chính, Xây dựng": each a department of one place
                q = m.end()
                vb = self._local(head + " " + s[q:q + 100], 0, 2)
                if vb is None or vb.end <= len(head) + 1 or not vb.name.startswith(head + " ") or vb.generic:
                    return []
                first = Body(q, q + vb.end - len(head) - 1, "local", vb.name, level=vb.level, place=vb.place,
                             place_from=vb.place_from, entry=dict(vb.entry))
                out = [first, *self._local_members(s, first, written=False)]
                return out if len(out) >= 2 else []
        return []

    def _members(self, s: str, head: str, q: int, sep: re.Pattern[str], headed: bool = False) -> list[Body]:
        """The members of a list of bodies named without their shared head; after a head and a colon
        ("các bộ ngành: Nội vụ, Tư pháp; Thanh tra Chính phủ") members may be bodies named in full."""
        out: list[Body] = []
        while (sm := sep.match(s, q)) and sm.group(0).strip() not in ("-", "–") and sm.end() < len(s) \
                and s[sm.end()].isupper() and not s.startswith(head + " ", sm.end()):
            sep = _HEADED_SEP if headed else COORD
            vb = self._known(head + " " + s[sm.end():sm.end() + 80], 0)
            if vb is None or vb.end <= len(head) + 1 or vb.entry.get("kind") != self.list_heads[head]:
                own = self.match_at(s, sm.end()) if headed and out else None
                if own is None or own.start != sm.end() or own.generic or not _MEMBER_END.match(s, own.end):
                    break
                out.append(own)  # "Thanh tra Chính phủ", "Văn phòng Chính phủ": a body in full
                q = own.end
                continue
            end = sm.end() + vb.end - len(head) - 1
            own = self._shared_head(s, sm.end()) or self.match_at(s, sm.end())
            after = re.match(rf"{WS}(\w+)", s[end:end + 20])
            if isinstance(own, list) or (own is not None and own.end > end) or (after and (
                    key(after.group(1)) in self.kb.levels or self.kb.plural_re.search(after.group(1) + " "))):
                break  # "Bộ Quốc phòng, Công an các tỉnh": the police of the provinces
            out.append(Body(sm.end(), end, "known", vb.name, entry=vb.entry))
            q = end
        return out

    def _committee_list(self, s: str, first: Body) -> list[Body]:
        """ "Tỉnh ủy, UBND, HĐND, các sở ngành": bare heads listed after a province's or city's party
        committee are the bodies of its province or city (a list that ends in a head with its own level
        and place is read as such: "Tỉnh ủy, HĐND, UBND tỉnh X")."""
        if first.kind != "local" or not first.fused or first.generic or first.level not in PROVINCE_LEVELS:
            return []
        out: list[Body] = []
        q = first.end
        while (sm := COORD.match(s, q)) and sm.group(0).strip() not in ("-", "–"):
            m = self.kb.local_head_re.match(s, sm.end())
            head = self.kb.local_heads.get(key(m.group(0))) if m and s[sm.end()].isupper() else None
            if m is None or head is None or head.locality or (head.levels and first.level not in head.levels) \
                    or not _BARE_END.match(s, m.end()):
                break
            text_place = first.place_from in ("text", "list")
            out.append(Body(sm.end(), m.end(), "local", head.head, level=first.level, shared=True,
                            place=first.place if text_place else None, place_from="list" if text_place else None,
                            entry={"kind": head.kind, "english": head.english}))
            q = m.end()
        nxt = COORD.match(s, q)
        after = self.match_at(s, nxt.end()) if nxt and out else None
        if after is not None and after.kind == "local" and (after.level or after.place) and not after.fused:
            return []  # "Tỉnh ủy, HĐND, UBND tỉnh X": the last member's level is shared (agencies._local)
        return out

    def _numbered_unit(self, s: str, pos: int, parent: Body) -> Body | None:
        """ "Thanh tra Chính phủ giao Vụ I ..., Cục II ...": a unit named by a Roman number alone
        is a unit of the central body the article has named most."""
        m = self.numbered_re.match(s, pos) if self.numbered_re else None
        if not m:
            return None
        host = Body(parent.start, parent.end, "known", parent.name, entry=parent.entry)
        return Body(pos, m.end(), "unit", re.sub(r"\s+", " ", m.group(0)), host=host, part_of=True)

    def _bare_host_organ(self, s: str, pos: int, before: list[Body]) -> Body | None:
        """ "Thanh tra Bộ yêu cầu ...": an organ of a head written bare (body_grammar.yaml, bare_host_organs)
        is that of the body of that head named later in its sentence ("Phó Chánh Văn phòng Bộ, Trưởng đại diện
        Bộ X"), else of the last one the article named before it (under the fullest name it was written with).
        "Đảng ủy Tập đoàn", "Đảng ủy Bộ": the party committee of that group or ministry."""
        m = self.bare_host_re.match(s, pos) if self.bare_host_re else None
        spec = self.kb.organs.get(key(m.group(1))) if m else None
        if m is None or spec is None:
            return None
        head = m.group(2) + " "
        stop = _SENTENCE_STOP.search(s, m.end())
        head_re = re.compile(rf"(?<!\w){re.escape(head)}")
        later = (self.match_at(s, hm.start()) for hm in head_re.finditer(s, m.end(), stop.start() if stop else len(s)))
        last = next((b for b in later if b is not None and b.name.startswith(head)), None) or next(
            (b for b in reversed(before) if b.kind in ("known", "local") and b.host is None and not b.generic
             and b.name.startswith(head)), None)
        if last is None:
            return None
        fuller = (b for b in before if b.host is None and not b.generic and b.name.startswith(last.name + " "))
        host = copy.deepcopy(next(fuller, last))  # "Tập đoàn Dầu khí" after "Tập đoàn Dầu khí Việt Nam": the full one
        if not self._hosts(spec, host):
            return None
        return Body(pos, m.end(), "organ", str(spec.get("named") or spec["organ"]), host=host,
                    part_of=bool(spec.get("part_of")))

    def _shared_head(self, s: str, pos: int) -> list[Body] | None:
        """A local head shared by a list of places after a count or "các": "Công an 3 huyện A, B
        và C", "Viện Kiểm sát nhân dân các tỉnh X, Y" name one body per place."""
        m = self.kb.local_head_re.match(s, pos)
        head = self.kb.local_heads.get(key(m.group(0))) if m and (s[pos].isupper() or self._lower_head(m.group(0))
                                                                   or self._province_follows(s, m.end())) else None
        if head is None or head.locality:
            return None
        cm = _LIST_COUNT.match(s, m.end())
        if cm is None:
            return self._levelled_list(s, pos, m.end(), head)
        level = self.kb.levels.get(key(cm.group(1)))  # none for "địa phương", "tỉnh, thành phố: A, B"
        if level and head.levels and level not in head.levels:
            return None
        out: list[Body] = []
        p = cm.end()
        while True:
            place = self._place(s, p, level, head)
            if place is None or (level is None and not self.kb.province(place[0])):
                break
            start = pos if not out else p
            out.append(Body(start, place[1], "local", head.head, level=level, place=place[0], place_from="text",
                            entry={"kind": head.kind, "english": head.english}))
            sep = COORD.match(s, place[1])
            if not sep or sep.group(0).strip() in ("-", "–"):
                break
            p = sep.end()
        return out if len(out) >= 2 else None

    def _district_list(self, s: str, first: Body) -> list[Body]:
        """ "UBND quận Tân Bình, Tân Phú", "Huyện ủy Đông Anh và Sóc Sơn": names of districts the division
        data knows, listed after a district's body, are bodies of the same head and level (provinces after a
        province's body: _province_list)."""
        if first.kind != "local" or first.host is not None or first.generic or first.place_from != "text" \
                or not first.place:
            return []
        if first.level in PROVINCE_LEVELS or first.level is None:  # "Sở GTVT Lâm Đồng, Bà Rịa - Vũng Tàu"
            return self._province_list(s, first)
        if first.level not in _DISTRICT_LEVELS:
            return []
        out: list[Body] = []
        q = first.end
        while (sm := COORD.match(s, q)) and sm.group(0).strip() not in ("-", "–"):
            lm = self.kb.level_re.match(s, sm.end())
            if lm and self.kb.levels.get(key(lm.group(0))) == first.level:  # "Công an quận 3, quận 10"
                place = self._place(s, skip_ws(s, lm.end()), first.level, None)
                if place is None or self.kb.province(place[0]):
                    break
                out.append(Body(sm.end(), place[1], "local", first.name, level=first.level, place=place[0],
                                place_from="text", fused=first.fused, entry=dict(first.entry)))
                q = place[1]
                continue
            run = _CAP_RUN.match(s, sm.end())
            names = run.group(0).split() if run else []
            k = next((k for k in range(min(3, len(names)), 0, -1) if key(" ".join(names[:k])) in self.kb.communes
                      and not self.kb.province(" ".join(names[:k]))), None)
            if k is None or k < len(names) or self.match_at(s, sm.end()) is not None:
                break  # "huyện A, Nguyễn Văn B": no district's name, or a longer name than the data knows
            end = sm.end() + len(" ".join(names[:k]))
            out.append(Body(sm.end(), end, "local", first.name, level=first.level, place=" ".join(names[:k]),
                            place_from="text", fused=first.fused, entry=dict(first.entry)))
            q = end
        return out

    def _province_list(self, s: str, first: Body) -> list[Body]:
        """ "UBND tỉnh Thái Nguyên, Yên Bái", "Ban ATGT tỉnh Hải Dương, Gia Lai và An Giang": provinces (or
        cities) of the first body's level, named bare after it, are bodies of the same head and level; after a
        body named with a bare province ("Công an Hà Nam, Nam Định và Lâm Đồng") any province or city is."""
        if self.kb.province(first.place) is None:
            return []
        out: list[Body] = []
        q = first.end
        while (sm := COORD.match(s, q)) and sm.group(0).strip() not in ("-", "–"):
            pm = self.kb.place_re.match(s, sm.end())
            prov = self.kb.province(pm.group(0)) if pm else None
            if pm is None or prov is None or (first.level and prov.get("kind") != first.level) \
                    or not _BARE_PLACE_END.match(s, pm.end()) \
                    or str(prov["name"]) in {first.place, *(b.place for b in out)}:
                break
            out.append(Body(sm.end(), pm.end(), "local", first.name, level=first.level, place=str(prov["name"]),
                            place_from="text", fused=first.fused, entry=dict(first.entry)))
            q = pm.end()
        return out

    def _seated_list(self, s: str, first: Body) -> list[Body]:
        """ "VKSND cấp cao tại Hà Nội, Đà Nẵng và TP HCM": places listed after a known body named with its seat
        name the known bodies of the same name seated there."""
        at = s.rfind(" tại ", first.start, first.end)
        if first.kind != "known" or first.host is not None or at < 0:
            return []
        prefix = s[first.start:at + len(" tại ")]
        out: list[Body] = []
        q = first.end
        while (sm := COORD.match(s, q)) and sm.group(0).strip() not in ("-", "–"):
            vb = self._known(prefix + s[sm.end():sm.end() + 60], 0)
            if vb is None or vb.end <= len(prefix) or vb.name in {first.name, *(b.name for b in out)}:
                break
            q = sm.end() + vb.end - len(prefix)
            out.append(Body(sm.end(), q, "known", vb.name, entry=vb.entry))
        if out:
            first.generic = False  # "các VKSND cấp cao tại A, B": "các" counts the list
        return out

    def _levelled_list(self, s: str, pos: int, p: int, head: Any) -> list[Body] | None:
        """ "Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa, tỉnh Quảng Ninh, thành phố Đà Nẵng": each level word and
        place after the head names one body."""
        out: list[Body] = []
        p = skip_ws(s, p)
        while (lm := self.kb.level_re.match(s, p)) is not None:
            level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
            if head.levels and level not in head.levels:
                break
            place = self._place(s, skip_ws(s, lm.end()), level, head)
            prov = self.kb.province(place[0]) if place else None
            if place is None or prov is None or prov.get("kind") != level:
                break  # provinces and cities only: "huyện A, xã B" is a place, not a list
            out.append(Body(pos if not out else p, place[1], "local", head.head, level=level, place=place[0],
                            place_from="text", entry={"kind": head.kind, "english": head.english}))
            sep = COORD.match(s, place[1])
            if not sep or sep.group(0).strip() in ("-", "–"):
                break
            p = sep.end()
        return out if len(out) >= 2 else None

    def _dash_parents(self, s: str, bodies: list[Body]) -> list[Body]:
        """ "Bộ NN&PTNT - Cục Thú y", "Tổng cục Cảnh sát Bộ Công an", "Cục Trẻ em (Bộ LĐTBXH)": a unit
        and its parent side by side (a dash, a space, brackets) name the unit, PART_OF the parent."""
        out: list[Body] = []
        i = 0
        while i < len(bodies):
            a = bodies[i]
            b = bodies[i + 1] if i + 1 < len(bodies) else None
            if b is not None and (_DASH.fullmatch(s, a.end, b.start) or _BESIDE.fullmatch(s, a.end, b.start)
                                  or (a.kind == "known" and a.entry.get("parent") and self._unit_headed(a.name)
                                      and a.entry.get("kind") != b.entry.get("kind")  # "Ban Bí thư, Ban Chấp hành TW"
                                      and _listed_beside(self.kb.part_of.inline_cues).fullmatch(s, a.end, b.start))):
                dash = bool(_DASH.fullmatch(s, a.end, b.start))
                for unit, parent in ((a, b), (b, a)) if dash else ((a, b),):
                    if unit.host is None and not parent.generic and parent.kind in ("known", "local") \
                            and self._unit_of(unit, parent, s[unit.end:parent.start] if not dash else "-"):
                        out.append(Body(unit.start, unit.end, unit.kind, unit.name, entry=unit.entry, host=parent,
                                        part_of=True, level=unit.level, place=unit.place, fused=unit.fused,
                                        place_from=unit.place_from))
                        if parent.start > unit.start:
                            out[-1].end = parent.end  # the parent's name is part of the mention
                        else:
                            out[-1].start = parent.start
                        i += 2
                        break
                else:
                    out.append(a)
                    i += 1
                continue
            out.append(a)
            i += 1
        return out

    def _listed_units(self, s: str, bodies: list[Body]) -> list[Body]:
        """ "Cục A (C45) và Cục B (C08), Bộ Công an", "Vụ A, Vụ B (Bộ X)": units listed before one read with
        its parent written after it, with its head word, are units of that parent too (unless known as another's)."""
        out = list(bodies)
        for k, b in enumerate(out):
            parent = b.host
            if not b.part_of or parent is None or parent.kind != "known" or parent.start <= b.start \
                    or not self._unit_headed(b.name):
                continue
            j = k
            while j > 0:
                unit, nxt = out[j - 1], out[j]
                own = unit.entry.get("parent")
                if unit.host is not None or unit.generic or unit.kind not in ("known", "unit") \
                        or unit.name.split()[0] != b.name.split()[0] or (own and own != parent.canonical(self.kb)) \
                        or not _LISTED_UNIT_GAP.fullmatch(s, unit.end, nxt.start):
                    break
                out[j - 1] = Body(unit.start, unit.end, unit.kind, unit.name, entry=unit.entry,
                                  host=copy.deepcopy(parent), part_of=True, level=unit.level, place=unit.place,
                                  fused=unit.fused, place_from=unit.place_from)
                j -= 1
        return out

    def _seated(self, s: str, bodies: list[Body]) -> None:
        """ "Văn phòng UNESCO tại Hà Nội": an office or branch (seated_heads) followed by "tại" and a province,
        city or country sits there, and its name says so."""
        for b in bodies:
            if not any(s.startswith(h + " ", b.start) for h in self.seated_heads) or b.generic:
                continue
            m = _AT.match(s, b.end)
            if not m:
                continue
            lm = self.kb.level_re.match(s, m.end())
            pm = self.kb.place_re.match(s, m.end())  # "tại TP HCM": a place written with its level
            prov = self.kb.province(pm.group(0)) if pm else None
            if prov is None:
                pm = self.kb.place_re.match(s, skip_ws(s, lm.end()) if lm else m.end())
                prov = self.kb.province(pm.group(0)) if pm else None
            cm = self.kb.country_re.match(s, m.end()) if prov is None else None
            seat, end = None, 0
            if prov is not None and pm is not None:
                seat, end = str(prov.get("in_body_names") or prov["name"]), pm.end()
            elif cm is not None and self.kb.countries.get(key(cm.group(0))):
                seat, end = re.sub(r"\s+", " ", cm.group(0)), cm.end()  # as written: "tại Rumania"
            if seat:  # the office's own name as written, then its seat
                written = re.sub(r"\s+", " ", s[b.start:m.start()])
                b.seated, b.end = f"{written} tại {seat}", end

    def _unit_headed(self, name: str) -> bool:
        """ "Cục ...", "Viện ...": a name headed by a sub-unit's head word (not "Bộ Chính trị, Ban Chấp hành")."""
        return any(name.startswith(h + " ") for h in self.kb.unit_heads)

    def _unit_of(self, unit: Body, parent: Body, gap: str) -> bool:
        if unit.kind == "known" and unit.entry.get("parent"):
            return bool(unit.entry.get("parent") == parent.canonical(self.kb))
        if "(" in gap and unit.kind == "known" and not unit.entry.get("parent") and parent.kind == "known":
            return unit.name.split()[0] in {h.split()[0] for h in self.kb.unit_heads}  # "Cục Trẻ em (Bộ LĐTBXH)"
        return False

    def _shared_organs(self, s: str, bodies: list[Body]) -> list[Body]:
        """ "Ban Thường vụ và Ban Chấp hành Đảng bộ X", "Thường trực, Ban Thường vụ Tỉnh ủy Y": organs listed
        before one named with its host are organs of that host too."""
        out: list[Body] = []
        prev = 0
        for b in bodies:
            host = b.host if b.kind == "organ" else b
            if b.kind == "known" and b.part_of and b.host is not None and not b.generic:
                out += self._listed_before_organ(s, prev, b)  # "Ban Chấp hành, Ban Thường vụ, Ban Bí thư Trung ương Đoàn"
            elif host is not None and not b.generic and (b.kind == "organ" or b.is_committee(self.kb)) \
                    and not b.entry.get("bare"):  # a bare organ's host is not written with it (body_bare_organs)
                tail = self.organ_list_re.search(s, prev, b.start) if self.organ_list_re else None
                if tail and tail.end() == b.start:
                    for om in self.kb.organ_re.finditer(s, tail.start(), b.start):
                        spec = self.kb.organs.get(key(om.group(0)))
                        if spec and (s[om.start()].isupper() or s[om.start():om.start() + 3] == "ban") \
                                and self._hosts(spec, host) and not self._titled(s, om.start()) \
                                and not self._is_host(om.group(0), host):
                            shared = copy.deepcopy(host)
                            for n in shared.nodes():  # the place is written once: count it once (localities)
                                n.place_from = "list" if n.place_from == "text" else n.place_from
                            out.append(Body(om.start(), om.end(), "organ", str(spec.get("named") or spec["organ"]), host=shared,
                                            part_of=bool(spec.get("part_of"))))
            out.append(b)
            prev = b.end
        return out

    def _listed_before_organ(self, s: str, prev: int, b: Body) -> list[Body]:
        """Organs listed before a listed organ of a body ("Ban Bí thư Trung ương Đoàn") are read with the words
        that name its body ("Trung ương Đoàn")."""
        tail = self.organ_list_re.search(s, prev, b.start) if self.organ_list_re else None
        words = s[b.start:b.end].split()
        k = next((k for k in range(2, len(words)) if self.kb.canonical_agency(" ".join(words[:k]))), None)
        if tail is None or tail.end() != b.start or k is None:
            return []
        named = " ".join(words[k:])
        out: list[Body] = []
        for om in self.kb.organ_re.finditer(s, tail.start(), b.start):
            vb = self.match_at(f"{om.group(0)} {named}", 0, 1)
            if vb is None or vb.end != len(om.group(0)) + 1 + len(named) or not s[om.start()].isupper():
                continue
            shift = om.start()
            for n in vb.nodes():
                n.start, n.end = n.start + shift, min(n.end + shift, om.end())
            out.append(vb)
        return out

    def _is_host(self, organ: str, host: Body) -> bool:
        """ "Ban Chấp hành, Ban Thường vụ Tỉnh ủy X": the first organ is the committee itself (organ_equivalents)."""
        name = key(host.canonical(self.kb))
        return any(organ_key == key(organ) and key(eq) == of_key and name.startswith(of_key + " ")
                   for (organ_key, of_key), eq in self.organ_equivalents.items())

    def _distribute(self, s: str, bodies: list[Body]) -> None:
        """ "các ban cán sự đảng Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh": the organ
        applies to the following listed bodies that name none of their own."""
        for i, b in enumerate(bodies):
            if not b.distribute:
                continue
            prev = b
            for nb in bodies[i + 1:]:
                gap = s[prev.end:nb.start]
                if not re.fullmatch(r",\s*|\s+và\s+", gap) or nb.kind in ("organ", "unit") or nb.generic:
                    break
                organ = Body(nb.start, nb.end, "organ", b.name, host=nb, part_of=b.part_of)
                bodies[bodies.index(nb)] = organ
                prev = organ

def fullest_described(bodies: list[Body]) -> None:
    """ "Công ty xổ số kiến thiết tỉnh Đồng Nai" in the title is the "Công ty xổ số kiến thiết và dịch
    vụ tổng hợp tỉnh Đồng Nai" of the text: a described body takes the fullest name of the article
    whose words hold its own in order, with the same head and place."""
    nodes = [n for b in bodies for n in b.nodes() if n.entry.get("described")]
    for n in nodes:
        words = n.name.lower().split()
        fuller = {o.name for o in nodes if o.place == n.place and len(o.name) > len(n.name)
                  and o.name.split()[:2] == n.name.split()[:2] and _in_order(words, o.name.lower().split())}
        if fuller:
            best = max((o for o in nodes if o.name in fuller), key=lambda o: len(o.name))
            n.name, n.level, n.fused = best.name, best.level, best.fused  # one name, written one way


def _in_order(words: list[str], longer: list[str]) -> bool:
    it = iter(longer)
    return all(w in it for w in words)
