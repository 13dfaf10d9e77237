"""Bodies named by a head, words that describe it and the locality that closes the name ("Công ty
xổ số kiến thiết tỉnh Đồng Nai", "Phòng Tài chính - Kế hoạch huyện Đức Cơ", "Cảng vụ hàng hải Hải
Phòng"): the bodies of a province or district that no list can enumerate; the describing words of an
enterprise's name; a place's party committee named by "Đảng ủy" and the place.

`Described` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import functools
import re
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.body import PROVINCE_LEVELS, Body, province_end
from coordgraph.ingest.body_lists import fullest_described
from coordgraph.ingest.body_units import LIST_COMMA
from coordgraph.ingest.knowledge import NEVER, Knowledge, alternation, key, skip_ws

_WORD = re.compile(r"\w+")
_WS = re.compile(r"[ \t\u00a0]+")
_SP = r"[ \t\u00a0]+"
_NO_NUMBERS = SimpleNamespace(numbers=[])
_YEAR = re.compile(rf"(?:năm{_SP})?(?:19|20)\d\d(?![\w/.,-]\w)")  # "Ban Chỉ đạo thi THPT quốc gia năm 2018 tỉnh X"


class Described:
    """The described-body reading of `agencies.Grammar`."""

    kb: Knowledge
    described_re: re.Pattern[str] | None
    described_forms: dict[str, str]
    described_kinds: dict[str, str]
    described_stop: set[str]
    described_seen: list[Body]
    described_district: set[str]  # heads that also name a district's body ("Phòng ... huyện X")
    described_comma: set[str]  # words a comma may go before inside a name ("phòng, chống")
    described_bare: set[str]  # heads whose name may end with a province's name alone
    described_not_before_place: set[str]  # words after which a province's name is a place ("sông Sài Gòn")
    described_region_re: re.Pattern[str] | None  # a region word and its number that close a name ("khu vực I")
    place_stop: set[str]
    unit_stop: re.Pattern[str]
    enterprise_re: re.Pattern[str] | None
    place_committees: dict[str, str]

    national_re: re.Pattern[str] | None
    national_kinds: dict[str, str]
    national_forms: dict[str, str]
    national_stop: set[str]
    national_of: set[str]  # words before the body an open head's board belongs to ("của")

    if TYPE_CHECKING:
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...
        def _place(self, s: str, p: int, level: str | None, head: object) -> tuple[str, int] | None: ...
        def _titled(self, s: str, pos: int) -> bool: ...
        def _listed(self, s: str, pos: int) -> bool: ...
        def _absorbed(self, s: str, pos: int) -> bool: ...

    def _described(self, s: str, pos: int) -> Body | None:
        """ "Công ty xổ số kiến thiết và dịch vụ tổng hợp tỉnh Đồng Nai", "Bệnh viện đa khoa tỉnh Hòa
        Bình": a head, words that describe it, and the level word and place (or a province's name alone,
        after words in lower case) that close it."""
        m = self.described_re.match(s, pos) if self.described_re else None
        om = self.kb.organ_re.match(s, pos)
        if not m or not (s[pos].isupper() or self._titled(s, pos) or self._listed(s, pos)) or self.kb.local_head_re.match(s, pos) \
                or (om and om.end() > m.end()):
            return None  # "Ban Chấp hành Đảng bộ tỉnh X", "Ban Nội chính Quảng Ngãi" are organs, read as such
        tm = self.kb.title_re.match(s, pos)
        if tm and tm.end() > m.end():
            return None  # "Chi cục trưởng ...": a title, not a body
        if s[pos].islower() and verb_words(self.kb).match(s, pos):
            return None  # "Thủ tướng ban hành cơ chế ...": a verb after a title, not a head in lower case
        q, n, seen_lower, capitals_only, run = skip_ws(s, m.end()), 0, False, False, 0
        listed = False  # a list ending in "và" inside the name: a level word must close it
        unit_stop = {str(w) for w in self.kb.grammar.get("unit_name_stopwords") or []}
        while n < 12:  # syllables
            rm = self.described_region_re.match(s, q) if self.described_region_re and n and seen_lower \
                and self.described_kinds[key(m.group(0))] != "enterprise" else None  # not a company's branch
            if rm:  # "Trung tâm phối hợp tìm kiếm cứu nạn hàng hải khu vực I", "Chi cục Thú y vùng II"
                name = re.sub(r"\s+", " ", self.described_forms[key(m.group(0))] + s[m.end():rm.end()])
                return Body(pos, rm.end(), "known", name, entry={"kind": self.described_kinds[key(m.group(0))],
                                                                   "english": ""})
            cm = region_closer(self.kb).match(s, q) if n else None
            if cm and not any(len(w) > 2 and w.isupper() for w in s[m.end():q].split()):  # no "KHNN" left
                # "Cảng vụ hàng không miền Nam": a part of the country closes the name
                name = re.sub(r"\s+", " ", self.described_forms[key(m.group(0))] + s[m.end():cm.end()])
                return Body(pos, cm.end(), "known", name, entry={"kind": self.described_kinds[key(m.group(0))],
                                                                   "english": ""})
            wm = compound_words(self.kb).match(s, q)
            if wm:  # "hàng không": a word of a name that holds a word of a clause
                q, n, seen_lower = skip_ws(s, wm.end()), n + 2, seen_lower or s[q].islower()
                continue
            lm = self.kb.level_re.match(s, q)
            if lm and n and (s[q].islower() or self.kb.place_re.match(s, skip_ws(s, lm.end()))):
                return self._described_end(s, pos, m, q, lm, seen_lower)
            pm = self.kb.place_re.match(s, q) if n and seen_lower and s[q:q + 1].isupper() else None
            prov = self.kb.province(pm.group(0)) if pm else None
            before = s[max(0, q - 12):q].split()
            if pm and prov and key(m.group(0)) in self.described_bare and s[q - 2:q - 1] != "," and not listed \
                    and not s[skip_ws(s, pm.end()):][:1].isupper() \
                    and not (before and before[-1].lower() in self.described_not_before_place):  # "Cảng vụ hàng hải Hải Phòng"
                return self._close(s, pos, m, q, pm.end(), str(prov["kind"]), str(prov["name"]), bare=True)
            if s[q:q + 1] in ("-", "–", ","):  # "Tài chính - Kế hoạch", "phòng, chống thiên tai"
                sep, nq = s[q], skip_ws(s, q + 1)
                w = _WORD.match(s, nq)
                if not n or not w or (sep == "," and not s[nq].isupper() and w.group(0) not in self.described_comma
                                      and not LIST_COMMA.match(s, q)):  # "đầu tư, thương mại và du lịch"
                    return None
                listed |= sep == "," and not s[nq].isupper() and w.group(0) not in self.described_comma
                q = nq
                capitals_only |= sep == "," and s[nq].isupper()  # "Sở Văn hóa, Thể thao", not "Công ty X, Y chi nhánh"
                run = 0
                if sep == "," and w.group(0) in self.described_comma:  # "phòng, chống": a word of the name
                    q, n = skip_ws(s, w.end()), n + 1
                continue
            w = _WORD.match(s, q)
            if not w or w.group(0).lower() in self.described_stop or w.group(0).lower() in unit_stop \
                    or w.group(0) in self.place_stop or w.group(0).isdigit():
                return None
            if s[q].isupper() and self.match_at(s, q, 3) is not None:
                return None  # another body's name begins: "Trung tâm Công an tỉnh ..."
            hm = self.kb.local_head_re.match(s, q) if s[q].islower() else None
            if hm and self.kb.level_re.match(s, skip_ws(s, hm.end())):
                return None  # "Phòng Tổ chức cán bộ công an tỉnh X": the unit of a body written in lower case
            run = run + 1 if s[q].islower() and w.group(0) != "và" else 0
            if capitals_only and run > 1:
                return None  # after "X, Y" a name goes on in words of two syllables at most ("Thể thao và Du lịch")
            seen_lower |= s[q].islower()
            q, n = skip_ws(s, w.end()), n + 1
        return None

    def _national(self, s: str, pos: int) -> Body | None:
        """ "Ban Chỉ đạo quốc gia về hội nhập quốc tế", "Hội đồng quốc gia giáo dục": a national board
        named by a head, a word of its scope and words that describe it, up to the punctuation that
        closes the name; a word of a clause on the way shows the run is no name."""
        m = self.national_re.match(s, pos) if self.national_re else None
        if not m or not (s[pos].isupper() or self._titled(s, pos) or self._absorbed(s, pos)):
            return None
        km = self.kb.known_re.match(s, pos)
        if km and km.end() > m.end():
            return None  # a listed board keeps its listed name
        q, n, end = skip_ws(s, m.end()), 0, m.end()
        head, host = next(g for g in m.groups() if g), None
        while n < 14:
            if q >= len(s) or s[q] in ".;:()\n\"“”" or (s[q] == "," and not self._comma_word(s, q)):
                break
            if s[q:q + 2] == "và" and not s[q + 2:q + 3].isalnum():
                nq = skip_ws(s, q + 2)
                if s[nq:nq + 1].isupper() or self.kb.title_re.match(s, nq) or self.kb.known_re.match(s, nq) \
                        or self._head_then_name(s, nq):
                    break  # "... và Chủ tịch Hội đồng X", "... và bộ Xây dựng": the name ends before "và"
            if s[q] in ("-", "–", ","):
                q = skip_ws(s, q + 1)
                continue
            cw = compound_words(self.kb).match(s, q)
            if cw:  # "Ban Chỉ đạo đổi mới và phát triển doanh nghiệp": "mới" alone would end the name
                end, q, n = cw.end(), skip_ws(s, cw.end()), n + 2
                continue
            ym = _YEAR.match(s, q) if n >= 2 else None
            if ym:  # the year of the board's task stays in its name; only a locality may follow it
                end, q, n = ym.end(), skip_ws(s, ym.end()), n + 1
                if self.kb.level_re.match(s, q):
                    continue
                end = self._province_after(s, q) or end  # "Hội đồng thi THPT quốc gia 2018 (của) Hoà Bình"
                break
            w = _WORD.match(s, q)
            if not w or w.group(0).lower() in self.national_stop or w.group(0).isdigit():
                at = skip_ws(s, w.end()) if w else q
                of = self.match_at(s, at) if w and w.group(0).lower() in self.national_of else None
                if n >= 2 and of is not None and of.start == at and of.kind == "known" and not of.generic:
                    host, end = of, of.end  # "Ban chỉ đạo cải cách hành chính của Chính phủ"
                    break
                province = self._province_after(s, q) if n and w and w.group(0).lower() in self.national_of else None
                if province:  # "Ban Chỉ đạo thi (THPT quốc gia) của tỉnh Hà Giang": the board of that province
                    end, n = province, n + 1
                    break
                if w is None or w.group(0).isdigit() or n < 3 or m.end() != pos + len(head):
                    return None  # only a name of an open head, with no scope word, ends before a clause
                break  # "Ban Chỉ đạo phòng chống dịch đã họp": an open head's name ends before a clause
            end, q, n = w.end(), skip_ws(s, w.end()), n + 1
        else:
            return None
        if n < 2:
            return None
        name = self.national_forms[key(head)] + re.sub(r"\s+", " ", s[pos + len(head):end])
        return Body(pos, end, "known", name, entry={"kind": self.national_kinds[key(head)], "english": ""},
                    host=host, part_of=host is not None)

    def _province_after(self, s: str, q: int) -> int | None:
        """Where a province, maybe after "của" and its level word, ends ("... 2018 của Hoà Bình", "... của tỉnh
        Hà Giang"); None if none is named there."""
        if s[q:q + 3] == "của" and not s[q + 3:q + 4].isalnum():
            q = skip_ws(s, q + 3)
        lm = self.kb.level_re.match(s, q)
        if lm is None or not s[q].islower():
            return province_end(self.kb, s, q)
        pm = self.kb.place_re.match(s, skip_ws(s, lm.end()))
        prov = self.kb.province(pm.group(0)) if pm else None
        level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
        return pm.end() if pm and prov is not None and prov.get("kind") == level else None

    @staticmethod
    def _head_then_name(s: str, q: int) -> bool:
        """ "bộ Xây dựng": a word in lower case, then a capitalised one."""
        w = _WORD.match(s, q)
        return w is not None and s[skip_ws(s, w.end()):][:1].isupper()

    def _comma_word(self, s: str, q: int) -> bool:
        w = _WORD.match(s, skip_ws(s, q + 1))
        return w is not None and w.group(0) in self.described_comma

    def _described_end(self, s: str, pos: int, m: re.Match[str], q: int, lm: re.Match[str],
                       seen_lower: bool) -> Body | None:
        level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
        p = skip_ws(s, lm.end())
        pm = self.kb.place_re.match(s, p)
        prov = self.kb.province(pm.group(0)) if pm else None
        if pm is not None and prov is not None and prov.get("kind") == level and (seen_lower or level in PROVINCE_LEVELS):
            return self._close(s, pos, m, q, pm.end(), level, str(prov["name"]))
        if key(m.group(0)) not in self.described_district or level in ("tỉnh", "khu vực", "đặc khu") or prov:
            return None  # a province or a city closes the name; a district only a district's office
        found = self._place(s, p, level, _NO_NUMBERS)
        if found is None:
            return None
        return self._close(s, pos, m, q, found[1], level, found[0])

    def _close(self, s: str, pos: int, m: re.Match[str], q: int, end: int, level: str, place: str,
               bare: bool = False) -> Body:
        name = re.sub(r"\s+", " ", self.described_forms[key(m.group(0))] + s[m.end():q]).strip()
        kind = self.described_kinds[key(m.group(0))]
        written = re.sub(r"\s+", " ", s[q:end]).strip()
        kept = (self.kb.grammar.get("described_bodies") or {}).get("kept_place_names") or []
        if bare and key(written) in {key(str(k)) for k in kept}:  # "Tổng công ty Công nghiệp Sài Gòn": the old name stays
            return Body(pos, end, "known", f"{name} {written}", entry={"kind": kind, "english": ""})
        fused = bare  # "Cảng vụ hàng hải Hải Phòng", "Công ty cây xanh Hà Nội": named with the bare place, kept as written
        b = Body(pos, end, "local", name, level=level, place=place, place_from="text", fused=fused,
                 entry={"kind": kind, "english": "", "described": True})
        fullest_described([*self.described_seen, b])
        self.described_seen.append(b)
        return b

    def _describing_words(self, s: str, q: int) -> int | None:
        """Where the capitalised name starts after at most six words in lower case that describe an
        enterprise or association ("tư vấn xây dựng", "xuất khẩu thủy sản"), if one does."""
        for k in range(6):
            w = compound_words(self.kb).match(s, q) or _WORD.match(s, q)  # "Cảng hàng không": "không" alone ends it
            if not w or not w.group(0).islower() or w.group(0) in self.described_stop or self.unit_stop.fullmatch(
                    w.group(0)) or self.kb.level_re.match(s, q) or self.kb.local_head_re.match(s, q) \
                    or (self.enterprise_re and self.enterprise_re.match(s, q)):
                return None
            q = w.end()
            if not _WS.match(s, q):
                return None
            q = skip_ws(s, q)
            if s[q:q + 1].isupper():  # the name, unless another body's begins there ("Tổng công ty trình Bộ X")
                return None if any(rx.match(s, q) for rx in (self.kb.known_re, self.kb.local_head_re,
                                                              self.kb.organ_re, self.kb.place_re)) else q
        return None

    def _place_committee(self, s: str, pos: int, p: int) -> Body | None:
        """ "Đảng ủy tỉnh Quảng Nam", "Ban Chấp hành Đảng bộ Đà Nẵng": the party committee of a province or
        district is its Tỉnh ủy, Thành ủy, Huyện ủy ... (body_grammar.yaml, place_committees)."""
        p = skip_ws(s, p)
        lm = self.kb.level_re.match(s, p)
        level = self.kb.levels.get(key(lm.group(0))) if lm else None
        q = skip_ws(s, lm.end()) if lm else p
        pm = self.kb.place_re.match(s, q)
        prov = self.kb.province(pm.group(0)) if pm else None
        found: tuple[str, int] | None = None
        if pm and prov and level in (None, prov.get("kind")):
            level, found = str(prov.get("kind")), (str(prov["name"]), pm.end())
        elif level in self.place_committees and level not in PROVINCE_LEVELS:
            found = self._place(s, q, level, self.kb.local_heads.get(key(self.place_committees[level])))
        fh = self.kb.local_heads.get(key(self.place_committees[level])) if level in self.place_committees else None
        if fh is None:
            return None
        if found is None:  # "Ban Chấp hành Đảng bộ tỉnh": the province's committee, its name from the context
            if lm is None or level != "tỉnh" or s[q:q + 1].isupper():
                return None
            return Body(pos, lm.end(), "local", fh.head, level=fh.locality, fused=True,
                        entry={"kind": fh.kind, "english": fh.english})
        return Body(pos, found[1], "local", fh.head, level=fh.locality, place=found[0], fused=True, place_from="text",
                    entry={"kind": fh.kind, "english": fh.english})


@functools.cache
def _closer(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(list(words))})(?!\w)", re.IGNORECASE) if words else NEVER


def region_closer(kb: Knowledge) -> re.Pattern[str]:
    """A part of the country that closes a body's name ("miền Nam"; described_bodies.region_closers)."""
    described = kb.grammar.get("described_bodies") or {}
    return _closer(tuple(str(w) for w in described.get("region_closers") or []))


def verb_words(kb: Knowledge) -> re.Pattern[str]:
    """A head and the word after it that together make a verb ("ban hành", to issue; described_bodies.verbs)."""
    described = kb.grammar.get("described_bodies") or {}
    return _closer(tuple(str(w) for w in described.get("verbs") or []))


def compound_words(kb: Knowledge) -> re.Pattern[str]:
    """Words of two syllables in a name, one of which alone is a word of a clause ("hàng không")."""
    described = kb.grammar.get("described_bodies") or {}
    return _closer(tuple(str(w) for w in described.get("compound_words") or []))


def national_reading(grammar: dict[str, Any]) -> tuple[re.Pattern[str] | None, dict[str, str], dict[str, str], set[str]]:
    """The pattern of a national board's head and scope word, or of a head any describing word may
    follow (body_grammar.yaml, national_bodies),
    the kind and written form of each head, and the words that never stand in such a name."""
    nb = grammar.get("national_bodies") or {}
    heads = {str(h): str(k) for h, k in (nb.get("heads") or {}).items()}
    if not heads:
        return None, {}, {}, set()
    scopes = {str(h): [str(w) for w in ws] for h, ws in (nb.get("scopes") or {}).items()}
    alts = [rf"({re.escape(h)}){_SP}(?:{'|'.join(re.escape(w) for w in scopes.get(h, []))})(?!\w)"
            for h in heads if scopes.get(h)]
    for h, firsts in (nb.get("open_heads") or {}).items():  # "Ban Chỉ đạo phòng, chống tội phạm", "Hội đồng thi ..."
        first = "|".join(re.escape(str(w)).replace(r"\ ", _SP) for w in firsts or []) or "$^"
        alts.append(rf"({re.escape(str(h))})(?={_SP}(?:{first})(?!\w))")
    rx = re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)
    return (rx, {key(h): k for h, k in heads.items()}, {key(h): h for h in heads},
            {str(w).lower() for w in nb.get("stopwords") or []})
