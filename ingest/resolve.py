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
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import yaml
from coordgraph.graph.model import (
    DocGraph,
    Entity,
    Relation,
    agreement_id,
    event_id,
    modern_tones,
    relation_key,
    short_hash,
)
from coordgraph.graph.model import fold as _fold
from coordgraph.graph.model import slug as _slug

from coordgraph import resource

fold = cache(_fold)
slug = cache(_slug)


def entity_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:{slug(name)}"


COORDINATION_KINDS = {"quy_che_phoi_hop", "chuong_trinh_phoi_hop", "thoa_thuan"}
# Parts of a document number's code that say its kind or a level, not who issued it.
_KIND_CODES = {"kh", "qd", "ct", "nq", "kl", "tb", "qc", "qcph", "ctph", "ttlt", "tt", "nd", "hd", "bc", "cv",
               "ubnd", "hdnd", "bcd", "ub", "tu", "du", "hu", "ttr", "ldtbxh"}
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Rules:
    variants: tuple[tuple[re.Pattern[str], str], ...]
    bare_words: frozenset[str]
    full_time: frozenset[str]
    person_aliases: dict[str, str]
    weights: dict[str, float]
    merge: float
    possible: float
    period_days: int
    generic_company: tuple[str, ...]
    generic_words: frozenset[str]
    numbered_unit: re.Pattern[str]
    common_surnames: frozenset[str]


@cache
def rules() -> Rules:
    """The rules of ingest/data/resolution.yaml."""
    d = yaml.safe_load(resource("ingest", "data", "resolution.yaml").read_text(encoding="utf-8"))
    variants = tuple((re.compile(rf"(?<![\w./-])(?:{pat})(?!\w)"), rep) for pat, rep in d["body_variants"])
    return Rules(variants, frozenset(d["bare_words"]), frozenset(d["full_time_titles"]),
                 {" ".join(a.lower().split()): " ".join(n.lower().split()) for a, n in d.get("person_aliases") or []},
                 {k: float(v) for k, v in d["weights"].items()}, float(d["thresholds"]["merge"]),
                 float(d["thresholds"]["possible"]), int(d.get("period_days") or 365),
                 tuple(sorted(d["generic_company"], key=len, reverse=True)), frozenset(d["generic_business_words"]),
                 re.compile(d["numbered_unit"], re.IGNORECASE),
                 frozenset(" ".join(modern_tones(x).lower().split()) for x in d["common_surnames"]))


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
        return agreement_id(kind, None, parties, e.name)
    number = str(number)
    if _specific_code(number):
        return agreement_id(kind, number, [], e.name)
    who = sorted(set(issuers)) or (sorted(set(parties)) if kind in COORDINATION_KINDS else [])
    base = f"agreement:{slug(kind or 'other')}-{slug(number)}"
    if not who:
        return f"{base}-{slug(article_id)}"
    m = _YEAR.search(str(e.properties.get("date") or "")) or _YEAR.search(number)
    return f"{base}-{short_hash(*who)}" + (f"-{m.group(1)}" if m else "")


# --- people ------------------------------------------------------------------------


@cache
def rare_name(key: str) -> bool:
    """A name few people share: four words or more, or a surname outside the common ones."""
    words = key.split()
    return len(words) >= 4 or (bool(words) and words[0] not in rules().common_surnames)


def name_key(name: str) -> str:
    """A person's name as a blocking key: case and tone placement folded, diacritics kept
    ("Nguyễn Văn Phong" and "Nguyễn Văn Phóng" are two names)."""
    key = " ".join(modern_tones(name).lower().split())
    return rules().person_aliases.get(key, key)



@dataclass
class Mention:
    """One article's person: what it says about them."""

    key: str  # "<article id>#<id in the article>"
    article: str
    name: str
    block: str  # folded name, after known aliases
    posts: set[tuple[str, str]] = field(default_factory=set)  # (folded title, body id)
    provinces: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)  # what else the article names: "p:", "a:", "g:" keys
    day: date | None = None
    byline: bool = False
    source: str = ""

    @property
    def bodies(self) -> set[str]:
        return {b for _, b in self.posts}

    @property
    def evidence(self) -> bool:
        return bool(self.posts or self.byline)


@dataclass
class Cluster:
    mentions: list[Mention]

    def __post_init__(self) -> None:
        self.posts: set[tuple[str, str]] = set()
        self.provinces: set[str] = set()
        self.context: set[str] = set()
        self.days: list[date] = []
        self.sources: set[str] = set()
        self.byline = False
        for m in list(self.mentions):
            self._take(m)

    def _take(self, m: Mention) -> None:
        self.posts |= m.posts
        self.provinces |= m.provinces
        self.context |= m.context
        self.days += [m.day] if m.day else []
        self.sources |= {m.source} if m.byline and m.source else set()
        self.byline = self.byline or m.byline

    def add(self, other: Cluster) -> None:
        self.mentions += other.mentions
        for m in other.mentions:
            self._take(m)

    @property
    def bodies(self) -> set[str]:
        return {b for _, b in self.posts}

    @property
    def keys(self) -> set[str]:
        return {m.key for m in self.mentions}


def score(a: Cluster, b: Cluster, weight: dict[str, float] | None = None) -> tuple[float, list[str], bool]:
    """How much the evidence says two candidates are one person: (score, reasons, must stay apart).

    `weight`: how telling each context key is (rare keys near 1, keys of most articles near 0)."""
    w, r = rules().weights, rules()
    s, why = 0.0, []
    if a.byline != b.byline and (a.posts or b.posts):
        return w["byline_mismatch"], ["a byline against a named official"], True
    if a.byline and b.byline:
        if a.sources & b.sources:
            return w["same_source"], ["bylines of the same outlet"], False
        if a.sources and b.sources:
            return 0.0, ["bylines of different outlets"], True
        return w["same_source"], ["bylines of one name, outlet unknown"], False
    same_posts = a.posts & b.posts
    if same_posts:
        s += w["same_post"]
        why.append("same post: " + ", ".join(sorted(f"{t} at {b_}" for t, b_ in same_posts)[:2]))
    shared = (a.bodies & b.bodies) - {b_ for _, b_ in same_posts}
    if shared:
        s += w["same_body"]
        why.append("same body: " + ", ".join(sorted(shared)[:2]))
    name = a.mentions[0].block
    if rare_name(name):
        s += w["rare_name"]
        why.append("an uncommon name")
    same_place = bool(a.provinces & b.provinces)
    if a.provinces and b.provinces:
        if same_place:
            s += w["same_province"]
            why.append("same province: " + ", ".join(sorted(a.provinces & b.provinces)))
        elif not (a.bodies & b.bodies):
            s += w["other_province"]
            why.append(f"other provinces: {', '.join(sorted(a.provinces))} / {', '.join(sorted(b.provinces))}")
    shared = a.context & b.context
    if shared and weight:
        top = sorted(shared, key=lambda k: (-weight.get(k, 0.0), k))
        s += min(w["context_cap"], w["context"] * sum(weight.get(k, 0.0) for k in shared))
        why.append("both articles name " + ", ".join(k.split(":", 1)[1] for k in top[:3]))
    full_a = {(t, b_) for t, b_ in a.posts if t in r.full_time} - b.posts
    full_b = {(t, b_) for t, b_ in b.posts if t in r.full_time} - a.posts
    conflict = [(x, y) for x in full_a for y in full_b if x[1] != y[1] and x[1] not in b.bodies
                and y[1] not in a.bodies]
    if conflict and not (a.bodies & b.bodies) and not same_place:
        near = any(abs((da - db).days) <= r.period_days for da in a.days for db in b.days)
        (ta, ba), (tb, bb) = min(conflict)
        why.append(f"other full-time posts: {ta} at {ba} / {tb} at {bb}")
        if near:
            return s + w["other_post"], [*why, "in the same period"], True
        s += w["other_post"]
    return s, why, False


@dataclass
class Link:
    """Two nodes kept apart that may be one: `POSSIBLY_SAME_AS`."""

    source: str
    target: str
    score: float
    reasons: list[str]


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
                m.posts.add((fold(str(r.properties.get("title") or "")), agency_ids.get(body.id, body.id)))
                prov = _province(body)
                if prov:
                    m.provinces.add(prov)
        m.context = context - {"p:" + slug(e.name)}
        out.append(m)
    return out


class _Sets:
    """Union-find over strings."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cluster_block(ms: list[Mention], seeds: _Sets, cannot: set[tuple[str, str]],
                   weight: dict[str, float] | None) -> tuple[list[Cluster], list[tuple[int, int, float, list[str]]]]:
    """One block's people and the links worth showing between them (as indexes into the clusters)."""
    r = rules()
    seeded: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        seeded[seeds.find(m.key)].append(m)
    units = [Cluster(list(g)) for g in seeded.values()]
    forced = {id(u) for u in units if len(u.mentions) > 1}
    rich = sorted((u for u in units if u.posts or u.byline or id(u) in forced),
                  key=lambda u: (-len(u.posts), -len(u.mentions), min(u.keys)))
    placed = {id(u) for u in rich}
    poor = sorted((u for u in units if id(u) not in placed), key=lambda u: min(u.keys))
    done: list[Cluster] = []

    def barred(x: Cluster, y: Cluster) -> bool:
        return any((k1, k2) in cannot for k1 in x.keys for k2 in y.keys) if cannot else False

    for u in rich:
        best, best_s = None, r.merge
        for c in done:
            s, _, hard = score(c, u, weight)
            if not hard and s >= best_s and not barred(c, u):
                best, best_s = c, s
        if best is None:
            done.append(u)
        else:
            best.add(u)
    for u in poor:  # mentions without a post join the candidate the evidence points at, if any
        best, best_s = None, r.merge
        for c in done:
            s, _, hard = score(c, u, weight)
            if not hard and s >= best_s and not barred(c, u) and not c.byline:
                best, best_s = c, s
        if best is None:
            done.append(u)
        else:
            best.add(u)
    links = []
    for i, x in enumerate(done):
        for j in range(i + 1, len(done)):
            y = done[j]
            if barred(x, y):
                continue
            s, why, hard = score(x, y, weight)
            if not hard and s >= r.possible:
                links.append((i, j, round(s, 2), why))
    return done, links


@dataclass
class Memo:
    """What one run has resolved so far, so that the next batch re-resolves only what it touches.

    Every entry is keyed by all of its inputs, so a reused entry is exactly what resolving again would
    give: the result never depends on how the articles were batched."""

    judged: tuple[str, ...] = ()  # the judgements the entries were made under
    serial: int = 0
    mentions: dict[str, tuple[tuple[Any, ...], int, list[Mention]]] = field(default_factory=dict)
    blocks: dict[str, tuple[tuple[Any, ...], list[Cluster], list[tuple[int, int, float, list[str]]]]] = \
        field(default_factory=dict)
    rebuilt: dict[str, tuple[tuple[Any, ...], DocGraph]] = field(default_factory=dict)
    reclustered: int = 0

    def reset(self, judged: tuple[str, ...]) -> None:
        if judged != self.judged:
            self.judged, self.mentions, self.blocks, self.rebuilt = judged, {}, {}, {}

    def next(self) -> int:
        self.serial += 1
        return self.serial


def cluster_people(mentions: list[Mention], same: Iterable[tuple[set[str], set[str]]] = (),
                   apart: Iterable[tuple[set[str], set[str]]] = (),
                   weight: dict[str, float] | None = None, memo: Memo | None = None,
                   serials: dict[str, int] | None = None) -> tuple[list[Cluster], list[Link]]:
    """Group mentions into people; `same`/`apart`: judged pairs of mention-key sets.

    Returns the clusters (ordered) and, between clusters of one block, the links worth showing
    (score at `possible` or above, apart not by judgement), with cluster indexes as ends.
    With a `memo` (and each mention's `serials`), a block whose inputs are unchanged is reused."""
    by_key = {m.key: m for m in mentions}
    seeds, blocks = _Sets(), _Sets()
    for a, b in same:
        ks = [k for k in a | b if k in by_key]
        for k in ks[1:]:
            seeds.union(ks[0], k)
            blocks.union(by_key[ks[0]].block, by_key[k].block)
    cannot: set[tuple[str, str]] = set()
    for a, b in apart:
        cannot |= {(x, y) for x in a for y in b} | {(y, x) for x in a for y in b}
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.key):
        groups[blocks.find(m.block)].append(m)
    clusters: list[Cluster] = []
    links: list[Link] = []
    for block in sorted(groups):
        ms = groups[block]
        sig: tuple[Any, ...] = ()
        if memo is not None:
            keys = set().union(*(m.context for m in ms))
            sig = (tuple((m.key, (serials or {}).get(m.key)) for m in ms),
                   tuple(sorted((k, weight.get(k, 0.0)) for k in keys)) if weight else ())
            hit = memo.blocks.get(block)
            if hit is not None and hit[0] == sig:
                done, raw = hit[1], hit[2]
            else:
                done, raw = _cluster_block(ms, seeds, cannot, weight)
                memo.blocks[block] = (sig, done, raw)
                memo.reclustered += 1
        else:
            done, raw = _cluster_block(ms, seeds, cannot, weight)
        base = len(clusters)
        clusters.extend(done)
        links += [Link(str(base + i), str(base + j), s, list(why)) for i, j, s, why in raw]
    if memo is not None:
        for block in set(memo.blocks) - set(groups):
            del memo.blocks[block]
    return clusters, links


def context_weight(count: int, articles: int) -> float:
    """How telling a context key named by `count` of `articles` articles is (rare near 1, common near 0).

    Both counts are rounded to the nearest power of two, so that a key's weight changes only when the
    corpus or the key's count doubles: a new batch then leaves most blocks' inputs unchanged."""
    c, n = 2 ** round(math.log2(max(count, 1))), 2 ** round(math.log2(max(articles, 2)))
    return max(0.0, 1.0 - math.log(c) / math.log(max(n, 2)))


# --- the whole step -------------------------------------------------------------------


def _derived(e: Entity, ents: dict[str, Entity], doc: DocGraph) -> bool:
    """Whether an entity's id is the one extraction derives (so resolution may re-derive it)."""
    if e.type in ("Person", "Agency", "Location"):
        return e.id == entity_id(e.type, e.name)
    if e.type == "Agreement":
        parties = [r.source for r in doc.relations if r.type == "PARTY_TO" and r.target == e.id]
        return e.id == agreement_id(e.properties.get("kind"), e.properties.get("number"), parties, e.name)
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
