"""Named queries of cypher/queries as endpoints, and read-only Cypher for researchers."""

from __future__ import annotations

from typing import Any

from coordgraph.api import models
from coordgraph.api.errors import ERROR_RESPONSES, ApiError, ErrorBody
from coordgraph.api.routes_common import OFFSET, holder, limit_param, named_query
from coordgraph.graph.queries import NamedQuery, QueryError
from coordgraph.graph.store.base import ReadOnlyError, StoreError
from fastapi import APIRouter, Path, Request
from pydantic import BaseModel, Field

router = APIRouter(responses=ERROR_RESPONSES)


def plain(value: Any) -> Any:
    """A value from the store as JSON: nodes and edges become objects, anything unknown a string."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    props = getattr(value, "properties", None)
    if isinstance(props, dict):
        out: dict[str, Any] = {"properties": plain(props)}
        labels = getattr(value, "labels", None)
        if labels is not None:
            out["labels"] = list(labels)
        relation = getattr(value, "relation", None) or getattr(value, "type", None)
        if isinstance(relation, str):
            out["type"] = relation
        return out
    return str(value)


def _queries(request: Request) -> dict[str, NamedQuery]:
    named_query(request, "search")  # loads them all
    return request.app.state.queries  # type: ignore[no-any-return]


def _describe(q: NamedQuery) -> dict[str, Any]:
    return {"name": q.name, "description": q.description,
            "params": [{"name": n, "type": t, "optional": o} for n, t, o in q.params],
            "returns": q.returns, "url": f"/queries/{q.name}"}


@router.get("/queries", tags=["queries"], summary="The named queries", response_model=models.QueryList)
def queries(request: Request) -> dict[str, Any]:
    """Every named query of cypher/queries: its description, parameters (name, type, optional) and the
    columns it returns. Run one with GET /queries/{name}?param=value."""
    items = [_describe(q) for q in _queries(request).values()]
    return {"total": len(items), "items": items}


@router.get("/queries/{name}", tags=["queries"], summary="Run a named query", response_model=models.QueryRows,
            responses={404: {"model": ErrorBody, "description": "Unknown query"}})
def run_query(request: Request, name: str = Path(..., min_length=1, max_length=100),
              limit: int = limit_param(100), offset: int = OFFSET) -> dict[str, Any]:
    """Run one named query; its parameters are the request's query parameters (see GET /queries).
    `limit`/`offset` page the rows, unless the query takes them itself."""
    known = _queries(request)
    if name not in known:
        raise ApiError(404, f"no named query {name!r}; GET /queries lists them ({', '.join(sorted(known))})")
    q = known[name]
    own = {p[0] for p in q.params}
    values: dict[str, Any] = {}
    for key in request.query_params:
        if key in ("limit", "offset") and key not in own:
            continue
        got = request.query_params.getlist(key)
        values[key] = got if len(got) > 1 else got[0]
    try:
        bound = q.bind(values)
    except QueryError as exc:
        raise ApiError(422, str(exc)) from exc
    h = holder(request)
    store = h.store()
    try:
        result = store.view().read(q.text(store.backend), bound,
                                   timeout_ms=request.app.state.settings.cypher_timeout_ms)
    except (QueryError, ValueError) as exc:
        raise ApiError(422, str(exc)) from exc
    except ReadOnlyError:
        raise
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    rows = [plain(r) for r in result.records()]
    if {"limit", "offset"} & own:
        page_rows = rows
    else:
        page_rows = rows[offset:offset + limit]
    return {"name": name, "params": bound, "columns": result.columns, "total": len(rows), "limit": limit,
            "offset": offset, "items": page_rows}


class CypherRequest(BaseModel):
    query: str = Field(..., min_length=1, max_length=20_000, description="A Cypher statement that only reads")
    params: dict[str, Any] = Field(default_factory=dict, description="Values for its $parameters")

    model_config = {"json_schema_extra": {"examples": [{
        "query": "MATCH (a:Agency)-[:PARTY_TO]->(g:Agreement) RETURN a.name AS agency, count(g) AS agreements "
                 "ORDER BY agreements DESC LIMIT $n", "params": {"n": 10}}]}}


class CypherAnswer(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    row_count: int
    truncated: bool = Field(description="Rows past the row cap or the answer's byte limit were left out")
    elapsed_ms: float


@router.post("/cypher", tags=["queries"], summary="Run read-only Cypher", response_model=CypherAnswer,
             responses={403: {"model": ErrorBody, "description": "The statement would write"},
                        413: {"model": ErrorBody, "description": "The request body is too large"},
                        429: {"model": ErrorBody, "description": "Other statements are running; retry"},
                        503: {"model": ErrorBody, "description": "The store, or /cypher's replica of it, is not "
                              "ready (Retry-After)"},
                        504: {"model": ErrorBody, "description": "The statement ran out of time"}})
def cypher(request: Request, body: CypherRequest) -> CypherAnswer:
    """Run one Cypher statement that only reads. The store's own read-only mode enforces it
    (FalkorDB GRAPH.RO_QUERY; Neo4j a read transaction after an EXPLAIN check), so a statement that
    would write is refused (403), whatever its spelling.

    Every statement has a budget, checked before it is sent: nesting depth (brackets, CASE, NOT,
    signs; setting cypher_max_depth), parameters' size (cypher_max_param_bytes), range() lengths
    (cypher_max_range); over it is 422. It then runs with a time limit (cypher_timeout_ms, 504 past
    it), a row cap pushed into the statement as a LIMIT (cypher_max_rows) and an answer size limit
    (cypher_max_answer_bytes); `truncated` says a cap cut the rows. At most cypher_slots statements
    run at once (429 beyond). On the embedded store statements run on a read-only replica of the
    database (cypher_replica), so one past the memory limit ends only the replica: 503 with
    Retry-After while it starts again, and the other endpoints keep answering."""
    runner = request.app.state.cypher
    answer = runner.run(holder(request).store(), body.query, body.params)
    return CypherAnswer(columns=answer.columns, rows=answer.rows, row_count=len(answer.rows),
                        truncated=answer.truncated, elapsed_ms=answer.elapsed_ms)
