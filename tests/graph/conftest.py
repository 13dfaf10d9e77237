"""Fixtures of the graph tests."""

from __future__ import annotations

import pytest
from coordgraph.graph.store.base import Store
from smallgraph import load_small


@pytest.fixture
def small(any_store: Store) -> Store:
    """The small hand-built graph, loaded into each backend in turn (see `any_store`)."""
    return load_small(any_store)
