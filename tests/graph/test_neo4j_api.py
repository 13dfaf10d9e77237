"""The API over Neo4j (tests/neo4j-harness): health, named queries, and a read-only POST /cypher that
relies on the engine's read access mode: every write is refused and changes nothing."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from coordgraph.api.app import create_app
from coordgraph.graph.loader import load_paths
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store

pytestmark = pytest.mark.neo4j

WRITES = [
    "MATCH (n:Agency) WITH n LIMIT 1 SET n.hacked = true RETURN n",
    "MATCH (n:Agency) // look only\nWITH n LIMIT 1\nDETACH DELETE n",
    "UNWIND range(1, 3) AS i CREATE (:Entity {id: 'x' + toString(i)})",
    "MATCH (n:Agency) RETURN n.id AS id UNION MATCH (m:Agency) WITH m LIMIT 1 SET m.x = 1 RETURN m.id AS id",
    "CREATE INDEX person_name FOR (n:Person) ON (n.name)",
    "DROP INDEX entity_search",
    "MATCH (n:Entity) FOREACH (x IN [1] | SET n.x = x)",
    "cReAtE (:Entity {id: 'agency:mixed-case'})",
    "CALL { CREATE (:Entity {id: 'agency:sub'}) } RETURN 1",
]


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread on a free loopback port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


@pytest.fixture
def api(neo4j_store: Store, neo4j_uri: str, gold_dir: Path) -> Iterator[httpx.Client]:
    assert not load_paths(neo4j_store, [gold_dir]).failed
    settings = Settings(store=neo4j_uri, cypher_timeout_ms=30_000, api_key=None)
    with serve(create_app(neo4j_store, settings)) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


def counts(client: httpx.Client) -> dict[str, int]:
    res = client.get("/stats")
    assert res.status_code == 200, res.text
    return res.json()["counts"]


def test_the_api_answers_over_neo4j_and_cypher_cannot_write(api: httpx.Client) -> None:
    health = api.get("/health")
    assert health.status_code == 200 and health.json()["store"] == "neo4j"
    before = counts(api)
    assert before["Article"] > 0
    read = api.post("/cypher", json={"query": "MATCH (a:Agency) RETURN a.id AS id ORDER BY id LIMIT 3"})
    assert read.status_code == 200 and len(read.json()["rows"]) == 3, read.text
    for query in WRITES:
        res = api.post("/cypher", json={"query": query})
        assert res.status_code == 403, (query, res.status_code, res.text)
    assert counts(api) == before
    hacked = api.post("/cypher", json={"query": "MATCH (n) WHERE n.hacked OR n.x = 1 RETURN count(n) AS n"})
    assert hacked.json()["rows"] == [[0]] or hacked.json()["rows"] == [{"n": 0}], hacked.text
    bad = api.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert bad.status_code == 422
