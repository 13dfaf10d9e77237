"""Whole-graph answers (the coordination network, centrality, communities) computed once per graph
version and kept, so that no page waits on them twice.

The version is the number of nodes and of relations, both answered from the store's counters; a
write through this app (POST /articles) also clears the cache. A change that keeps both counts
(an article reloaded with the same number of facts by another process) is picked up after
`max_age` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from coordgraph.graph.store.base import Store

T = TypeVar("T")

NODES = "MATCH (n) RETURN count(n)"
RELATIONS = "MATCH ()-[r]->() RETURN count(r)"


class GraphCache:
    """`cache.get(store, key, compute)`: compute() once per graph version and key; concurrent callers
    for the same key wait for the one computation."""

    def __init__(self, max_age: float = 300.0, size: int = 64) -> None:
        self.max_age = max_age
        self.size = size
        self._values: dict[Hashable, tuple[Any, float, Any]] = {}  # key -> (version, time, value)
        self._locks: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self._version: tuple[Any, float] | None = None  # (version, when read)

    def version(self, store: Store) -> Any:
        """The graph's version, read at most once a second."""
        now = time.monotonic()
        got = self._version
        if got is not None and now - got[1] < 1.0:
            return got[0]
        view = store.view()
        version = tuple(view.read(q, timeout_ms=5000).rows[0][0] for q in (NODES, RELATIONS))
        self._version = (version, now)
        return version

    def get(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        version = self.version(store)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] == version and time.monotonic() - hit[1] < self.max_age:
                return hit[2]  # type: ignore[no-any-return]
            value = compute()
            with self._lock:
                if len(self._values) >= self.size:
                    oldest = min(self._values, key=lambda k: self._values[k][1])
                    self._values.pop(oldest, None)
                    self._locks.pop(oldest, None)  # keys come and go (paths between any two entities)
                self._values[key] = (version, time.monotonic(), value)
            return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._version = None
