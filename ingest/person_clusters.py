"""People across articles: each article's mention of a person, blocked on the folded name and
grouped on the evidence (posts, bodies, provinces, period, people named beside them, bylines).
Three outcomes: merged, kept apart, or kept apart with a `Link` that carries the score and its reasons.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from coordgraph.graph.model import DocGraph, modern_tones
from coordgraph.ingest.resolve_rules import rules


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
