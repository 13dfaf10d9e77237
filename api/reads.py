"""Store reads from async routes without a worker thread where the backend has an asyncio client.

FalkorDB: the same GRAPH.RO_QUERY the store's View.read sends, through falkordb's asyncio client
(one per event loop, on the store's own socket or host). Other backends: View.read in a worker thread.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

import anyio
from coordgraph.graph.store.base import QueryResult, ReadOnlyError, Store, StoreError


class AsyncReads:
    """`await reads.read(store, query, params, timeout_ms=...)`: a read-only statement, run without blocking."""

    def __init__(self) -> None:
        self._graphs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Any, Any, Store]] = (
            weakref.WeakKeyDictionary())

    def _graph(self, store: Store) -> Any | None:
        """The asyncio graph handle for `store` on this event loop, or None when it has no asyncio client."""
        if store.backend != "falkordb" or not hasattr(store, "graph_name"):
            return None
        loop = asyncio.get_running_loop()
        got = self._graphs.get(loop)
        if got is not None and got[2] is store:
            return got[1]
        from falkordb.asyncio import FalkorDB

        server = getattr(store, "server", None)
        if server is not None:
            db = FalkorDB(unix_socket_path=str(server.socket))
        else:
            kw = store.db.connection.connection_pool.connection_kwargs  # type: ignore[attr-defined]
            if "path" in kw:
                db = FalkorDB(unix_socket_path=kw["path"], password=kw.get("password"))
            else:
                db = FalkorDB(host=kw.get("host", "localhost"), port=kw.get("port", 6379),
                              username=kw.get("username"), password=kw.get("password"))
        graph = db.select_graph(store.graph_name)  # type: ignore[attr-defined]
        self._graphs[loop] = (db, graph, store)
        return graph

    async def read(self, store: Store, query: str, params: dict[str, Any] | None, *,
                   timeout_ms: int | None = None) -> QueryResult:
        graph = self._graph(store)
        if graph is None:
            view = store.view()
            return await anyio.to_thread.run_sync(lambda: view.read(query, params, timeout_ms=timeout_ms))
        import redis
        from coordgraph.graph.store.falkordb import plain

        try:
            res = await graph.ro_query(query, params, timeout=timeout_ms or None)
        except redis.exceptions.ResponseError as exc:
            if "read-only" in str(exc):
                raise ReadOnlyError(f"this query writes; only read-only queries can run here: {exc}") from exc
            raise StoreError(f"FalkorDB refused the query: {exc}") from exc
        except (redis.exceptions.RedisError, OSError) as exc:
            raise StoreError(f"FalkorDB query failed: {exc}") from exc
        return QueryResult([h[1] for h in res.header], [[plain(v) for v in row] for row in res.result_set])

    async def close(self) -> None:
        """Close this event loop's client."""
        try:
            got = self._graphs.pop(asyncio.get_running_loop(), None)
        except RuntimeError:
            return
        if got is not None:
            await got[0].connection.aclose()
