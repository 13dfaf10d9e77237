"""Running researchers' Cypher (POST /cypher) within its budget, on connections of its own.

The statement is checked first (api/budget.py), then sent with the time limit as the store's own
per-query timeout (FalkorDB GRAPH.RO_QUERY ... TIMEOUT; a Neo4j transaction timeout), on a client
with socket timeouts and at most `cypher_slots` statements at once, so that /cypher can never take
the connections or the database threads the API's other reads need. The row cap is pushed into the
statement as a LIMIT, and the answer is cut at `cypher_max_answer_bytes`.

On the embedded store the statements go to its read-only replica only (graph/store/replica.py), so one
that ends a database (past its memory limit) ends the replica, never the server the other routes read.
"""

from __future__ import annotations

import hashlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from coordgraph.api import budget as budget_
from coordgraph.api.errors import ApiError, log, scrub
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import QueryResult, ReadOnlyError, Store, StoreError

if TYPE_CHECKING:
    from coordgraph.api.routes_common import StoreHolder
    from coordgraph.graph.store.replica import Replica


@dataclass
class Answer:
    columns: list[str]
    rows: list[Any]
    truncated: bool
    elapsed_ms: float


def _ended(exc: Exception) -> bool:
    """Whether the database closed the connection while it ran the statement (it stopped)."""
    low = str(exc).lower()
    return "closed by server" in low or "reset by peer" in low or "broken pipe" in low


def _fingerprint(query: str, params: dict[str, Any]) -> str:
    """The statement and its parameters, spaces aside, as a short key."""
    text = " ".join(query.split()) + "\0" + orjson.dumps(params, option=orjson.OPT_SORT_KEYS).decode()
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class CypherRunner:
    """Owns the /cypher connections; built from the app's store on first use."""

    def __init__(self, settings: Settings, stores: StoreHolder | None = None) -> None:
        self.settings = settings
        self.stores = stores  # whose `replica`, when there is one, runs every statement
        self.budget = budget_.Budget(max_depth=settings.cypher_max_depth,
                                     max_param_bytes=settings.cypher_max_param_bytes,
                                     max_range=settings.cypher_max_range)
        self.slots = threading.BoundedSemaphore(max(1, settings.cypher_slots))
        self._store: Store | None = None
        self._owned = False
        self._lock = threading.Lock()
        self._fatal: dict[str, None] = {}  # statements that ended the database (oldest first)
        self._pool = ThreadPoolExecutor(max_workers=max(1, settings.cypher_slots), thread_name_prefix="cypher")

    def store(self, main: Store) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store, self._owned = self._open(main)
        return self._store

    @property
    def replica(self) -> Replica | None:
        return self.stores.replica if self.stores is not None else None

    def _open(self, main: Store) -> tuple[Store, bool]:
        """A second client on the same database (on its replica when it has one), with its own small pool
        and socket timeouts."""
        s = self.settings
        # The answer is due within the limit plus half a second (see run); the connection waits longer,
        # so that the statement's slot stays taken while the database may still be at it.
        socket_timeout = s.cypher_timeout_ms / 1000 + 2
        slots = max(1, s.cypher_slots)
        if main.backend == "falkordb" and hasattr(main, "db"):
            from coordgraph.graph.store.falkordb import FalkorStore
            from falkordb import FalkorDB

            kw = main.db.connection.connection_pool.connection_kwargs
            common: dict[str, Any] = {"socket_timeout": socket_timeout, "socket_connect_timeout": 2,
                                      "max_connections": slots, "password": kw.get("password"),
                                      "username": kw.get("username")}
            if self.replica is not None:
                db = FalkorDB(unix_socket_path=str(self.replica.socket), socket_timeout=socket_timeout,
                              socket_connect_timeout=2, max_connections=slots)
            elif "path" in kw:
                db = FalkorDB(unix_socket_path=kw["path"], **common)
            else:
                db = FalkorDB(host=kw.get("host", "localhost"), port=kw.get("port", 6379), **common)
            return FalkorStore(db, main.graph_name, queries_dir=main.queries_dir,  # type: ignore[attr-defined]
                               timeout_ms=s.cypher_timeout_ms, max_rows=s.cypher_max_rows), True
        if main.backend == "neo4j" and hasattr(main, "driver"):
            import neo4j
            from coordgraph.graph.store.neo4j_ import Neo4jStore

            driver = neo4j.GraphDatabase.driver(
                s.store, auth=(s.neo4j_user, s.neo4j_password), max_connection_pool_size=slots,
                connection_acquisition_timeout=socket_timeout, connection_timeout=2)
            return Neo4jStore(driver, database=s.neo4j_database, queries_dir=s.queries_dir,
                              timeout_ms=s.cypher_timeout_ms, max_rows=s.cypher_max_rows), True
        return main, False

    def run(self, main: Store, query: str, params: dict[str, Any]) -> Answer:
        """The statement's answer; ApiError 422 (over budget, refused), 429 (busy), 504 (too slow)."""
        s = self.settings
        try:
            toks = budget_.check(query, params, self.budget)
        except budget_.BudgetError as exc:
            raise ApiError(422, f"over the /cypher budget: {exc}") from exc
        key = _fingerprint(query, params)
        if key in self._fatal:
            raise ApiError(422, "this statement stopped the database when it last ran (it went past the database's "
                                "memory limit); it is not run again: narrow it")
        replica = self.replica
        if replica is not None and (why := replica.unready()):
            raise ApiError(503, scrub(why))
        cap = s.cypher_max_rows
        limited = budget_.with_limit(query, toks, params, cap + 1)
        if not self.slots.acquire(timeout=min(1.0, s.cypher_timeout_ms / 1000)):
            raise ApiError(429, f"{s.cypher_slots} /cypher statement(s) already running, the most at once; "
                                "retry in a moment")
        started = time.perf_counter()
        try:
            future = self._pool.submit(self._read, main, limited, params, cap + 1, key)
        except RuntimeError:  # the app is shutting down
            self.slots.release()
            raise ApiError(503, "the server is shutting down; retry") from None
        # The slot is free again when the statement ends, not when we stop waiting for it.
        future.add_done_callback(lambda _: self.slots.release())
        try:
            result = future.result(timeout=s.cypher_timeout_ms / 1000 + 0.5)
        except FutureTimeout:
            raise ApiError(504, f"the statement ran past the {s.cypher_timeout_ms} ms limit; narrow it (a LIMIT, "
                                "a more selective MATCH)") from None
        elapsed = (time.perf_counter() - started) * 1000
        return self._answer(result, cap, elapsed)

    def _read(self, main: Store, query: str, params: dict[str, Any], max_rows: int, key: str) -> QueryResult:
        try:
            store = self.store(main)
        except Exception as exc:  # the driver's own errors: redis, neo4j, OSError
            log.warning("cannot open the /cypher connections: %s", exc)
            raise ApiError(503, "the graph store is not reachable; check that the database is running, "
                                "then retry") from exc
        try:
            return store.view().read(query, params, timeout_ms=self.settings.cypher_timeout_ms, max_rows=max_rows)
        except ReadOnlyError:
            raise
        except (StoreError, OSError, ValueError, TypeError) as exc:
            if _ended(exc):  # the database ended during this statement: never send it again
                self._fatal[key] = None
                while len(self._fatal) > 1000:
                    del self._fatal[next(iter(self._fatal))]
            raise self._refused(exc) from exc

    def _refused(self, exc: Exception) -> ApiError:
        s = self.settings
        message = str(exc)
        low = message.lower()
        if "timed out" in low or "timeout" in low:
            return ApiError(504, f"the statement ran past the {s.cypher_timeout_ms} ms limit; narrow it (a LIMIT, "
                                 "a more selective MATCH)")
        if "mem consumption" in low or "memory" in low:
            return ApiError(422, "the statement needed more memory than one query may use; narrow it")
        if _ended(exc) and self.replica is not None:
            log.warning("a /cypher statement ended the replica (past its memory limit?); it is started again")
            return ApiError(503, "this statement ended the read-only copy of the database that /cypher runs on: it "
                                 "most likely went past its memory limit. The copy is being started again and the "
                                 "other endpoints are not affected; narrow the statement, as this one will be "
                                 "refused from now on")
        if _ended(exc):
            return ApiError(503, "the database stopped while running this statement: it most likely went past "
                                 "the database's memory limit. The database is being started again (an embedded "
                                 "one at once); narrow the statement, as this one will be refused from now on")
        if "connection" in low or "connect" in low or isinstance(exc, OSError):
            return ApiError(503, "the graph store is not reachable; check that the database is running, then retry")
        return ApiError(422, f"the store refused the statement: {scrub(message)}")

    def _answer(self, result: QueryResult, cap: int, elapsed: float) -> Answer:
        """The first rows up to the row cap and the answer's byte limit."""
        from coordgraph.api.routes_queries import plain

        rows: list[Any] = []
        size = 0
        truncated = len(result.rows) > cap
        for row in result.rows[:cap]:
            value = plain(row)
            size += len(orjson.dumps(value, default=str))
            if size > self.settings.cypher_max_answer_bytes:
                truncated = True
                break
            rows.append(value)
        return Answer(result.columns, rows, truncated, round(elapsed, 2))

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._store is not None and self._owned:
            self._store.close()
        self._store = None
