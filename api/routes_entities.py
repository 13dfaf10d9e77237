"""Search and the pages of one entity: agencies, people, events, agreements."""

from __future__ import annotations

from functools import partial
from typing import Any

from coordgraph.api import models
from coordgraph.api.errors import ERROR_RESPONSES, NOT_FOUND, ApiError, not_found
from coordgraph.api.routes_common import (
    OFFSET,
    DateParam,
    Page,
    arecords,
    check_dates,
    date_query,
    edge,
    entity_type,
    fast_json,
    limit_param,
    node_props,
    page,
)
from coordgraph.api.search import find
from coordgraph.graph.model import entity_types, fold
from fastapi import APIRouter, Path, Query, Request, Response

router = APIRouter(responses=ERROR_RESPONSES)

ID = Path(..., min_length=1, max_length=300, description="A global id, e.g. agency:ban-noi-chinh-trung-uong")
ENTITY_LABELS = sorted(t for t in entity_types())
TIES_SINCE = date_query("Only ties seen on or after (YYYY[-MM[-DD]])")


@router.get("/search", response_model=Page, tags=["search"], summary="Find entities by name or alias")
async def search(request: Request,
           q: str = Query(..., min_length=1, max_length=200,
                          description="Words of a name or alias; accents and case do not matter"),
           type: str | None = Query(None, description=f"Only this entity type: {', '.join(ENTITY_LABELS)}"),
           limit: int = limit_param(20), offset: int = OFFSET) -> Response:
    """Entities whose name or an alias matches `q` once both are folded (lower case, no diacritics), read
    with the genre's variants (TP.HCM, TW, UBND ...; ingest/data/search_variants.yaml), best first: an exact
    name or alias, one that starts with it, a word that starts with it, then the best connected. Each item
    carries what tells same-named ones apart: kind, locality, the body it is part of, its relations."""
    if not fold(q):
        raise ApiError(422, "q: give at least one letter or digit to search for")
    if type is not None and type not in ENTITY_LABELS:
        raise ApiError(422, f"type: unknown entity type {type!r}; use one of {', '.join(ENTITY_LABELS)}")
    return fast_json(await find(partial(arecords, request), q, type, limit, offset))


async def load_entity(request: Request, id_: str, label: str | None = None) -> dict[str, Any]:
    """An entity's labels, properties and relation counts; 404 when it is unknown (or not a `label`)."""
    rows = await arecords(request, "entity", {"id": id_})
    if not rows or (label and label not in rows[0]["labels"]):
        raise not_found((label or "entity").lower(), id_)
    row = rows[0]
    props = node_props(row["properties"])
    counts: dict[str, int] = {}
    relations = []
    for r in row["relations"]:
        if r.get("type") is None or not r.get("count"):
            continue
        relations.append({"type": r["type"], "direction": r["direction"], "count": r["count"]})
        counts[r["type"]] = counts.get(r["type"], 0) + r["count"]
    return {"id": props.get("id", id_), "type": entity_type(row["labels"]), "name": props.get("name"),
            "aliases": props.get("aliases") or [], "english_name": props.get("english_name"),
            "properties": props, "relation_counts": counts, "relations": relations}


async def _articles(request: Request, id_: str, limit: int, offset: int) -> dict[str, Any]:
    rows = await arecords(request, "entity_articles", {"id": id_, "limit": limit, "offset": offset})
    row: dict[str, Any] = rows[0] if rows else {"total": 0, "items": []}
    items = [{**a, "article": a["id"].removeprefix("article:")} for a in row["items"] or []]
    return {"total": row["total"], "limit": limit, "offset": offset, "items": items}


@router.get("/entities/{id}", tags=["entities"], responses=NOT_FOUND, summary="One entity",
            response_model=models.Entity)
async def entity(request: Request, id: str = ID, limit: int = limit_param(20), offset: int = OFFSET) -> dict[str, Any]:
    """Properties, aliases, English name where known, counts of relations by type, and the articles that
    mention it (a page of them: `limit`, `offset`)."""
    out = await load_entity(request, id)
    out["articles"] = await _articles(request, id, limit, offset)
    return out


@router.get("/entities/{id}/articles", response_model=Page, tags=["entities"], responses=NOT_FOUND,
            summary="Articles that mention an entity")
async def entity_articles(request: Request, id: str = ID, limit: int = limit_param(), offset: int = OFFSET
                    ) -> dict[str, Any]:
    out = await _articles(request, id, limit, offset)
    if not out["total"]:
        await load_entity(request, id)
    return out


async def related(request: Request, id_: str) -> list[dict[str, Any]]:
    """Every non-MENTIONS relation of an entity, as the other entity plus the edge."""
    out = []
    for r in await arecords(request, "entity_relations", {"id": id_}):
        other = node_props(r["other_properties"])
        out.append({
            "relation": r["type"], "direction": "out" if r["source"] == id_ else "in",
            "id": r["other_id"], "type": entity_type(r["other_labels"]), "name": r["other_name"],
            "entity": other, "edge": edge(r["type"], r["source"], r["target"], r["properties"]),
        })
    return out


def _pick(rel: list[dict[str, Any]], types: tuple[str, ...], direction: str) -> list[dict[str, Any]]:
    out = []
    for r in rel:
        if r["relation"] in types and r["direction"] == direction:
            props = r["edge"]["properties"]
            item = {"id": r["id"], "type": r["type"], "name": r["name"], "relation": r["relation"],
                    **{k: v for k, v in props.items() if k != "evidence"}, "evidence": props["evidence"]}
            for k in ("date", "kind", "number"):
                if k in r["entity"]:
                    item.setdefault(k, r["entity"][k])
            out.append(item)
    return out


@router.get("/events/{id}", tags=["entities"], responses=NOT_FOUND, summary="One event",
            response_model=models.Entity)
async def event(request: Request, id: str = ID) -> dict[str, Any]:
    """Who chaired, attended and organised it, where it was held, and the agreements it reviewed,
    launched or signed, each with its evidence."""
    out = await load_entity(request, id, "Event")
    rel = await related(request, id)
    out.update(chairs=_pick(rel, ("CHAIRS",), "in"), attendees=_pick(rel, ("ATTENDS",), "in"),
               organisers=_pick(rel, ("ORGANIZES",), "in"), locations=_pick(rel, ("HELD_IN",), "out"),
               agreements=_pick(rel, ("REVIEWS", "LAUNCHES", "SIGNS"), "out"))
    out["articles"] = await _articles(request, id, 50, 0)
    return out


@router.get("/agreements/{id}", tags=["entities"], responses=NOT_FOUND, summary="One agreement",
            response_model=models.Entity)
async def agreement(request: Request, id: str = ID) -> dict[str, Any]:
    """Its parties (with their role), the bodies that issued it, and the events that reviewed, launched
    or signed it, each with its evidence."""
    out = await load_entity(request, id, "Agreement")
    rel = await related(request, id)
    events = _pick(rel, ("REVIEWS", "LAUNCHES", "SIGNS"), "in")
    events.sort(key=lambda e: (e.get("date") or "", e["id"]))
    out.update(parties=_pick(rel, ("PARTY_TO",), "in"), issuers=_pick(rel, ("ISSUED",), "in"), events=events)
    out["articles"] = await _articles(request, id, 50, 0)
    return out


@router.get("/agencies/{id}/partners", response_model=Page, tags=["agencies"], responses=NOT_FOUND,
            summary="Who an agency coordinates with")
async def partners(request: Request, id: str = ID,
             since: DateParam = TIES_SINCE,
             limit: int = limit_param(), offset: int = OFFSET) -> Response:
    """Each body that shares a coordination agreement with this one (a lead party pairs with each other
    party), with the agreements that tie them, their dates and the evidence sentences; most agreements first."""
    check_dates(since=since)
    start = since and (since + "-01-01"[len(since) - 4:])  # 2021 -> 2021-01-01, 2021-05 -> 2021-05-01
    rows = await arecords(request, "partners_page", {"agency_id": id, "since": start, "offset": offset,
                                                     "limit": limit})
    row: dict[str, Any] = rows[0] if rows else {"total": 0, "items": []}
    if not row["total"]:
        await load_entity(request, id, "Agency")
    items = row["items"] or []
    for p in items:
        for g in p["agreements"]:
            g["articles"], g["evidence"] = g["articles"] or [], g["evidence"] or []
        _span(p, p["agreements"])
    return fast_json({"total": row["total"] or 0, "limit": limit, "offset": offset, "items": items})


def _span(item: dict[str, Any], parts: list[dict[str, Any]]) -> None:
    seen = [d for x in parts for d in (x.get("first_seen"), x.get("last_seen")) if d]
    item["first_seen"], item["last_seen"] = (min(seen), max(seen)) if seen else (None, None)


async def _posts(request: Request, id_: str, person_side: bool) -> list[dict[str, Any]]:
    """A person's posts or an agency's officials (named query `positions`/`officials`), each with its evidence."""
    query, param, kind, other = (("positions", "person_id", "Person", "agency_id") if person_side
                                 else ("officials", "agency_id", "Agency", "person_id"))
    rows = await arecords(request, query, {param: id_})
    if not rows:
        await load_entity(request, id_, kind)
    ev = await _post_evidence(request, id_, person_side)
    return [{**r, "evidence": ev.get((r[other], r["title"] or ""), [])} for r in rows]


async def _post_evidence(request: Request, id_: str, person_side: bool) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Evidence of each HOLDS_POSITION edge of an entity, by (other end, title)."""
    out = {}
    for r in await related(request, id_):
        if r["relation"] == "HOLDS_POSITION" and r["direction"] == ("out" if person_side else "in"):
            props = r["edge"]["properties"]
            out[(r["id"], props.get("title") or "")] = props["evidence"]
    return out


@router.get("/agencies/{id}/officials", response_model=Page, tags=["agencies"], responses=NOT_FOUND,
            summary="People who hold a post in an agency")
async def officials(request: Request, id: str = ID, limit: int = limit_param(), offset: int = OFFSET) -> dict[str, Any]:
    """Each person with a title in this body: title, first and last seen, evidence."""
    return page(await _posts(request, id, person_side=False), limit, offset)


@router.get("/people/{id}/positions", response_model=Page, tags=["people"], responses=NOT_FOUND,
            summary="A person's posts over time")
async def positions(request: Request, id: str = ID, limit: int = limit_param(), offset: int = OFFSET) -> dict[str, Any]:
    """Title, body, first and last seen, and the evidence of each post, earliest first."""
    return page(await _posts(request, id, person_side=True), limit, offset)
