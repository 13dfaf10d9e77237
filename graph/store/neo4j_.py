"""Neo4j backend through the official driver (neo4j:// or bolt://, a cluster or Aura alike).

The driver is injected (`open` makes one from settings); a flush is one write transaction; reads
run in read-access transactions with a timeout, so the engine itself refuses any write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import neo4j
from coordgraph.graph.queries import schema_statements
from coordgraph.graph.settings import Settings
from coordgraph.graph.store import writes
from coordgraph.graph.store.base import LoadStats, QueryResult, ReadOnlyError, Store, StoreError, Writer
from coordgraph.graph.store.writes import WriteRefused
from neo4j import GraphDatabase, Query
from neo4j.exceptions import ClientError, DriverError, Neo4jError
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as NeoPath

SCHEMA_FILE = "schema.neo4j.cypher"
# The `CALL { WITH n ... }` form runs on every 5.x server (the `CALL (n) {...}` form needs 5.23+).
CLEAR = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
CONNECT_TIMEOUT_S = 10.0


def plain(value: Any) -> Any:
    """A result value as JSON-friendly Python: nodes and relationships become property dicts."""
    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, NeoPath):
        return {"nodes": [plain(n) for n in value.nodes], "edges": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _refused_data(exc: ClientError) -> bool:
    """A client error about the statement or its data (not credentials or permissions)."""
    return not (exc.code or "").startswith("Neo.ClientError.Security.")


class Neo4jStore(Store):
    backend = "neo4j"

    def __init__(self, driver: neo4j.Driver, *, database: str, queries_dir: Path, timeout_ms: int = 5000,
                 max_rows: int = 1000) -> None:
        self.driver = driver
        self.database = database
        self.queries_dir = Path(queries_dir)
        self.timeout_ms = timeout_ms
        self.max_rows = max_rows

    @classmethod
    def open(cls, url: str, settings: Settings) -> Neo4jStore:
        """A driver for `url` with the settings' credentials; the schema is ensured."""
        driver = GraphDatabase.driver(url, auth=(settings.neo4j_user, settings.neo4j_password),
                                      connection_timeout=CONNECT_TIMEOUT_S,
                                      connection_acquisition_timeout=CONNECT_TIMEOUT_S * 3,
                                      notifications_min_severity="OFF")
        try:
            driver.verify_connectivity()
            store = cls(driver, database=settings.neo4j_database, queries_dir=settings.queries_dir,
                        timeout_ms=settings.cypher_timeout_ms, max_rows=settings.cypher_max_rows)
            store.ensure_schema()
        except (Neo4jError, DriverError, OSError) as exc:
            driver.close()
            raise StoreError(f"cannot use Neo4j at {url}: {getattr(exc, 'message', None) or exc}") from exc
        return store

    def session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=access_mode)

    def ensure_schema(self) -> None:
        with self.session() as s:
            for statement in schema_statements(self.queries_dir / SCHEMA_FILE):
                s.run(statement).consume()  # type: ignore[arg-type]

    def writer(self, batch_size: int = 500) -> Writer:
        return Neo4jWriter(self, batch_size)

    def view(self) -> Neo4jView:
        return Neo4jView(self)

    def run(self, statements: list[writes.Statement]) -> LoadStats:
        """Run write statements in one transaction and sum their counters."""

        def work(tx: neo4j.ManagedTransaction) -> LoadStats:
            stats = LoadStats()
            for st in statements:
                c = tx.run(st.query, st.params).consume().counters  # type: ignore[arg-type]
                writes.add_stats(stats, writes.stats_from_counters(
                    st.kind, st.rows, c.nodes_created, c.relationships_created, c.properties_set))
            return stats

        try:
            with self.session() as s:
                return s.execute_write(work)
        except ClientError as exc:
            if _refused_data(exc):
                raise WriteRefused(f"Neo4j refused the write: {exc.message}") from exc
            raise StoreError(f"Neo4j denied the write ({exc.code}): {exc.message}") from exc
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j write failed: {exc}") from exc

    def clear(self) -> None:
        with self.session() as s:
            s.run(CLEAR).consume()

    def close(self) -> None:
        self.driver.close()


class Neo4jWriter(writes.BatchWriter):
    atomic = True


class Neo4jView(writes.CypherView):
    backend = "neo4j"

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store

    def read(self, query: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, max_rows: int | None = None) -> QueryResult:
        """Run in a read-access transaction: the engine refuses writes there. timeout_ms None: the
        store's default, 0: none. max_rows None: every row; else rows past it dropped, `truncated` set."""
        timeout = self.store.timeout_ms if timeout_ms is None else timeout_ms
        q = Query(query, timeout=timeout / 1000 if timeout else None)  # type: ignore[arg-type]
        try:
            with self.store.session(neo4j.READ_ACCESS) as s:
                result = s.run(q, params or {})
                columns = list(result.keys())
                rows: list[list[Any]] = []
                for record in result:
                    if max_rows is not None and len(rows) >= max_rows:
                        result.consume()
                        return QueryResult(columns, rows, truncated=True)
                    rows.append([plain(v) for v in record.values()])
                return QueryResult(columns, rows)
        except ClientError as exc:
            if exc.code in ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden") \
                    and "read" in (exc.message or "").lower():
                raise ReadOnlyError(f"this query writes; only read-only queries can run here: {exc.message}") \
                    from exc
            raise StoreError(f"Neo4j refused the query: {exc.message}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the query: {exc.message}") from exc
        except DriverError as exc:
            raise StoreError(f"Neo4j query failed: {exc}") from exc
