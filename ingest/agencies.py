"""Agency mentions: named bodies from the reference lists, and the grammar of local bodies,
organs named after their host and sub-units named with their parent.

A mention is a small tree (`Body`): "Ban Nội chính Tỉnh ủy" is the organ Ban Nội chính over the
local body Tỉnh ủy, whose province the article's context supplies (`localities.resolve`). List readings are in
`body_lists`, enterprises, brands and foreign bodies in `body_named`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_apposed import apposed_organ_host, apposed_parent
from coordgraph.ingest.body_associations import Associations, association_reading
from coordgraph.ingest.body_boards import board_brands
from coordgraph.ingest.body_bracketed import Bracketed
from coordgraph.ingest.body_branches import bank_branch
from coordgraph.ingest.body_described import Described, national_reading
from coordgraph.ingest.body_lists import COORD, Lists, fullest_described
from coordgraph.ingest.body_named import Named
from coordgraph.ingest.body_organ_case import lower_organ_read
from coordgraph.ingest.body_parents import named_host
from coordgraph.ingest.body_police import police_department
from coordgraph.ingest.body_press import acting_press, press_reading
from coordgraph.ingest.body_titled import Titled
from coordgraph.ingest.knowledge import (
    LOWER,
    NEVER,
    UPPER,
    WS,
    Knowledge,
    alternation,
    key,
    phrase_pattern,
    skip_ws,
)

__all__ = ["Body", "Grammar"]

_CAP_RUN = re.compile(rf"[{UPPER}][{LOWER}]*(?:{WS}[{UPPER}][{LOWER}]*){{0,2}}(?!\w)|\d+(?!\w)")
_CAP_WORD = re.compile(rf"[{UPPER}][{LOWER}]*(?!\w)|\d+(?!\w)")
_JOINT_HEAD = re.compile(rf"(?<!\w)liên{WS}$")
_CONNECTOR = re.compile(rf"{WS}(?:của|thuộc|trực thuộc){WS}")
_DASH_JOINT = re.compile(rf"{WS}[-–]{WS}")
_CODE = re.compile(r"\s*\(\s*[A-Z][A-Z0-9]{0,3}(?: ?\d{1,3})?\s*\)")  # a police unit's code: "(PC 45)"
_UNIT_STOP = re.compile(r"[.;:()\n\"“”]|,(?! chống)")
_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,25}?)\s*\)")
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD = re.compile(r"\w+")
_COUNT_BEFORE = re.compile(rf"(?<!\w)\d+{WS}$")
_PROVINCIAL = {"tỉnh", "thành phố"}


class Grammar(Lists, Described, Named, Bracketed, Titled, Associations):
    """Finds agency mentions in the working text."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.words: dict[int, int] = {}
        self.brand_names: dict[str, str] = {}  # this article's brands ("EVN HANOI") -> enterprise name
        self.brand_re: re.Pattern[str] | None = None
        self.brand_firsts: set[str] = set()
        self.enterprises: list[str] = []  # this article's enterprise names, in order
        self.described_seen: list[Body] = []  # this article's described bodies (_described)
        self.titled_unit = False  # reading the body a title names by its head ("trưởng phòng ..."; people.py)
        stop = kb.grammar.get("enterprise_generic_words") or []
        self.enterprise_stop = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, stop))})$") if stop else NEVER  # this article's multi-syllable words (start -> end), if known
        heads = list(kb.grammar.get("enterprise_heads") or [])
        self.number_not_before = re.compile(rf"{WS}(?:{alternation(kb.grammar.get('enterprise_number_not_before') or [])})(?!\w)")
        self.named_kinds = {key(h): str(k) for h, k in (kb.grammar.get("named_heads") or {}).items()}
        heads += list(kb.grammar.get("named_heads") or {})
        self.enterprise_re = re.compile(rf"(?:{'|'.join(phrase_pattern(h) for h in sorted(heads, key=len, reverse=True))})"
                                        rf"(?!\w)", re.IGNORECASE) if heads else None
        self.head_forms = {key(h): str(h) for h in heads}  # "Công ty cổ phần" is written "Công ty Cổ phần"
        firsts = {f.split()[0].lower() for f in kb.known_forms + kb.head_forms if f.split()}
        firsts |= {o["organ"].split()[0].lower() for o in kb.organs.values()}
        firsts |= {u.split()[0].lower() for u in kb.unit_heads}
        cp = kb.grammar.get("central_prefix") or {}
        self.central_re = re.compile(rf"{phrase_pattern(cp['prefix'])}{WS}") if cp.get("prefix") else None
        self.central_kinds = set(cp.get("kinds") or [])
        self.central_committee = str(cp.get("committee") or "")
        bare = [str(h) for h in cp.get("bare_heads") or []]
        self.central_bare = set(bare)
        self.central_bare_re = re.compile(rf"(?:{alternation(bare)})(?!\w)(?!{WS}[{UPPER}\d])") if bare else None
        self.association: Body | None = None  # the association this article names most ("Trung ương Hội")
        self.associations: dict[str, int] = {}
        if cp.get("prefix"):
            firsts.add(cp["prefix"].split()[0].lower())
        firsts |= {h.split()[0].lower() for h in heads}
        self.firsts = firsts
        self.lower_heads = set(kb.grammar.get("lower_case_heads") or [])
        self.association_spec = association_reading(kb.grammar)
        self.lower_firsts = {h.split()[0] for h in self.lower_heads}
        home = [str(h) for h in kb.cues.get("home_country") or []]
        stems = {n[:-len(h) - 1]: str(e.get("kind") or "") for n, e in kb.agencies.items() for h in home
                 if n.endswith(" " + h) and len(n.split()) > len(h.split()) + 1}
        foreign_kinds = set(kb.grammar.get("foreign_head_kinds") or [])
        heads_abroad = {n: str(e.get("kind")) for n, e in kb.agencies.items() if str(e.get("kind")) in foreign_kinds}
        for head, kind in {**heads_abroad, **(kb.grammar.get("foreign_heads") or {})}.items():  # "Hạ viện Morocco"
            stems.setdefault(str(head), str(kind))
            self.firsts.add(str(head).split()[0].lower())
        self.home_brand_re = re.compile(rf"(?<= )(?:{'|'.join(map(re.escape, home))}) ([A-Z][A-Za-z]+)$") if home else None
        self.foreign_kinds = {key(k): v for k, v in stems.items()}
        self.foreign_re = re.compile(rf"({'|'.join(phrase_pattern(k) for k in sorted(stems, key=len, reverse=True))})"
                                     rf"{WS}(?={kb.country_re.pattern})") if stems else None
        self.parent_kinds = set(kb.grammar.get("unit_parent_kinds") or [])
        headed = kb.grammar.get("headed_bodies") or {}
        self.headed_heads = {key(h): str(k) for h, k in (headed.get("heads") or {}).items()}
        self.headed_re = re.compile(
            rf"(({alternation(list(headed.get('heads') or {}))}){WS}[{UPPER}][^,.;:()\n“”\"]{{1,60}}?){WS}do{WS}"
            rf"(?=[^.;:\n]{{3,90}}?{WS}(?:{alternation(list(headed.get('cues') or []))})(?!\w))") if headed else None
        self.firsts |= {h.split()[0].lower() for h in headed.get("heads") or {}}
        numbered = kb.grammar.get("numbered_unit_heads") or []
        self.numbered_re = re.compile(rf"(?:{'|'.join(phrase_pattern(h) for h in numbered)}){WS}"
                                      r"(?:VIII|VII|VI|IV|IX|III|II|I|V|X)(?![\w/.-])") if numbered else None
        self.place_stop = set(kb.grammar.get("place_stopwords") or [])
        self.level_place_stop = self.place_stop | set(kb.grammar.get("place_sentence_words") or [])
        self.list_heads = {str(h): str(k) for h, k in (kb.grammar.get("shared_head_lists") or {}).items()}
        self.local_list_heads = [str(h) for h in kb.grammar.get("shared_local_heads") or []]
        self.seated_heads = [str(h) for h in kb.grammar.get("seated_heads") or []]
        self.headed_lists = [(h, re.compile(rf"{re.escape(h)}(?:,?{WS}ngành)?(?:{WS})?:(?:{WS})?", re.IGNORECASE))
                             for h in self.list_heads]  # "các bộ(, ngành): A, B"
        described = kb.grammar.get("described_bodies") or {}
        self.described_kinds = {key(h): str(k) for h, k in (described.get("heads") or {}).items()}
        self.described_forms = {key(h): str(h) for h in described.get("heads") or {}}
        self.described_re = re.compile(rf"(?:{alternation(list(described.get('heads') or {}))})(?!\w)",
                                       re.IGNORECASE) if described.get("heads") else None
        self.described_stop = {str(w).lower() for w in described.get("stopwords") or []}
        self.national_re, self.national_kinds, self.national_forms, self.national_stop = national_reading(kb.grammar)
        self.press = press_reading(kb.grammar)  # "báo Tuổi Trẻ phối hợp ..."
        nb = kb.grammar.get("national_bodies") or {}
        self.national_of = {str(w) for w in nb.get("open_of") or []}
        self.firsts |= {h.split()[0].lower() for h in described.get("heads") or {}}
        organ_alt = alternation([o["organ"] for o in kb.organs.values()])
        self.organ_list_re = re.compile(rf"(?<!\w)(?:(?:{organ_alt})(?:[ \t]*,[ \t]*|{WS}và{WS}))+",
                                        re.IGNORECASE) if organ_alt else None
        pcs = kb.grammar.get("place_committees") or {}
        self.place_committee_head = key(str(pcs.get("head") or ""))
        self.place_committees = {str(k): str(v) for k, v in (pcs.get("by_level") or {}).items()}
        self.described_name_heads = {key(h) for h in kb.grammar.get("described_name_heads") or []}
        self.home_re = re.compile(rf"(?:{alternation(home)})(?!\w)") if home else None
        self.described_district = {key(h) for h in described.get("district_heads") or []}
        self.described_comma = {str(w) for w in described.get("comma_words") or []}
        self.described_bare = {key(h) for h in described.get("bare_place_heads") or []}
        self.described_not_before_place = {str(w) for w in described.get("not_before_place") or []}
        regions = [str(w) for w in described.get("region_words") or []]
        self.described_region_re = re.compile(rf"(?:{alternation(regions)}){WS}(?:[IVX]+|\d+)(?![\w/.-])",
                                              re.IGNORECASE) if regions else None
        zones = kb.grammar.get("zone_bodies") or {}
        self.zone_heads = {key(h): (str(h), str(k)) for h, k in (zones.get("heads") or {}).items()}
        self.zone_re = re.compile(rf"({alternation(list(zones.get('heads') or {}))}){WS}(?:{alternation(zones.get('zones') or [])})"
                                  rf"(?!\w)", re.IGNORECASE) if zones.get("heads") else None
        self.firsts |= {h.split()[0].lower() for h in zones.get("heads") or {}}
        cmd = kb.grammar.get("command_bodies") or {}
        self.command = (str(cmd.get("head") or ""), str(cmd.get("kind") or ""))
        self.command_re = re.compile(rf"{phrase_pattern(self.command[0])}(?!\w)", re.IGNORECASE) if cmd.get("head") else None
        self.command_words = {key(w): str(w) for w in cmd.get("words") or []}
        self.command_word_re = re.compile(rf"{WS}(?:({alternation(list(self.command_words))})(?!\w)|(\d+|[IVX]+)(?!\w))",
                                          re.IGNORECASE) if self.command_words else None
        if cmd.get("head"):
            self.firsts.add(self.command[0].split()[0].lower())
        self.parent_named_heads = set(kb.grammar.get("parent_named_heads") or [])
        self.parent_named_kinds = set(kb.grammar.get("parent_named_kinds") or [])
        self.parent_alias_kinds = set(kb.grammar.get("parent_alias_kinds") or [])
        self.organ_equivalents = {(key(e["organ"]), key(e["of"])): str(e["is"])
                                  for e in kb.grammar.get("organ_equivalents") or []}
        stop = kb.grammar.get("unit_name_stopwords") or []
        self.unit_stop = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, stop))})(?!\w)") if stop else NEVER
        self.bare_provincial = {key(h) for h in kb.grammar.get("bare_provincial_heads") or []}
        not_after = [str(w) for w in kb.grammar.get("known_not_after") or []]
        self.known_not_after = re.compile(rf"(?<!\w)(?:{alternation(not_after)}){WS}$", re.IGNORECASE) \
            if not_after else NEVER
        kg = kb.grammar.get("known_generic_followers") or {}
        self.known_generic_kinds = {str(k) for k in kg.get("kinds") or []}
        self.known_generic_re = re.compile(rf"{WS}(?:{alternation(kg.get('followers') or [])})(?!\w)") \
            if kg.get("followers") else NEVER
        within = [str(w) for w in kb.grammar.get("organ_not_within") or []]
        self.organ_within = re.compile(rf"(?<!\w)(?:{alternation(within)})(?!\w)", re.IGNORECASE) if within else None

    # -- one mention at a position -------------------------------------------------
    def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None:
        if depth > 3 or pos >= len(s):
            return None
        cands = [c for c in (self._known(s, pos), self._organ(s, pos, depth), self._local(s, pos, depth),
                             self._unit(s, pos, depth), self._central(s, pos), self._enterprise(s, pos),
                             self._foreign(s, pos), self._brand(s, pos), self._headed(s, pos),
                             self._described(s, pos), self._national(s, pos), self._zone(s, pos),
                             self._bare_association(s, pos), self._command(s, pos), self._bracketed(s, pos, depth),
                             self._national_association(s, pos), police_department(s, pos),
                             acting_press(self.kb, self.press, s, pos))
                 if c is not None]
        if not cands:
            return None
        order = {"known": 0, "organ": 1, "local": 2, "unit": 3}
        best = max(cands, key=lambda b: (b.end, b.shared, -order.get(b.kind, 9)))  # "Cục Hải quan và Công an TP"
        return bank_branch(self.kb, s, best)  # "BIDV chi nhánh Hà Tĩnh": the branch

    def _known(self, s: str, pos: int) -> Body | None:
        m = self.kb.known_re.match(s, pos)
        if not m or not (s[pos].isupper() or self._titled(s, pos) or self._lower_head(m.group(0))):
            return None
        if s[pos].islower() and re.search(rf"(?<!\w)Đảng{WS}$", s[max(0, pos - 8):pos]):
            return None  # "Đảng bộ Công an": a party organisation, not "Bộ Công an"
        canon = self.kb.canonical_agency(m.group(0))
        if not canon or self.known_not_after.search(s, max(0, pos - 12), pos):
            return None  # "Luật Công an nhân dân", "danh hiệu Công an nhân dân": a law, an honour
        entry = self.kb.agencies.get(canon, {})
        parent = str(entry.get("parent") or "")
        host = None
        if parent and canon.endswith(" " + parent) and parent in self.kb.agencies \
                and (canon[:-len(parent) - 1] in self.parent_named_heads
                     or str(entry.get("kind")) in self.parent_named_kinds):
            # "Văn phòng Chính phủ", "Ủy ban Thường vụ Quốc hội": named after the body it is part of
            host = named_host(self.kb, pos, m.end(), parent, self.parent_named_heads, self.parent_named_kinds)
        elif parent and parent in self.kb.agencies and not canon.endswith(" " + parent) \
                and re.search(rf"(?<!\w){phrase_pattern(parent)}$", re.sub(r"\s+", " ", m.group(0)), re.IGNORECASE):
            # "Ủy ban Tư pháp của Quốc hội": a listed body written with its parent is PART_OF it
            host = named_host(self.kb, pos, m.end(), parent, self.parent_named_heads, self.parent_named_kinds)
        elif parent and parent in self.kb.agencies and str(entry.get("kind")) in self.parent_alias_kinds \
                and self._ends_in(m.group(0), parent):
            # "Ban Bí thư Trung ương Đoàn ...": the name ends in another name of its parent
            host = named_host(self.kb, pos, m.end(), parent, self.parent_named_heads, self.parent_named_kinds)
        b = Body(pos, m.end(), "known", canon, entry=entry, host=host, part_of=host is not None)
        if str(entry.get("kind")) in self.known_generic_kinds and self.known_generic_re.match(s, m.end()):
            b.generic = True  # "Mặt trận Tổ quốc và các đoàn thể": the Front at every level
        return b

    def _ends_in(self, text: str, parent: str) -> bool:
        """The words of a listed body's mention end in a name (any listed form) of its parent."""
        words = text.split()
        return any(self.kb.canonical_agency(" ".join(words[k:])) == parent for k in range(1, len(words) - 1))

    def _absorbed(self, s: str, pos: int) -> bool:
        """ "Trưởng ban chỉ đạo ...": the word at pos ends a title that holds the body's head word."""
        w = _WORD.match(s, pos)
        for t in list(_WORD.finditer(s, max(0, pos - 20), pos))[-2:] if w else []:
            m = self.kb.title_re.match(s, t.start())
            head = self.kb.absorbs.get(self.kb.titles.get(key(m.group(0))) or "") if m else None
            if m and w and m.end() == w.end() and head and key(head) == key(w.group(0)):
                return True
        return False

    def _lower_head(self, name: str) -> bool:
        """ "bộ Tài nguyên và Môi trường", "ban Bí thư", "tổng cục Hải quan": only the head is written in
        lower case."""
        words = name.split()
        return any(len(words) > k and words[k][:1].isupper() and " ".join(words[:k]) in self.lower_heads
                   for k in range(1, 6))

    def _titled(self, s: str, pos: int) -> bool:
        """ "Cục trưởng cục Cảnh sát ...": a body written in lower case right after a title."""
        before = s[max(0, pos - 30):pos]
        return before.endswith(" ") and any(t.end() == len(before) - 1 and (t.start() == 0 or not before[t.start() - 1].isalnum())
                                            for t in self.kb.title_re.finditer(before))

    def _organ(self, s: str, pos: int, depth: int) -> Body | None:
        m = self.kb.organ_re.match(s, pos)
        if not m:
            return None
        spec = self.kb.organs.get(key(m.group(0)))
        if not spec or self._within_word(s, pos) or _COUNT_BEFORE.search(s, max(0, pos - 6), pos):
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
        code = _CODE.match(s, m.end())
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
        if host is None or host.start != p or not self._hosts(spec, host) or (host.kind == "local" and host.shared) \
                or not lower_organ_read(s, pos, spec, host):  # "đoàn thanh tra Bộ Xây dựng": an inspection team
            return None  # "thường trực HĐND – UBND – UBMTTQ TP": the organ of each body of a list
        km = self.kb.known_re.match(s, pos)
        if km and km.end() >= host.end and self.kb.canonical_agency(km.group(0)):
            return None  # "văn phòng Trung ương Đảng" is a listed body, read (or not) as such
        organ = spec["organ"]
        listed = bool(plural) and not host.generic and bool(self._head_list(s, host))  # "BCS đảng các Bộ A, B"
        within = str(spec.get("within") or "")  # "Ban Thường vụ Trung ương Hội X": an organ of its central committee
        if within and not host.generic:  # unless the data names the committee as the body itself
            wb = Body(host.start, host.end, "organ", within, host=host, part_of=True, entry={"within": True})
            host = wb if wb.canonical(self.kb) != host.canonical(self.kb) else host
        return Body(pos, host.end, "organ", organ, host=host, part_of=bool(spec.get("part_of")),
                    generic=(bool(plural) or host.generic) and not listed, distribute=listed)

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
        return any(w.startswith("head:") and host.kind == "local" and host.name == w[5:] for w in wanted if w)

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
        if not fused and not (s[pos].isupper() or self._titled(s, pos) or self._lower_head(m.group(0))
                              or self._province_follows(s, m.end())):
            return None
        b = Body(pos, m.end(), "local", head.head, fused=fused, entry={"kind": head.kind, "english": head.english})
        if fused:
            b.level = head.locality
            follow = self.kb.generic_follow_re.match(s, pos)
            if follow:
                b.generic, b.end = True, follow.end()
                return b
        p = skip_ws(s, m.end())
        fl = self.kb.level_re.match(s, p) if fused else None
        if fl and self.kb.levels.get(key(fl.group(0))) == head.locality and self.kb.place_re.match(s, skip_ws(s, fl.end())):
            p = skip_ws(s, fl.end())  # "Thành ủy thành phố Hồ Chí Minh"
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
            # "Hội đồng nhân dân, Ủy ban nhân dân tỉnh": the level is shared
            c = COORD.match(s, m.end())
            if c and depth < 3:
                nxt = self._local(s, c.end(), depth + 1)
                if nxt and (nxt.level or nxt.place) and not nxt.fused \
                        and not (head.levels and nxt.level and nxt.level not in head.levels):  # not "Sở X và UBND quận Y"
                    b.level, b.place, b.place_from, b.shared = nxt.level, nxt.place, nxt.place_from, True
                    return b
            bare = self._bare_provincial(s, pos, m.end(), head)
            if not ((head.levels and set(head.levels) <= _PROVINCIAL or bare) and (s[pos].isupper() or self._titled(s, pos)
                                                                             or self._lower_head(m.group(0)))):
                return None  # "Sở Tư pháp", "giám đốc sở Y tế" alone is a province's: the context says which
            if bare:
                b.entry["bare"] = True  # the province's only where the article names no district or city
        return b

    def _bare_provincial(self, s: str, pos: int, end: int, head: Any) -> bool:
        """ "kỳ họp HĐND vừa qua": a head of every level written bare names the province's body, unless a
        plural follows ("UBND các tỉnh") or it stands in a comma list ("cấp ủy, HĐND, UBND")."""
        if key(head.head) not in self.bare_provincial or s[end:end + 1] == "," or s[max(0, pos - 2):pos] == ", ":
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
            stop = next((i for i, w in enumerate(words) if w.group(0) in self.level_place_stop), None)
            if stop is not None and not self._division_at(s, p):
                words = words[:stop]  # "UBND thành phố Trong ...": a function word starts no place name
            if words and words[0].start() == p:
                names = [w.group(0) for w in words]
                known = next((k for k in range(min(4, len(names)), 1, -1)
                              if key(" ".join(names[:k])) in self.kb.communes), None)
                if known:  # a name the divisions data knows ("Ngũ Hành Sơn", whose first word is a surname)
                    return s[p:words[known - 1].end()], words[known - 1].end()
                cut = 0 if names[0] in self.kb.surnames and 3 <= len(names) <= 4 else None
                if cut is None:  # "quận Thủ Đức Trần Vĩnh Tuyến": the place ends where a full name begins
                    cut = max((i for i in range(1, len(names)) if names[i] in self.kb.surnames
                               and 3 <= len(names) - i <= 4), default=None)
                keep = words[:cut][:3] if cut is not None else words[:3]
                if keep:
                    return s[p:keep[-1].end()], keep[-1].end()
        return None

    def _bare_unit_name(self, s: str, a: int, b: int) -> bool:
        """The words between a unit's head and a parent that follows with no "của": a name of its own,
        not ending in a conjunction nor naming another body ("Ban Nội chính Tỉnh ủy và Công an tỉnh")."""
        words = s[a:b].split()
        if not words or words[-1].lower() in ("và", "với", "cùng", "-", "–") or words[-1].endswith(",") \
                or words[0].lower() in ("của", "thuộc", "trực"):  # "Phó Tổng cục trưởng của Bộ X": no unit named
            return False
        return not any(rx.match(s, w.start()) for w in _WORD_START.finditer(s, a, b) if s[w.start()].isupper()
                       for rx in (self.kb.known_re, self.kb.local_head_re, self.kb.organ_re))

    def _division_at(self, s: str, p: int) -> bool:
        """A commune, ward or province the administrative-division data knows starts at p ("Từ Sơn")."""
        words = _WORD.findall(s, p, p + 40)
        return any(key(" ".join(words[:k])) in self.kb.communes or self.kb.province(" ".join(words[:k]))
                   for k in range(2, min(4, len(words)) + 1))

    def _unit(self, s: str, pos: int, depth: int) -> Body | None:
        m = self.kb.unit_re.match(s, pos)
        if not m or depth > 1:
            return None
        p = skip_ws(s, m.end())
        if p >= len(s) or not s[p].isalnum() or (s[p].islower() and not self.titled_unit):
            return None  # a unit named in lower case only after its head's title ("trưởng phòng đăng ký kinh doanh Sở X")
        lower = s[p].islower()
        window_end = min(len(s), p + 90)
        stop = _UNIT_STOP.search(s, p, window_end)
        limit = stop.start() if stop else window_end
        known = self._known(s, pos)
        joints = sorted([(c.start(), c.end(), True) for c in _CONNECTOR.finditer(s, p, limit + 12)]
                        + [(c.start(), c.end(), False) for c in _DASH_JOINT.finditer(s, p, limit)
                           if not (known and known.end == c.start() and not known.entry.get("parent"))]
                        + [(c.start(), skip_ws(s, c.end()), False) for c in _CODE.finditer(s, p, limit + 12)
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
                if self.titled_unit and not said and self._person_at(s, end) and not self._person_at(s, p) \
                        and self._bare_unit_name(s, m.end(), start) and not _CONNECTOR.search(s, p - 1, start) \
                        and not self.kb.level_re.search(s[p:start].split()[-1]):
                    return Body(pos, start, "unit", self._unit_name(s, pos, start, m.group(0), lower))
                continue
            if said or (host.kind in ("known", "local") and str(host.entry.get("kind")) in self.parent_kinds
                        and self._bare_unit_name(s, m.end(), start)):
                # "Vụ X của Bộ Y"; "Cục Đào tạo Bộ Công an": the parent follows the unit's name
                return Body(pos, host.end, "unit", self._unit_name(s, pos, start, m.group(0), lower), host=host,
                            part_of=True)
        if self.titled_unit and stop is not None and s[limit] in "(,":  # "Vụ trưởng Hợp tác quốc tế (Bộ Tài chính)"
            q = skip_ws(s, limit + 1)
            host = self.match_at(s, q, depth + 1)
            if host is not None and host.start == q and not host.generic and host.kind in ("known", "local") \
                    and str(host.entry.get("kind")) in self.parent_kinds and self._bare_unit_name(s, m.end(), limit) \
                    and not self.unit_stop.search(s, pos, limit) and len(s[pos:limit].split()) <= 10:
                return Body(pos, host.end, "unit", self._unit_name(s, pos, limit, m.group(0), lower), host=host,
                            part_of=True)
        elif stop is not None and s[limit] == "," and not lower and known is None \
                and (host := apposed_parent(self, s, limit, depth)) is not None and self._bare_unit_name(s, m.end(), limit) \
                and not self.unit_stop.search(s, pos, limit) and len(s[pos:limit].split()) <= 10:
            return Body(pos, host.end, "unit", self._unit_name(s, pos, limit, m.group(0), lower), host=host, part_of=True)
        return None

    def _lower_first(self, s: str, p: int) -> bool:
        """A known body's head word written in lower case starts at p ("vụ 4 ban Nội chính ...")."""
        w = _WORD.match(s, p)
        return bool(w and w.group(0) in self.lower_firsts)

    def _unit_name(self, s: str, a: int, b: int, head: str, lower: bool) -> str:
        name = re.sub(r"\s+", " ", s[a:b].strip())
        if lower:
            rest = name[len(head):].strip()
            name = f"{head} {rest[:1].upper()}{rest[1:]}"
        return name

    def _person_at(self, s: str, p: int) -> bool:
        """A person's full name begins at p (the end of a unit named between a title and its holder)."""
        m = self.kb.name_re.match(s, p)
        return bool(m and len(m.group(0).split()) >= 3 and not self.kb.place_re.match(s, p)
                    and not self.kb.country_re.match(s, p))

    # -- all mentions --------------------------------------------------------------
    def scan(self, s: str) -> list[Body]:
        self.brand_names, self.brand_re, self.brand_firsts = {}, None, set()
        board_brands(self.kb, s, self._add_brand)  # "Chủ tịch Hội đồng quản trị Novaland"
        self.enterprises, self.described_seen = [], []
        self.association, self.associations = None, {}
        out: list[Body] = []
        parent: Body | None = None  # the central body most named so far, whose units are numbered ("Cục I")
        parents: Counter[str] = Counter()
        pos = 0
        n = len(s)
        while pos < n:
            m = _WORD_START.search(s, pos)
            if not m:
                break
            p = m.start()
            w = _WORD.match(s, p)
            word = w.group(0) if w else s[p]
            shared = self._shared_head(s, p) if word.lower() in self.firsts else None
            shared = shared or (self._headed_list(s, p) if word in self.list_heads or word.lower() in self.firsts else None)
            if shared:  # "Công an 3 huyện Tri Tôn, Tịnh Biên và An Phú": one body per place
                out += shared
                pos = shared[-1].end
                continue
            b = self.match_at(s, p) if word.lower() in self.firsts or word in self.brand_firsts else None
            if (b is None or b.end <= p) and parent is not None:
                b = self._numbered_unit(s, p, parent)
            if b is None or b.end <= p:
                pos = p + len(word)
                continue
            kept = self._after_title(s, b)
            if kept is None:
                pos = b.end
                continue
            b = kept
            self._mark_plural(s, b)
            out.append(b)
            self._note_association(b)
            if (members := self._committee_list(s, b) or self._district_list(s, b)):  # "Tỉnh ủy, UBND, HĐND"
                out += members
                pos = out[-1].end
                continue
            if _JOINT_HEAD.search(s, max(0, b.start - 6), b.start):  # "liên Bộ Y tế - Tài chính"
                out += self._joint(s, b)
                pos = out[-1].end
                continue
            if (listed := self._head_list(s, b.host if b.distribute and b.host else b)):  # "Bộ Công an và Y tế"
                b.generic = False  # "các Bộ Tài chính, Tư pháp": "các" counts the list
                out += listed
                pos = out[-1].end
                continue
            if b.kind == "known" and str(b.entry.get("kind")) in self.parent_kinds:
                parents[b.name] += 1
                if parent is None or parents[b.name] >= parents[parent.name]:
                    parent = b  # the body the article is about, not one it names in passing
            pos = b.end
            bm = _PAREN.match(s, b.end)
            if bm and self.brand_names.get(re.sub(r"\s+", " ", bm.group(1))) == b.name:
                pos = bm.end()  # the brand in brackets is this body again
            elif bm and self._gloss(s, b, bm):
                pos = bm.end()  # "Ủy ban Trung ương MTTQ Việt Nam (MTTQVN)": the short form glosses this body
        out = self._shared_organs(s, out)
        self._distribute(s, out)
        fullest_described(out)
        out = self._dash_parents(s, out)
        self._seated(s, out)
        return out


    def _gloss(self, s: str, b: Body, bm: re.Match[str]) -> bool:
        inner = self.match_at(s, bm.start(1))
        if inner is None or inner.end != bm.end(1) or inner.generic:
            return False
        return f" {key(inner.canonical(self.kb))} " in f" {key(b.canonical(self.kb))} "
