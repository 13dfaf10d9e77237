"""Local bodies: a head of every level with the level and place written after it ("UBND tỉnh Đồng Nai",
"Thành ủy thành phố Hồ Chí Minh", "Công an quận Thủ Đức"), fused heads that name their level ("Tỉnh
ủy"), a level shared along a list ("HĐND, UBND tỉnh") and heads written bare, for `agencies.Grammar`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.body import PROVINCE_LEVELS, Body
from coordgraph.ingest.body_lists import COORD
from coordgraph.ingest.knowledge import LOWER, UPPER, Knowledge, key, skip_ws

_CAP_WORD = re.compile(rf"[{UPPER}][{LOWER}]*(?!\w)|\d+(?!\w)")
_WORD = re.compile(r"\w+")
_DISTRICT = {"huyện", "quận", "thị xã", "thành phố"}
_AFTER_SEP = re.compile(r"(?:,|\svà)\s+$")


class Local:
    """The local-body reading of `agencies.Grammar`."""

    kb: Knowledge
    firsts: set[str]
    level_place_stop: set[str]
    bare_provincial: set[str]
    bare_not_after: re.Pattern[str]
    lower_district: set[str]
    bare_level_not_before: re.Pattern[str]  # words after a bare level word that name other provinces ("tỉnh bạn")
    bare_generic: re.Pattern[str]
    plural_place: re.Pattern[str]
    listed_place: re.Pattern[str]
    place_committee_head: str

    if TYPE_CHECKING:
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...
        def _place_committee(self, s: str, pos: int, p: int) -> Body | None: ...
        def _titled(self, s: str, pos: int) -> bool: ...
        def _lower_head(self, name: str) -> bool: ...
        def _listed(self, s: str, pos: int) -> bool: ...

    def _listed_levelled(self, s: str, pos: int, end: int) -> bool:
        """ "hội Cựu chiến binh tỉnh" in a list's slot: a local head in lower case is read when a level word
        follows it (alone, "đoàn đại biểu Quốc hội" may be every province's)."""
        return self._listed(s, pos) and self.kb.level_re.match(s, skip_ws(s, end)) is not None

    def _local(self, s: str, pos: int, depth: int) -> Body | None:
        m = self.kb.local_head_re.match(s, pos)
        if not m:
            return None
        head = self.kb.local_heads.get(key(m.group(0)))
        if head is None:
            return None
        if key(head.head) == self.place_committee_head and s[pos].isupper():
            pc = self._place_committee(s, pos, m.end())
            if pc is not None:
                return pc
        fused = bool(head.locality)
        if not fused and not (s[pos].isupper() or self._titled(s, pos) or self._lower_head(m.group(0)) or self._listed_levelled(s, pos, m.end())
                              or self._province_follows(s, m.end()) or self._district_follows(s, m.end(), head)
                              or self._bare_level_follows(s, m.end(), head)):
            return None
        b = Body(pos, m.end(), "local", head.head, fused=fused, entry={"kind": head.kind, "english": head.english})
        if fused:
            b.level = head.locality
            follow = self.kb.generic_follow_re.match(s, pos) or self.plural_place.match(s, skip_ws(s, m.end()))
            if follow:  # "Tỉnh ủy, Thành ủy", "tỉnh đoàn các địa phương": of every province
                b.generic, b.end = True, follow.end()
                return b
        p = skip_ws(s, m.end())
        fl = self.kb.level_re.match(s, p) if fused else None
        if fl and self.kb.levels.get(key(fl.group(0))) == head.locality \
                and self._place(s, skip_ws(s, fl.end()), head.locality, None) is not None:
            p = skip_ws(s, fl.end())  # "Thành ủy thành phố Hồ Chí Minh", "Huyện ủy huyện Long Thành"
        lm = self.kb.level_re.match(s, p) if not fused else None
        if lm:
            level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
            if head.levels and level not in head.levels:
                return None
            follow = self.kb.generic_follow_re.match(s, p)
            if follow:
                b.level, b.generic, b.end = level, True, follow.end()
                return b
            b.level, b.end = level, lm.end()
            p = skip_ws(s, lm.end())
        place = self._place(s, p, b.level, head)
        if place:
            b.place, b.end, b.place_from = place[0], place[1], "text"
        if not fused and not b.level and not b.place:
            follow = self.bare_generic.match(s, skip_ws(s, m.end()))
            if follow:  # "Ủy ban nhân dân nơi gần nhất": the body of whichever place
                b.generic, b.end = True, follow.end()
                return b
            plural = self._plural_place(s, pos, skip_ws(s, m.end()))
            if plural:  # "Sở Tài chính các tỉnh": no one body
                return self._every_place(b, head, plural.end())
            # "Hội đồng nhân dân, Ủy ban nhân dân tỉnh": the level is shared
            c = COORD.match(s, m.end())
            if c and depth < 3:
                nxt = self._local(s, c.end(), depth + 1)
                if self._plural_listed(s, c.end(), nxt, head):
                    return self._every_place(b, head, b.end)  # "Sở Y tế, Sở Tài chính các tỉnh": every province's
                if nxt and (nxt.level or nxt.place) and not nxt.fused \
                        and not (head.levels and nxt.level and nxt.level not in head.levels):  # not "Sở X và UBND quận Y"
                    b.level, b.place, b.place_from, b.shared = nxt.level, nxt.place, nxt.place_from, True
                    return b
            bare = self._bare_provincial(s, pos, m.end(), head)
            if not ((head.levels and set(head.levels) <= PROVINCE_LEVELS or bare) and (s[pos].isupper() or self._titled(s, pos)
                                                                             or self._lower_head(m.group(0)) or self._listed_levelled(s, pos, m.end()))):
                return None  # "Sở Tư pháp", "giám đốc sở Y tế" alone is a province's: the context says which
            if bare:
                b.entry["bare"] = True  # the province's only where the article names no district or city
        return b

    def _every_place(self, b: Body, head: Any, end: int) -> Body | None:
        """A head of every province written with a plural place: a generic body where the head alone would name
        the province's (the words are not read again), otherwise none."""
        if not (head.levels and set(head.levels) <= PROVINCE_LEVELS):
            return None
        b.generic, b.end = True, end
        return b

    def _plural_listed(self, s: str, p: int, nxt: Body | None, head: Any) -> bool:
        """The list member at p is a head followed by a plural place of a level the head has ("Sở Tài chính
        các tỉnh", "tỉnh đoàn các địa phương"; not "Sở X, UBND các quận"), read as no body or a generic one."""
        if nxt is not None and not nxt.generic:
            return False
        m = self.kb.local_head_re.match(s, p)
        plural = self._plural_place(s, p, skip_ws(s, m.end())) if m else None
        if nxt is not None and nxt.fused:
            plural = self.plural_place.search(s, nxt.start, nxt.end)
        level = self.kb.levels.get(key(plural.group(0).split(",")[0].split(None, 1)[1])) if plural else None
        return plural is not None and not (head.levels and level and level not in head.levels)

    def _plural_place(self, s: str, pos: int, p: int) -> re.Match[str] | None:
        """The plural place at p after the head at pos; some words count only after a list's separator ("Sở Xây
        dựng, Sở Tài chính địa phương", not "với Sở Xây dựng địa phương": the local one)."""
        return self.plural_place.match(s, p) or (self.listed_place.match(s, p) if _AFTER_SEP.search(s, max(0, pos - 5), pos) else None)

    def _bare_provincial(self, s: str, pos: int, end: int, head: Any) -> bool:
        """ "kỳ họp HĐND vừa qua": a head of every level written bare names the province's body, unless a
        plural follows ("UBND các tỉnh") or it stands in a comma list ("cấp ủy, HĐND, UBND"); a comma after it
        closes a title's body ("ông A, Phó Chủ tịch UBND, cho biết")."""
        if key(head.head) not in self.bare_provincial or s[max(0, pos - 2):pos] == ", " \
                or (s[end:end + 1] == "," and (not self._titled(s, pos) or self.bare_not_after.search(s, max(0, pos - 20), pos))):
            return False
        nxt = _WORD.match(s, skip_ws(s, end))
        return not (nxt and self.kb.plural_re.search(nxt.group(0) + " "))

    def _province_follows(self, s: str, p: int) -> bool:
        """ "công an (các) tỉnh Đồng Nai": a head in lower case is a body when a province follows."""
        p = skip_ws(s, p)
        p = skip_ws(s, p + 3) if s[p:p + 4] == "các " else p
        lm = self.kb.level_re.match(s, p)
        pm = self.kb.place_re.match(s, skip_ws(s, lm.end())) if lm and s[p].islower() else None
        prov = self.kb.province(pm.group(0)) if pm else None
        return prov is not None and lm is not None and self.kb.levels.get(key(lm.group(0))) == prov.get("kind")

    def _district_follows(self, s: str, p: int, head: Any) -> bool:
        """ "công an quận Phú Nhuận", "công an quận 3": some heads in lower case are a body when a district
        (a town, a district's city) and its name or number follow."""
        if key(head.head) not in self.lower_district:
            return False
        lm = self.kb.level_re.match(s, skip_ws(s, p))
        level = self.kb.levels.get(key(lm.group(0))) if lm and s[lm.start()].islower() else None
        if level not in _DISTRICT:
            return False
        q = skip_ws(s, lm.end()) if lm else p
        if level == "quận" and re.match(r"\d+(?![\w/.-])", s[q:q + 4]):
            return True  # "công an quận 3"; after another level a number counts ("công an thành phố 2 vụ việc")
        return s[q:q + 1].isupper() and self._place(s, q, level, head) is not None

    def _bare_level_follows(self, s: str, p: int, head: Any) -> bool:
        """ "phối hợp với công an tỉnh để ...": a head of lower_district_heads in lower case is the province's
        body when a province's level word follows it alone and the clause goes on."""
        if key(head.head) not in self.lower_district:
            return False
        lm = self.kb.level_re.match(s, skip_ws(s, p))
        if lm is None or not s[lm.start()].islower() or self.kb.levels.get(key(lm.group(0))) not in PROVINCE_LEVELS:
            return False
        q = skip_ws(s, lm.end())
        return not s[q:q + 1].isupper() and not s[q:q + 1].isdigit() and self.bare_level_not_before.match(s, q) is None

    def _place(self, s: str, p: int, level: str | None, head: Any) -> tuple[str, int] | None:
        pm = self.kb.place_re.match(s, p)
        if pm:
            prov = self.kb.province(pm.group(0))
            if prov:
                return str(prov["name"]), pm.end()
        if head is not None and head.numbers and level in (None, "khu vực"):
            nm = re.match(r"[IVXL]+(?!\w)|\d+(?!\w)", s[p:p + 6])
            if nm:
                return nm.group(0), p + nm.end()
        if level and level not in ("tỉnh",):
            words: list[re.Match[str]] = []
            for w in _CAP_WORD.finditer(s, p):
                if (words and w.start() - words[-1].end() > 1) or len(words) >= 6:
                    break
                if w.group(0).lower() in self.firsts and self.match_at(s, w.start(), 3) is not None:
                    break
                words.append(w)
                if w.group(0).isdigit():
                    break
            whole = [w.group(0) for w in words]  # a person's name may hold a function word ("Nguyễn Thị Liên")
            stop = next((i for i, w in enumerate(words) if w.group(0) in self.level_place_stop), None)
            if stop is not None and not self._division_at(s, p):
                words = words[:stop]  # "UBND thành phố Trong ...": a function word starts no place name
            if words and words[0].start() == p:
                names = [w.group(0) for w in words]
                known = next((k for k in range(min(4, len(names)), 1, -1)
                              if key(" ".join(names[:k])) in self.kb.communes), None)
                if known:  # a name the divisions data knows ("Ngũ Hành Sơn", whose first word is a surname)
                    return s[p:words[known - 1].end()], words[known - 1].end()
                cut = 0 if whole[0] in self.kb.surnames and 3 <= len(whole) <= 4 else None
                if cut is None:  # "quận Thủ Đức Trần Vĩnh Tuyến": the place ends where a full name begins
                    cut = max((i for i in range(1, len(names)) if whole[i] in self.kb.surnames
                               and 3 <= len(whole) - i <= 4), default=None)
                keep = words[:cut][:3] if cut is not None else words[:3]
                if keep:
                    return s[p:keep[-1].end()], keep[-1].end()
        return None

    def _division_at(self, s: str, p: int) -> bool:
        """A commune, ward or province the administrative-division data knows starts at p ("Từ Sơn")."""
        words = _WORD.findall(s, p, p + 40)
        return any(key(" ".join(words[:k])) in self.kb.communes or self.kb.province(" ".join(words[:k]))
                   for k in range(2, min(4, len(words)) + 1))


def ward_district(kb: Knowledge, s: str, b: Body) -> None:
    """A numbered ward's body followed by its district, in brackets or after a comma ("UBND phường 15
    (quận 10)", "Công an P.16, Q.8"), is named with it: "Ủy ban nhân dân phường 15, quận 10" (a number
    alone does not say which ward)."""
    words = kb.grammar.get("ward_district_words") or []
    if not words or b.kind != "local" or b.host is not None or b.level != "phường" or not (b.place or "").isdigit():
        return
    district = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    name = rf"(?:{district})\s*(\d+|[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,2}})(?!\w)"
    m = re.compile(rf"\s*\(\s*{name}\s*\)|,\s*{name}").match(s, b.end)
    if m:
        b.place = f"{b.place}, quận {m.group(1) or m.group(2)}"
        b.end = m.end()
