"""What every route shares: the store behind the app, running named queries, pages, evidence."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any, TypeVar

import anyio
import orjson
from coordgraph.api.cache import GraphCache
from coordgraph.api.errors import ApiError, log, scrub, unavailable
from coordgraph.graph.queries import NamedQuery, QueryError, list_queries
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import QueryResult, ReadOnlyError, Store, StoreError, View, open_store
from coordgraph.graph.store.replica import Replica
from coordgraph.graph.store.watchdog import Watchdog, crashed
from fastapi import Query, Request, Response
from pydantic import BaseModel

T = TypeVar("T")


class StoreHolder:
    """Opens the configured store on first use (and again after a failure); closes it if it opened it."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self._store = store
        self.owned = store is None
        self._lock = threading.Lock()
        self.cache = GraphCache()
        self.neighbourhoods = GraphCache(size=256)  # its own, so that many neighbourhoods never push the analytics out
        self.paths = GraphCache(size=256)  # answers of /paths and /explore/paths (api/paths.py)
        self.watchdog: Watchdog | None = None
        self.replica: Replica | None = None  # the read-only copy /cypher runs on (embedded store, opened here)
        self.with_replica = settings.cypher_replica  # False: none for this app (say, one request, then exit)

    def changed(self) -> None:
        """The graph was written through this app: no kept answer may outlive it."""
        self.cache.clear()
        self.neighbourhoods.clear()
        self.paths.clear()

    def store(self) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    try:
                        self._store = open_store(self.settings.store, **self.settings.model_dump())
                    except (StoreError, OSError) as exc:
                        raise unavailable(exc) from exc
                    self._watch(self._store)
        return self._store

    def _watch(self, store: Store) -> None:
        """An embedded server this app opened is started again when it crashes (e.g. at its memory limit),
        on the same port; /cypher gets its replica (COORDGRAPH_CYPHER_REPLICA)."""
        server = getattr(store, "server", None)
        if store.backend != "falkordb" or server is None or self.watchdog is not None:
            return
        from coordgraph.graph.store.falkordb import limits, replica_limits
        from coordgraph.graph.store.server import ensure_server

        s = self.settings
        self.watchdog = Watchdog(s.data_dir, lambda: ensure_server(
            s.data_dir, port=server.port, appendfsync=s.falkordb_appendfsync, limits=limits(s)))
        if self.with_replica:
            self.replica = Replica(s.data_dir, replica_limits(s))

    def restarting(self) -> ApiError | None:
        """The 503 to answer while the embedded server is being started again after a crash."""
        w = self.watchdog
        if w is None or not (w.restarting or crashed(w.data_dir)):
            return None
        why = f" (the last attempt failed: {scrub(w.error)[:300]})" if w.error else ""
        return ApiError(503, "the graph database stopped unexpectedly (a statement may have taken it past its "
                             f"memory limit) and is being started again; retry in a few seconds{why}")

    async def astore(self) -> Store:
        """`store()` from async code: opening (maybe starting a server) happens in a worker thread."""
        if self._store is not None:
            return self._store
        return await anyio.to_thread.run_sync(self.store)

    def view(self) -> View:
        try:
            return self.store().view()
        except (StoreError, OSError) as exc:
            raise unavailable(exc) from exc

    def alive(self) -> bool:
        try:
            self.store().view().read("RETURN 1 AS ok", timeout_ms=2000)
            return True
        except (StoreError, OSError, ApiError):
            return False

    def failed(self, exc: Exception) -> ApiError:
        """The error to answer when a statement failed: 504 when it ran out of time, 503 when the store
        is down, else 500."""
        if "timed out" in str(exc).lower():
            return ApiError(504, f"the query took longer than {self.settings.cypher_timeout_ms} ms; narrow the "
                                 "request (a filter, a smaller page) or raise COORDGRAPH_CYPHER_TIMEOUT_MS")
        if _gone(exc) or not self.alive():  # the store went away, or came back since the statement failed
            return self.restarting() or unavailable(exc)
        log.error("a built-in query failed: %s", exc)
        return ApiError(500, f"the store refused a built-in query ({scrub(str(exc))}); please report this")

    async def afailed(self, exc: Exception) -> ApiError:
        """`failed` from async code."""
        return await anyio.to_thread.run_sync(self.failed, exc)

    def close(self) -> None:
        if self.replica is not None:
            self.replica.close()
            self.replica = None
        if self.watchdog is not None:
            self.watchdog.close()
            self.watchdog = None
        if self._store is not None and self.owned:
            self._store.close()
            self._store = None


_GONE = ("loading the dataset", "connection", "connecting to", "unavailable")


def _gone(exc: Exception) -> bool:
    """Whether a failure says the store was away (down, restarting, loading), not that it refused."""
    text = str(exc).lower()
    return any(word in text for word in _GONE)


def holder(request: Request) -> StoreHolder:
    return request.app.state.stores  # type: ignore[no-any-return]


def named_query(request: Request, name: str) -> NamedQuery:
    """A named query of cypher/queries, parsed once per app."""
    state = request.app.state
    if state.queries is None:
        try:
            state.queries = {q.name: q for q in list_queries(state.settings.queries_dir)}
        except QueryError as exc:
            raise ApiError(500, f"a named query file is broken: {scrub(str(exc))}") from exc
    if name not in state.queries:
        raise ApiError(404, f"no named query {name!r}; GET /queries lists them")
    return state.queries[name]  # type: ignore[no-any-return]


# Whole-graph reads behind the cache (coordination, analytics) run once per graph version: they get
# longer than a request's limit.
WHOLE_GRAPH_TIMEOUT_MS = 300_000


def run(request: Request, name: str, params: dict[str, Any] | None = None, *,
        timeout_ms: int | None = None) -> QueryResult:
    """Run a named query (the store's variant where one exists), turning failures into 503 (down) or 500."""
    q = named_query(request, name)
    h = holder(request)
    store = h.store()
    try:
        bound = q.bind(params)
        if timeout_ms and h.settings.falkordb_timeout_max_ms and store.backend == "falkordb":
            timeout_ms = min(timeout_ms, h.settings.falkordb_timeout_max_ms)  # the server's ceiling
        return store.view().read(q.text(store.backend), bound, timeout_ms=timeout_ms or h.settings.cypher_timeout_ms)
    except ReadOnlyError:
        raise
    except (StoreError, OSError, QueryError) as exc:
        raise h.failed(exc) from exc


def records(request: Request, name: str, params: dict[str, Any] | None = None, *,
            timeout_ms: int | None = None) -> list[dict[str, Any]]:
    return run(request, name, params, timeout_ms=timeout_ms).records()


async def arecords(request: Request, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """`records` for async routes, run in a worker thread (through the store's View, off the event loop)."""
    return await anyio.to_thread.run_sync(records, request, name, params)


# --- parameters -----------------------------------------------------------

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _real_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2019-02-30 is refused)."""
    if value is None:
        return None
    try:
        if len(value) == 7:
            dt.date.fromisoformat(value + "-01")
        elif len(value) == 10:
            dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date in the calendar (YYYY[-MM[-DD]])") from None
    return value


def date_query(description: str) -> Any:
    return Query(None, pattern=DATE, description=description)


DateParam = str | None


def check_dates(**dates: str | None) -> None:
    """422 unless each given date names a real day, month or year (2019-02-30 is refused)."""
    for name, value in dates.items():
        try:
            _real_date(value)
        except ValueError as exc:
            raise ApiError(422, f"{name}: {exc}") from None


# --- pages ----------------------------------------------------------------


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def limit_param(default: int = 50) -> Any:
    return Query(default, ge=1, le=1000, description="Page size")


OFFSET = Query(0, ge=0, le=1_000_000, description="Items to skip")


def fast_json(data: Any) -> Response:
    """A JSON response without FastAPI's validation pass (for the hot paths; the shape is documented)."""
    return Response(orjson.dumps(data), media_type="application/json")


def page(items: list[dict[str, Any]], limit: int, offset: int, **extra: Any) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit], **extra}


# --- graph values ---------------------------------------------------------


def entity_type(labels: list[str] | None) -> str | None:
    return next((lb for lb in labels or [] if lb != "Entity"), None)


def evidence(props: dict[str, Any]) -> list[dict[str, Any]]:
    """The parallel provenance lists of an edge as [{article, sentence, date}]."""
    articles = props.get("articles") or []
    sentences = props.get("sentences") or []
    dates = props.get("dates") or []
    out = []
    for i, article in enumerate(articles):
        out.append({"article": article, "sentence": sentences[i] if i < len(sentences) else None,
                    "date": dates[i] if i < len(dates) else None})
    return out


_PROVENANCE = {"articles", "sentences", "starts", "ends", "dates"}


EVIDENCE_SHOWN = 3  # pieces of evidence an edge carries in a graph answer; GET /evidence pages the rest


def edge(type_: str, source: str, target: str, props: dict[str, Any], shown: int | None = None) -> dict[str, Any]:
    """An edge as the API shows it: a stable id, its ends, plain properties, its evidence (the first
    `shown` pieces when given) and `evidence_count`."""
    plain = {k: v for k, v in (props or {}).items() if k not in _PROVENANCE}
    key = "|".join(str(plain[k]) for k in ("title",) if plain.get(k))
    eid = f"{type_}:{source}->{target}" + (f":{key}" if key else "")
    ev = evidence(props or {})
    return {"id": eid, "type": type_, "source": source, "target": target,
            "properties": {**plain, "evidence": ev if shown is None else ev[:shown], "evidence_count": len(ev)}}


def node_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (props or {}).items() if k != "search"}
