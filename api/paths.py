"""Every shortest path between two entities, shared by /paths and the explorer's steered /explore/paths.

A bidirectional breadth-first search over ids alone (named query neighbour_ids: which entities are tied,
not by what), the two ends' first hop in one query; the edges of the paths found are read after, in one
query (path_edges), and each path of entities becomes one path per choice of edge at each step. Answers
are kept per graph version (a small LRU on the store holder, `StoreHolder.paths`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise, product
from typing import Any

from coordgraph.api.errors import not_found
from coordgraph.api.routes_common import EVIDENCE_SHOWN, edge, entity_type, holder, records
from fastapi import Request

LINK_CAP = 20_000  # entity pairs read per hop; beyond it the answer says `truncated`

Parents = dict[str, list[str]]  # entity -> the entities before it on shortest paths from the search's root


def entities(request: Request, ids: list[str]) -> dict[str, dict[str, Any]]:
    """{id: {id, type, name, aliases}} of the entities among `ids` that exist."""
    rows = records(request, "entities_by_id", {"ids": ids})
    return {r["id"]: {"id": r["id"], "type": entity_type(r["labels"]), "name": r["name"],
                      "aliases": r["aliases"] or []} for r in rows}


def shortest_paths(request: Request, from_: str, to: str, *, max_hops: int, limit: int,
                   exclude: Sequence[str] = (), exclude_types: Sequence[str] = ()) -> dict[str, Any]:
    """{hops, paths, nodes, truncated}: at most `limit` shortest paths of at most `max_hops` steps, not
    through articles, nor through the `exclude`d entities or entities of `exclude_types` (the two ends
    are never excluded); each path a list
    of {from, to, edge} steps, each edge with its first pieces of evidence. An end that does not exist is
    a 404 (looked up only when no path was found: a path's ends exist). The same question on the same
    graph version is answered from the store holder's LRU (the answer is shared: callers copy before
    changing it)."""
    h = holder(request)
    key = (from_, to, max_hops, limit, tuple(exclude), tuple(exclude_types))
    return h.paths.get(h.store(), key, lambda: _answer(request, from_, to, max_hops, limit, exclude, exclude_types))


def _answer(request: Request, from_: str, to: str, max_hops: int, limit: int, exclude: Sequence[str],
            exclude_types: Sequence[str]) -> dict[str, Any]:
    parents, meets, truncated = search(request, from_, to, max_hops, exclude, exclude_types)
    walks: list[list[str]] = []
    for m in meets:
        for left in _walk(parents[0], m, limit):
            for right in _walk(parents[1], m, limit - len(walks)):
                walks.append(left + right[::-1][1:])
                if len(walks) >= limit:
                    break
            if len(walks) >= limit:
                break
        if len(walks) >= limit:
            break
    # Each walk has at least one path (a step's edges, unless one went since the search read the ids).
    edges = _edges(request, {(a, b) for w in walks for a, b in pairwise(w)})
    found: list[list[dict[str, Any]]] = []
    for w in walks:
        steps = list(pairwise(w))
        for choice in product(*(edges.get(s, ()) for s in steps)):
            found.append([{"from": a, "to": b, "edge": e} for (a, b), e in zip(steps, choice)])
            if len(found) >= limit:
                break
        if len(found) >= limit:
            break
    used = sorted({x for p in found for s in p for x in (s["from"], s["to"])})
    nodes = entities(request, used or [from_, to])
    for i in (from_, to):
        if i not in nodes:
            raise not_found("entity", i)
    if not found:
        nodes = {}
    return {"hops": len(found[0]) if found else None, "paths": found,
            "nodes": [nodes[i] for i in used if i in nodes], "truncated": truncated}


def search(request: Request, from_: str, to: str, max_hops: int, exclude: Sequence[str] = (),
           exclude_types: Sequence[str] = ()) -> tuple[list[Parents], list[str], bool]:
    """The bidirectional search: (parents from each end, where the shortest paths meet, truncated).

    The first query takes both ends' first hop; then the side with the smaller frontier grows, and on
    the last hop allowed only towards the other side's frontier (the widest hop, whose other rows could
    not lead anywhere). A path of length L is cut once, at its entity `c = min(L, D0)` steps from
    `from_` (D0: how far that side has grown), so that each is listed once."""
    dist: list[dict[str, int]] = [{from_: 0}, {to: 0}]
    parents: list[Parents] = [{from_: []}, {to: []}]
    fronts = [[from_], [to]]
    hops, truncated = 0, False
    common: list[str] = []
    while hops < max_hops and fronts[0] and fronts[1] and not common:
        sides: tuple[int, ...]
        if hops == 0 and max_hops >= 2:
            sides, ids, only = (0, 1), [from_, to], None
        else:
            side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
            last = hops == max_hops - 1
            sides, ids, only = (side,), fronts[side], (fronts[1 - side] if last else None)
        rows = records(request, "neighbour_ids", {"ids": ids, "exclude": list(exclude),
                                                  "exclude_types": list(exclude_types), "keep": [from_, to],
                                                  "cap": LINK_CAP, "only": only})
        truncated = truncated or len(rows) >= LINK_CAP
        side_of = {from_: 0, to: 1} if len(sides) == 2 else None
        new: list[Parents] = [{}, {}]
        for row in rows:
            s = side_of[row["origin"]] if side_of else sides[0]
            if row["id"] not in dist[s]:
                new[s].setdefault(row["id"], []).append(row["origin"])
        for s in sides:
            level = max(dist[s].values()) + 1
            for m, ps in new[s].items():
                dist[s][m], parents[s][m] = level, sorted(set(ps))
            fronts[s] = sorted(new[s])
        hops += len(sides)
        common = [m for s in sides for m in new[s] if m in dist[1 - s]]
    if not common:
        return parents, [], truncated
    best = min(dist[0][m] + dist[1][m] for m in common)
    cut = min(best, max(dist[0].values()))
    meets = sorted(m for m in dist[0] if dist[0][m] == cut and dist[1].get(m) == best - cut)
    return parents, meets, truncated


def _walk(parents: Parents, node: str, limit: int) -> Iterator[list[str]]:
    """Paths of entities from the search's root to `node`, at most `limit` of them."""
    if not parents[node]:
        yield [node]
        return
    n = 0
    for prev in parents[node]:
        for head in _walk(parents, prev, limit - n):
            yield head + [node]
            n += 1
            if n >= limit:
                return


def capped_edge(row: dict[str, Any]) -> dict[str, Any]:
    """The API edge of a row that carries an edge's type, source, target, plain properties (absent ones
    null), its first pieces of evidence (articles, sentences, dates) and evidence_count, as named queries
    `neighbours` and `path_edges` answer."""
    props = {k: v for k, v in (row["properties"] or {}).items() if v is not None}
    props.update(articles=row["articles"] or [], sentences=row["sentences"] or [], dates=row["dates"] or [])
    e = edge(row["type"], row["source"], row["target"], props, shown=EVIDENCE_SHOWN)
    e["properties"]["evidence_count"] = row["evidence_count"] or 0
    return e


def _edges(request: Request, steps: set[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The API edges (with their first pieces of evidence) tying each step (a, b), in a stable order."""
    if not steps:
        return {}
    pairs = sorted(steps)
    rows = records(request, "path_edges", {"step_from": [a for a, _ in pairs], "step_to": [b for _, b in pairs],
                                           "shown": EVIDENCE_SHOWN})
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        r["source"], r["target"] = (r["a"], r["b"]) if r["out"] else (r["b"], r["a"])
        out.setdefault((r["a"], r["b"]), []).append(capped_edge(r))
    for es in out.values():
        es.sort(key=lambda e: e["id"])
    return out
