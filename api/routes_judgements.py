"""Judgements on resolution: list them and the POSSIBLY_SAME_AS pairs; record and undo them (API key)."""

from __future__ import annotations

import threading
from typing import Any, Literal

from coordgraph.api.errors import ERROR_RESPONSES, ApiError
from coordgraph.api.routes_common import holder, limit_param, page
from coordgraph.api.routes_ingest import require_key
from coordgraph.graph.store.base import StoreError
from coordgraph.ingest.judgements import JudgementError
from coordgraph.ingest.resolving import Resolver, resolver_for
from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, Field

router = APIRouter(responses=ERROR_RESPONSES, tags=["judgements"])
_lock = threading.Lock()  # one judgement (and its re-resolution) at a time


class JudgementIn(BaseModel):
    kind: Literal["same", "different", "wrong"] = Field(
        ..., description="same: one thing; different: keep apart; wrong: the relation a -[relation]-> b is wrong")
    a: str = Field(..., min_length=3, max_length=300, description="A node id (wrong: the relation's source)")
    b: str = Field(..., min_length=3, max_length=300, description="A node id (wrong: the relation's target)")
    reason: str = Field(..., min_length=1, max_length=2000, description="Why, in the researcher's words")
    relation: str | None = Field(None, description="wrong: the relation type, e.g. HOLDS_POSITION")
    title: str | None = Field(None, max_length=300, description="wrong: the HOLDS_POSITION title, if only that one")


def _resolver(request: Request) -> Resolver:
    return resolver_for(holder(request).store())


@router.get("/judgements", summary="The judgements in force")
def list_judgements(request: Request, limit: int = limit_param(), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Every judgement in force, oldest first: what was judged, why, and the mentions it covers."""
    try:
        items = [j.to_json() for j in _resolver(request).log.active()]
    except JudgementError as exc:
        raise ApiError(500, str(exc)) from exc
    return page(items, limit, offset)


@router.get("/judgements/possible", summary="Nodes that may be one thing (POSSIBLY_SAME_AS), by score")
def possible(request: Request, limit: int = limit_param(), offset: int = Query(0, ge=0),
             id: str | None = Query(None, description="Only the pairs of this node")) -> dict[str, Any]:
    h = holder(request)
    try:
        rows = Resolver(h.store()).links()
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    if id:
        rows = [r for r in rows if id in (r["source"], r["target"])]
    return page(rows, limit, offset)


@router.post("/judgements", status_code=201, summary="Record a judgement and apply it (needs the API key)")
def add_judgement(request: Request, body: JudgementIn, x_api_key: str | None = Header(None)) -> dict[str, Any]:
    """Record "same", "different" or "wrong" with a reason; the graph is re-resolved at once and the
    judgement holds on every later ingest."""
    require_key(request, x_api_key)
    h = holder(request)
    try:
        with _lock:
            j = _resolver(request).judge(body.kind, body.a, body.b, body.reason, relation=body.relation,
                                         title=body.title)
    except JudgementError as exc:
        raise ApiError(422, str(exc)) from exc
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    finally:
        h.changed()
    return {"judgement": j.to_json()}


@router.delete("/judgements/{jid}", summary="Undo a judgement (needs the API key)")
def undo_judgement(request: Request, jid: str, response: Response,
                   x_api_key: str | None = Header(None)) -> dict[str, Any]:
    require_key(request, x_api_key)
    h = holder(request)
    try:
        with _lock:
            j = _resolver(request).undo(jid)
    except JudgementError as exc:
        raise ApiError(404, str(exc)) from exc
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    finally:
        h.changed()
    return {"undone": j.to_json()}
