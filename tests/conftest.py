"""Shared fixtures: a real embedded FalkorDB server for the session, a fresh store per test,
and the shared corpus (tests that need it skip when it is absent)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ServerInfo, ensure_server, stop

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
_graph_numbers = itertools.count()


@pytest.fixture(scope="session")
def falkor_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerInfo]:
    """The embedded server (started the way users get it) in a temporary data directory."""
    data_dir = tmp_path_factory.mktemp("falkor")
    info = ensure_server(data_dir)
    yield info
    stop(data_dir)


@pytest.fixture
def store_settings(falkor_server: ServerInfo, request: pytest.FixtureRequest) -> Settings:
    """Settings for this test's own graph on the session's server (store 'embedded')."""
    name = re.sub(r"[^A-Za-z0-9_]+", "_", request.node.name)[:40]
    return Settings(store="embedded", data_dir=falkor_server.data_dir,
                    graph_name=f"t{next(_graph_numbers)}_{name}")


@pytest.fixture
def store(store_settings: Settings) -> Iterator[FalkorStore]:
    """An empty FalkorStore (schema created) on the session's server; its graph is deleted after."""
    s = FalkorStore.open("embedded", store_settings)
    s.clear()
    yield s
    try:
        s.graph.delete()
    finally:
        s.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip("the shared corpus (../shared) is absent")
    return SHARED_DIR


@pytest.fixture(scope="session")
def gold_dir(shared_dir: Path) -> Path:
    """The gold document graphs of ../shared/corpus/gold."""
    path = shared_dir / "corpus" / "gold"
    if not any(path.glob("*.json")):
        pytest.skip("no gold graphs in ../shared/corpus/gold")
    return path


@pytest.fixture
def neo4j_store() -> Iterator[Store]:
    """A cleared Neo4jStore on COORDGRAPH_TEST_NEO4J_URI (a database tests may wipe); skipped when unset."""
    uri = os.environ.get("COORDGRAPH_TEST_NEO4J_URI")
    if not uri:
        pytest.skip("COORDGRAPH_TEST_NEO4J_URI is not set")
    from coordgraph.graph.store.neo4j_ import Neo4jStore

    settings = Settings(store=uri, neo4j_user=os.environ.get("COORDGRAPH_TEST_NEO4J_USER", "neo4j"),
                        neo4j_password=os.environ.get("COORDGRAPH_TEST_NEO4J_PASSWORD", "coordgraph"),
                        neo4j_database=os.environ.get("COORDGRAPH_TEST_NEO4J_DATABASE", "neo4j"))
    s = Neo4jStore.open(uri, settings)
    s.clear()
    yield s
    try:
        s.clear()
    finally:
        s.close()


@pytest.fixture(params=["falkordb", "neo4j"])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The `store` (FalkorDB) and then `neo4j_store` (skipped without COORDGRAPH_TEST_NEO4J_URI)."""
    return request.getfixturevalue("store" if request.param == "falkordb" else "neo4j_store")
