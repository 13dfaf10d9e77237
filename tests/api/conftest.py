"""API fixtures: the gold graphs in a real FalkorDB, and the app served by uvicorn on a loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from coordgraph.api.app import create_app
from coordgraph.graph.model import read_doc_file, resolve
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ServerInfo
from resolution_state import forget_resolution


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread on a free loopback port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def load_gold(store: Store, gold_dir: Path) -> None:
    with store.writer() as w:
        for path in sorted(gold_dir.glob("*.json")):
            w.add(resolve(read_doc_file(path)))


@pytest.fixture(scope="session")
def api_settings(falkor_server: ServerInfo) -> Settings:
    return Settings(store="embedded", data_dir=falkor_server.data_dir, graph_name="api_gold", api_key=None,
                    cypher_timeout_ms=5000, cypher_max_rows=1000)


@pytest.fixture(scope="session")
def gold_store(api_settings: Settings, gold_dir: Path) -> Iterator[FalkorStore]:
    """The five gold graphs loaded once, in their own graph of the session's server."""
    store = FalkorStore.open("embedded", api_settings)
    store.clear()
    load_gold(store, gold_dir)
    yield store
    try:
        store.graph.delete()
    finally:
        store.close()


@pytest.fixture(scope="session", params=["falkordb", "neo4j"])
def api_store(request: pytest.FixtureRequest, gold_dir: Path) -> Iterator[tuple[Store, Settings]]:
    """The gold graphs in each store in turn, with the API's settings for it: FalkorDB (`gold_store`),
    then the session's Neo4j (skipped without Java and Maven, outside CI)."""
    if request.param == "falkordb":
        yield request.getfixturevalue("gold_store"), request.getfixturevalue("api_settings")
        return
    from coordgraph.graph.store.neo4j_ import Neo4jStore

    uri = request.getfixturevalue("neo4j_uri")
    settings = request.getfixturevalue("neo4j_settings")(uri, api_key=None, cypher_max_rows=1000)
    store = Neo4jStore.open(uri, settings)
    store.clear()
    forget_resolution(store)
    load_gold(store, gold_dir)
    yield store, settings
    try:
        store.clear()
    finally:
        store.close()


@pytest.fixture(scope="session")
def live(api_store: tuple[Store, Settings]) -> Iterator[str]:
    """Base URL of the API over the gold graphs (writes off: no API key), on each store in turn."""
    with serve(create_app(*api_store)) as url:
        yield url


@pytest.fixture(scope="session")
def falkordb_live(gold_store: FalkorStore, api_settings: Settings) -> Iterator[str]:
    """Base URL of the API over the gold graphs in FalkorDB only (for tests of pages, not of a store)."""
    with serve(create_app(gold_store, api_settings)) as url:
        yield url


@pytest.fixture
def client(live: str, api_store: tuple[Store, Settings], gold_dir: Path) -> Iterator[httpx.Client]:
    store, _ = api_store
    if store.backend == "neo4j" and not store.view().read("MATCH (a:Article) RETURN a.id LIMIT 1").rows:
        store.clear()  # the Neo4j database is shared: a store test since may have cleared it
        forget_resolution(store)
        load_gold(store, gold_dir)
    with httpx.Client(base_url=live, timeout=60) as c:
        yield c


@pytest.fixture
def api_app(api_store: tuple[Store, Settings], client: httpx.Client) -> Callable[..., Any]:
    """Serve another app over the gold graphs of `api_store` with changed settings:
    `with api_app(api_key="k") as url` (on each store in turn)."""
    store, settings = api_store

    def make(**overrides: Any) -> Any:
        return serve(create_app(store, settings.model_copy(update=overrides)))

    return make


@pytest.fixture
def backend(api_store: tuple[Store, Settings]) -> str:
    """The backend `client` talks to: "falkordb" or "neo4j"."""
    return api_store[0].backend


@pytest.fixture(name="serve")
def serve_fixture() -> Callable[[Any], Any]:
    """`with serve(app) as url`: serve any app on a free loopback port."""
    return serve


@pytest.fixture(name="free_port")
def free_port_fixture() -> int:
    return free_port()


@pytest.fixture
def live_app(gold_store: FalkorStore, api_settings: Settings) -> Callable[..., Any]:
    """Serve another app over the gold store with changed settings: `with live_app(api_key="k") as url`."""

    def make(**overrides: Any) -> Any:
        return serve(create_app(gold_store, api_settings.model_copy(update=overrides)))

    return make


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (no browser download); skips where it is absent,
    except in CI (CI=true), where the browser tests must run."""
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if not Path(CHROMIUM).is_file():
        reason = "chromium is not installed (apt-get install chromium, or `make system`)"
        if ci:
            pytest.fail(f"browser tests must run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    try:
        from playwright import sync_api
    except ImportError as exc:
        if ci:
            pytest.fail(f"browser tests must run in CI: {exc}", pytrace=False)
        pytest.skip(f"playwright is not installed: {exc}")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
