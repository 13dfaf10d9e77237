"""Entity resolution across articles: the step between extraction and the graph.

Each article's document graph names people, bodies and documents by ids derived from its own text
(`graph.model.resolve`). This step looks at all articles together and decides, in the spirit of
nomenklatura's resolver, which of those are one thing in the world:

- bodies: canonical names with the common variants spelled out (VN, CP, TW/T.Ư, TP/Tp.), and no
  bare alias ("UBND", "Tỉnh ủy") left on one body;
- documents: known by kind, number, issuer and year; a number alone is scoped to its article;
- people: candidates blocked on the folded name (and known aliases), scored on evidence (posts,
  bodies, provinces, period, people named beside them, bylines), with three outcomes: merged, kept
  apart, or kept apart with a `POSSIBLY_SAME_AS` link that carries the score and its reasons.

Judgements (`ingest.judgements`) force merges, separations and drop wrong relations. Ids stay
deterministic for the same input; a node keeps every name it was written with.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from coordgraph.graph.model import (
    DocGraph,
    Entity,
    Relation,
    agreement_id,
    agreement_term,
    event_id,
    relation_key,
    short_hash,
)
from coordgraph.ingest.person_clusters import (
    Cluster,
    Link,
    Memo,
    Mention,
    cluster_people,
    context_weight,
    name_key,
)
from coordgraph.ingest.resolve_rules import fold, rules, slug


def entity_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:{slug(name)}"


COORDINATION_KINDS = {"quy_che_phoi_hop", "chuong_trinh_phoi_hop", "thoa_thuan"}
# Parts of a document number's code that say its kind or a level, not who issued it.
_KIND_CODES = {"kh", "qd", "ct", "nq", "kl", "tb", "qc", "qcph", "ctph", "ttlt", "tt", "nd", "hd", "bc", "cv",
               "ubnd", "hdnd", "bcd", "ub", "tu", "du", "hu", "ttr", "ldtbxh"}
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


# --- bodies ------------------------------------------------------------------


@cache
def body_name(name: str) -> str:
    """A body's name with the common variants spelled out: "UBND TP.HCM" -> "Ủy ban nhân dân thành phố Hồ Chí Minh"."""
    for pat, rep in rules().variants:
        name = pat.sub(rep, name)
    return re.sub(r"\s+", " ", name).strip()


def bare_alias(alias: str, entity: Entity) -> bool:
    """An alias that does not name this one body: a local body's alias without its locality, or
    (any body) an alias of level words and abbreviations only, such as "UBND" or "Tỉnh ủy"."""
    folded = fold(body_name(alias))
    if folded == fold(body_name(entity.name)):
        return False
    place = entity.properties.get("locality")
    if place and fold(str(place)) not in folded:
        return True
    return all(w in rules().bare_words or w.isdigit() for w in re.findall(r"\w+", folded))


def _scoped(e: Entity) -> bool:
    """A body kept per article (generic or of an unnamed locality), never merged across articles."""
    return bool(e.properties.get("generic") or e.properties.get("ambiguous"))


@cache
def vague_name(name: str) -> bool:
    """A body name that does not say which body: "Công ty CP Tư vấn", "Công an phường 12"."""
    if rules().numbered_unit.search(name):
        return True
    folded = fold(body_name(name))
    for form in rules().generic_company:
        if folded == form or folded.startswith(form + " "):
            rest = folded[len(form):].split()
            return all(w in rules().generic_words for w in rest)
    return False


# --- documents -----------------------------------------------------------------


def _specific_code(number: str) -> bool:
    """A number whose code names its issuer: "102-QĐ/TW", "08/CT-TTg"; not "41", "41/KH-UBND"."""
    parts = [fold(p) for p in re.split(r"[-/]", number) if re.search(r"[^\W\d_]", p)]
    return any(p not in _KIND_CODES for p in parts)


def document_id(e: Entity, issuers: list[str], parties: list[str], article_id: str) -> str:
    """A document's identity: kind, number, issuer and year where known; a bare number stays in its article."""
    kind, number = e.properties.get("kind"), e.properties.get("number")
    if not number:
        return agreement_id(kind, None, parties, e.name, agreement_term(e.properties, e.name))
    number = str(number)
    if _specific_code(number):
        return agreement_id(kind, number, [], e.name)
    who = sorted(set(issuers)) or (sorted(set(parties)) if kind in COORDINATION_KINDS else [])
    base = f"agreement:{slug(kind or 'other')}-{slug(number)}"
    if not who:
        return f"{base}-{slug(article_id)}"
    m = _YEAR.search(str(e.properties.get("date") or "")) or _YEAR.search(number)
    return f"{base}-{short_hash(*who)}" + (f"-{m.group(1)}" if m else "")


@dataclass
class Resolution:
    docs: list[DocGraph]
    links: list[Link]
    members: dict[str, list[str]]  # person node id -> mention keys ("<article>#<local id>")
    ids: dict[tuple[str, str], str]  # (article id, id in the article) -> node id
    fresh: set[str] = field(default_factory=set)  # articles rebuilt (not reused from a memo)


def _province(e: Entity) -> str | None:
    place = e.properties.get("locality")
    return fold(str(place)) if place else None


def _mentions(doc: DocGraph, agency_ids: dict[str, str]) -> list[Mention]:
    ents = {e.id: e for e in doc.entities}
    people = [e for e in doc.entities if e.type == "Person"]
    day = None
    if doc.article.published:
        try:
            day = date.fromisoformat(str(doc.article.published)[:10])
        except ValueError:
            day = None
    out = []
    context = {"p:" + slug(e.name) for e in people if not e.properties.get("byline")}
    words = fold(doc.article.title or "").split()
    context |= {f"t:{x} {y}" for x, y in itertools.pairwise(words)}  # the headline's word pairs
    context |= {("a:" + agency_ids.get(e.id, e.id)) if e.type == "Agency" else f"{e.type[0].lower()}:{e.id}"
                for e in doc.entities if e.type in ("Agency", "Agreement") and not _scoped(e)}
    for e in people:
        block = name_key(e.name)
        m = Mention(f"{doc.article.id}#{e.id}", doc.article.id, e.name, block,
                    day=day, byline=bool(e.properties.get("byline")), source=doc.article.source or "")
        for r in doc.relations:
            if r.type == "HOLDS_POSITION" and r.source == e.id and r.target in ents:
                body = ents[r.target]
                if _scoped(body):
                    continue
                also = r.properties.get("also") or []  # the other titles in the same body
                for title in [r.properties.get("title"), *(also if isinstance(also, list) else [also])]:
                    m.posts.add((fold(str(title or "")), agency_ids.get(body.id, body.id)))
                prov = _province(body)
                if prov:
                    m.provinces.add(prov)
        m.context = context - {"p:" + slug(e.name)}
        out.append(m)
    return out


# --- the whole step -------------------------------------------------------------------


def _derived(e: Entity, ents: dict[str, Entity], doc: DocGraph) -> bool:
    """Whether an entity's id is the one extraction derives (so resolution may re-derive it)."""
    if e.type in ("Person", "Agency", "Location"):
        return e.id == entity_id(e.type, e.name)
    if e.type == "Agreement":
        parties = [r.source for r in doc.relations if r.type == "PARTY_TO" and r.target == e.id]
        return e.id == agreement_id(e.properties.get("kind"), e.properties.get("number"), parties, e.name,
                                    agreement_term(e.properties, e.name))
    return False


def resolve_docs(docs: list[DocGraph], judged: Any = None, memo: Memo | None = None) -> Resolution:
    """Resolve every article's graph against the others; `judged` is a `judgements.Applied` or None.

    With a `memo` kept from the run's earlier batches, only the name blocks and articles whose inputs
    changed are resolved again (the result is the same as without it); `Resolution.fresh` names the
    articles rebuilt this time."""
    if memo is not None:
        memo.reset(judged.signature() if judged is not None else ())
    ids: dict[tuple[str, str], str] = {}
    names: dict[str, str] = {}  # new agency id -> canonical name
    # Bodies: variants spelled out; a name that does not say which body stays in its article, and a
    # central body that one article could not place joins the one the others name.
    central = {entity_id("Agency", body_name(e.name)) for d in docs for e in d.entities
               if e.type == "Agency" and e.properties.get("level") == "central" and not _scoped(e)}
    for d in docs:
        for e in d.entities:
            if e.type != "Agency":
                continue
            name = body_name(e.name)
            if not _scoped(e) and _derived(e, {}, d):
                new = entity_id("Agency", name)
                if vague_name(e.name):
                    new = f"agency:{slug(d.article.id)}-{slug(name)}"
                ids[(d.article.id, e.id)] = new
                names.setdefault(new, name)
            elif (e.properties.get("level") == "central" and entity_id("Agency", name) in central
                  and not re.match(r"(?i)(các|những)\s", name)):
                ids[(d.article.id, e.id)] = entity_id("Agency", name)
    if judged is not None:
        for (aid, local), new in list(ids.items()):
            ids[(aid, local)] = judged.alias(new)
    # People.
    mentions: list[Mention] = []
    by_doc: dict[str, list[Mention]] = {}
    by_article: dict[str, dict[str, str]] = defaultdict(dict)
    for (aid, local), new in ids.items():
        by_article[aid][local] = new
    serials: dict[str, int] = {}
    for d in docs:
        aid = d.article.id
        amap = tuple(sorted(by_article[aid].items()))
        hit = memo.mentions.get(aid) if memo is not None else None
        if hit is not None and hit[0][0] is d and hit[0][1] == amap:
            serial, ms = hit[1], hit[2]
        else:
            ms = _mentions(d, by_article[aid])
            ents = {e.id: e for e in d.entities}
            ms = [m for m in ms if _derived(ents[m.key.split("#", 1)[1]], ents, d)]
            serial = memo.next() if memo is not None else 0
            if memo is not None:
                memo.mentions[aid] = ((d, amap), serial, ms)
        serials.update((m.key, serial) for m in ms)
        by_doc[aid] = ms
        mentions += ms
    if memo is not None:
        for aid in set(memo.mentions) - set(by_doc):
            del memo.mentions[aid]
    df = Counter(k for d in docs for k in {k for m in by_doc.get(d.article.id, []) for k in m.context})
    weight = {k: context_weight(c, len(docs)) for k, c in df.items()}
    same = judged.same_sets() if judged is not None else []
    apart = judged.apart_sets() if judged is not None else []
    clusters, raw_links = cluster_people(mentions, same, apart, weight, memo, serials)
    members: dict[str, list[str]] = {}
    cluster_ids: list[str] = []
    primary: dict[str, int] = {}
    for i, c in enumerate(clusters):
        name = _common_name(c)
        base = slug(name)
        if base not in primary or len(c.mentions) > len(clusters[primary[base]].mentions):
            primary[base] = i
    for i, c in enumerate(clusters):
        base = slug(_common_name(c))
        pid = f"person:{base}" if primary[base] == i else f"person:{base}-{short_hash(min(c.keys))}"
        cluster_ids.append(pid)
        members[pid] = sorted(c.keys)
        for m in c.mentions:
            aid, local = m.key.split("#", 1)
            ids[(aid, local)] = pid
    links = [Link(cluster_ids[int(x.source)], cluster_ids[int(x.target)], x.score, x.reasons) for x in raw_links]
    # Documents, then rebuild every article with the new ids.
    out, fresh = [], set()
    for d in docs:
        aid = d.article.id
        gids = tuple(ids.get((aid, e.id)) for e in d.entities)
        sig = (gids, tuple(names.get(g) for g in gids if g))
        kept = memo.rebuilt.get(aid) if memo is not None else None
        if kept is not None and kept[0][0] is d and kept[0][1] == sig:
            out.append(kept[1])
            continue
        doc = _rebuild(d, ids, names, judged)
        out.append(doc)
        fresh.add(aid)
        if memo is not None:
            memo.rebuilt[aid] = ((d, sig), doc)
    if memo is not None:
        for aid in set(memo.rebuilt) - set(by_doc):
            del memo.rebuilt[aid]
    if judged is not None:
        links = [x for x in links if not judged.separated(x.source, x.target)]
    return Resolution(out, links, members, ids, fresh)


def _common_name(c: Cluster) -> str:
    counts = Counter(m.name for m in c.mentions)
    return min(counts, key=lambda n: (-counts[n], n))


def _rebuild(d: DocGraph, ids: dict[tuple[str, str], str], names: dict[str, str], judged: Any) -> DocGraph:
    aid = d.article.id
    gid = {e.id: ids.get((aid, e.id), e.id) for e in d.entities}
    ents = {e.id: e for e in d.entities}
    for e in d.entities:
        if e.type == "Agreement" and _derived(e, ents, d):
            issuers = [gid[r.source] for r in d.relations if r.type == "ISSUED" and r.target == e.id]
            parties = [gid[r.source] for r in d.relations if r.type == "PARTY_TO" and r.target == e.id]
            gid[e.id] = document_id(e, issuers, parties, aid)
    for e in d.entities:
        if e.type == "Event":
            orgs = [r.source for r in d.relations if r.type == "ORGANIZES" and r.target == e.id]
            if e.id == event_id(e.properties.get("date"), e.properties.get("kind"), orgs, e.name, aid):
                gid[e.id] = event_id(e.properties.get("date"), e.properties.get("kind"), [gid[o] for o in orgs],
                                     e.name, aid)
    merged: dict[str, Entity] = {}
    for e in d.entities:
        g = gid[e.id]
        name = names.get(g, e.name) if e.type == "Agency" else e.name
        written = [n for n in [e.name, *e.aliases] if n != name]
        if e.type == "Agency":
            written = [n for n in written if not bare_alias(n, e)]
        m = merged.get(g)
        if m is None:
            merged[g] = Entity(g, e.type, name, list(dict.fromkeys(written)), dict(e.properties))
        else:
            m.aliases = list(dict.fromkeys([*m.aliases, *([e.name] if e.name != m.name else []), *written]))
            m.properties = {**e.properties, **m.properties}
    relations: dict[tuple[Any, ...], Relation] = {}
    for r in d.relations:
        rr = Relation(r.type, gid[r.source], gid[r.target], r.properties, r.evidence)
        if rr.source == rr.target and r.type == "PART_OF":
            continue
        if judged is not None and judged.wrong(rr):
            continue
        relations.setdefault(relation_key(rr), rr)
    return DocGraph(d.article, list(merged.values()), list(relations.values()))
