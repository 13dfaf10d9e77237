"""Analytics over the coordination network, and exports of the graph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx
from coordgraph.api import models
from coordgraph.api.errors import ERROR_RESPONSES, NOT_FOUND, ApiError, not_found
from coordgraph.api.routes_common import (
    OFFSET,
    WHOLE_GRAPH_TIMEOUT_MS,
    DateParam,
    check_dates,
    date_query,
    fast_json,
    holder,
    limit_param,
    records,
)
from coordgraph.api.routes_graph import _in_period, _types
from coordgraph.graph.analytics import export, network, stream
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse

router = APIRouter(responses=ERROR_RESPONSES)


def _network(request: Request, since: str | None, until: str | None) -> nx.Graph:
    """The coordination network (graph.analytics.network) of the agreements seen within the period,
    built once per graph version."""
    check_dates(since=since, until=until)
    if since and until and since[:len(until)] > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")
    h = holder(request)
    return h.cache.get(h.store(), ("network", since, until), lambda: _build_network(request, since, until))


def _build_network(request: Request, since: str | None, until: str | None) -> nx.Graph:
    rows = records(request, "party_edges", timeout_ms=WHOLE_GRAPH_TIMEOUT_MS)
    seen: dict[str, list[str]] = {}
    for r in rows:
        seen.setdefault(r["target"], []).extend(d for d in (r["first_seen"], r["last_seen"]) if d)
    keep = {g for g, dates in seen.items() if _in_period(dates, since, until)}
    nodes = {r["source"]: {"id": r["source"], "type": "Agency", "name": r["source_name"]} for r in rows}
    nodes.update({g: {"id": g, "type": "Agreement"} for g in keep})
    edges = [{"source": r["source"], "target": r["target"], "type": "PARTY_TO", "role": r["role"]}
             for r in rows if r["target"] in keep]
    return network.coordination_network(export.from_rows(nodes.values(), edges))


SINCE = date_query("Only agreements seen on or after (YYYY[-MM[-DD]])")
UNTIL = date_query("Only agreements seen on or before (YYYY[-MM[-DD]])")


@router.get("/analytics/centrality", response_model=models.CentralityPage, tags=["analytics"],
            summary="Central agencies of the coordination network")
def centrality(request: Request, since: DateParam = SINCE, until: DateParam = UNTIL,
                     sort: str = Query("betweenness", pattern="^(betweenness|degree|partners)$",
                                       description="betweenness, degree or partners"),
                     limit: int = limit_param(), offset: int = OFFSET) -> Response:
    """Each agency with partners: degree and betweenness centrality (normalised) and its number of
    partners in the network of who coordinates with whom, most central first."""
    h = holder(request)

    def compute() -> tuple[list[dict[str, Any]], bool]:
        C = _network(request, since, until)
        C = C.subgraph([n for n in C if C.degree(n) > 0]).copy()
        exact = C.number_of_nodes() <= EXACT_BETWEENNESS_NODES
        scores = (network.agency_centrality if exact else _sampled_centrality)(C)
        return [{"id": n, "name": C.nodes[n].get("name"), **s} for n, s in scores.items()], exact

    def ranked() -> tuple[list[dict[str, Any]], bool]:
        found, exact = h.cache.get(h.store(), ("centrality", since, until), compute)
        return sorted(found, key=lambda x: (-x[sort], x["id"])), exact

    items, exact = h.cache.get(h.store(), ("centrality", since, until, sort), ranked)  # sorted once, not per request
    # Sent as computed (the shape is the declared model's), without a validation pass per request.
    return fast_json({"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit],
                      "betweenness": "exact" if exact else f"estimated from {BETWEENNESS_SAMPLES} sampled sources"})


EXACT_BETWEENNESS_NODES = 3000  # beyond it, exact betweenness (O(nodes x edges)) takes minutes
BETWEENNESS_SAMPLES = 300


def _sampled_centrality(C: nx.Graph) -> dict[str, dict[str, Any]]:
    """network.agency_centrality with betweenness estimated from a seeded sample of sources."""
    degree = nx.degree_centrality(C)
    between = nx.betweenness_centrality(C, k=BETWEENNESS_SAMPLES, seed=0)
    return {n: {"degree": degree[n], "betweenness": between[n], "partners": C.degree(n)} for n in C}


@router.get("/analytics/communities", response_model=models.CommunityPage, tags=["analytics"],
            summary="Communities of the coordination network")
def communities(request: Request, since: DateParam = SINCE, until: DateParam = UNTIL,
                      limit: int = limit_param(), offset: int = OFFSET) -> Response:
    """Groups of agencies that coordinate more among themselves than with others (Louvain, seeded so
    the answer is stable), largest first."""
    h = holder(request)

    def compute() -> list[dict[str, Any]]:
        C = _network(request, since, until)
        groups = network.communities(C)
        return [{"id": k, "size": len(ids), "members": [{"id": i, "name": C.nodes[i].get("name")} for i in ids]}
                for k, ids in groups.items()]

    items = h.cache.get(h.store(), ("communities", since, until), compute)
    return fast_json({"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]})


FORMATS = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "json": "application/json",
           "csv": "text/csv; charset=utf-8"}


@router.get("/export", tags=["export"], summary="The graph, or part of it, as a file",
            response_class=StreamingResponse,
            responses={**NOT_FOUND, 200: {"description": "The file", "content": {m: {} for m in FORMATS.values()}}})
def export_graph(request: Request,
                 format: str = Query("json", pattern="^(graphml|gexf|json|csv)$",
                                     description="graphml, gexf, json or csv"),
                 around: str | None = Query(None, min_length=1, max_length=300,
                                            description="Only the entities near this id"),
                 hops: int = Query(2, ge=1, le=4, description="How near, with `around`"),
                 types: str | None = Query(None, max_length=500,
                                           description="Keep only these entity and relation types (comma-separated)"),
                 articles: bool = Query(False, description="Include articles and MENTIONS")) -> StreamingResponse:
    """The graph as GraphML or GEXF (for Gephi: unique edge ids, labels), node-link JSON or CSV (one row
    per edge and piece of evidence, with both ends' names), each edge with its evidence: articles,
    sentences, dates. Filter it to the neighbourhood of one entity (`around`, `hops`) and to some
    types (`types`). The file is written as the store is read, page by page."""
    rels, labels = _types(types)
    h = holder(request)
    view = h.store().view()
    with_articles = articles or "Article" in (labels or [])
    if around is not None and not records(request, "entities_by_id", {"ids": [around]}):
        raise not_found("entity", around)

    def body() -> Iterator[bytes]:
        for chunk in stream.export(view, format, around=around, hops=hops, rels=rels, labels=labels,
                                   articles=with_articles):
            yield chunk.encode("utf-8")

    name = f"coordgraph{'-' + around.replace(':', '_') if around else ''}.{format}"
    return StreamingResponse(body(), media_type=FORMATS[format],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
