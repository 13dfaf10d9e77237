"""The database's own memory limit, through real HTTP against a real embedded server, with /cypher
on the server itself (COORDGRAPH_CYPHER_REPLICA=0; with the replica, see test_replica.py).

FalkorDB's per-query cap (QUERY_MEM_CAPACITY) is looked at only between operations: one expression
that builds a quadratic list runs far past it. These statements pass the API's budget, so what stops
them is the server process's memory limit (RLIMIT_DATA, here a small one): the server aborts, the
API answers a JSON 4xx/503, starts it again from its append-only file, and answers everything after,
with every committed article still there."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from coordgraph.api.app import create_app
from coordgraph.graph.settings import Settings
from coordgraph.graph.store import memory
from coordgraph.graph.store.base import StoreError
from coordgraph.graph.store.memory import process_limit, size_bytes
from coordgraph.graph.store.server import PIDFILE, status, stop
from searching import Searching
from synthetic_store import write_synthetic

PROCESS_MEM = "400mb"  # the server process's limit in this test (users get 3/4 of RAM)
QUERY_MEM = 32 * 2**20
TIMEOUT_MS = 5000

# Each passes the API's budget; each allocates gigabytes inside one expression.
GREEDY = [
    ("quadratic comprehension", "WITH range(1, 20000) AS xs RETURN size([a IN xs | xs])"),
    ("comprehension of long strings", ("WITH range(1, 20000) AS xs WITH xs, string.join([a IN xs | toString(a)], ',') "
                                       "AS s RETURN size([a IN xs | s + 'x'])")),
    ("collect of large lists", "WITH range(1, 20000) AS xs UNWIND xs AS x RETURN size(collect(xs))"),
]


@dataclass
class Service:
    url: str
    settings: Settings
    counts: dict[str, int]
    app: Any


@pytest.fixture
def service(tmp_path: Path, serve: Callable[[Any], Any]) -> Iterator[Service]:
    """The API (opening the store itself, as `coordgraph serve` does) over a server with a small memory
    limit, holding 30 committed articles."""
    data_dir = tmp_path / "data"
    settings = Settings(store="embedded", data_dir=data_dir, graph_name="mem", api_key=None,
                        falkordb_process_mem=PROCESS_MEM, falkordb_query_mem_bytes=QUERY_MEM,
                        falkordb_maxmemory="128mb", cypher_timeout_ms=TIMEOUT_MS, cypher_replica=False)
    counts = write_synthetic(settings, 30)
    try:
        app = create_app(settings=settings)
        with serve(app) as url:
            yield Service(url, settings, counts, app)
    finally:
        stop(data_dir)


def _data_limit(pid: int) -> int:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max data size"):
            return int(line.split()[3])
    raise AssertionError("no data size limit line")


def _answering(c: httpx.Client, seconds: float = 60) -> list[httpx.Response]:
    """Ask /health until it is 200; the answers before that (each must be a JSON 503)."""
    waits = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r = c.get("/health")
        if r.status_code == 200:
            return waits
        waits.append(r)
        time.sleep(0.2)
    raise AssertionError(f"/health not answered within {seconds} s: {waits[-1].text[:300] if waits else ''}")


@pytest.mark.parametrize(("name", "query"), GREEDY, ids=[g[0] for g in GREEDY])
def test_a_statement_past_the_memory_limit_leaves_the_service_answering_with_its_data(
        service: Service, name: str, query: str) -> None:
    url, settings, counts = service.url, service.settings, service.counts
    with httpx.Client(base_url=url, timeout=60) as c:
        assert c.get("/health").status_code == 200
        before = status(settings.data_dir)
        assert before is not None and _data_limit(before["pid"]) == size_bytes(PROCESS_MEM)

        with Searching(url, "bo") as others:
            time.sleep(0.2)
            started = time.perf_counter()
            r = c.post("/cypher", json={"query": query})
            took = time.perf_counter() - started
            _answering(c)
            time.sleep(0.3)
        # Another client's /search: answered throughout, or told with a JSON 503 to retry; never a 500.
        assert others.statuses and set(others.statuses) <= {200, 503}, others.statuses
        messages = [r.json().get("message", "") for r in others.refused]
        assert others.statuses[-1] == 200 and all(messages), messages[:3]
        assert r.status_code in (422, 503), f"{name}: {r.status_code} {r.text[:300]}"
        body = r.json()
        assert body["status"] == r.status_code and body["message"], body
        # The database stopped it, not the API's budget (that would not test the database's limit).
        assert "budget" not in body["message"], body["message"]
        assert ".sock" not in r.text and str(settings.data_dir) not in r.text
        assert took < TIMEOUT_MS / 1000 + 1, f"{name}: answered after {took:.1f} s"

        waits = _answering(c)
        for w in waits:
            assert w.status_code == 503 and w.json()["status"] == 503, w.text[:300]
            assert ".sock" not in w.text
        after = status(settings.data_dir)
        assert after is not None and not after["loading"]
        if r.status_code == 503:  # the server stopped at its limit and was started again
            assert after["pid"] != before["pid"]
            assert service.app.state.stores.watchdog.restarts == 1  # once: the statement was not resent
            assert "memory limit" in body["message"]
            # Sent again (a client retrying), the statement is refused before it reaches the database.
            again = c.post("/cypher", json={"query": "  " + query.replace(" ", "\n", 1)})
            assert again.status_code == 422 and "stopped the database" in again.json()["message"], again.text[:300]
            assert status(settings.data_dir)["pid"] == after["pid"]  # type: ignore[index]
        assert _data_limit(after["pid"]) == size_bytes(PROCESS_MEM)  # the restarted one is limited too

        stats = c.get("/stats")
        assert stats.status_code == 200, stats.text[:300]
        assert stats.json()["counts"] == counts
        one = c.post("/cypher", json={"query": "MATCH (a:Article) RETURN count(a) AS n"})
        assert one.status_code == 200 and one.json()["rows"] == [[counts["Article"]]], one.text[:300]


def test_the_server_crash_is_told_from_a_stop(service: Service) -> None:
    """After `coordgraph db stop` the API does not start the server again: it answers 503."""
    url, settings = service.url, service.settings
    with httpx.Client(base_url=url, timeout=60) as c:
        assert c.get("/health").status_code == 200
        assert stop(settings.data_dir) is True
        assert not (settings.data_dir / PIDFILE).exists()
        time.sleep(1.5)  # several watchdog rounds
        r = c.get("/health")
        assert r.status_code == 503 and r.json()["status"] == 503, r.text[:300]
        assert status(settings.data_dir) is None


def test_memory_sizes_read_as_redis_writes_them() -> None:
    import doctest

    assert doctest.testmod(memory).failed == 0
    assert process_limit("0") == 0
    assert process_limit("auto") > 2**28
    with pytest.raises(StoreError, match="not a memory size: '3 lots'"):
        process_limit("3 lots")
