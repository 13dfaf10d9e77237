"""The extractor's domain knowledge, read once from `ingest/data/` and compiled to regexes.

Everything a domain expert edits is data: agencies_*.yaml (named bodies), local_bodies.yaml
(heads of local bodies), provinces.yaml, countries.yaml, surnames.txt, ranks.txt, degrees.txt,
honorifics.txt, abbreviations.tsv, titles.yaml, body_grammar.yaml, part_of.yaml, police_units.yaml,
foreign_bodies.yaml, cues.yaml and optional *.jsonl pattern files ({"label": "AGENCY", "pattern": "...",
"id": "<canonical name>"}).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from coordgraph.graph.model import modern_tones

from coordgraph import resource

DATA = resource("ingest", "data")
WS = r"[ \t\u00a0]+"
_WS = re.compile(WS)
# Between two items of a list: a comma or "và" ("A, B và C"); the gap may also be ", và".
LIST_SEP = re.compile(rf"[ \t]*,{WS}|{WS}và{WS}")
LIST_GAP = re.compile(rf"[ \t]*(?:,{WS}(?:và{WS})?|{WS}và{WS})")
UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())


def key(text: str) -> str:
    """Comparable form of a name: modern tones, lower case, no commas, one space."""
    s = modern_tones(text).lower().replace(",", " ")
    s = re.sub(r"\s*[-–]\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip()


def phrase_pattern(phrase: str) -> str:
    """Regex for a phrase: flexible spaces, optional commas, spaced or unspaced hyphens."""
    out: list[str] = []
    for tok in modern_tones(phrase).split():
        if tok in ("-", "–"):
            out.append(r"\s*[-–]\s*")
            continue
        comma = tok.endswith(",")
        body = re.escape(tok.rstrip(","))
        piece = body + (",?" if comma else "")
        if out and not out[-1].endswith(r"\s*"):
            out.append(WS)
        out.append(piece)
    return "".join(out)


NEVER = re.compile("$^")  # the pattern of an empty cue list: matches nothing


def alternation(phrases: list[str]) -> str:
    """The phrases as one regex alternative, longest first; of no phrase, an alternative that never matches."""
    uniq = sorted({p for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in uniq) or "(?!)"


def words_re(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", flags)


def skip_ws(s: str, pos: int) -> int:
    """Past the spaces at pos, if any."""
    m = _WS.match(s, pos)
    return m.end() if m else pos


def _lines(name: str) -> list[str]:
    path = DATA / name
    if not path.exists():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def _yaml(name: str) -> Any:
    path = DATA / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def divisions() -> tuple[dict[str, str], dict[str, str]]:
    """Vietnam's administrative units from the `vietnam-provinces` library (the units in force
    since 2025-07-01): provinces (name without "Tỉnh"/"Thành phố" -> kind) and communes and
    wards (name without its level word -> province)."""
    import vietnam_provinces as vp

    strip = re.compile(r"^(?:Thành phố|Tỉnh|Phường|Xã|Đặc khu)\s+")
    provinces = {strip.sub("", p.name): "thành phố" if p.name.startswith("Thành phố") else "tỉnh"
                 for p in vp.Province.iter_all()}
    by_code = {p.code: strip.sub("", p.name) for p in vp.Province.iter_all()}
    communes = {strip.sub("", w.name): by_code[w.province_code] for w in vp.Ward.iter_all()}
    return provinces, communes


def former_districts() -> dict[str, str]:
    """Districts, towns and provincial cities before the 2025 reform, which abolished the district level (name
    without its level word -> province), from the data of the 63 provinces in the `vietnamadminunits` library;
    numbered districts ("quận 3") left out. Read as data: importing the library would build its address parser."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("reading former districts needs the vietnamadminunits library (pip install vietnamadminunits)")
    path = Path(next(iter(spec.submodule_search_locations)), "data", "parser_legacy.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    short = {k: p["provinceShort"] for k, p in data["DICT_PROVINCE"].items()}
    out: dict[str, str] = {}
    units = sorted((d["districtShort"], d["districtType"].lower(), short[p])
                   for p, districts in data["DICT_PROVINCE_DISTRICT"].items() for d in districts.values())
    for name, _, province in units:  # a name two units share goes to the first: a rural district before a town
        if not name[:1].isdigit():
            out.setdefault(unicodedata.normalize("NFC", name), unicodedata.normalize("NFC", province))
    return out


@dataclass
class LocalHead:
    head: str
    kind: str
    levels: list[str]
    locality: str | None  # fused heads (Tỉnh ủy): the level they carry
    organs: list[str]
    english: str = ""
    numbers: list[str] = field(default_factory=list)
    part_of: str = ""  # the central body this local one is part of (`part_of_central`), if any
    written: list[str] = field(default_factory=list)  # aliases that name the body as written (`written_aliases`)


class PartOfCues(NamedTuple):
    """part_of.yaml: the words that write a body's parent after it, and the kinds a bare bracket glosses."""

    bracket_cues: tuple[str, ...]
    inline_cues: tuple[str, ...]
    comma_cues: tuple[str, ...]
    alias_kinds: tuple[str, ...]
    sibling_groups: tuple[str, ...] = ()
    list_joiners: tuple[str, ...] = ()
    comma_units: tuple[str, ...] = ()


class PoliceUnits(NamedTuple):
    """police_units.yaml: the heads of a police's departments and teams, the branches that bound their names
    (in the file's order) and the words that make one a kind."""

    heads: tuple[str, ...]
    branches: tuple[str, ...]
    departments: tuple[str, ...]
    not_after: tuple[str, ...]
    generic_after: tuple[str, ...]
    parents: tuple[str, ...] = ()  # how the name of the police a department belongs to starts
    lower_heads: tuple[str, ...] = ()  # heads of a team named in lower case before its police
    lower_not_first: tuple[str, ...] = ()  # words after such a head that make it another word


@dataclass
class Knowledge:
    abbreviations: dict[str, str]
    agencies: dict[str, dict[str, Any]]  # canonical name -> entry
    agency_by_key: dict[str, str]  # key(alias) -> canonical name
    known_re: re.Pattern[str]
    local_heads: dict[str, LocalHead]  # key(head or alias) -> head
    local_head_re: re.Pattern[str]
    provinces: dict[str, dict[str, Any]]  # key(name or alias) -> entry
    communes: dict[str, str]  # key(commune, ward or former district) -> its province (vietnam-provinces, vietnamadminunits)
    countries: dict[str, dict[str, Any]]
    place_re: re.Pattern[str]  # provinces, case-sensitive
    country_re: re.Pattern[str]
    surnames: set[str]
    name_re: re.Pattern[str]
    rank_re: re.Pattern[str]
    degree_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    titles: dict[str, str]  # key(surface) -> canonical title
    absorbs: dict[str, str]  # canonical title -> head word swallowed from the body
    implied: dict[str, tuple[str, str]]  # key(surface) -> (title, body)
    title_re: re.Pattern[str]
    levels: dict[str, str]
    level_re: re.Pattern[str]
    organs: dict[str, dict[str, Any]]  # key(organ) -> spec
    organ_re: re.Pattern[str]
    host_rewrites: dict[tuple[str, str], str]
    committee_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    plural_re: re.Pattern[str]
    generic_follow_re: re.Pattern[str]
    cues: dict[str, Any]
    title_data: dict[str, Any] = field(default_factory=dict)  # titles.yaml as read
    known_forms: list[str] = field(default_factory=list)
    head_forms: list[str] = field(default_factory=list)
    unit_heads: list[str] = field(default_factory=list)
    grammar: dict[str, Any] = field(default_factory=dict)
    part_of: PartOfCues = field(default_factory=lambda: PartOfCues((), (), (), ()))
    police_units: PoliceUnits = field(default_factory=lambda: PoliceUnits((), (), (), (), ()))
    foreign_bodies: dict[str, Any] = field(default_factory=dict)  # foreign_bodies.yaml as read
    # body_grammar.yaml head_words: a head's word that makes a word of its own ("Phòng| phòng chống ma túy")
    head_word_re: re.Pattern[str] = NEVER

    def deputy_base(self, title: str) -> str | None:
        """A deputy's title without its deputy word, in key form ("Phó Tổng Giám đốc": "tổng giám đốc"); None for
        a title that is no deputy's (titles.yaml, one_post.deputies)."""
        k = key(title)
        for d in (key(str(w)) + " " for w in (self.title_data.get("one_post") or {}).get("deputies") or []):
            if k.startswith(d):
                return k[len(d):]
        return None

    def agency(self, name: str) -> dict[str, Any] | None:
        canon = self.agency_by_key.get(key(name))
        return self.agencies.get(canon) if canon else None

    def canonical_agency(self, name: str) -> str | None:
        return self.agency_by_key.get(key(name))

    def province(self, name: str) -> dict[str, Any] | None:
        return self.provinces.get(key(name))


def expand_abbreviations(text: str, abbreviations: dict[str, str]) -> str:
    """Whole-word expansion, for names in the data files (the article text has its own pass)."""
    if not abbreviations:
        return text
    alts = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.sub(rf"(?<![\w/\-.])(?:{alts})(?![\w/\-])", lambda m: abbreviations[m.group(0)], text)


@cache
def load() -> Knowledge:
    """Read and compile the data files (cached: call freely)."""
    abbreviations: dict[str, str] = {}
    for ln in _lines("abbreviations.tsv"):
        abbr, _, exp = ln.partition("\t")
        if exp.strip():
            abbreviations[abbr.strip()] = exp.strip()

    agencies: dict[str, dict[str, Any]] = {}
    by_key: dict[str, str] = {}
    forms: list[str] = []
    for path in sorted(DATA.glob("agencies_*.yaml")):
        for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            name = modern_tones(str(e["name"]))
            agencies[name] = dict(e, name=name)
            by_key.setdefault(key(name), name)
            forms.append(name)
    for e in agencies.values():
        for alias in e.get("aliases") or []:
            form = expand_abbreviations(str(alias), abbreviations)
            by_key.setdefault(key(form), e["name"])
            forms.append(form)
    for path in sorted(DATA.glob("*.jsonl")):
        for ln in path.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                p = json.loads(ln)
                if p.get("label") == "AGENCY" and isinstance(p.get("pattern"), str) and p.get("id") in agencies:
                    form = expand_abbreviations(p["pattern"], abbreviations)
                    by_key.setdefault(key(form), p["id"])
                    forms.append(form)
    for form in list(forms):  # "Bộ Thông tin Truyền thông", "Bộ Kế hoạch Đầu tư": the "và" left out
        bare = re.sub(r",? và (?=[A-ZĐ])", " ", form)
        if bare != form and key(bare) not in by_key and len(form.split()) >= 4:
            by_key[key(bare)] = by_key[key(form)]
            forms.append(bare)
    known_re = re.compile(rf"(?:{alternation(forms)})(?!\w)", re.IGNORECASE)

    heads: dict[str, LocalHead] = {}
    local_entries = _yaml("local_bodies.yaml") or []
    for e in local_entries:
        h = LocalHead(modern_tones(e["head"]), e.get("kind", ""), list(e.get("levels") or []),
                      e.get("locality"), [modern_tones(o) for o in e.get("organs") or []],
                      e.get("english", ""), [str(n) for n in e.get("numbers") or []],
                      str(e.get("central") or "") if e.get("part_of_central") else "",
                      [modern_tones(str(a)) for a in e.get("written_aliases") or []])
        heads.setdefault(key(h.head), h)
        for alias in e.get("aliases") or []:
            heads.setdefault(key(expand_abbreviations(alias, abbreviations)), h)
    head_forms = [modern_tones(str(f)) for e in local_entries
                  for f in [e["head"], *(e.get("aliases") or [])]]
    local_head_re = re.compile(rf"(?:{alternation([expand_abbreviations(f, abbreviations) for f in head_forms])})(?!\w)",
                               re.IGNORECASE)

    # provinces.yaml keeps the units before the 2025 merger and their history, which the
    # library (units in force) does not; the library adds any unit the file lacks.
    province_entries = list(_yaml("provinces.yaml") or [])
    current, communes = divisions()
    for name, province in former_districts().items():  # "quận Nam Từ Liêm", "huyện Tuy An": districts before 2025
        communes.setdefault(name, province)
    listed = {key(str(e["name"])) for e in province_entries}
    province_entries += [{"name": n, "kind": k} for n, k in current.items() if key(n) not in listed]
    provinces: dict[str, dict[str, Any]] = {}
    for e in province_entries:
        for form in [e["name"], *(e.get("aliases") or [])]:
            provinces.setdefault(key(str(form)), e)
        for form in e.get("spellings") or []:  # kept as written: "Tỉnh ủy Đăk Lăk"
            provinces.setdefault(key(str(form)), {**e, "name": str(form)})
    countries: dict[str, dict[str, Any]] = {}
    for e in _yaml("countries.yaml") or []:
        for form in [e["name"], *(e.get("aliases") or [])]:
            countries.setdefault(key(str(form)), e)
    place_forms = [str(f) for e in province_entries
                   for f in [e["name"], *(e.get("aliases") or []), *(e.get("spellings") or [])]]
    place_re = re.compile(rf"(?<!\w)(?:{alternation(place_forms)})(?!\w)")
    country_forms = [str(f) for e in _yaml("countries.yaml") or [] for f in [e["name"], *(e.get("aliases") or [])]]
    country_re = re.compile(rf"(?<!\w)(?:{alternation(country_forms)})(?!\w)")

    surnames = {modern_tones(s) for s in _lines("surnames.txt")}
    sur = alternation(sorted(surnames))
    syll = rf"[{UPPER}][{LOWER}]*"
    name_re = re.compile(rf"(?<![\w.])(?:{sur})(?:{WS}{syll}){{1,4}}(?![\w])")

    t = _yaml("titles.yaml") or {}
    titles: dict[str, str] = {}
    absorbs: dict[str, str] = {}
    for e in t.get("titles") or []:
        titles[key(e["title"])] = e["title"]
        for alias in e.get("aliases") or []:  # "Phó Ban Nội chính" is a Phó Trưởng ban
            titles.setdefault(key(alias), e["title"])
        if e.get("absorbs"):
            absorbs[e["title"]] = e["absorbs"]
    implied = {key(e["surface"]): (e["title"], e["body"]) for e in t.get("implied") or []}
    title_re = re.compile(rf"(?:{alternation([*titles, *implied])})(?!\w)", re.IGNORECASE)

    g = _yaml("body_grammar.yaml") or {}
    p = _yaml("part_of.yaml") or {}
    u = _yaml("police_units.yaml") or {}
    levels = {key(k): v for k, v in (g.get("levels") or {}).items()}
    head_words = [str(w) for w in g.get("head_words") or []]
    organs = {key(o["organ"]): o for o in g.get("organs") or []}
    cues = _yaml("cues.yaml") or {}
    prefixes = {key(str(p)) for p in cues.get("party_prefixes") or []}  # read as prefixes of party lists
    for h in heads.values():  # organs named after a local body are part of it
        for o in h.organs:
            spec = organs.setdefault(key(o), {"organ": o, "hosts": [], "part_of": True})
            hosts = spec["hosts"] if isinstance(spec["hosts"], list) else [spec["hosts"]]
            if key(o) not in prefixes:  # "Văn phòng" of a Tỉnh ủy and of a UBND
                spec["hosts"] = sorted({*hosts, "head:" + h.head})
    rewrites = {(key(r["organ"]), key(r["from"])): r["to"] for r in g.get("host_rewrites") or []}
    return Knowledge(
        abbreviations=abbreviations, agencies=agencies, agency_by_key=by_key, known_re=known_re,
        local_heads=heads, local_head_re=local_head_re, provinces=provinces,
        communes={key(n): p for n, p in communes.items()}, countries=countries,
        place_re=place_re, country_re=country_re, surnames=surnames, name_re=name_re,
        rank_re=words_re(_lines("ranks.txt")), degree_re=words_re(_lines("degrees.txt")),
        honorific_re=words_re(_lines("honorifics.txt") + ["đ/c"]),
        titles=titles, absorbs=absorbs, implied=implied, title_re=title_re,
        levels=levels, level_re=words_re(list(levels)), organs=organs,
        organ_re=re.compile(rf"(?:{alternation([o['organ'] for o in organs.values()])})(?!\w)", re.IGNORECASE),
        host_rewrites=rewrites, committee_re=re.compile(g.get("committee_pattern") or "^$", re.IGNORECASE),
        unit_re=re.compile(rf"(?:{alternation(g.get('unit_heads') or [])})(?!\w)"),
        plural_re=re.compile(rf"(?<!\w)(?:{alternation(g.get('plural_markers') or [])}|\d+)\s+$", re.IGNORECASE),
        generic_follow_re=re.compile(rf"(?:{alternation(g.get('generic_followers') or [])})(?!\w)", re.IGNORECASE),
        cues=cues, title_data=t, known_forms=forms, head_forms=[expand_abbreviations(f, abbreviations) for f in head_forms],
        unit_heads=list(g.get("unit_heads") or []), grammar=g,
        part_of=PartOfCues(*(tuple(str(w) for w in p.get(f) or []) for f in PartOfCues._fields)),
        police_units=PoliceUnits(
            heads=tuple(str(h) for h in u.get("heads") or []),
            branches=tuple(str(b) for b in u.get("branches") or []),
            departments=tuple(str(d) for d in u.get("departments") or []),
            not_after=tuple(str(w) for w in u.get("not_after") or []),
            generic_after=tuple(str(w) for w in u.get("generic_after") or []),
            parents=tuple(str(w) for w in u.get("parents") or []),
            lower_heads=tuple(str(w) for w in u.get("lower_heads") or []),
            lower_not_first=tuple(str(w) for w in u.get("lower_not_first") or [])),
        foreign_bodies=_yaml("foreign_bodies.yaml") or {},
        head_word_re=re.compile(rf"(?:{alternation(head_words)})(?!\w)", re.IGNORECASE) if head_words else NEVER,
    )
