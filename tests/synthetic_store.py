"""Synthetic article graphs written into an embedded server, as a test's starting data."""

from __future__ import annotations

from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.synthetic import synthetic_docs


def write_synthetic(settings: Settings, n: int, *, start: int = 0, batch_size: int = 500) -> dict[str, int]:
    """Write synthetic articles `start` to `n` into the settings' embedded server (started when none runs);
    the counts of the graph after."""
    store = FalkorStore.open("embedded", settings)
    try:
        with store.writer(batch_size) as w:
            for d in synthetic_docs(n)[start:]:
                w.add(d)
        return store.view().counts()
    finally:
        store.close()
