"""One body per article under its fullest name: a body written once short and once with its place or
the rest of its name ("Phòng Tài chính – Kế hoạch" ... "Phòng Tài chính - Kế hoạch huyện Đức Cơ",
"Hiệp hội Vận tải" ... "Hiệp hội Vận tải ô tô Việt Nam") is read as one body, named the fuller way;
the short name stays as an alias and its relations go to the one body."""

from __future__ import annotations

import re

from coordgraph.graph.model import Entity, Relation
from coordgraph.ingest.body import province_end
from coordgraph.ingest.knowledge import Knowledge
from coordgraph.ingest.resolve_rules import fold, rules

_DASH = re.compile(r"\s*[–—-]\s*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAM = re.compile(r"(?<!\w)năm\s+(?=(?:19|20)\d\d(?!\w))")


def _words(name: str) -> list[str]:
    """A name's words, lower case, with the dashes of "Tài chính – Kế hoạch" and "Tài chính - Kế hoạch" one."""
    return _DASH.sub(" - ", name).lower().split()


def _same_words(name: str) -> tuple[str, ...]:
    """`_words` with the "năm" before a year left out: "kỳ thi năm 2020" and "kỳ thi 2020" name one task."""
    return tuple(_words(_NAM.sub("", name)))


def _part_words(kb: Knowledge) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower().split()) for w in kb.grammar.get("fuller_name_part_words") or [])


def _place_tail(kb: Knowledge, tail: str) -> bool:
    """ "huyện Đức Cơ", "thành phố Đà Nẵng", "Hà Nội", "Việt Nam": the place the body is of."""
    lm = kb.level_re.match(tail)
    rest = tail[lm.end():].strip() if lm else tail
    pm = kb.place_re.fullmatch(rest)
    if pm or rest == "Việt Nam":
        return True
    return bool(lm) and bool(rest) and all(w[:1].isupper() for w in rest.split())


def _fuller(kb: Knowledge, short: Entity, full: Entity, part_words: tuple[tuple[str, ...], ...]) -> bool:
    short_name, full_name = _NAM.sub("", short.name), _NAM.sub("", full.name)  # "thi năm 2018", "thi 2018": one
    a, b = _words(short_name), _words(full_name)
    if len(b) <= len(a) or b[:len(a)] != a:
        return False
    tail_words = full_name.split()[len(short_name.split()):]
    if len(tail_words) != len(b) - len(a):  # the dashes were written apart differently: compare as read
        tail_words = _DASH.sub(" - ", full_name).split()[len(a):]
    tail = " ".join(tail_words)
    after = " ".join(tail_words[1:])
    if tail_words[0] == "của" and province_end(kb, after, 0) == len(after) and not kb.agency(short.name):
        return True  # "Hội đồng thi 2018" and "... 2018 của Hoà Bình": the board of that province
    if any(tuple(b[len(a):len(a) + len(p)]) == p for p in part_words):
        return False  # "khu vực III", "chi nhánh Hà Tĩnh": a part of it
    if _YEAR.fullmatch(tail):
        return True  # "Ban Chỉ đạo thi tỉnh X" and "... tỉnh X năm 2019": the board of that year's task
    if _place_tail(kb, tail):  # not a central body before a local one of its kind ("... Việt Nam tỉnh X")
        return not (kb.agency(short.name) or re.search(r"(?:Việt Nam|Trung ương)$", short.name))
    if all(w in rules().bare_words for w in re.findall(r"\w+", fold(short.name))):
        return False  # "Huyện ủy" alone: which one the article's context says, not the longer name
    end = short.name[-30:]
    pm = kb.place_re.search(end)
    if pm and pm.end() == len(end):
        return False  # "Công ty X Hà Tĩnh": its place closed the name
    return tail_words[0][:1].islower() and len(a) >= 3  # "Hiệp hội Vận tải" + "ô tô Việt Nam"


def undoubled(name: str) -> str:
    """A name with a word written twice in a row written once: "Trung tâm Trung tâm Nghiên cứu X" ->
    "Trung tâm Nghiên cứu X"; after its head, the repeat begins another form of it: "Tập đoàn BRG BRG Group"."""
    words = name.split()
    for k in (3, 2, 1):
        if len(words) > 2 * k and words[:k] == words[k:2 * k]:
            return " ".join(words[k:])
    for i in range(1, len(words) - 1):
        for k in (1, 2, 3):
            if words[i:i + k] == words[i + k:i + 2 * k] and len("".join(words[i:i + k])) > 1 \
                    and all(w[:1].isupper() for w in words[i:i + k]):
                return " ".join(words[:i + k])
    return name


_ABBR = re.compile(r"[A-ZĐ]{2,6}")


def _initials(words: list[str]) -> str:
    return "".join(fold(w)[:1] for w in words).upper()


def _same_company(short: Entity, full: Entity, heads: tuple[str, ...]) -> bool:
    """ "Công ty Rạng Đông" and "Công ty cổ phần Bóng đèn Phích nước Rạng Đông"; "Tập đoàn DKVN" and
    "Tập đoàn Dầu khí Việt Nam": one head, and the short name's rest ends the full one or is its initials."""
    s, f = short.name.split(), full.name.split()
    head = next((h for h in heads if short.name.lower().startswith(h + " ") and full.name.lower().startswith(h + " ")), None)
    if head is None:
        return False
    n = len(head.split())
    rest, frest = s[n:], f[n:]
    if not rest or len(frest) <= len(rest):
        return False
    if [w.lower() for w in frest[-len(rest):]] == [w.lower() for w in rest] and rest[0][:1].isupper():
        return True
    return len(rest) == 1 and bool(_ABBR.fullmatch(rest[0])) and any(
        _initials(frest[i:]) == rest[0] for i in range(len(frest)))


def one_body_per_name(kb: Knowledge, keep: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    """Bodies written short that the article writes in full too, as one body under the full name."""
    for e in keep:
        words = e.name.split()
        if len(words) > 2 and kb.head_word_re.match(" ".join(words[1:])) \
                and words[0].lower() == words[1].lower():
            continue  # "Phòng Phòng chống ma túy": the head, then a word of its own
        if e.type == "Agency" and undoubled(e.name) != e.name:
            e.aliases.append(e.name)
            e.name = undoubled(e.name)
    bodies = [e for e in keep if e.type == "Agency" and not e.properties.get("generic")]
    parts = _part_words(kb)
    heads = tuple(str(h) for h in kb.grammar.get("company_short_heads") or [])
    moved: dict[str, Entity] = {}
    for e in bodies:
        fuller = [f for f in bodies if f is not e and _fuller(kb, e, f, parts)]
        if not fuller:
            named = {f.name: f for f in bodies if f is not e and _same_company(e, f, heads)}
            fuller = list(named.values()) if len(named) == 1 else []
        longest = {tuple(_words(f.name)) for f in fuller}
        if len(longest) == 1 or (fuller and all(_words(f.name)[:len(_words(fuller[0].name))] == _words(fuller[0].name)
                                                for f in fuller)):
            target = min(fuller, key=lambda f: len(f.name))
            moved[e.id] = target
    same: dict[tuple[str, ...], Entity] = {}  # the same words but for the dashes and "năm": the first one written
    for e in bodies:
        if e.id in moved:
            continue
        k = _same_words(e.name)
        if k in same and same[k].id not in moved:
            moved[e.id] = same[k]
        else:
            same.setdefault(k, e)
    if not moved:
        return keep, relations

    def final(eid: str) -> str:
        seen = set()
        while eid in moved and eid not in seen:
            seen.add(eid)
            eid = moved[eid].id
        return eid

    by_id = {e.id: e for e in keep}
    flat = {old: by_id[final(old)] for old in moved}
    for old, e in flat.items():
        src = by_id[old]
        for a in [src.name, *src.aliases]:
            if a != e.name and a not in e.aliases:
                e.aliases.append(a)
    return moved_into(keep, relations, flat)


def moved_into(keep: list[Entity], relations: list[Relation],
               moved: dict[str, Entity]) -> tuple[list[Entity], list[Relation]]:
    """The entities without those `moved` (id -> the entity it is read as), their relations going to the entity
    each is read as; a relation that falls on one entity at both ends, or that repeats another with no properties
    of its own, is dropped."""
    rels: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for r in relations:
        r.source = moved[r.source].id if r.source in moved else r.source
        r.target = moved[r.target].id if r.target in moved else r.target
        k = (r.type, r.source, r.target)
        if r.source == r.target or (k in seen and not r.properties):
            continue
        seen.add(k)
        rels.append(r)
    return [e for e in keep if e.id not in moved], rels
