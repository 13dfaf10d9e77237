"""Test helper: a store's resolution state, which outlives a cleared database."""

from __future__ import annotations

import shutil

from coordgraph.graph.store.base import Store
from coordgraph.ingest.resolving import _RESOLVERS, state_dir


def forget_resolution(store: Store) -> None:
    """Drop a store's resolution state (kept article graphs, judgements) on disk and in this process."""
    folder = state_dir(store)
    _RESOLVERS.pop(folder, None)
    shutil.rmtree(folder, ignore_errors=True)
