"""FalkorDB backend: embedded (our own server on a unix socket in the data directory, see
`server`) or external (`falkordb://host:port`). FalkorDB has no multi-statement transactions:
a flush is one pipeline of GRAPH.QUERY commands run in order (no MULTI/EXEC, which cannot be
replayed safely from the append-only file), and an article's content hash is written by a last
command only once all its facts are stored (see writes.BatchWriter), so an interrupted flush
leaves articles that the next load rewrites.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import redis
from coordgraph.graph.queries import schema_statements
from coordgraph.graph.settings import Settings
from coordgraph.graph.store import memory, writes
from coordgraph.graph.store.base import LoadStats, QueryResult, ReadOnlyError, Store, StoreError, Writer
from coordgraph.graph.store.server import ANY_PORT, Limits, ServerInfo, ensure_server
from coordgraph.graph.store.writes import WriteRefused
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.helpers import stringify_param_value
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import QueryResult as FalkorResult

SCHEMA_FILE = "schema.falkordb.cypher"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ALREADY = ("already indexed", "already exists", "already created")
_RANGE_INDEX = re.compile(r"CREATE INDEX FOR \(\w+:(\w+)\) ON \(([^)]*)\)", re.IGNORECASE)
_FULLTEXT_INDEX = re.compile(r"createNodeIndex\(\{label: '(\w+)'.*?\},\s*(.*)\)", re.IGNORECASE)
CONNECT_TIMEOUT_S = 10.0


_SCALARS = frozenset((str, int, float, bool, type(None)))


def plain(value: Any) -> Any:
    """A query result value as JSON-friendly Python: nodes and edges become property dicts."""
    if type(value) in _SCALARS:  # most values: one test (path search reads thousands of ids a request)
        return value
    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_labels": list(value.labels or [])}
    if isinstance(value, Edge):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_type": value.relation}
    if isinstance(value, FalkorPath):
        return {"nodes": [plain(n) for n in value.nodes()], "edges": [plain(e) for e in value.edges()]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def literal(value: Any) -> str:
    """A Cypher literal for a parameter value (strings quoted as the falkordb client does).

    >>> literal({"a": [1, 2.5, None, True], "b": "x"})
    '{a:[1,2.5,null,true],b:"x"}'
    """
    t = type(value)
    if t is str:
        if "\\" in value or '"' in value:
            value = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{value}"'
    if t is dict:
        return "{" + ",".join(f"{_key(k)}:{literal(v)}" for k, v in value.items()) + "}"
    if t is list or t is tuple:
        return "[" + ",".join(map(literal, value)) + "]"
    if value is None:
        return "null"
    if t is bool:
        return "true" if value else "false"
    if t is int or (t is float and math.isfinite(value)):
        return repr(value)
    return stringify_param_value(value)


@cache
def _key(k: str) -> str:
    return k if _IDENTIFIER.match(k) else stringify_param_value({k: 0})[1:-3]


def with_params(query: str, params: dict[str, Any] | None) -> str:
    """FalkorDB takes parameters as a `CYPHER name=value ...` prefix of the query text."""
    if not params:
        return query
    return "CYPHER " + " ".join(f"{k}={literal(v)}" for k, v in params.items()) + " " + query


class FalkorStore(Store):
    backend = "falkordb"

    def __init__(self, db: FalkorDB, graph_name: str, *, queries_dir: Path, timeout_ms: int = 5000,
                 max_rows: int = 1000, server: ServerInfo | None = None) -> None:
        self.db = db
        self.graph_name = graph_name
        self.graph = db.select_graph(graph_name)
        self.queries_dir = Path(queries_dir)
        self.timeout_ms = timeout_ms
        self.max_rows = max_rows
        self.server = server

    @classmethod
    def open(cls, url: str, settings: Settings) -> FalkorStore:
        """'embedded' (start or attach to the data directory's server) or falkordb://[:password@]host:port."""
        server = None
        # A client never waits on a dead socket for ever: the longest query the server allows, plus slack.
        socket_timeout = settings.falkordb_timeout_max_ms / 1000 + 30 if settings.falkordb_timeout_max_ms else None
        try:
            if url == "embedded":
                server = ensure_server(settings.data_dir, port=server_port(settings),
                                       appendfsync=settings.falkordb_appendfsync, limits=limits(settings))
                db = FalkorDB(unix_socket_path=str(server.socket), password=server.password,
                              socket_timeout=socket_timeout, socket_connect_timeout=CONNECT_TIMEOUT_S)
            else:
                u = urlparse(url)
                db = FalkorDB(host=u.hostname or "localhost", port=u.port or 6379,
                              username=unquote(u.username) if u.username else None,
                              password=unquote(u.password) if u.password else None,
                              socket_timeout=socket_timeout, socket_connect_timeout=CONNECT_TIMEOUT_S)
            store = cls(db, settings.graph_name, queries_dir=settings.queries_dir,
                        timeout_ms=settings.cypher_timeout_ms, max_rows=settings.cypher_max_rows, server=server)
            store.ensure_schema()
        except redis.exceptions.RedisError as exc:
            raise StoreError(f"cannot reach FalkorDB at {url}: {exc}") from exc
        return store

    def ensure_schema(self) -> None:
        """Create the indexes and the constraint that do not exist yet. Nothing is sent for one that
        exists: FalkorDB writes even a refused GRAPH.CONSTRAINT CREATE to its append-only file,
        and replaying that refusal used to break every restart."""
        with _schema_lock:
            have, constraints = self._schema()
            for statement in schema_statements(self.queries_dir / SCHEMA_FILE):
                if not _wanted(statement) <= have:
                    self._schema_command("GRAPH.QUERY", self.graph_name, statement)
            # Unique ids: FalkorDB creates constraints with a command, not in Cypher.
            if ("Entity", "id") not in constraints:
                self._schema_command("GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", "Entity",
                                     "PROPERTIES", "1", "id")

    def _schema(self) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
        """(label, property, RANGE|FULLTEXT) of the existing indexes, (label, property) of unique constraints."""
        if self.graph_name not in (self.db.list_graphs() or []):
            return set(), set()
        idx = self.graph.ro_query("CALL db.indexes() YIELD label, types RETURN label, types").result_set
        have = {(label, prop, kind) for label, types in idx for prop, kinds in (types or {}).items() for kind in kinds}
        cons = self.graph.ro_query("CALL db.constraints() YIELD type, label, properties "
                                   "RETURN type, label, properties").result_set
        constraints = {(label, str(props).strip("[]")) for kind, label, props in cons if kind == "UNIQUE"}
        return have, constraints

    def _schema_command(self, *args: str) -> None:
        try:
            self.db.connection.execute_command(*args)
        except redis.exceptions.ResponseError as exc:
            if not any(s in str(exc).lower() for s in _ALREADY):
                raise StoreError(f"schema statement failed: {exc}: {args[-1] if len(args) > 2 else args}") from exc

    def writer(self, batch_size: int = 500) -> Writer:
        return FalkorWriter(self, batch_size)

    def view(self) -> FalkorView:
        return FalkorView(self)

    def run(self, statements: list[writes.Statement]) -> LoadStats:
        """Run write statements in order in one round trip and sum their counters."""
        pipe = self.db.connection.pipeline(transaction=False)
        for st in statements:
            pipe.execute_command("GRAPH.QUERY", self.graph_name, with_params(st.query, st.params), "--compact")
        try:
            replies = pipe.execute(raise_on_error=False)
        except redis.exceptions.ResponseError as exc:
            raise WriteRefused(f"FalkorDB refused the write: {exc}") from exc
        except redis.exceptions.RedisError as exc:
            raise StoreError(f"FalkorDB write failed: {exc}") from exc
        finally:
            pipe.reset()
        stats = LoadStats()
        errors = []
        for st, reply in zip(statements, replies):
            if isinstance(reply, Exception):
                errors.append(str(reply))
                continue
            try:
                r = FalkorResult(self.graph, reply)
            except redis.exceptions.ResponseError as exc:
                errors.append(str(exc))
                continue
            writes.add_stats(stats, writes.stats_from_counters(
                st.kind, st.rows, int(r.nodes_created), int(r.relationships_created), int(r.properties_set)))
        if errors:
            raise WriteRefused(f"FalkorDB refused {len(errors)} statement(s): {errors[0]}")
        return stats

    def clear(self) -> None:
        try:
            self.graph.delete()
        except redis.exceptions.ResponseError:
            pass  # no graph yet
        self.ensure_schema()

    def close(self) -> None:
        self.db.connection.close()


_schema_lock = threading.Lock()


def _wanted(statement: str) -> set[tuple[str, str, str]]:
    """The (label, property, kind) a schema statement creates."""
    if m := _RANGE_INDEX.search(statement):
        return {(m[1], p.strip().split(".")[-1], "RANGE") for p in m[2].split(",")}
    if m := _FULLTEXT_INDEX.search(statement):
        return {(m[1], p.strip().strip("'\""), "FULLTEXT") for p in m[2].split(",")}
    return {("?", statement, "?")}  # unknown: always sent


def server_port(settings: Settings) -> int:
    """The embedded server's TCP port: COORDGRAPH_FALKORDB_PORT, else a free one of 127.0.0.1 when /cypher
    has a replica (which follows the server over TCP), else none."""
    return settings.falkordb_port or (ANY_PORT if settings.cypher_replica else 0)


def limits(settings: Settings) -> Limits:
    return Limits(timeout_max_ms=settings.falkordb_timeout_max_ms, timeout_default_ms=settings.falkordb_timeout_max_ms,
                  query_mem_bytes=settings.falkordb_query_mem_bytes, resultset_size=settings.falkordb_resultset_size,
                  maxmemory=settings.falkordb_maxmemory, process_mem=settings.falkordb_process_mem)


def replica_limits(settings: Settings) -> Limits:
    """The /cypher replica's limits: the server's per-query ones, and a memory limit of its own ("auto":
    half of the RAM, so that the replica at its limit and the server together stay within the machine)."""
    mem = settings.cypher_replica_mem
    return dataclasses.replace(limits(settings), process_mem=str(memory.ram() // 2) if mem == "auto" else mem)


class FalkorWriter(writes.BatchWriter):
    atomic = False  # a pipeline runs every command even when one fails


class FalkorView(writes.CypherView):
    backend = "falkordb"

    def __init__(self, store: FalkorStore) -> None:
        self.store = store

    def read(self, query: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, max_rows: int | None = None) -> QueryResult:
        """Run through GRAPH.RO_QUERY. timeout_ms None: the store's default, 0: none.
        max_rows None: every row; else the rows past it are dropped and `truncated` set."""
        timeout = self.store.timeout_ms if timeout_ms is None else timeout_ms
        try:
            if params and all(map(_IDENTIFIER.match, params)):  # our header: a third of the client's CPU
                query, params = with_params(query, params), None
            res = self.store.graph.ro_query(query, params, timeout=timeout or None)
        except redis.exceptions.ResponseError as exc:
            msg = str(exc)
            if "read-only" in msg:
                raise ReadOnlyError(f"this query writes; only read-only queries can run here: {msg}") from exc
            raise StoreError(f"FalkorDB refused the query: {msg}") from exc
        except redis.exceptions.RedisError as exc:
            raise StoreError(f"FalkorDB query failed: {exc}") from exc
        columns = [h[1] for h in res.header]
        rows = res.result_set
        truncated = max_rows is not None and len(rows) > max_rows
        if truncated:
            rows = rows[:max_rows]
        return QueryResult(columns, [[plain(v) for v in row] for row in rows], truncated=truncated)
