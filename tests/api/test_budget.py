"""Hostile statements sent to POST /cypher without a key, against the real server: each is answered
within the time limit plus one second with a clear 4xx/504, the database's memory stays bounded, and
a second client's /search is answered within a second throughout.

The server's per-query memory cap (QUERY_MEM_CAPACITY) is set when coordgraph starts the embedded
server; a session server without one gets it here, so the test measures what users run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import redis
from coordgraph.graph.store.server import ServerInfo
from searching import Searching

TIMEOUT_MS = 2000
QUERY_MEMORY = 256 * 2**20
MEMORY_BOUND = 2 * QUERY_MEMORY + 64 * 2**20  # two reader threads at the cap, plus the graphs


def _db(server: ServerInfo) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(server.socket), socket_timeout=30)


@pytest.fixture(scope="module")
def db(falkor_server: ServerInfo) -> Iterator[redis.Redis]:
    r = _db(falkor_server)
    _, capacity = r.execute_command("GRAPH.CONFIG", "GET", "QUERY_MEM_CAPACITY")
    if not int(capacity):
        r.execute_command("GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", QUERY_MEMORY)
    yield r
    r.close()


@pytest.fixture
def budget_url(live_app: Callable[..., Any], db: redis.Redis) -> Iterator[str]:
    """The API over the gold graphs with a 2 s limit and no key."""
    with live_app(cypher_timeout_ms=TIMEOUT_MS, api_key=None) as url:
        yield url


def _nested(n: int) -> str:
    return "RETURN " + "[" * n + "]" * n


def _deep(n: int) -> Any:
    return [_deep(n - 1)] if n else 1


BOMBS: list[tuple[str, str, dict[str, Any], set[int]]] = [
    ("22 nested lists", _nested(22), {}, {422}),
    ("500 nested lists", _nested(500), {}, {422}),
    ("NOT chain", "RETURN " + "NOT " * 40 + "true", {}, {422}),
    ("nested CASE", "RETURN " + "CASE WHEN true THEN " * 30 + "1" + " END" * 30, {}, {422}),
    ("many deep lists", "RETURN [" + ",".join([_nested(10)[7:]] * 900) + "]", {}, {422}),
    ("deep parameters", "RETURN $p", {"p": _deep(200)}, {422}),
    ("huge parameters", "RETURN size($p)", {"p": ["x" * 1000] * 200}, {413, 422}),
    ("parameter name injection", "RETURN 1", {"x=" + "[" * 20 + "1" + "]" * 20 + " RETURN 1 //": 1}, {422}),
    ("range count", "UNWIND range(1, 1000000000) AS x RETURN count(x)", {}, {422}),
    ("range size", "RETURN size(range(1,100000000))", {}, {422}),
    ("range through a variable", "WITH 1000000000 AS n RETURN size(range(1, n))", {}, {422}),
    ("range through a parameter", "UNWIND range(1, $n) AS x RETURN count(x)", {"n": 10**9}, {422}),
    ("cartesian count", "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)", {},
     {504}),
    ("growth in reduce", ("UNWIND range(1, 1000000) AS a WITH collect(a) AS xs "
                          "RETURN size(reduce(acc = [], i IN range(1, 100) | acc + xs))"), {}, {422}),
    ("nested comprehension", ("UNWIND range(1, 1000000) AS a WITH collect(a) AS xs "
                              "RETURN size([a IN xs | [b IN xs | 1]])"), {}, {422}),
    ("collect", "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN size(collect(a))", {},
     {422, 504}),
]


@pytest.mark.parametrize(("name", "query", "params", "statuses"), BOMBS, ids=[b[0] for b in BOMBS])
def test_a_bomb_is_refused_in_time_and_others_are_served(budget_url: str, db: redis.Redis, name: str, query: str,
                                                          params: dict[str, Any], statuses: set[int]) -> None:
    with Searching(budget_url, "ban noi chinh", timeout=10) as watcher, httpx.Client(base_url=budget_url, timeout=60) as c:
        time.sleep(0.2)
        started = time.perf_counter()
        r = c.post("/cypher", json={"query": query, "params": params})
        took = time.perf_counter() - started
        time.sleep(0.3)
    assert r.status_code in statuses, r.text[:500]
    body = r.json()
    assert body["status"] == r.status_code and body["error"] and body["message"]
    assert took <= TIMEOUT_MS / 1000 + 1, f"{name}: answered after {took:.1f} s"
    used = int(db.info("memory")["used_memory"])
    assert used < MEMORY_BOUND, f"{name}: the database holds {used / 2**20:.0f} MB"
    assert watcher.count > 0 and not watcher.failures, watcher.failures[:3]
    assert watcher.slowest < 1.0, f"{name}: /search waited {watcher.slowest:.2f} s"


def test_huge_results_are_capped_in_the_statement(budget_url: str) -> None:
    with httpx.Client(base_url=budget_url, timeout=60) as c:
        started = time.perf_counter()
        r = c.post("/cypher", json={"query": "UNWIND range(1, 1000000) AS x RETURN x, 'some text to carry' AS t"})
        took = time.perf_counter() - started
        big = c.post("/cypher", json={"query": "UNWIND range(1, 5000) AS x RETURN x, $s",
                                      "params": {"s": "abcdefghij" * 6000}})
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert body["truncated"] is True and body["row_count"] == 1000 and len(body["rows"]) == 1000
    assert took < 1.5, f"1,000 of a million rows took {took:.1f} s: the cap was applied after fetching"
    assert big.status_code == 200, big.text[:300]
    assert big.json()["truncated"] is True and 3_000_000 < len(big.content) <= 4_100_000


def test_concurrent_bombs_cannot_starve_search(budget_url: str) -> None:
    """Eight slow statements at once: at most cypher_slots run, the rest are told to retry (429)."""
    slow = "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)"
    statuses: list[int] = []

    def send() -> None:
        with httpx.Client(base_url=budget_url, timeout=60) as c:
            statuses.append(c.post("/cypher", json={"query": slow}).status_code)

    with Searching(budget_url, "ban noi chinh", timeout=10) as watcher:
        threads = [threading.Thread(target=send) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert set(statuses) <= {429, 504} and 429 in statuses, statuses
    assert not watcher.failures and watcher.slowest < 1.0, (watcher.slowest, watcher.failures[:3])


@pytest.fixture
def app_url(live_app: Callable[..., Any]) -> Iterator[str]:
    with live_app(api_key="secret-key", allowed_hosts=["graph.example.org"]) as url:
        yield url


def test_a_large_body_is_refused_before_it_is_read(app_url: str) -> None:
    big = b'{"id": "x", "text": "' + b"a" * 54_000_000 + b'"}'
    with httpx.Client(base_url=app_url, timeout=30) as c:
        started = time.perf_counter()
        r = c.post("/articles", content=big, headers={"content-type": "application/json", "X-API-Key": "secret-key"})
        assert r.status_code == 413 and r.json()["error"] == "too_large", r.text[:300]
        assert time.perf_counter() - started < 5
        nokey = c.post("/articles", content=b"{" * 1000, headers={"content-type": "application/json"})
        assert nokey.status_code == 401 and nokey.json()["status"] == 401

        def chunks() -> Iterator[bytes]:
            yield b'{"query": "RETURN 1", "params": {"p": "'
            for _ in range(100):
                yield b"x" * 10_000
            yield b'"}}'

        chunked = c.post("/cypher", content=chunks(), headers={"content-type": "application/json"})
        assert chunked.status_code == 413, chunked.text[:300]
        deep = c.post("/cypher", content=b'{"query": "RETURN 1", "params": {"p": ' + b"[" * 100_000 + b"]" * 100_000
                      + b"}}", headers={"content-type": "application/json"})
        assert deep.status_code in (400, 413, 422) and deep.json()["status"] == deep.status_code


def test_the_host_header_is_checked(app_url: str) -> None:
    port = app_url.rsplit(":", 1)[1]
    with httpx.Client(base_url=app_url, timeout=10) as c:
        for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", "graph.example.org"):
            assert c.get("/health", headers={"host": host}).status_code == 200, host
        r = c.get("/health", headers={"host": f"attacker.example:{port}"})
    assert r.status_code == 421 and r.json()["error"] == "wrong_host"


@pytest.mark.parametrize(("path", "status"), [
    ("/agencies/agency:ban-noi-chinh-trung-uong/partners?since=2019-02-30", 422),
    ("/coordination?since=2021-13", 422),
    ("/analytics/centrality?until=2020-02-31", 422),
    ("/queries/partners?agency_id=agency%00x", 422),
    ("/entities/agency:x%00y", 422),
    ("/nowhere", 404),
])
def test_bad_requests_get_the_error_shape(client: httpx.Client, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) >= {"status", "error", "message"} and body["status"] == status


def test_a_store_that_is_down_is_503_without_paths(serve: Callable[[Any], Any], api_settings: Any,
                                                   tmp_path: Any) -> None:
    from coordgraph.api.app import create_app
    from coordgraph.graph.store.falkordb import FalkorStore
    from coordgraph.graph.store.server import stop

    settings = api_settings.model_copy(update={"data_dir": tmp_path, "graph_name": "gone"})
    gone = FalkorStore.open("embedded", settings)
    stop(tmp_path)
    with serve(create_app(gone, settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
        answers = [c.get("/health"), c.get("/search", params={"q": "mttq"}), c.get("/stats"),
                   c.post("/cypher", json={"query": "RETURN 1"})]
    for r in answers:
        assert r.status_code == 503, r.text[:300]
        assert r.json()["status"] == 503
        assert str(tmp_path) not in r.text and ".sock" not in r.text, r.text
