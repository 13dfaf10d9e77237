"""The graph model: entity and relation types read from `schema/`, deterministic ids,
and document graphs (one article's entities and relations, FORMAT.md)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from coordgraph import resource

SCHEMA_DIR = resource("graph", "schema")


@dataclass(frozen=True)
class EntityType:
    label: str
    prefix: str
    properties: dict[str, dict[str, Any]]
    description: str = ""


@dataclass(frozen=True)
class RelationType:
    name: str
    source: str
    target: str
    key: tuple[str, ...] = ()
    properties: tuple[str, ...] = ()
    description: str = ""


@cache
def entity_types() -> dict[str, EntityType]:
    out = {}
    for path in sorted(SCHEMA_DIR.glob("[A-Z]*.yaml")):
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[d["label"]] = EntityType(d["label"], d["prefix"], d.get("properties") or {}, d.get("description", ""))
    return out


@cache
def relation_types() -> dict[str, RelationType]:
    d = yaml.safe_load((SCHEMA_DIR / "relations.yaml").read_text(encoding="utf-8"))
    return {
        name: RelationType(
            name, v["source"], v["target"], tuple(v.get("key") or ()),
            tuple(v.get("key") or ()) + tuple(v.get("properties") or ()), v.get("description", ""),
        )
        for name, v in d.items()
    }


# --- text and ids ---------------------------------------------------------

_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile("(?<![qQ])(" + "|".join(_OLD_TONES) + ")(?![a-zđăâêôơư])", re.IGNORECASE)


def modern_tones(text: str) -> str:
    """NFC text with modern tone placement: "Uỷ ban Hoà Bình" -> "Ủy ban Hòa Bình"."""

    def swap(m: re.Match[str]) -> str:
        old = m.group(1)
        new = _OLD_TONES[old.lower()]
        return new.upper() if old.isupper() else (new[0].upper() + new[1:] if old[0].isupper() else new)

    return _OLD_TONE_RE.sub(swap, unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Lower case without diacritics, for search: "Ban Nội chính" -> "ban noi chinh"."""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()


MAX_SLUG = 120  # longer slugs keep their first 109 characters and a hash of the whole


def slug(text: str) -> str:
    """`Ban Nội chính Trung ương` -> `ban-noi-chinh-trung-uong`; at most MAX_SLUG characters.

    >>> len(slug("x" * 9000)), slug("x" * 9000)[-11:] == "-" + short_hash("x" * 9000)
    (120, True)
    """
    s = re.sub(r"[^a-z0-9]+", "-", fold(modern_tones(text))).strip("-")
    if len(s) > MAX_SLUG:
        s = s[:MAX_SLUG - 11].rstrip("-") + "-" + short_hash(s)
    return s


def is_global_id(value: str) -> bool:
    prefix, sep, rest = value.partition(":")
    return bool(sep and rest) and prefix in {t.prefix for t in entity_types().values()}


def short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


def entity_id(type_: str, name: str) -> str:
    return f"{entity_types()[type_].prefix}:{slug(name)}"


def agreement_id(kind: str | None, number: str | None, party_ids: list[str], name: str,
                 term: str | None = None) -> str:
    """An agreement is known by its number, else by its kind, parties and term, else by its name.

    The term is the period it covers (`agreement_term`: its `term` property, else the span of years its name
    holds, "2019-2025"): two programmes between the same bodies for successive periods ("... giai đoạn
    2014-2019", "... giai đoạn 2019-2025") are two agreements. A lone year is no term: after an agreement's
    name it dates the signing or the year's tasks ("được ký năm 2011", "nhiệm vụ năm 2019").
    A mention that states no term keeps the id of kind and parties alone, so across articles it matches
    other unperiodised mentions only, never a periodised one (it cannot say which period it means); inside
    one article `resolve` lets it join the one term the article names for that kind and parties, if only one.
    A numbered document needs no term: its number tells it apart.

    >>> a = agreement_id("thoa_thuan", None, ["agency:a", "agency:b"], "x", "2014-2019")
    >>> b = agreement_id("thoa_thuan", None, ["agency:b", "agency:a"], "y", "2019 – 2025")
    >>> a != b, b.endswith("-2019-2025"), agreement_id("thoa_thuan", None, ["agency:a", "agency:b"], "z") in a
    (True, True, True)
    """
    kind_slug = slug(kind or "other")
    if number:
        return f"agreement:{kind_slug}-{slug(number)}"
    if party_ids:
        period = f"-{slug(term)}" if term and slug(term) else ""
        return f"agreement:{kind_slug}-{short_hash(*sorted(set(party_ids)))}{period}"
    return f"agreement:{slug(name)}"


_YEAR_SPAN = re.compile(r"(?<![\w/-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\w/-])")


def agreement_term(properties: dict[str, Any], name: str = "") -> str | None:
    """An agreement's term: its `term` property ("2019-2025"), else the span of years its name holds ("Chương trình phối hợp ... 2016 - 2020"); None when neither states one.

    >>> agreement_term({}, "Chương trình phối hợp giữa A và B 2016 – 2020"), agreement_term({}, "Quy chế số 12")
    ('2016-2020', None)
    """
    term = properties.get("term")
    if term:
        return str(term)
    m = _YEAR_SPAN.search(name)
    return f"{m.group(1)}-{m.group(2)}" if m and m.group(1) < m.group(2) else None


def event_id(date: str | None, kind: str | None, organiser_ids: list[str], name: str, article_id: str) -> str:
    """An event is known by its date, kind and organiser; undated, it stays in its article."""
    if date:
        who = short_hash(*sorted(set(organiser_ids))) if organiser_ids else slug(name)[:60]
        return f"event:{date}-{slug(kind or 'other')}-{who}"
    return f"event:{slug(article_id)}-{slug(name)[:60]}"


# --- document graphs ------------------------------------------------------


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relation:
    type: str
    source: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None


@dataclass
class Article:
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    content_hash: str | None = None
    text: str | None = None  # the body as read (evidence offsets index into it); stored, not exported


@dataclass
class DocGraph:
    """One article's entities and relations, with global ids once `resolved`."""

    article: Article
    entities: list[Entity]
    relations: list[Relation]

    def to_json(self) -> dict[str, Any]:
        def ent(e: Entity) -> dict[str, Any]:
            return {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, **e.properties}

        def rel(r: Relation) -> dict[str, Any]:
            d: dict[str, Any] = {"type": r.type, "source": r.source, "target": r.target, "properties": r.properties}
            if r.evidence:
                d["evidence"] = {"text": r.evidence.text, "start": r.evidence.start, "end": r.evidence.end}
            return d

        return {
            "article": {k: v for k, v in vars(self.article).items() if k != "text"},
            "entities": [ent(e) for e in self.entities],
            "relations": [rel(r) for r in self.relations],
        }


class FormatError(ValueError):
    """A document graph that does not follow FORMAT.md."""


def parse_doc(data: Any, *, fallback_id: str | None = None) -> DocGraph:
    """Read a FORMAT.md object, checking its shape; ids stay as the file gave them."""
    if not isinstance(data, dict):
        raise FormatError("top level is not a JSON object")
    art = data.get("article") or {}
    if not isinstance(art, dict):
        raise FormatError("'article' is not an object")
    aid = art.get("id") or fallback_id
    if not aid:
        raise FormatError("article has no id")
    article = Article(
        id=str(aid), title=art.get("title"), published=art.get("published"), source=art.get("source"),
        url=art.get("url"), content_hash=art.get("content_hash"),
    )
    types = entity_types()
    entities: list[Entity] = []
    seen: set[str] = set()
    for i, e in enumerate(data.get("entities") or []):
        if not isinstance(e, dict) or not e.get("id") or not e.get("type"):
            raise FormatError(f"entity #{i} needs an id and a type")
        if e["type"] not in types or e["type"] == "Article":
            raise FormatError(f"entity {e['id']!r} has unknown type {e['type']!r}")
        if not e.get("name") or not isinstance(e["name"], str):
            raise FormatError(f"entity {e['id']!r} has no name")
        if e["id"] in seen:
            raise FormatError(f"entity id {e['id']!r} is used twice")
        seen.add(e["id"])
        props = {k: v for k, v in e.items() if k not in {"id", "type", "name", "aliases"} and v is not None}
        aliases = [a for a in (e.get("aliases") or []) if isinstance(a, str)]
        entities.append(Entity(str(e["id"]), e["type"], unicodedata.normalize("NFC", e["name"]), aliases, props))
    rtypes = relation_types()
    by_id = {e.id: e for e in entities}
    relations: list[Relation] = []
    for i, r in enumerate(data.get("relations") or []):
        if not isinstance(r, dict):
            raise FormatError(f"relation #{i} is not an object")
        t = r.get("type")
        if t not in rtypes or t == "MENTIONS":
            raise FormatError(f"relation #{i} has unknown type {t!r}")
        for end in ("source", "target"):
            if r.get(end) not in by_id:
                raise FormatError(f"relation #{i} ({t}) points at unknown {end} {r.get(end)!r}")
        ev = r.get("evidence")
        evidence = None
        if isinstance(ev, dict) and "text" in ev:
            evidence = Evidence(str(ev["text"]), int(ev.get("start") or 0), int(ev.get("end") or 0))
        relations.append(Relation(t, r["source"], r["target"], dict(r.get("properties") or {}), evidence))
    return DocGraph(article, entities, relations)


def resolve(doc: DocGraph) -> DocGraph:
    """Give every entity its global id (type + canonical name, see `entity_id`), merging duplicates."""
    gid: dict[str, str] = {}
    for e in doc.entities:
        if is_global_id(e.id):
            gid[e.id] = e.id
        elif e.type in ("Agency", "Person", "Location"):
            gid[e.id] = entity_id(e.type, e.name)
    # Agreements and events are known through their neighbours.
    for e in doc.entities:
        if e.id in gid:
            continue
        if e.type == "Agreement":
            parties = [gid[r.source] for r in doc.relations
                       if r.type == "PARTY_TO" and r.target == e.id and r.source in gid]
            gid[e.id] = agreement_id(e.properties.get("kind"), e.properties.get("number"), parties, e.name,
                                     agreement_term(e.properties, e.name))
    _join_term(doc, gid)
    for e in doc.entities:
        if e.id in gid:
            continue
        organisers = [gid[r.source] for r in doc.relations
                      if r.type == "ORGANIZES" and r.target == e.id and r.source in gid]
        gid[e.id] = event_id(e.properties.get("date"), e.properties.get("kind"), organisers, e.name, doc.article.id)
    merged: dict[str, Entity] = {}
    for e in doc.entities:
        g = gid[e.id]
        if g in merged:
            m = merged[g]
            m.aliases = sorted(set(m.aliases) | set(e.aliases) | ({e.name} - {m.name}))
            m.properties = {**e.properties, **m.properties}
        else:
            merged[g] = Entity(g, e.type, e.name, list(e.aliases), dict(e.properties))
    relations: dict[tuple[Any, ...], Relation] = {}
    for r in doc.relations:
        rr = Relation(r.type, gid[r.source], gid[r.target], r.properties, r.evidence)
        relations.setdefault(relation_key(rr), rr)
    return DocGraph(doc.article, list(merged.values()), list(relations.values()))


def _join_term(doc: DocGraph, gid: dict[str, str]) -> None:
    """An unnumbered agreement that states no term joins the one term its article names for the same
    kind and parties ("Thỏa thuận ... giai đoạn 2019-2025 giữa A và B", later "thỏa thuận giữa A và B");
    of several terms it can not say which, and keeps its own id."""
    terms: dict[str, set[str]] = {}
    for e in doc.entities:
        if e.type == "Agreement" and not e.properties.get("number") and agreement_term(e.properties, e.name):
            suffix = "-" + slug(str(agreement_term(e.properties, e.name)))
            if gid[e.id].endswith(suffix):
                terms.setdefault(gid[e.id].removesuffix(suffix), set()).add(gid[e.id])
    for e in doc.entities:
        if e.type == "Agreement" and not e.properties.get("number") and not agreement_term(e.properties, e.name):
            found = terms.get(gid[e.id], set())
            if len(found) == 1:
                gid[e.id] = next(iter(found))


def relation_key(r: Relation) -> tuple[Any, ...]:
    """What makes two relations one edge: ends, type and the type's key properties."""
    keys = relation_types()[r.type].key
    return (r.type, r.source, r.target, *(str(r.properties.get(k) or "") for k in keys))


def read_doc_file(path: Path) -> DocGraph:
    """Parse a FORMAT.md file; `FormatError`/`ValueError` messages name the problem, not the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    return parse_doc(data, fallback_id=path.stem)
