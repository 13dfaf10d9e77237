"""Every shortest path between two entities: one bidirectional breadth-first search over ids, shared by
/paths and the explorer's steered /explore/paths; the nodes and edges of the paths found are read after."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coordgraph.api.routes_common import EVIDENCE_SHOWN, edge, entity_type, holder, records
from coordgraph.graph.store.base import StoreError
from fastapi import Request

LINK_CAP = 20_000  # links read per hop; beyond it the answer says `truncated`

Parents = dict[str, list[tuple[str, dict[str, Any]]]]  # node -> [(previous node, link)] on shortest paths


def entities(request: Request, ids: list[str]) -> dict[str, dict[str, Any]]:
    """{id: {id, type, name, aliases}} of the entities among `ids` that exist."""
    rows = records(request, "entities_by_id", {"ids": ids})
    return {r["id"]: {"id": r["id"], "type": entity_type(r["labels"]), "name": r["name"],
                      "aliases": r["aliases"] or []} for r in rows}


def shortest_paths(request: Request, from_: str, to: str, *, max_hops: int, limit: int,
                   exclude: Sequence[str] = (), exclude_types: Sequence[str] = ()) -> dict[str, Any]:
    """{hops, paths, nodes, truncated}: at most `limit` shortest paths of at most `max_hops` steps, not
    through articles, nor through the `exclude`d entities or entities of `exclude_types`; each path a list
    of {from, to, edge} steps, each edge with its first pieces of evidence. Both ends must exist (the
    caller checks); the search itself reads ids only (named query neighbour_links)."""
    dist: list[dict[str, int]] = [{from_: 0}, {to: 0}]
    parents: list[Parents] = [{from_: []}, {to: []}]
    fronts = [[from_], [to]]
    hops, truncated = 0, False
    meets: list[str] = []
    while hops < max_hops and fronts[0] and fronts[1] and not meets:
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1  # grow the smaller side
        # On the last hop allowed only the links that reach the other side matter: the store sends those
        # alone (the widest hop, so the one that would bring the most rows).
        only = list(dist[1 - side]) if hops == max_hops - 1 else None
        rows = records(request, "neighbour_links", {"ids": fronts[side], "exclude": list(exclude),
                                                    "exclude_types": list(exclude_types), "cap": LINK_CAP,
                                                    "only": only})
        truncated = truncated or len(rows) >= LINK_CAP
        level = max(dist[side].values()) + 1
        new: Parents = {}
        for row in rows:
            if row["id"] not in dist[side]:
                new.setdefault(row["id"], []).append((row["origin"], _link(row)))
        for m, ps in new.items():
            dist[side][m], parents[side][m] = level, ps
        fronts[side] = list(new)
        hops += 1
        both = [m for m in new if m in dist[1 - side]]
        if both:
            best = min(dist[0][m] + dist[1][m] for m in both)
            meets = [m for m in both if dist[0][m] + dist[1][m] == best]
    found = join_paths(parents, meets, limit)
    used = {s[k] for p in found for s in p for k in ("from", "to")}
    nodes = entities(request, sorted(used))
    full = _edges(request, list({_link_key(s["edge"]): s["edge"] for p in found for s in p}.values()))
    for p in found:
        for step in p:
            link = step["edge"]
            step["edge"] = full.get(_link_key(link)) or edge(
                link["type"], link["source"], link["target"], {"title": link["title"]} if link.get("title") else {},
                shown=EVIDENCE_SHOWN)
    return {"hops": len(found[0]) if found else None, "paths": found,
            "nodes": [nodes[i] for i in sorted(used) if i in nodes], "truncated": truncated}


def join_paths(parents: list[Parents], meets: list[str], limit: int) -> list[list[dict[str, Any]]]:
    """The shortest paths of a bidirectional search, joined where its two sides meet: at most `limit`,
    each a list of {from, to, edge} steps. `parents[side][node]` lists (previous node, edge)."""
    found: list[list[dict[str, Any]]] = []
    for m in sorted(meets):
        for left in _walk(parents[0], m, limit):
            for right in _walk(parents[1], m, limit):
                steps = left + [(b, a, e) for a, b, e in reversed(right)]
                found.append([{"from": a, "to": b, "edge": e} for a, b, e in steps])
                if len(found) >= limit:
                    return found
    return found


def _walk(parents: Parents, node: str, limit: int) -> list[list[tuple[str, str, dict[str, Any]]]]:
    """Paths from the search's root to `node` as (from, to, edge) steps, at most `limit` of them."""
    if not parents[node]:
        return [[]]
    out = []
    for prev, e in parents[node]:
        for head in _walk(parents, prev, limit):
            out.append(head + [(prev, node, e)])
            if len(out) >= limit:
                return out
    return out


def _link(row: dict[str, Any]) -> dict[str, Any]:
    """The edge of a neighbour_links row: its type, ends and title."""
    a, b = (row["origin"], row["id"]) if row["out"] else (row["id"], row["origin"])
    return {"type": row["type"], "source": a, "target": b, "title": row["title"]}


def _link_key(link: dict[str, Any]) -> tuple[str, str, str, str]:
    return link["source"], link["target"], link["type"], link.get("title") or ""


EDGES_BY_KEY = """
UNWIND $keys AS k
MATCH (s:Entity {id: k.source})-[r]->(t:Entity {id: k.target})
WHERE type(r) = k.type AND coalesce(r.title, '') = k.title
RETURN s.id AS source, t.id AS target, type(r) AS type,
       r {.title, .role, .score, .reasons, .first_seen, .last_seen} AS properties,
       r.articles[0..$shown] AS articles, r.sentences[0..$shown] AS sentences, r.dates[0..$shown] AS dates,
       coalesce(size(r.articles), 0) AS evidence_count
"""


def capped_edge(row: dict[str, Any]) -> dict[str, Any]:
    """The API edge of a row that carries an edge's plain properties (absent ones null), its first pieces
    of evidence (articles, sentences, dates) and evidence_count, as named query `neighbours` answers."""
    props = {k: v for k, v in (row["properties"] or {}).items() if v is not None}
    props.update(articles=row["articles"] or [], sentences=row["sentences"] or [], dates=row["dates"] or [])
    e = edge(row["type"], row["source"], row["target"], props, shown=EVIDENCE_SHOWN)
    e["properties"]["evidence_count"] = row["evidence_count"] or 0
    return e


def _edges(request: Request, links: list[dict[str, Any]]) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """The API edges (with their first pieces of evidence) of these links, by (source, target, type, title)."""
    if not links:
        return {}
    keys = [{"source": a, "target": b, "type": t, "title": title} for a, b, t, title in map(_link_key, links)]
    h = holder(request)
    try:
        rows = h.store().view().read(EDGES_BY_KEY, {"keys": keys, "shown": EVIDENCE_SHOWN}, timeout_ms=h.settings.cypher_timeout_ms).records()
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    out = {}
    for r in rows:
        out[(r["source"], r["target"], r["type"], (r["properties"] or {}).get("title") or "")] = capped_edge(r)
    return out
