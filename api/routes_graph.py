"""The graph as a whole: the coordination network, shortest paths, neighbourhoods for the explorer."""

from __future__ import annotations

import itertools
from typing import Any

from coordgraph.api import models
from coordgraph.api.errors import ERROR_RESPONSES, NOT_FOUND, ApiError, not_found
from coordgraph.api.paths import capped_edge, entities, shortest_paths
from coordgraph.api.routes_common import (
    DATE,
    EVIDENCE_SHOWN,
    OFFSET,
    WHOLE_GRAPH_TIMEOUT_MS,
    DateParam,
    check_dates,
    date_query,
    entity_type,
    evidence,
    fast_json,
    holder,
    limit_param,
    records,
)
from coordgraph.graph.model import entity_types, relation_types
from coordgraph.graph.store.base import StoreError
from fastapi import APIRouter, Path, Query, Request, Response

router = APIRouter(responses=ERROR_RESPONSES)

__all__ = ["DATE", "router"]
SEEN_SINCE = date_query("Seen on or after (YYYY[-MM[-DD]])")
SEEN_UNTIL = date_query("Seen on or before (YYYY[-MM[-DD]])")
NEIGHBOUR_CAP = 20_000  # rows per hop; beyond it the answer says `truncated`


def _require(request: Request, id_: str, label: str | None = None) -> dict[str, Any]:
    found = entities(request, [id_]).get(id_)
    if not found or (label and found["type"] != label):
        raise not_found((label or "entity").lower(), id_)
    return found


def _in_period(dates: list[str], since: str | None, until: str | None) -> bool:
    dates = [d for d in dates if d]
    if not since and not until:
        return True
    if not dates:
        return False
    lo, hi = min(dates), max(dates)
    return (not since or hi[:len(since)] >= since) and (not until or lo[:len(until)] <= until)


@router.get("/coordination", tags=["graph"], responses=NOT_FOUND, summary="Who coordinates with whom",
            response_model=models.Coordination)
def coordination(request: Request,
                 agency: str | None = Query(None, min_length=1, max_length=300,
                                            description="Only the ties of this agency (its id)"),
                 since: DateParam = SEEN_SINCE, until: DateParam = SEEN_UNTIL,
                 limit: int = limit_param(100), offset: int = OFFSET) -> Response:
    """Pairs of agencies tied by a coordination agreement they are both party to. When the agreement
    names a lead party, it ties the lead to each other party; otherwise it ties every two parties.
    `since`/`until` keep the agreements seen (in articles or events) within the period."""
    check_dates(since=since, until=until)
    if since and until and since[:len(until)] > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")
    if agency:
        items, names = _ties(request, agency, since, until)
        if not items:
            _require(request, agency, "Agency")
    else:
        h = holder(request)
        items, names = h.cache.get(h.store(), ("coordination", since, until),
                                   lambda: _ties(request, None, since, until))
    page_items = items[offset:offset + limit]
    ids = sorted({i for p in page_items for i in (p["source"], p["target"])})
    nodes = [{"id": i, "type": "Agency", "name": names.get(i)} for i in ids]
    return fast_json({"total": len(items), "limit": limit, "offset": offset, "items": page_items, "nodes": nodes})


def _ties(request: Request, agency: str | None, since: str | None, until: str | None
          ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The coordination pairs (most agreements first) and the agencies' names."""
    rows = (records(request, "coordination_of", {"agency": agency}) if agency
            else records(request, "coordination", timeout_ms=WHOLE_GRAPH_TIMEOUT_MS))
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    names: dict[str, str] = {}
    for g in rows:
        parties = g["parties"]
        events = [e for e in g["events"] if e.get("id")]
        dates = [d for p in parties for d in (p.get("first_seen"), p.get("last_seen"))] + \
                [e.get("date") for e in events]
        if not _in_period([d for d in dates if isinstance(d, str)], since, until):
            continue
        for p in parties:
            names[p["id"]] = p["name"]
        leads = [p for p in parties if p.get("role") == "lead"]
        if leads:
            ties = [(lead, p) for lead in leads for p in parties if p is not lead]
        else:
            ties = list(itertools.combinations(parties, 2))
        for x, y in ties:
            if agency and agency not in (x["id"], y["id"]):
                continue
            a, b = sorted((x, y), key=lambda p: p["id"])
            pair = pairs.setdefault((a["id"], b["id"]), {"source": a["id"], "target": b["id"], "agreements": []})
            seen = [d for d in dates if isinstance(d, str) and d]
            pair["agreements"].append({
                "id": g["id"], "name": g["name"], "kind": g["kind"], "number": g["number"],
                "first_seen": min(seen) if seen else None, "last_seen": max(seen) if seen else None,
                "events": sorted(events, key=lambda e: e.get("date") or ""),
                "evidence": evidence(a) + evidence(b),
            })
    items = sorted(pairs.values(), key=lambda p: (-len(p["agreements"]), p["source"], p["target"]))
    for p in items:
        p["source_name"], p["target_name"] = names.get(p["source"]), names.get(p["target"])
        seen = [d for g in p["agreements"] for d in (g["first_seen"], g["last_seen"]) if d]
        p["first_seen"], p["last_seen"] = (min(seen), max(seen)) if seen else (None, None)
        p["weight"] = len(p["agreements"])
    return items, names


def _types(types: str | None) -> tuple[list[str] | None, list[str] | None]:
    """Split `types` into relation types and entity labels; 422 on an unknown name."""
    if not types:
        return None, None
    rels, labels = [], []
    for t in (x.strip() for x in types.split(",")):
        if not t:
            continue
        if t in relation_types():
            rels.append(t)
        elif t in entity_types():
            labels.append(t)
        else:
            known = ", ".join(sorted(entity_types()) + sorted(relation_types()))
            raise ApiError(422, f"types: unknown type {t!r}; use entity or relation types: {known}")
    return rels or None, labels or None


def _hop(request: Request, ids: list[str], rels: list[str] | None, labels: list[str] | None,
         mentions: bool) -> list[dict[str, Any]]:
    return records(request, "neighbours", {"ids": ids, "rel_types": rels, "node_types": labels,
                                           "mentions": mentions, "cap": NEIGHBOUR_CAP, "shown": EVIDENCE_SHOWN})


def _node(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "type": entity_type(row["labels"]), "name": row["name"], "aliases": row["aliases"] or []}


@router.get("/graph/neighborhood/{id}", tags=["graph"], responses=NOT_FOUND, summary="A subgraph around an entity",
            response_model=models.Neighborhood)
def neighborhood(request: Request,
                 id: str = Path(..., min_length=1, max_length=300, description="The entity at the centre"),
                 depth: int = Query(1, ge=1, le=3, description="Hops out from the centre"),
                 types: str | None = Query(None, max_length=500,
                                           description="Comma-separated entity and/or relation types to keep, "
                                                       "e.g. Agency,PARTY_TO,Agreement"),
                 limit: int = Query(300, ge=1, le=5000, description="At most this many nodes")) -> Response:
    """Nodes (id, type, name, aliases) and edges (id, type, source, target, properties with title,
    first_seen, last_seen, the first `evidence_shown` pieces of evidence [{article, sentence, date}] and
    `evidence_count`) within `depth` hops. Articles and MENTIONS edges appear only when asked for in
    `types` or when the centre is an article. Kept per graph version: asked again, a hub's neighbourhood
    is not read again."""
    rels, labels = _types(types)
    h = holder(request)
    key = (id, depth, types, limit)  # the cache keeps each answer with the graph version it was read at
    return fast_json(h.neighbourhoods.get(h.store(), key, lambda: _neighbourhood(request, id, depth, rels, labels, limit)))


def _neighbourhood(request: Request, id: str, depth: int, rels: list[str] | None, labels: list[str] | None,
                   limit: int) -> dict[str, Any]:
    center = _require(request, id)
    mentions = center["type"] == "Article" or "MENTIONS" in (rels or []) or "Article" in (labels or [])
    nodes = {id: center}
    edges: dict[str, dict[str, Any]] = {}
    frontier, truncated = [id], False
    for _ in range(depth):
        rows = _hop(request, frontier, rels, labels, mentions)
        truncated = truncated or len(rows) >= NEIGHBOUR_CAP
        nxt = []
        for row in rows:
            if row["id"] not in nodes:
                if len(nodes) >= limit:
                    truncated = True
                    continue
                nodes[row["id"]] = _node(row)
                nxt.append(row["id"])
            e = capped_edge(row)
            edges.setdefault(e["id"], e)
        frontier = nxt
        if not frontier:
            break
    return {"center": id, "depth": depth, "nodes": list(nodes.values()), "edges": list(edges.values()),
            "truncated": truncated, "evidence_shown": EVIDENCE_SHOWN}


@router.get("/paths", tags=["graph"], responses=NOT_FOUND, summary="Shortest connections between two entities",
            response_model=models.Paths)
def paths(request: Request,
          from_: str = Query(..., alias="from", min_length=1, max_length=300, description="Id of one entity"),
          to: str = Query(..., min_length=1, max_length=300, description="Id of the other"),
          max_hops: int = Query(4, ge=1, le=6, description="Longest path to look for"),
          limit: int = Query(10, ge=1, le=100, description="At most this many paths")) -> dict[str, Any]:
    """Every shortest path (up to `limit`) between the two, not through articles; each step is one edge
    with its evidence."""
    if from_ == to:
        raise ApiError(422, "from and to are the same entity; give two different ids")
    return {"from": from_, "to": to, **shortest_paths(request, from_, to, max_hops=max_hops, limit=limit)}


EVIDENCE = """
MATCH (s:Entity {id: $source})-[r]->(t:Entity {id: $target})
WHERE type(r) = $type AND ($title IS NULL OR r.title = $title) AND type(r) <> 'MENTIONS'
RETURN size(r.articles) AS total,
       [i IN range($offset, $offset + $limit - 1) WHERE i < size(r.articles) |
        {article: r.articles[i], sentence: r.sentences[i], date: r.dates[i]}] AS items
LIMIT 1
"""


@router.get("/evidence", tags=["graph"], responses=NOT_FOUND, summary="The evidence of one edge, a page at a time",
            response_model=models.EvidencePage)
def edge_evidence(request: Request,
                  source: str = Query(..., min_length=1, max_length=300, description="Id of the edge's source"),
                  target: str = Query(..., min_length=1, max_length=300, description="Id of the edge's target"),
                  type: str = Query(..., min_length=1, max_length=50, description="Relation type, e.g. PARTY_TO"),
                  title: str | None = Query(None, max_length=300, description="The post's title (HOLDS_POSITION)"),
                  limit: int = limit_param(50), offset: int = OFFSET) -> dict[str, Any]:
    """Every piece of evidence of the edge (article, sentence, date), paged; graph answers carry only the
    first few of them and `evidence_count`."""
    if type not in relation_types():
        raise ApiError(422, f"type: unknown relation type {type!r}; use one of {', '.join(sorted(relation_types()))}")
    h = holder(request)
    params = {"source": source, "target": target, "type": type, "title": title, "offset": offset, "limit": limit}
    try:
        rows = h.store().view().read(EVIDENCE, params, timeout_ms=h.settings.cypher_timeout_ms).records()
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    if not rows:
        raise ApiError(404, f"no {type} edge from {source!r} to {target!r}"
                            + (f" with title {title!r}" if title else "") + "; see /graph/neighborhood/{id}")
    return {"total": rows[0]["total"] or 0, "limit": limit, "offset": offset, "items": rows[0]["items"] or []}
