"""API latency against the store's own: /agencies/{id}/partners and /search over a synthetic graph.

Builds a graph of >= 100k entities and >= 1M relations (graph layout of graph/store/base.py) in a
fresh embedded FalkorDB in a temporary directory, serves the API with uvicorn on loopback in a
subprocess, and for 1 and 32 concurrent clients measures p50, p99 and requests per second of each
endpoint (httpx, async) and of the same named query sent straight to the store (FalkorDB's async
client). Prints the ratio API/store and each side's CPU per request. The graph is built anew
each run.

    python bench/api.py [--scale 1.0] [--requests 2000] [--rounds 4] [--json out.json]

Runs at scale 1.0 (105,063 entities, 1,253,999 relations; built in 30-40 s) on 2 shared cores with a
load average of 3 to 11 from other work, p50 / p99. Partners and the whole-graph rows but /paths from
the runs of the earlier round (partners and search from a full run, the whole-graph rows from a later
`--only-whole` run; in brackets, that full run's figures before centrality was sorted once per
version). Search and /paths from this round's runs of the code before and after its change, back to
back on the same machine (before -> after): search from two full runs with `--requests 1000
--whole paths` (load average 6.3 and 5.5), /paths from four alternating `--only-whole --whole paths
--whole-requests 1000` runs, old, new, old, new (load average 4.5 to 7.5; both pairs of runs given):

| endpoint | clients | API | store query | target |
| --- | --- | --- | --- | --- |
| partners | 1 | 6.1 / 15.7 ms (thin client 2.6 / 10.4) | 1.1 / 9.0 ms | |
| partners | 32 | 106 / 234 ms (thin client 39 / 85) | 24 / 48 ms | p50 <= 2x store: met (1.66x thin, 4.49x httpx) |
| search | 1 | 87 / 680 -> 26 / 106 ms (thin client 54 / 570 -> 21 / 106) | 71 / 700 -> 18 / 97 ms | |
| search | 32 | 2486 / 5336 -> 542 / 1209 ms (thin client 2885 / 5666 -> 406 / 1178) | 2517 / 6165 -> 398 / 1093 ms | p50 <= 2x store: met (1.15x -> 1.02x thin, 0.99x -> 1.36x httpx) |
| coordination, no agency | 1 | 3.7 / 13.8 ms | coordination 7031 / 9120 ms | p99 <= 1 s: met (first call 9.1 s) |
| coordination, no agency | 32 | 57 / 101 ms | 79609 / 115081 ms | met |
| analytics/centrality | 1 | 2.1 / 3.1 ms (25 / 30) | party_edges 1157 / 1344 ms | met (first call 75 s) |
| analytics/centrality | 32 | 71 / 100 ms (1073 / 2276) | 19193 / 24198 ms | met (NOT met before) |
| analytics/communities | 1 | 20 / 30 ms | party_edges 1552 / 1952 ms | met (first call 8.4 s) |
| analytics/communities | 32 | 319 / 563 ms | 13081 / 17176 ms | met |
| paths, random agency pairs | 1 | 26.6 / 53.8 and 25.0 / 39.7 -> 14.9 / 32.0 and 15.8 / 34.0 ms | one neighbours hop 1.3 / 6.0 ms | met |
| paths, random agency pairs | 32 | 546 / 893 and 576 / 1013 -> 303 / 513 and 237 / 487 ms | 21 / 50 ms | met (NOT met before: p99 1.01 s) |
| neighborhood, hub, depth 2 | 1 | 2.7 / 4.9 ms | one neighbours hop 1.2 / 1.5 ms | met (first call 0.07 s) |
| neighborhood, hub, depth 2 | 32 | 37 / 58 ms | 17 / 25 ms | met |
| partners while a GraphML export streams | 1 | 5.1 / 8.7 ms (15 / 209, with a test run of ours beside it) | | p99 < 50 ms: met |

CPU per request, before -> after: search, the store's 67-72 ms -> 17-18 ms (the API's own 2.4-3.0 ms
unchanged); /paths, the API's 7.8-9.1 ms -> 4.7-5.4 ms and the store's 11.2-13.3 ms -> 4.2-5.6 ms.
What changed: search counted each candidate's relations with FalkorDB's indegree(), which reads a
column of every relation type's matrix (0.4 ms a candidate at 1M relations); it now counts incoming
relations from one pattern comprehension. /paths searches over ids alone (neighbour_ids: which
entities are tied, never the edges, a third of the store's work a hop), takes both ends' first hop
in one query, reads the edges of the paths found once at the end (path_edges), and looks its ends up
only when it found nothing; reads send their parameters with our own header writer.

The whole-graph answers, neighbourhoods and /paths answers are kept per graph version. /paths asks
each request about a pair not asked before (ends[i], ends[i + d] over the 500 random agencies), so
that every figure is a real search (each reads a few hundred ids). Before the first round's work, at
scale 0.1, /paths took 3.5-6 s a request at one client: its hop query scanned every entity.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coordgraph.api.search import search_params as search_query_params
from coordgraph.graph.model import fold
from coordgraph.graph.queries import get_query
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ensure_server, stop

GRAPH = "bench"
# Words the synthetic names are made of (ASCII spellings after folding, written with their accents).
BODIES = ["Ban Nội chính", "Ủy ban Kiểm tra", "Công an", "Viện Kiểm sát nhân dân", "Tòa án nhân dân",
          "Thanh tra", "Ủy ban Mặt trận Tổ quốc", "Hội Nông dân", "Sở Tư pháp", "Đảng ủy Khối"]
PLACES = ["Kiên Giang", "Thái Bình", "Hà Nội", "An Giang", "Bắc Ninh", "Lào Cai", "Cà Mau", "Huế",
          "Đà Nẵng", "Nghệ An", "Quảng Ninh", "Sơn La", "Gia Lai", "Long An", "Hải Phòng", "Yên Bái"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
GIVEN = ["Văn An", "Thị Bình", "Đình Cường", "Quốc Dũng", "Minh Đức", "Thu Hà", "Hồng Hải", "Xuân Khánh",
         "Thanh Long", "Ngọc Mai", "Hữu Nam", "Kim Oanh", "Đức Phúc", "Bảo Quân", "Tuấn Sơn", "Văn Trạc"]
TITLES = ["Trưởng ban", "Phó Trưởng ban", "Bí thư", "Phó Bí thư", "Chủ tịch", "Ủy viên", "Chánh Thanh tra"]


def sizes(scale: float) -> dict[str, int]:
    n = {"Agency": 12_000, "Person": 55_000, "Agreement": 20_000, "Event": 13_000, "Location": 63,
         "Article": 5_000}
    return {k: max(10, int(v * scale)) for k, v in n.items()}


# --- building the graph ---------------------------------------------------

NODE_STATEMENTS = {
    "Agency": """UNWIND range($lo, $hi - 1) AS i
WITH i, $bodies[i % size($bodies)] + ' ' + $places[(i / size($bodies)) % size($places)] + ' số ' + toString(i) AS name
CREATE (:Entity:Agency {id: 'agency:a' + toString(i), name: name, aliases: ['CQ' + toString(i)],
        search: $fold_bodies[i % size($bodies)] + ' ' + $fold_places[(i / size($bodies)) % size($places)]
                + ' so ' + toString(i) + ' | cq' + toString(i), level: 'tinh'})""",
    "Person": """UNWIND range($lo, $hi - 1) AS i
WITH i, $surnames[i % size($surnames)] + ' ' + $given[(i / size($surnames)) % size($given)] + ' ' + toString(i) AS name
CREATE (:Entity:Person {id: 'person:p' + toString(i), name: name, aliases: [],
        search: $fold_surnames[i % size($surnames)] + ' ' + $fold_given[(i / size($surnames)) % size($given)]
                + ' ' + toString(i)})""",
    "Agreement": """UNWIND range($lo, $hi - 1) AS i
CREATE (:Entity:Agreement {id: 'agreement:g' + toString(i), name: 'Quy chế phối hợp số ' + toString(i),
        aliases: [], search: 'quy che phoi hop so ' + toString(i), kind: 'quy_che_phoi_hop',
        number: toString(i) + '-QC'})""",
    "Event": """UNWIND range($lo, $hi - 1) AS i
CREATE (:Entity:Event {id: 'event:e' + toString(i), name: 'Hội nghị sơ kết số ' + toString(i), aliases: [],
        search: 'hoi nghi so ket so ' + toString(i), kind: 'so_ket',
        date: toString(2015 + i % 9) + '-0' + toString(1 + i % 9) + '-1' + toString(i % 10)})""",
    "Location": """UNWIND range($lo, $hi - 1) AS i
CREATE (:Entity:Location {id: 'location:l' + toString(i), name: 'Tỉnh ' + toString(i), aliases: [],
        search: 'tinh ' + toString(i)})""",
    "Article": """UNWIND range($lo, $hi - 1) AS i
CREATE (:Entity:Article {id: 'article:b' + toString(i), name: 'Bài báo ' + toString(i), aliases: [],
        title: 'Bài báo ' + toString(i), search: 'bai bao ' + toString(i),
        published: toString(2015 + i % 9) + '-0' + toString(1 + i % 9) + '-2' + toString(i % 8)})""",
}

# One edge per i in [lo, hi): `src`/`dst` are Cypher expressions of i giving the two ends' ids.
EDGE = """UNWIND range($lo, $hi - 1) AS i
MATCH (s:{src_label} {{id: {src}}})
MATCH (t:{dst_label} {{id: {dst}}})
WITH i, s, t, toString(2015 + i % 9) + '-0' + toString(1 + i % 9) + '-2' + toString(i % 8) AS d
CREATE (s)-[:{type} {{articles: ['b' + toString(i % $n_article)], sentences: ['Câu chứng cứ ' + toString(i)],
        starts: [0], ends: [40], dates: [d], first_seen: d, last_seen: d{extra}}}]->(t)"""


def edge_plan(n: dict[str, int]) -> list[tuple[str, int, str, str, str, str, str]]:
    """(type, count, source label, source id expr, target label, target id expr, extra properties)."""
    a, p, g, e, loc, art = (n[k] for k in ("Agency", "Person", "Agreement", "Event", "Location", "Article"))
    return [
        # Three parties per agreement; the first leads on even agreements.
        ("PARTY_TO", 3 * g, "Agency",
         f"'agency:a' + toString(((i / 3) * 7919 + (i % 3) * ((i / 3) % 997 + 1) * 104729) % {a})",
         "Agreement", "'agreement:g' + toString(i / 3)",
         (", role: CASE WHEN i % 3 = 0 AND (i / 3) % 2 = 0 THEN 'lead' ELSE null END")),
        ("ISSUED", g, "Agency", f"'agency:a' + toString((i * 31) % {a})", "Agreement", "'agreement:g' + toString(i)", ""),
        ("HOLDS_POSITION", 2 * p, "Person", "'person:p' + toString(i / 2)", "Agency",
         f"'agency:a' + toString((i * 131) % {a})", f", title: $titles[i % {len(TITLES)}]"),
        ("ORGANIZES", 2 * e, "Agency", f"'agency:a' + toString((i * 613) % {a})", "Event", "'event:e' + toString(i / 2)", ""),
        ("CHAIRS", e, "Person", f"'person:p' + toString((i * 17) % {p})", "Event", "'event:e' + toString(i)", ""),
        ("ATTENDS", 60 * e, "Person", f"'person:p' + toString((i * 7907) % {p})", "Event",
         "'event:e' + toString(i / 60)", ""),
        ("REVIEWS", g, "Event", f"'event:e' + toString((i * 11) % {e})", "Agreement", "'agreement:g' + toString(i)", ""),
        ("HELD_IN", e, "Event", "'event:e' + toString(i)", "Location", f"'location:l' + toString(i % {loc})", ""),
        ("PART_OF", a - 1, "Agency", "'agency:a' + toString(i + 1)", "Agency", "'agency:a' + toString(i / 10)", ""),
        ("MENTIONS", 40 * art, "Article", "'article:b' + toString(i / 40)", "Entity",
         f"'person:p' + toString((i * 4099) % {p})", ""),
    ]


def build(store: FalkorStore, scale: float, batch: int = 50_000) -> dict[str, Any]:
    """Create the synthetic graph with big UNWIND batches; return counts and timings."""
    n = sizes(scale)
    graph = store.graph
    lists = {"bodies": BODIES, "places": PLACES, "surnames": SURNAMES, "given": GIVEN, "titles": TITLES,
             "fold_bodies": [fold(x) for x in BODIES], "fold_places": [fold(x) for x in PLACES],
             "fold_surnames": [fold(x) for x in SURNAMES], "fold_given": [fold(x) for x in GIVEN],
             "n_article": n["Article"]}
    started = time.perf_counter()
    nodes = 0
    for label, query in NODE_STATEMENTS.items():
        for lo in range(0, n[label], batch):
            hi = min(n[label], lo + batch)
            graph.query(query, {**{k: v for k, v in lists.items() if f"${k}" in query}, "lo": lo, "hi": hi})
            nodes += hi - lo
    t_nodes = time.perf_counter() - started
    rels = 0
    for type_, count, sl, src, dl, dst, extra in edge_plan(n):
        query = EDGE.format(type=type_, src_label=sl, src=src, dst_label=dl, dst=dst, extra=extra)
        params = {k: v for k, v in lists.items() if f"${k}" in query}
        for lo in range(0, count, batch):
            hi = min(count, lo + batch)
            res = graph.query(query, {**params, "lo": lo, "hi": hi})
            rels += int(res.relationships_created)
    return {"nodes": nodes, "relations": rels, "seconds_nodes": round(t_nodes, 1),
            "seconds_total": round(time.perf_counter() - started, 1)}


# --- measuring ------------------------------------------------------------


def summary(latencies: list[float], wall: float) -> dict[str, float]:
    xs = sorted(latencies)
    q = statistics.quantiles(xs, n=100, method="inclusive")
    return {"p50_ms": round(q[49] * 1000, 2), "p99_ms": round(q[98] * 1000, 2), "rps": round(len(xs) / wall, 1),
            "n": len(xs)}


Timings = tuple[list[float], float]  # latencies (s) and wall time (s) of a measurement


async def drive(call: Callable[[int], Awaitable[None]], total: int, clients: int) -> Timings:
    """`total` calls from `clients` concurrent workers; latency of each call."""
    latencies: list[float] = []
    counter = iter(range(total))

    async def worker() -> None:
        for i in counter:
            t = time.perf_counter()
            await call(i)
            latencies.append(time.perf_counter() - t)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, time.perf_counter() - started


async def bench_api(base: str, path_of: Callable[[int], str], total: int, clients: int) -> Timings:
    """Each of the `clients` workers is its own httpx.AsyncClient with one keep-alive connection."""
    import httpx

    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    # Plain HTTP on loopback: verify=False spares each client loading the CA bundle.
    pool = [httpx.AsyncClient(base_url=base, limits=limits, timeout=60, verify=False) for _ in range(clients)]
    free: asyncio.Queue[httpx.AsyncClient] = asyncio.Queue()
    for c in pool:
        free.put_nowait(c)

    async def call(i: int) -> None:
        http = await free.get()
        try:
            r = await http.get(path_of(i))
        finally:
            free.put_nowait(http)
        if r.status_code != 200:
            raise RuntimeError(f"{path_of(i)}: HTTP {r.status_code} {r.text[:200]}")

    try:
        await drive(call, min(total, 50), clients)  # warm up
        return await drive(call, total, clients)
    finally:
        for c in pool:
            await c.aclose()


async def bench_api_raw(port: int, path_of: Callable[[int], str], total: int, clients: int) -> Timings:
    """The same requests from a minimal keep-alive HTTP/1.1 client (asyncio streams on uvloop), as thin as
    the store's own client: the target compares these two, since on two shared cores httpx's own CPU
    (about 1.5 ms a request) would be billed to the API. The httpx figures are printed beside them."""
    conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(clients)]
    free: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    for c in conns:
        free.put_nowait(c)

    async def call(i: int) -> None:
        reader, writer = await free.get()
        try:
            writer.write(f"GET {path_of(i)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            await reader.readexactly(length)
        finally:
            free.put_nowait((reader, writer))
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"{path_of(i)}: {head[:40]!r}")

    try:
        await drive(call, min(total, 50), clients)
        return await drive(call, total, clients)
    finally:
        for _, w in conns:
            w.close()


async def bench_store(sock: str, query: str, params_of: Callable[[int], dict[str, Any]], total: int,
                      clients: int) -> Timings:
    from falkordb.asyncio import FalkorDB

    db = FalkorDB(unix_socket_path=sock, max_connections=clients)
    graph = db.select_graph(GRAPH)

    async def call(i: int) -> None:
        await graph.ro_query(query, params_of(i))

    try:
        await drive(call, min(total, 50), clients)
        return await drive(call, total, clients)
    finally:
        await db.connection.aclose()


def run(coro: Any) -> Any:
    """Run a coroutine on uvloop (both sides of the comparison use the same loop)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_api(data_dir: Path, port: int, extra_args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(data_dir),
           "COORDGRAPH_GRAPH_NAME": GRAPH,
           "COORDGRAPH_CYPHER_REPLICA": "0"}  # no /cypher is timed: no second copy of the graph
    cmd = [sys.executable, "-m", "uvicorn", "coordgraph.api.app:create_app", "--factory", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log", *extra_args]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"the API exited with {proc.returncode}")
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the API did not come up within 60 s")


def hub(sock: str) -> str:
    """The agency with the most relations."""
    import redis

    r = redis.Redis(unix_socket_path=sock, decode_responses=True, socket_timeout=600)
    try:
        reply = r.execute_command("GRAPH.RO_QUERY", GRAPH, "MATCH (a:Agency)-[r]-() RETURN a.id, count(r) AS n "
                                                          "ORDER BY n DESC LIMIT 1")
        return str(reply[1][0][0])
    finally:
        r.close()


def whole_graph(base: str, info: Any, queries_dir: Path, agencies: list[str], total: int,
                levels: list[int], only: set[str] | None = None, api_pid: int | None = None) -> list[dict[str, Any]]:
    """The whole-graph endpoints (cached per graph version): the first call's time, then p50/p99 at each
    concurrency level, beside the store query each starts from. /paths asks each request about a pair
    it has not asked about before (its answers are kept per graph version too): every figure is a search."""
    import httpx

    top = hub(str(info.socket))
    ends = list(dict.fromkeys(agencies))
    fresh = itertools.count()

    def new_pair(_i: int) -> str:
        """The k-th request: ends[i] and ends[i + d], i = k mod len(ends), d = 1 + k div len(ends)."""
        k = next(fresh)
        i, d = k % len(ends), 1 + k // len(ends)
        return f"/paths?from={ends[i]}&to={ends[(i + d) % len(ends)]}"

    cases = {
        "coordination": (lambda i: "/coordination?limit=100", "coordination", lambda i: {}),
        "centrality": (lambda i: "/analytics/centrality?limit=50", "party_edges", lambda i: {}),
        "communities": (lambda i: "/analytics/communities?limit=20", "party_edges", lambda i: {}),
        "paths": (new_pair, "neighbours", lambda i: {"ids": [agencies[i % len(agencies)]], "mentions": False, "cap": 20000, "shown": 3,
                                           "rel_types": None, "node_types": None}),
        "neighborhood": (lambda i: f"/graph/neighborhood/{top}?depth=2", "neighbours",
                         lambda i: {"ids": [top], "mentions": False, "cap": 20000, "shown": 3, "rel_types": None,
                                    "node_types": None}),
    }
    out = []
    for name, (path_of, qname, params_of) in cases.items():
        if only and name not in only:
            continue
        started = time.perf_counter()
        first = httpx.get(base + path_of(0), timeout=600)
        first_s = time.perf_counter() - started
        if first.status_code != 200:
            print(f"{name}: HTTP {first.status_code} {first.text[:200]}")
            continue
        query = get_query(queries_dir, qname).text("falkordb")
        for clients in levels:
            direct = summary(*run(bench_store(str(info.socket), query, params_of, max(total // 10, 5), clients)))
            db0, api0 = cpu_seconds(info.pid), cpu_seconds(api_pid) if api_pid else 0.0
            via_api = summary(*run(bench_api(base, path_of, total, clients)))
            per = 1000 / (total + min(total, 50))  # CPU ms per request, warm-ups included
            via_api["store_cpu_ms_per_request"] = round((cpu_seconds(info.pid) - db0) * per, 2)
            if api_pid:
                via_api["api_cpu_ms_per_request"] = round((cpu_seconds(api_pid) - api0) * per, 2)
            row = {"kind": "whole", "endpoint": name, "clients": clients, "first_call_s": round(first_s, 2),
                   "api": via_api, "store": direct}
            out.append(row)
            print(f"{name:12} {clients:>2} clients | first call {first_s:6.2f} s | API p50 {via_api['p50_ms']:8.2f} ms "
                  f"p99 {via_api['p99_ms']:8.2f} ms | store query ({qname}) p50 {direct['p50_ms']:8.2f} ms "
                  f"p99 {direct['p99_ms']:8.2f} ms | CPU ms/request: API {via_api.get('api_cpu_ms_per_request')}, "
                  f"store {via_api['store_cpu_ms_per_request']} | p99 <= 1 s: {'met' if via_api['p99_ms'] <= 1000 else 'NOT met'}",
                  flush=True)
    return out


def partners_during_export(base: str, agencies: list[str], total: int) -> dict[str, Any]:
    """/agencies/{id}/partners at one client while a whole-graph GraphML export streams."""
    import threading

    import httpx

    done = threading.Event()
    size = [0]

    def export() -> None:
        with httpx.stream("GET", base + "/export?format=graphml", timeout=3600) as r:
            for chunk in r.iter_bytes():
                size[0] += len(chunk)
                if done.is_set():
                    break

    t = threading.Thread(target=export, daemon=True)
    t.start()
    time.sleep(1.0)
    got = summary(*run(bench_api(base, lambda i: f"/agencies/{agencies[i % len(agencies)]}/partners", total, 1)))
    still = t.is_alive()
    done.set()
    t.join(timeout=60)
    print(f"partners during a GraphML export ({size[0] / 1e6:.1f} MB streamed so far, still streaming: {still}) | "
          f"p50 {got['p50_ms']:.2f} ms p99 {got['p99_ms']:.2f} ms | p99 < 50 ms: "
          f"{'met' if got['p99_ms'] < 50 else 'NOT met'}", flush=True)
    return {"kind": "whole", "endpoint": "partners_during_export", "clients": 1, "api": got,
            "export_mb_streamed": round(size[0] / 1e6, 1), "export_still_streaming": still}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="graph size relative to 100k entities / 1M relations")
    ap.add_argument("--requests", type=int, default=2000, help="requests per measurement")
    ap.add_argument("--clients", default="1,32", help="concurrency levels, comma-separated")
    ap.add_argument("--rounds", type=int, default=4, help="alternating store/API rounds per measurement")
    ap.add_argument("--uvicorn-args", default="", help="extra uvicorn arguments, e.g. '--http httptools'")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--whole-requests", type=int, default=200,
                    help="requests per measurement of the whole-graph endpoints (0: skip them)")
    ap.add_argument("--only-whole", action="store_true", help="skip partners and search")
    ap.add_argument("--whole", default="", help="only these whole-graph endpoints, comma-separated (e.g. paths); "
                                                "skips the export")
    args = ap.parse_args()
    levels = [int(c) for c in args.clients.split(",")]

    with tempfile.TemporaryDirectory(prefix="coordgraph-bench-") as tmp:
        data_dir = Path(tmp)
        info = ensure_server(data_dir, appendfsync="no")
        api = None
        try:
            settings = Settings(store="embedded", data_dir=data_dir, graph_name=GRAPH)
            store = FalkorStore.open("embedded", settings)
            store.clear()
            print(f"building the synthetic graph (load average {os.getloadavg()[0]:.1f}) ...", flush=True)
            built = build(store, args.scale)
            counts = store.view().counts()
            entities = sum(v for k, v in counts.items() if k == "Entity")
            relations = sum(v for k, v in counts.items() if k.isupper())
            print(f"  {entities} entities, {relations} relations in {built['seconds_total']} s "
                  f"(nodes {built['seconds_nodes']} s)", flush=True)
            store.close()

            port = free_port()
            api = start_api(data_dir, port, args.uvicorn_args.split())
            base = f"http://127.0.0.1:{port}"
            n = sizes(args.scale)
            rng = random.Random(7)
            agencies = [f"agency:a{rng.randrange(n['Agency'])}" for _ in range(500)]
            # What people type: a body and a province, a surname and a given name, an abbreviation.
            terms = [rng.choice([fold(f"{rng.choice(BODIES)} {rng.choice(PLACES)}"),
                                 fold(f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"),
                                 f"cq{rng.randrange(n['Agency'])}"]) for _ in range(500)]
            queries_dir = REPO / "cypher"
            partners_q = get_query(queries_dir, "partners").text("falkordb")
            search_q = get_query(queries_dir, "search").text("falkordb")

            def search_params(i: int) -> dict[str, Any]:
                return search_query_params(terms[i % len(terms)])

            cases = {
                "partners": (lambda i: f"/agencies/{agencies[i % len(agencies)]}/partners",
                             partners_q, lambda i: {"agency_id": agencies[i % len(agencies)], "since": None}),
                "search": (lambda i: f"/search?q={terms[i % len(terms)].replace(' ', '+')}&limit=20",
                           search_q, search_params),
            }
            results: list[dict[str, Any]] = []
            if args.only_whole:
                cases = {}
            for name, (path_of, query, params_of) in cases.items():
                for clients in levels:
                    # Rounds alternate store, API and minimal-client runs, so that other work on the
                    # machine falls on all three alike.
                    lat: dict[str, list[float]] = {"store": [], "api": [], "raw": []}
                    wall = dict.fromkeys(lat, 0.0)
                    cpu = dict.fromkeys(("direct", "store_via_api", "api", "client"), 0.0)
                    n = max(1, args.requests // args.rounds)
                    for _ in range(args.rounds):
                        db0 = cpu_seconds(info.pid)
                        got = run(bench_store(str(info.socket), query, params_of, n, clients))
                        db1, api0, me0 = cpu_seconds(info.pid), cpu_seconds(api.pid), time.process_time()
                        lat["store"] += got[0]
                        wall["store"] += got[1]
                        got = run(bench_api(base, path_of, n, clients))
                        db2, api1, me1 = cpu_seconds(info.pid), cpu_seconds(api.pid), time.process_time()
                        lat["api"] += got[0]
                        wall["api"] += got[1]
                        got = run(bench_api_raw(port, path_of, n, clients))
                        lat["raw"] += got[0]
                        wall["raw"] += got[1]
                        cpu["direct"] += db1 - db0
                        cpu["store_via_api"] += db2 - db1
                        cpu["api"] += api1 - api0
                        cpu["client"] += me1 - me0
                    direct, via_api, raw = (summary(lat[k], wall[k]) for k in ("store", "api", "raw"))
                    per = 1000 / ((n + min(n, 50)) * args.rounds)  # CPU ms per request, warm-ups included
                    direct["store_cpu_ms_per_query"] = round(cpu["direct"] * per, 2)
                    via_api["store_cpu_ms_per_request"] = round(cpu["store_via_api"] * per, 2)
                    via_api["api_cpu_ms_per_request"] = round(cpu["api"] * per, 2)
                    via_api["client_cpu_ms_per_request"] = round(cpu["client"] * per, 2)
                    row: dict[str, Any] = {"endpoint": name, "clients": clients, "api": via_api, "store": direct,
                                           "api_raw_client": raw,
                           "raw_p50_ratio": round(raw["p50_ms"] / direct["p50_ms"], 2),
                           "raw_p99_over_p50": round(raw["p99_ms"] / raw["p50_ms"], 2),
                           "p50_ratio": round(via_api["p50_ms"] / direct["p50_ms"], 2),
                           "api_p99_over_p50": round(via_api["p99_ms"] / via_api["p50_ms"], 2)}
                    results.append(row)
                    print(f"{name:9} {clients:>2} clients | API p50 {via_api['p50_ms']:7.2f} ms  "
                          f"p99 {via_api['p99_ms']:7.2f} ms  {via_api['rps']:7.1f} req/s | store p50 "
                          f"{direct['p50_ms']:7.2f} ms  p99 {direct['p99_ms']:7.2f} ms  {direct['rps']:7.1f} q/s "
                          f"| API/store p50 {row['p50_ratio']:.2f}x, API p99/p50 {row['api_p99_over_p50']:.2f} "
                          f"| CPU ms/request: client {via_api['client_cpu_ms_per_request']}, API {via_api['api_cpu_ms_per_request']}, store "
                          f"{via_api['store_cpu_ms_per_request']} (direct {direct['store_cpu_ms_per_query']})"
                          f" | minimal client: API p50 {raw['p50_ms']:.2f} ms p99 {raw['p99_ms']:.2f} ms "
                          f"{raw['rps']:.1f} req/s, {row['raw_p50_ratio']:.2f}x store",
                          flush=True)
            if args.whole_requests:
                only = {x for x in args.whole.split(",") if x} or None
                results += whole_graph(base, info, queries_dir, agencies, args.whole_requests, levels, only,
                                       api_pid=api.pid)
                if not only:
                    results.append(partners_during_export(base, agencies, args.whole_requests))
            print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
                  f"on {os.cpu_count()} cores (other work on the machine inflates the API's figures most: "
                  "its requests cross three processes, the store's two)")
            for row in results:
                if row.get("kind") == "whole":
                    continue
                if row["clients"] == max(levels):
                    met = row["raw_p50_ratio"] <= 2 and row["raw_p99_over_p50"] <= 3
                    print(f"target at {row['clients']} clients, {row['endpoint']} (thin clients on both sides): "
                          f"API p50 <= 2x store ({row['raw_p50_ratio']}x), API p99 <= 3x its p50 "
                          f"({row['raw_p99_over_p50']}x): {'met' if met else 'NOT met'}; "
                          f"with httpx as the API's client: {row['p50_ratio']}x, {row['api_p99_over_p50']}x")
            if args.json:
                args.json.write_text(json.dumps({"graph": {"entities": entities, "relations": relations, **built},
                                                 "results": results}, indent=2))
        finally:
            if api is not None:
                api.terminate()
                api.wait(timeout=30)
            stop(data_dir)


if __name__ == "__main__":
    main()
