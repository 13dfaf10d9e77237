"""What the explorer page asks for beyond the entity routes: the start page's network, the groups an
expansion would bring (with their counts), what two entities have in common, and one article to read."""

from __future__ import annotations

import functools
import re
from typing import Any

import anyio
import networkx as nx
from coordgraph.api.errors import ERROR_RESPONSES, NOT_FOUND, ApiError, not_found
from coordgraph.api.models_explore import ArticleView, Citations, Common, Groups, Network, Paths
from coordgraph.api.paths import shortest_paths
from coordgraph.api.routes_common import arecords, entity_type, node_props
from fastapi import APIRouter, Path, Query, Request

router = APIRouter(responses=ERROR_RESPONSES)

PRINTABLE = r"^[^\x00-\x1f]*$"  # control characters never occur in ids or names (and FalkorDB refuses NUL)
ID = Path(..., min_length=1, max_length=300, pattern=PRINTABLE, description="A global id, e.g. agency:quoc-hoi")
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _in(first: str | None, last: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not first and not last:
        return False
    lo, hi = first or last or "", last or first or ""
    return (not since or hi[:len(since)] >= since) and (not until or lo[:len(until)] <= until)


@router.get("/explore/network", response_model=Network, tags=["explore"], summary="The coordination network, for the start page")
async def network(request: Request,
                  since: str | None = Query(None, pattern=DATE, description="Ties seen on or after (YYYY[-MM[-DD]])"),
                  until: str | None = Query(None, pattern=DATE, description="Ties seen on or before"),
                  province: str | None = Query(None, max_length=100, pattern=PRINTABLE,
                                               description="Only ties of a body of this place (its locality)"),
                  limit: int = Query(80, ge=2, le=1000, description="At most this many bodies, most central first"),
                  ) -> dict[str, Any]:
    """Agencies tied by an agreement they are both party to or an event they both organised, sized by
    centrality (degree, betweenness); the most active bodies and the latest agreements. `dated` says
    whether any tie carries a date (an undated corpus cannot be cut by period)."""
    rows = await arecords(request, "coordination_network")
    dated = any(r["first_seen"] or r["last_seen"] for r in rows)
    g = nx.Graph()
    info: dict[str, dict[str, Any]] = {}
    vias: dict[str, dict[str, Any]] = {}
    for r in rows:
        if not _in(r["first_seen"], r["last_seen"], since, until):
            continue
        if province and province not in (r["a_locality"], r["b_locality"]):
            continue
        for side in ("a", "b"):
            info[r[side]] = {"id": r[side], "type": "Agency", "name": r[f"{side}_name"],
                             "english_name": r[f"{side}_en"], "locality": r[f"{side}_locality"],
                             "level": r[f"{side}_level"]}
        if g.has_edge(r["a"], r["b"]):
            g[r["a"]][r["b"]]["via"].add(r["via"])
        else:
            g.add_edge(r["a"], r["b"], via={r["via"]})
        v = vias.setdefault(r["via"], {"id": r["via"], "name": r["via_name"], "type": r["via_type"],
                                       "first_seen": r["first_seen"], "last_seen": r["last_seen"], "parties": set()})
        v["parties"].update((r["a"], r["b"]))
    degree = dict(g.degree())
    between = nx.betweenness_centrality(g, k=min(200, len(g)) or None, seed=7) if len(g) > 2 else {}
    ties = {n: sum(len(d["via"]) for _, _, d in g.edges(n, data=True)) for n in g}
    order = sorted(g, key=lambda n: (-between.get(n, 0.0), -degree[n], info[n]["name"] or "", n))
    keep = set(order[:limit])
    nodes = [{**info[n], "degree": degree[n], "betweenness": round(between.get(n, 0.0), 4), "ties": ties[n]}
             for n in order if n in keep]
    edges = [{"source": a, "target": b, "weight": len(d["via"]), "via": sorted(d["via"])}
             for a, b, d in g.edges(data=True) if a in keep and b in keep]
    agreements = [v for v in vias.values() if v["type"] == "PARTY_TO"]
    agreements.sort(key=lambda v: (v["last_seen"] or "", len(v["parties"]), v["id"]), reverse=True)
    latest = [{**{k: v[k] for k in ("id", "name", "first_seen", "last_seen")}, "parties": len(v["parties"])}
              for v in agreements[:10]]
    active = sorted(nodes, key=lambda n: (-n["ties"], -n["degree"], n["name"] or ""))[:10]
    return {"nodes": nodes, "edges": edges, "total_nodes": len(g), "truncated": len(g) > len(keep),
            "dated": dated, "active": active, "latest": latest}


@router.get("/explore/groups/{id}", response_model=Groups, tags=["explore"], responses=NOT_FOUND,
            summary="How many of each group an expansion brings")
async def groups(request: Request, id: str = ID) -> dict[str, Any]:
    """Counts of partner agencies, officials, posts held, events, documents, units, parent bodies and
    articles around an entity, to show before any is opened."""
    rows = await arecords(request, "entity_groups", {"id": id})
    if not rows:
        raise not_found("entity", id)
    return {"id": id, "counts": rows[0]}


COMMON_GROUPS = {"Person": "officials", "Agreement": "agreements", "Event": "events", "Agency": "bodies",
                 "Location": "places"}


@router.get("/explore/common", response_model=Common, tags=["explore"], responses=NOT_FOUND, summary="What two entities have in common")
async def common(request: Request,
                 a: str = Query(..., min_length=1, max_length=300, pattern=PRINTABLE, description="Id of one entity"),
                 b: str = Query(..., min_length=1, max_length=300, pattern=PRINTABLE, description="Id of the other")) -> dict[str, Any]:
    """Entities tied to both: shared officials (people with a post in both), shared agreements, shared
    events, shared parent bodies or partners; each with its ties (relation, title) to either side."""
    if a == b:
        raise ApiError(422, "a and b are the same entity; give two different ids")
    for i in (a, b):
        if not await arecords(request, "entities_by_id", {"ids": [i]}):
            raise not_found("entity", i)
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in COMMON_GROUPS.values()}
    seen: dict[str, dict[str, Any]] = {}
    for r in await arecords(request, "common_ground", {"a": a, "b": b}):
        t = entity_type(r["labels"]) or "Entity"
        if r["id"] not in seen:
            seen[r["id"]] = {"id": r["id"], "type": t, "name": r["name"], "a": [], "b": []}
            out.setdefault(COMMON_GROUPS.get(t, "other"), []).append(seen[r["id"]])
        for side in ("a", "b"):
            tie = {"relation": r[f"rel_{side}"], "title": r[f"title_{side}"]}
            if tie not in seen[r["id"]][side]:
                seen[r["id"]][side].append(tie)
    return {"a": a, "b": b, "total": sum(map(len, out.values())), "groups": out}


@router.get("/explore/citations", response_model=Citations, tags=["explore"], summary="Titles of the articles cited")
async def citations(request: Request,
                    ids: str = Query(..., min_length=1, max_length=20_000, pattern=PRINTABLE,
                                     description="Comma-separated article ids (at most 200)")) -> dict[str, Any]:
    """Title, date and outlet of each article, so that a citation reads as more than an id."""
    wanted = list(dict.fromkeys(x.strip() for x in ids.split(",") if x.strip()))[:200]
    rows = await arecords(request, "article_titles", {"ids": wanted})
    return {"items": rows}


@router.get("/articles/{id}", response_model=ArticleView, tags=["explore"], responses=NOT_FOUND, summary="One article to read")
async def article(request: Request, id: str = ID) -> dict[str, Any]:
    """Title, outlet, date, link and text, with every mention of an entity it names located in the text
    (`mentions`: start, end, entity) and the relations it is evidence for, each with its sentence and
    that sentence's place in the text."""
    bare = id.removeprefix("article:")
    rows = await arecords(request, "article_view", {"article_id": bare})
    if not rows:
        raise not_found("article", id)
    props = node_props(rows[0]["properties"])
    text = props.pop("text", None) or ""
    entities = [{"id": m["id"], "type": entity_type(m["labels"]), "name": m["name"], "english_name": m["english_name"],
                 "aliases": m["aliases"] or []} for m in rows[0]["mentions"] if m.get("id")]
    relations = []
    for r in await arecords(request, "article_relations", {"article_id": f"article:{bare}", "article": bare}):
        i = r["articles"].index(bare)
        start, end, sentence = (_at(r[k], i) for k in ("starts", "ends", "sentences"))
        start, end = _locate(text, sentence, start, end)
        relations.append({"type": r["type"], "source": r["source"], "source_name": r["source_name"],
                          "target": r["target"], "target_name": r["target_name"], "title": r["title"],
                          "sentence": sentence or None, "start": start, "end": end})
    return {"id": f"article:{bare}", "article": bare, "title": props.get("title"), "source": props.get("source"),
            "url": props.get("url"), "published": props.get("published"), "text": text or None,
            "mentions": mentions(text, entities), "entities": entities, "relations": relations}


def _at(values: list[Any] | None, i: int) -> Any:
    return values[i] if values and i < len(values) else None


def _locate(text: str, sentence: str | None, start: int | None, end: int | None) -> tuple[int | None, int | None]:
    """Where the sentence sits in the text: its stored offsets when they still match, else where it is found."""
    if not sentence or not text:
        return None, None
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == sentence:
        return start, end
    at = text.find(sentence)
    return (at, at + len(sentence)) if at >= 0 else (None, None)


def mentions(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each place in `text` where an entity's name or an alias is written (case aside), longest names
    first, never overlapping."""
    names = sorted({(n, e["id"], e["type"]) for e in entities for n in [e["name"], *e["aliases"]]
                    if n and len(n) > 2}, key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    out = []
    for name, eid, type_ in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            taken[s:e] = [True] * (e - s)
            out.append({"start": s, "end": e, "id": eid, "type": type_})
    return sorted(out, key=lambda x: x["start"])


# --- paths a researcher steers -------------------------------------------------------------

@router.get("/explore/paths", response_model=Paths, response_model_by_alias=True, tags=["explore"], responses=NOT_FOUND,
            summary="Every shortest path between two entities, steered")
async def steered_paths(request: Request,
                        from_: str = Query(..., alias="from", min_length=1, max_length=300, pattern=PRINTABLE, description="Id of one end"),
                        to: str = Query(..., min_length=1, max_length=300, pattern=PRINTABLE, description="Id of the other end"),
                        max_hops: int = Query(5, ge=1, le=8, description="Longest path to look for"),
                        exclude: str | None = Query(None, max_length=3000, pattern=PRINTABLE,
                                                    description="Comma-separated ids the paths must avoid (hubs)"),
                        exclude_types: str | None = Query(None, max_length=200, pattern=PRINTABLE,
                                                          description="Comma-separated entity types to avoid"),
                        limit: int = Query(20, ge=1, le=200, description="At most this many paths")) -> dict[str, Any]:
    """Like /paths, with a hop limit, entities and entity types to avoid; every shortest path up to `limit`,
    each step an edge with its evidence."""
    if from_ == to:
        raise ApiError(422, "from and to are the same entity; give two different ids")
    avoid = [x for x in (exclude or "").split(",") if x.strip()]
    avoid_types = [x.strip() for x in (exclude_types or "").split(",") if x.strip()]
    if from_ in avoid or to in avoid:
        raise ApiError(422, "an end of the path is among the excluded entities")
    found = await anyio.to_thread.run_sync(functools.partial(
        shortest_paths, request, from_, to, max_hops=max_hops, limit=limit, exclude=avoid, exclude_types=avoid_types))
    return {"from": from_, "to": to, "max_hops": max_hops, "excluded": avoid, "excluded_types": avoid_types, **found}

