"""Agency mentions: named bodies from the reference lists, and the grammar of local bodies,
organs named after their host and sub-units named with their parent.

A mention is a small tree (`Body`): "Ban Nội chính Tỉnh ủy" is the organ Ban Nội chính over the
local body Tỉnh ủy, whose province the article's context supplies (`localities.resolve`). Local bodies
and their places are read in `body_local`, sub-units in `body_units`, organs in `body_organs`, lists in
`body_lists`, enterprises, brands and foreign bodies in `body_named`.
"""

from __future__ import annotations

import re
from collections import Counter

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_associations import Associations, association_reading
from coordgraph.ingest.body_bare_organs import bare_organ, bare_organs_reading
from coordgraph.ingest.body_boards import board_brands
from coordgraph.ingest.body_bracketed import Bracketed
from coordgraph.ingest.body_branches import bank_branch
from coordgraph.ingest.body_described import Described, national_reading
from coordgraph.ingest.body_lists import Lists, fullest_described
from coordgraph.ingest.body_local import Local, ward_district
from coordgraph.ingest.body_named import Named
from coordgraph.ingest.body_organs import Organs
from coordgraph.ingest.body_parents import named_host
from coordgraph.ingest.body_police import police_department, police_reading
from coordgraph.ingest.body_press import acting_press, press_reading
from coordgraph.ingest.body_purpose import Purpose, purpose_reading
from coordgraph.ingest.body_standalone_units import standalone_reading, standalone_unit
from coordgraph.ingest.body_tail_brands import tail_brands
from coordgraph.ingest.body_titled import Titled
from coordgraph.ingest.body_units import Units
from coordgraph.ingest.knowledge import (
    LOWER,
    NEVER,
    UPPER,
    WS,
    Knowledge,
    alternation,
    key,
    phrase_pattern,
    words_re,
)

__all__ = ["Body", "Grammar"]

_CAP_RUN = re.compile(rf"[{UPPER}][{LOWER}]*(?:{WS}[{UPPER}][{LOWER}]*){{0,2}}(?!\w)|\d+(?!\w)")
_JOINT_HEAD = re.compile(rf"(?<!\w)liên{WS}$")
_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,25}?)\s*\)")
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD = re.compile(r"\w+")
_LIST_SLOT = re.compile(rf"(?:[,;]|{WS}và){WS}$")


class Grammar(Local, Units, Organs, Lists, Described, Named, Bracketed, Titled, Associations, Purpose):
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
        # "Công ty Gang thép Thái Nguyên (Công ty TISCO)": the company again, by an enterprise head and a brand in capitals
        self.short_name_re = re.compile(rf"\s*\((?i:{alternation(heads)}) ([A-Z][A-Z\d&]+)\)")
        self.dash_brand_not = {str(w) for w in kb.grammar.get("dash_brand_not") or []}
        self.number_not_before = re.compile(rf"{WS}(?:{alternation(kb.grammar.get('enterprise_number_not_before') or [])})(?!\w)")
        self.named_kinds = {key(h): str(k) for h, k in (kb.grammar.get("named_heads") or {}).items()}
        heads += list(kb.grammar.get("named_heads") or {})
        self.enterprise_re = re.compile(rf"(?:{'|'.join(phrase_pattern(h) for h in sorted(heads, key=len, reverse=True))})"
                                        rf"(?!\w)", re.IGNORECASE) if heads else None
        self.head_forms = {key(h): str(h) for h in heads}
        self.form_spellings = {str(k): str(v) for k, v in (kb.grammar.get("legal_form_spellings") or {}).items()}
        di = kb.grammar.get("degree_items") or {}
        self.degree_heads = {key(h) for h in di.get("heads") or []}
        self.degree_fields = {key(f) for f in di.get("fields") or []}
        degree = alternation([str(w) for w in di.get("words") or []]) if di.get("words") else None
        intro = alternation([str(w) for w in di.get("before") or []]) if di.get("before") else None
        self.degree_after = re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?[,;]\s*(?:{degree})(?!\w)", re.IGNORECASE) if degree else NEVER
        self.degree_before = re.compile(rf"(?:(?<!\w)(?:{degree})(?!\w)[^,;.:()\n]{{0,40}}[,;]|(?<!\w)(?:{intro})(?!\w)[^.:\n]{{0,40}}:)\s*$",
                                        re.IGNORECASE) if degree and intro else NEVER
        self.lower_named = {key(h) for h in kb.grammar.get("lower_case_named_heads") or []}  # "Công ty cổ phần" is written "Công ty Cổ phần"
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
        # "Chi cục", "Tổng cục", "Hiệp hội": two words that begin a head whose second word begins another head
        self.inner_heads = {" ".join(f.split()[:2]).lower() for f in kb.known_forms + kb.head_forms + kb.unit_heads
                            if len(f.split()) > 1 and f.split()[1][:1].islower() and f.split()[1].lower() in firsts}
        self.lower_heads = set(kb.grammar.get("lower_case_heads") or [])
        self.association_spec = association_reading(kb.grammar)
        self.lower_firsts = {h.split()[0] for h in self.lower_heads}
        listed = [str(h) for h in kb.grammar.get("listed_lower_heads") or []]
        self.listed_lower_re = re.compile(rf"(?:{alternation(listed)}){WS}(?=[{UPPER}])") if listed else None
        self.lower_head_compounds = {str(h): {str(w).lower() for w in ws}
                                     for h, ws in (kb.grammar.get("lower_head_compounds") or {}).items()}
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
        self.foreign_forms = {key(k): k for k in stems}
        self.foreign_re = re.compile(rf"({'|'.join(phrase_pattern(k) for k in sorted(stems, key=len, reverse=True))})"
                                     rf"{WS}(?={kb.country_re.pattern})", re.IGNORECASE) if stems else None
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
        bare_hosts = kb.grammar.get("bare_host_organs") or {}  # "Thanh tra Bộ yêu cầu ..."
        bare_organs, bare_heads = ([str(w) for w in bare_hosts.get(k) or []] for k in ("organs", "heads"))
        self.bare_host_re = re.compile(rf"({alternation(bare_organs)}){WS}({alternation(bare_heads)})(?!\w)"
                                       rf"(?![ \t]+[{UPPER}0-9])") if bare_organs and bare_heads else None
        self.place_stop = set(kb.grammar.get("place_stopwords") or [])
        self.level_place_stop = self.place_stop | set(kb.grammar.get("place_sentence_words") or [])
        self.list_heads = {str(h): str(k) for h, k in (kb.grammar.get("shared_head_lists") or {}).items()}
        self.local_list_heads = [str(h) for h in kb.grammar.get("shared_local_heads") or []]
        self.seated_heads = [str(h) for h in kb.grammar.get("seated_heads") or []]
        self.headed_lists = [(h, re.compile(rf"{re.escape(h)}(?:,?{WS}ngành)?(?:{WS})?:(?:{WS})?", re.IGNORECASE))
                             for h in self.list_heads]  # "các bộ(, ngành): A, B"
        self.local_headed_lists = [(h, re.compile(rf"{re.escape(h)}(?:,?{WS}ngành)?(?:{WS}(?:như|gồm))?(?:{WS})?:(?:{WS})?",
                                                  re.IGNORECASE)) for h in self.local_list_heads]  # "các sở, ngành như: A, B"
        described = kb.grammar.get("described_bodies") or {}
        self.described_kinds = {key(h): str(k) for h, k in (described.get("heads") or {}).items()}
        self.described_forms = {key(h): str(h) for h in described.get("heads") or {}}
        self.described_re = re.compile(rf"(?:{alternation(list(described.get('heads') or {}))})(?!\w)",
                                       re.IGNORECASE) if described.get("heads") else None
        self.described_stop = {str(w).lower() for w in described.get("stopwords") or []}
        self.national_re, self.national_kinds, self.national_forms, self.national_stop = national_reading(kb.grammar)
        self.press = press_reading(kb.grammar)  # "báo Tuổi Trẻ phối hợp ..."
        self.police = police_reading(kb.police_units)  # "Phòng Cảnh sát hình sự" named alone
        self.standalone = standalone_reading(kb.grammar)  # "Vụ Thị trường trong nước,": a unit named alone
        self.bare_organs = bare_organs_reading(kb)  # "Ủy viên Ban Thường vụ, Phó Bí thư Tỉnh ủy X"
        self.purpose = purpose_reading(kb.grammar)  # "Ban Quản lý dự án 2", "Ủy ban bầu cử TP X"
        self.firsts |= {h.split()[0].lower() for h in (kb.grammar.get("purpose_boards") or {}).get("heads") or {}}
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
        self.region_named_kinds = {str(k) for k in kb.grammar.get("region_named_kinds") or []}
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
        not_after = [str(w) for w in kb.grammar.get("bare_provincial_not_after") or []]
        self.bare_not_after = re.compile(rf"(?<!\w)(?:{alternation(not_after)}){WS}$", re.IGNORECASE) if not_after else NEVER
        self.lower_district = {key(h) for h in kb.grammar.get("lower_district_heads") or []}
        self.bare_level_not_before = re.compile(rf"(?:{alternation(kb.grammar.get('lower_bare_level_not_before') or [])})(?!\w)") \
            if kb.grammar.get("lower_bare_level_not_before") else NEVER
        bare_generic = [str(w) for w in kb.grammar.get("bare_generic_followers") or []]
        self.bare_generic = words_re(bare_generic) if bare_generic else NEVER
        plural_place = [str(w) for w in kb.grammar.get("plural_place_followers") or []]
        self.plural_place = re.compile(rf"(?:{alternation(plural_place)})(?!\w)(?![ \t]+(?-i:[{UPPER}]))", re.IGNORECASE) \
            if plural_place else NEVER
        listed_place = [str(w) for w in kb.grammar.get("listed_place_followers") or []]
        self.listed_place = re.compile(rf"(?:{alternation(listed_place)})(?!\w)(?![ \t]+(?-i:[{UPPER}]))", re.IGNORECASE) \
            if listed_place else NEVER
        not_after = [str(w) for w in kb.grammar.get("known_not_after") or []]
        self.known_not_after = re.compile(rf"(?<!\w)(?:{alternation(not_after)}){WS}$", re.IGNORECASE) \
            if not_after else NEVER
        kg = kb.grammar.get("known_generic_followers") or {}
        self.known_generic_kinds = {str(k) for k in kg.get("kinds") or []}
        self.known_generic_re = re.compile(rf"{WS}(?:{alternation(kg.get('followers') or [])})(?!\w)") \
            if kg.get("followers") else NEVER
        within = [str(w) for w in kb.grammar.get("organ_not_within") or []]
        self.organ_within = re.compile(rf"(?<!\w)(?:{alternation(within)})(?!\w)", re.IGNORECASE) if within else None
        lower_units = [str(h) for h in kb.grammar.get("lower_unit_heads") or []]
        self.lower_unit_re = re.compile(rf"(?<!\w)(?:{alternation(lower_units)})(?!\w)") if lower_units else NEVER
        self.said_lower_units = {str(h) for h in kb.grammar.get("said_lower_unit_heads") or []}
        dated = [str(w) for w in kb.grammar.get("organ_count_not_after") or []]
        self.organ_count_not_after = re.compile(rf"(?<!\w)(?:{alternation(dated)}){WS}$", re.IGNORECASE) \
            if dated else NEVER

    # -- one mention at a position -------------------------------------------------
    def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None:
        if depth > 3 or pos >= len(s):
            return None
        cands = [c for c in (self._known(s, pos), self._organ(s, pos, depth), self._local(s, pos, depth),
                             self._unit(s, pos, depth), self._central(s, pos), self._enterprise(s, pos),
                             self._foreign(s, pos), self._brand(s, pos), self._headed(s, pos),
                             self._described(s, pos), self._national(s, pos), self._zone(s, pos),
                             self._bare_association(s, pos), self._command(s, pos), self._bracketed(s, pos, depth),
                             self._national_association(s, pos), police_department(self.police, s, pos),
                             acting_press(self.kb, self.press, s, pos), self._purpose(s, pos),
                             bare_organ(self, self.bare_organs, s, pos) if depth == 0 else None)
                 if c is not None]
        if not cands and depth == 0 and (alone := standalone_unit(self.kb, self.standalone, s, pos)) is not None:
            cands = [alone]  # "Vụ Thị trường trong nước,": read only where no other reading finds a body
        if not cands:
            return None
        order = {"known": 0, "organ": 1, "local": 2, "unit": 3}
        best = max(cands, key=lambda b: (b.end, b.shared, -order.get(b.kind, 9)))  # "Cục Hải quan và Công an TP"
        return bank_branch(self.kb, s, best)  # "BIDV chi nhánh Hà Tĩnh": the branch

    def _known(self, s: str, pos: int) -> Body | None:
        m = self.kb.known_re.match(s, pos)
        if not m or not (s[pos].isupper() or self._titled(s, pos) or self._lower_head(m.group(0)) or self._listed(s, pos)):
            return None
        if s[pos].islower() and self._compound_head(s, pos):
            return None  # "Đảng bộ Công an", "cán bộ Công an": a party organisation, an officer, not "Bộ Công an"
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

    def _compound_head(self, s: str, pos: int) -> bool:
        """ "cán bộ", "trụ sở": the head at `pos` ends a common noun begun by the word before it."""
        head = _WORD.match(s, pos)
        before = re.search(rf"(\w+){WS}$", s[max(0, pos - 12):pos])
        return head is not None and before is not None \
            and before.group(1).lower() in self.lower_head_compounds.get(head.group(0), set())

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
                   for k in range(1, len(words)))

    def _listed(self, s: str, pos: int) -> bool:
        """ "Sở Tư pháp; hội Liên hiệp Phụ nữ tỉnh; trường Đại học X": a head of listed_lower_heads written in
        lower case in a list's slot, before a capitalised name that is no place's."""
        m = self.listed_lower_re.match(s, pos) if self.listed_lower_re else None
        return m is not None and _LIST_SLOT.search(s, max(0, pos - 6), pos) is not None \
            and not self.kb.place_re.match(s, m.end())

    def _titled(self, s: str, pos: int) -> bool:
        """ "Cục trưởng cục Cảnh sát ...": a body written in lower case right after a title."""
        before = s[max(0, pos - 30):pos]
        return before.endswith(" ") and any(t.end() == len(before) - 1 and (t.start() == 0 or not before[t.start() - 1].isalnum())
                                            for t in self.kb.title_re.finditer(before))

    # -- all mentions --------------------------------------------------------------
    def scan(self, s: str) -> list[Body]:
        self.brand_names, self.brand_re, self.brand_firsts = {}, None, set()
        self.enterprises = []
        tails = tail_brands(self.kb, s, self.enterprise_re, self._enterprise)  # "Tổng công ty Viễn thông MobiFone"
        self.brand_names, self.brand_re, self.brand_firsts = {}, None, set()
        for brand, name in tails.items():
            self._add_brand(brand, name)
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
            b = self.match_at(s, p) if word.lower() in self.firsts or word.casefold() in self.brand_firsts else None
            if (b is None or b.end <= p) and parent is not None:
                b = self._numbered_unit(s, p, parent)
            if b is None or b.end <= p:
                b = self._bare_host_organ(s, p, out)
            if b is None or b.end <= p:
                pos = p + len(word)
                continue
            if self._inside_head(s, p):  # "Chi cục Hải quan Bình Thuận" is no "Cục Hải quan"
                pos = b.host.start if b.host is not None and b.host.start > p else b.end
                continue
            kept = self._after_title(s, b)
            if kept is None:
                pos = b.end
                continue
            b = kept
            ward_district(self.kb, s, b)  # "UBND phường 15 (quận 10)"
            self._mark_plural(s, b)
            out.append(b)
            self._note_association(b)
            if (members := self._committee_list(s, b) or self._district_list(s, b) or self._seated_list(s, b)):
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
            if b.entry.get("kind") == "enterprise" and (wb := self.word_brand(s, b.end, b.canonical(self.kb))):
                pos = wb  # "Tổng công ty Bia rượu ... (Sabeco - ...)": the brand is this body again
            elif bm and self.brand_names.get(re.sub(r"\s+", " ", bm.group(1))) == b.name:
                pos = bm.end()  # the brand in brackets is this body again
            elif bm and self._gloss(s, b, bm):
                pos = bm.end()  # "Ủy ban Trung ương MTTQ Việt Nam (MTTQVN)": the short form glosses this body
        out = self._shared_organs(s, out)
        self._distribute(s, out)
        fullest_described(out)
        out = self._listed_units(s, self._dash_parents(s, out))
        self._seated(s, out)
        return out


    def _inside_head(self, s: str, p: int) -> bool:
        """The word at p, in lower case, goes on a longer head begun by the word before it ("Chi cục", "Tổng
        cục"), whose own reading found no body there: no body begins inside it."""
        before = re.search(r"(\w+) $", s[max(0, p - 12):p])
        w = _WORD.match(s, p)
        return s[p].islower() and before is not None and w is not None \
            and f"{before.group(1)} {w.group(0)}".lower() in self.inner_heads

    def _gloss(self, s: str, b: Body, bm: re.Match[str]) -> bool:
        inner = self.match_at(s, bm.start(1))
        if inner is None or inner.end != bm.end(1) or inner.generic:
            return False
        return f" {key(inner.canonical(self.kb))} " in f" {key(b.canonical(self.kb))} "
