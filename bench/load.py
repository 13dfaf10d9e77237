"""Loading speed: the batched writer (UNWIND $rows, one pipelined round trip per batch) against a
baseline that sends one statement per row, on synthetic document graphs, in a throwaway embedded
FalkorDB server; then the restart: stop (snapshot) and start again, timing how long loading took.

    python bench/load.py [--docs 4000] [--baseline-docs 500] [--batch-size 500]
    python bench/load.py --docs 50000 --baseline-docs 200    # a 1M-relation graph restarted
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ensure_server, stop
from coordgraph.graph.store.writes import Statement, build_statements
from coordgraph.graph.synthetic import synthetic_docs
from stores import load as batched  # the batched writer timed, as in bench/stores.py


def one_per_row(store: FalkorStore, docs: list) -> float:
    """The same statements, but each row sent alone and committed on its own."""
    start = time.perf_counter()
    for d in docs:
        for st in build_statements([d]):
            key = "rows" if "rows" in st.params else None
            rows = st.params["rows"] if key else [None]
            for row in rows:
                params = {**st.params, "rows": [row]} if key else st.params
                store.run([Statement(st.query, params, st.kind, 1)])
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=4000, help="document graphs for the batched writer")
    ap.add_argument("--baseline-docs", type=int, default=500, help="document graphs for the baseline")
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()

    docs = synthetic_docs(args.docs)
    relations = sum(len(d.relations) for d in docs)
    base_docs = synthetic_docs(args.baseline_docs, seed=99)
    base_relations = sum(len(d.relations) for d in base_docs)
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        try:
            store = FalkorStore.open("embedded", Settings(data_dir=Path(tmp), graph_name="bench_batched"))
            t_batched = batched(store, docs, args.batch_size)
            counts = store.view().counts()
            base = FalkorStore.open("embedded", Settings(data_dir=Path(tmp), graph_name="bench_baseline"))
            t_base = one_per_row(base, base_docs)
            store.close()
            base.close()
            t0 = time.perf_counter()
            stop(Path(tmp))
            t_stop = time.perf_counter() - t0
            info = ensure_server(Path(tmp))
            again = FalkorStore.open("embedded", Settings(data_dir=Path(tmp), graph_name="bench_batched"))
            assert again.view().counts() == counts, "the restarted store lost data"
            again.close()
        finally:
            stop(Path(tmp))
    r_batched, r_base = relations / t_batched, base_relations / t_base
    print(f"batched writer : {args.docs} articles, {relations} relations in {t_batched:.1f}s"
          f" = {r_batched:,.0f} relations/s (batch {args.batch_size}; graph: {counts.get('Entity', 0)} nodes)")
    print(f"one per row    : {args.baseline_docs} articles, {base_relations} relations in {t_base:.1f}s"
          f" = {r_base:,.0f} relations/s")
    print(f"ratio          : {r_batched / r_base:.1f}x (target: at least 10x)")
    print(f"restart        : stop with snapshot {t_stop:.1f}s, start loaded {relations + base_relations} relations "
          f"in {info.load_seconds:.1f}s, same counts")


if __name__ == "__main__":
    main()
