"""FalkorDB against Neo4j, side by side in one run: the same synthetic document graphs loaded into a
throwaway embedded FalkorDB and a Neo4j 5.26 server (tests/neo4j-harness, or --neo4j URI), then
relations per second of the batched writer and p50/p99 of the partners, officials and search
queries on each, with the Neo4j/FalkorDB ratios.

    python bench/stores.py [--docs 3000] [--queries 300] [--batch-size 500] [--neo4j bolt://...]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from coordgraph.api.search import search_params
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.neo4j_ import Neo4jStore
from coordgraph.graph.store.server import stop
from coordgraph.graph.synthetic import synthetic_docs
from neo4j_harness import HarnessError, neo4j_server


def load(store: Store, docs: list, batch_size: int) -> float:
    start = time.perf_counter()
    with store.writer(batch_size) as w:
        for d in docs:
            w.add(d)
    assert not w.stats.failed, w.stats.failed[:3]
    return time.perf_counter() - start


def latencies(call: Callable[[], object], n: int) -> tuple[float, float]:
    """p50 and p99 in milliseconds of n calls (after a few warm-up calls)."""
    for _ in range(5):
        call()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1000)
    q = statistics.quantiles(times, n=100)
    return q[49], q[98]


def measure(store: Store, docs: list, args: argparse.Namespace) -> dict[str, float]:
    relations = sum(len(d.relations) for d in docs)
    out = {"relations/s": relations / load(store, docs, args.batch_size)}
    agencies = sorted({e.id for d in docs for e in d.entities if e.type == "Agency"})
    words = sorted({w for d in docs for e in d.entities for w in e.name.split() if len(w) > 3})
    view = store.view()
    params: dict[str, Callable[[str], dict]] = {"partners": lambda x: {"agency_id": x},
                                                "officials": lambda x: {"agency_id": x},
                                                "search": search_params}  # as GET /search sends it
    for name, pool in [("partners", agencies), ("officials", agencies), ("search", words)]:
        rnd = random.Random(1)
        p50, p99 = latencies(lambda n=name, p=pool, r=rnd: view.named(n, params[n](r.choice(p))), args.queries)
        out[f"{name} p50 ms"], out[f"{name} p99 ms"] = p50, p99
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000, help="document graphs (about 20 relations each)")
    ap.add_argument("--queries", type=int, default=300, help="calls per query and engine")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--neo4j", default=os.environ.get("COORDGRAPH_BENCH_NEO4J_URI"),
                    help="a Neo4j whose database may be wiped (default: start tests/neo4j-harness)")
    args = ap.parse_args()
    docs = synthetic_docs(args.docs)
    with tempfile.TemporaryDirectory(prefix="cg-stores-") as tmp_name:
        tmp = Path(tmp_name)
        try:
            falkor = FalkorStore.open("embedded", Settings(data_dir=tmp / "falkor", graph_name="bench",
                                                           cypher_timeout_ms=60_000))
            falkor.clear()
            f = measure(falkor, docs, args)
            falkor.close()
        finally:
            stop(tmp / "falkor")
        with _harness(tmp / "neo4j") if not args.neo4j else _given(args.neo4j) as uri:
            neo = Neo4jStore.open(uri, Settings(store=uri, cypher_timeout_ms=60_000))
            neo.clear()
            n = measure(neo, docs, args)
            neo.clear()
            neo.close()
    relations = sum(len(d.relations) for d in docs)
    print(f"{args.docs} articles, {relations} relations, batch {args.batch_size}, {args.queries} calls per query")
    print(f"{'':16} {'FalkorDB':>10} {'Neo4j':>10} {'Neo4j/FalkorDB':>15}")
    for k in f:
        print(f"{k:16} {f[k]:>10,.1f} {n[k]:>10,.1f} {n[k] / f[k]:>14.2f}x")


@contextmanager
def _given(uri: str) -> Iterator[str]:
    yield uri


@contextmanager
def _harness(workdir: Path) -> Iterator[str]:
    try:
        with neo4j_server(workdir, heap="1g") as uri:
            yield uri
    except HarnessError as exc:
        sys.exit(f"{exc} (or pass --neo4j URI)")


if __name__ == "__main__":
    main()
