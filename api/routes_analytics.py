"""Analytics over the coordination network, and exports of the graph."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import anyio
import networkx as nx
from coordgraph.api.errors import ERROR_RESPONSES, NOT_FOUND, ApiError, not_found
from coordgraph.api.routes_common import (
    OFFSET,
    DateParam,
    Page,
    arecords,
    check_dates,
    date_query,
    holder,
    limit_param,
)
from coordgraph.api.routes_graph import _in_period, _types
from coordgraph.graph.analytics import export, network
from coordgraph.graph.store.base import StoreError
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

router = APIRouter(responses=ERROR_RESPONSES)


async def _network(request: Request, since: str | None, until: str | None) -> nx.Graph:
    """The coordination network (graph.analytics.network) of the agreements seen within the period."""
    check_dates(since=since, until=until)
    if since and until and since[:len(until)] > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")
    rows = await arecords(request, "party_edges")
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


@router.get("/analytics/centrality", response_model=Page, tags=["analytics"],
            summary="Central agencies of the coordination network")
async def centrality(request: Request, since: DateParam = SINCE, until: DateParam = UNTIL,
                     sort: str = Query("betweenness", pattern="^(betweenness|degree|partners)$",
                                       description="betweenness, degree or partners"),
                     limit: int = limit_param(), offset: int = OFFSET) -> dict[str, Any]:
    """Each agency with partners: degree and betweenness centrality (normalised) and its number of
    partners in the network of who coordinates with whom, most central first."""
    C = await _network(request, since, until)
    C = C.subgraph([n for n in C if C.degree(n) > 0]).copy()
    exact = C.number_of_nodes() <= EXACT_BETWEENNESS_NODES
    scores = await anyio.to_thread.run_sync(network.agency_centrality if exact else _sampled_centrality, C)
    items = [{"id": n, "name": C.nodes[n].get("name"), **s} for n, s in scores.items()]
    items.sort(key=lambda x: (-x[sort], x["id"]))
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit],
            "betweenness": "exact" if exact else f"estimated from {BETWEENNESS_SAMPLES} sampled sources"}


EXACT_BETWEENNESS_NODES = 3000  # beyond it, exact betweenness (O(nodes x edges)) takes minutes
BETWEENNESS_SAMPLES = 300


def _sampled_centrality(C: nx.Graph) -> dict[str, dict[str, Any]]:
    """network.agency_centrality with betweenness estimated from a seeded sample of sources."""
    degree = nx.degree_centrality(C)
    between = nx.betweenness_centrality(C, k=BETWEENNESS_SAMPLES, seed=0)
    return {n: {"degree": degree[n], "betweenness": between[n], "partners": C.degree(n)} for n in C}


@router.get("/analytics/communities", response_model=Page, tags=["analytics"],
            summary="Communities of the coordination network")
async def communities(request: Request, since: DateParam = SINCE, until: DateParam = UNTIL,
                      limit: int = limit_param(), offset: int = OFFSET) -> dict[str, Any]:
    """Groups of agencies that coordinate more among themselves than with others (Louvain, seeded so
    the answer is stable), largest first."""
    C = await _network(request, since, until)
    groups = await anyio.to_thread.run_sync(network.communities, C)
    items = [{"id": k, "size": len(ids), "members": [{"id": i, "name": C.nodes[i].get("name")} for i in ids]}
             for k, ids in groups.items()]
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


FORMATS = {"graphml": "application/graphml+xml", "json": "application/json", "csv": "text/csv; charset=utf-8"}


@router.get("/export", tags=["export"], responses=NOT_FOUND, summary="The graph, or part of it, as a file",
            response_class=Response)
async def export_graph(request: Request,
                       format: str = Query("json", pattern="^(graphml|json|csv)$", description="graphml, json or csv"),
                       around: str | None = Query(None, min_length=1, max_length=300,
                                                  description="Only the entities near this id"),
                       hops: int = Query(2, ge=1, le=4, description="How near, with `around`"),
                       types: str | None = Query(None, max_length=500,
                                                 description="Keep only these entity and relation types "
                                                             "(comma-separated)"),
                       articles: bool = Query(False, description="Include articles and MENTIONS")) -> Response:
    """The graph as GraphML, node-link JSON or CSV (one row per edge, with both ends' names). Filter it
    to the neighbourhood of one entity (`around`, `hops`) and to some types (`types`)."""
    rels, labels = _types(types)
    h = holder(request)
    view = (await h.astore()).view()

    def build() -> nx.MultiDiGraph:
        G = export.from_store(view, include_articles=articles or "Article" in (labels or []))
        if around is not None:
            if around not in G:
                raise not_found("entity", around)
            G = export.neighbourhood(G, around, hops)
        if labels:
            G = G.subgraph([n for n, t in G.nodes(data="type") if t in labels]).copy()
        if rels:
            G.remove_edges_from([(s, t, k) for s, t, k, d in G.edges(keys=True, data="type") if d not in rels])
        return G

    try:
        G = await anyio.to_thread.run_sync(build)
    except (StoreError, OSError) as exc:
        raise await h.afailed(exc) from exc
    name = f"coordgraph{'-' + around.replace(':', '_') if around else ''}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "json":
        body = json.dumps(export.to_json(G), ensure_ascii=False, default=str)
    elif format == "graphml":
        buf = io.BytesIO()
        await anyio.to_thread.run_sync(export.write_graphml, G, buf)  # type: ignore[arg-type]
        return Response(buf.getvalue(), media_type=FORMATS[format], headers=headers)
    else:
        body = _csv(G)
    return Response(body, media_type=FORMATS[format], headers=headers)


def _csv(G: nx.MultiDiGraph) -> str:
    out = io.StringIO()
    cols = ["source", "source_name", "type", "target", "target_name", "title", "role", "first_seen", "last_seen",
            "articles"]
    w = csv.writer(out)
    w.writerow(cols)
    for s, t, d in G.edges(data=True):
        arts = d.get("articles") or []
        w.writerow([s, G.nodes[s].get("name"), d.get("type"), t, G.nodes[t].get("name"), d.get("title"),
                    d.get("role"), d.get("first_seen"), d.get("last_seen"), "; ".join(map(str, arts))])
    return out.getvalue()
