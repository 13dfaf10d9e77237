"""Shared fixtures: a real embedded FalkorDB server and a real Neo4j server (tests/neo4j-harness,
built with Maven and started once per run) for the session, a fresh store per test on each, and
the shared corpus (tests that need it skip when it is absent)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ServerInfo, ensure_server, stop
from neo4j_harness import HarnessError, neo4j_server
from resolution_state import forget_resolution

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
_graph_numbers = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def default_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """COORDGRAPH_DATA_DIR for the run, so that nothing a test does (the resolution state of a Neo4j
    store lives in the data directory) lands in the checkout's data/."""
    path = tmp_path_factory.mktemp("data")
    old = os.environ.get("COORDGRAPH_DATA_DIR")
    os.environ["COORDGRAPH_DATA_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("COORDGRAPH_DATA_DIR", None)
    else:
        os.environ["COORDGRAPH_DATA_DIR"] = old


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


def _no_neo4j(reason: str) -> None:
    """Skip, or fail in CI (CI=true), where the Neo4j tests must run."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"Neo4j tests must run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """COORDGRAPH_TEST_NEO4J_URI when set; else a Neo4j 5.26 server of tests/neo4j-harness, started
    once for the run (Bolt on a free loopback port) and stopped by closing its standard input."""
    uri = os.environ.get("COORDGRAPH_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    try:
        with neo4j_server(tmp_path_factory.mktemp("neo4j")) as uri:
            os.environ["COORDGRAPH_TEST_NEO4J_URI"] = uri
            try:
                yield uri
            finally:
                os.environ.pop("COORDGRAPH_TEST_NEO4J_URI", None)
    except HarnessError as exc:
        _no_neo4j(str(exc))


def neo4j_settings(uri: str, **overrides: object) -> Settings:
    """Settings for the test Neo4j; a cold query plan on a busy machine can take seconds, hence the timeout."""
    overrides.setdefault("cypher_timeout_ms", 30_000)
    return Settings(store=uri, neo4j_user=os.environ.get("COORDGRAPH_TEST_NEO4J_USER", "neo4j"),
                    neo4j_password=os.environ.get("COORDGRAPH_TEST_NEO4J_PASSWORD", "coordgraph"),
                    neo4j_database=os.environ.get("COORDGRAPH_TEST_NEO4J_DATABASE", "neo4j"),
                    **overrides)  # type: ignore[arg-type]


@pytest.fixture(scope="session", name="neo4j_settings")
def neo4j_settings_fixture() -> Callable[..., Settings]:
    """`neo4j_settings(uri, **overrides)` for fixtures of other folders."""
    return neo4j_settings


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Store]:
    """A cleared Neo4jStore on the test Neo4j server (its database is wiped)."""
    from coordgraph.graph.store.neo4j_ import Neo4jStore

    s = Neo4jStore.open(neo4j_uri, neo4j_settings(neo4j_uri))
    s.clear()
    forget_resolution(s)  # one database for every test: what an earlier test resolved or judged goes too
    yield s
    try:
        s.clear()
        forget_resolution(s)
    finally:
        s.close()


@pytest.fixture(params=["falkordb", "neo4j"])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The `store` (FalkorDB) and then `neo4j_store` (skipped without Java and Maven, outside CI)."""
    return request.getfixturevalue("store" if request.param == "falkordb" else "neo4j_store")


@pytest.fixture
def any_store_settings(any_store: Store, request: pytest.FixtureRequest) -> Settings:
    """The settings `any_store` was opened with (to serve the API over it)."""
    if any_store.backend == "falkordb":
        return request.getfixturevalue("store_settings")  # type: ignore[no-any-return]
    return neo4j_settings(request.getfixturevalue("neo4j_uri"))
