"""Entity resolution: pairwise precision/recall on the hand-labelled pairs, and the time resolution adds
to `ingest` of the 2,000 unlabeled articles, against the same ingest writing without resolution.

    python bench/resolve.py [CORPUS_DIR] [--limit N] [--jobs J]

Targets: precision >= 0.97 and recall >= 0.90 for merges (people and bodies); resolution adds at most
20% to the time of ingest. Both ingests load an embedded FalkorDB in a temporary data directory.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coordgraph.graph.store.base import Store, open_store
from coordgraph.ingest import ingest, resolving
from coordgraph.ingest.resolve_eval import evaluate, read_pairs

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "unlabeled"
PAIRS = REPO / "tests" / "ingest" / "resolution_pairs.jsonl"


def run_ingest(store: Store, paths: list[Path], jobs: int, resolve: bool) -> tuple[float, float, Any]:
    """Seconds of a fresh ingest, seconds of it spent resolving, and the last writer."""
    store.clear()
    ingest._extractor = None
    spent = {"resolve": 0.0}
    writers: list[Any] = []
    original_writer, original_resolve = ingest.resolving_writer, resolving.Resolver.resolve

    def timed_resolve(self: resolving.Resolver, extra: Any = None) -> Any:
        t0 = time.perf_counter()
        try:
            return original_resolve(self, extra)
        finally:
            spent["resolve"] += time.perf_counter() - t0

    def make_writer(st: Store, batch_size: int = 500) -> Any:
        w = original_writer(st, batch_size) if resolve else st.writer(10**9)
        writers.append(w)
        return w

    ingest.resolving_writer = make_writer  # type: ignore[assignment]
    resolving.Resolver.resolve = timed_resolve  # type: ignore[method-assign]
    try:
        s = ingest.ingest_paths(paths, store, jobs=jobs, report=lambda m: None, progress=False)
    finally:
        ingest.resolving_writer = original_writer
        resolving.Resolver.resolve = original_resolve  # type: ignore[method-assign]
    print(f"  {'with' if resolve else 'without'} resolution: {s.line()}")
    return s.seconds, spent["resolve"], writers[-1] if writers else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such directory (pass the corpus directory)")
    paths = sorted(p for p in args.corpus.iterdir() if p.suffix == ".txt")[: args.limit]
    with tempfile.TemporaryDirectory(prefix="cg-bench-resolve-") as tmp:
        store = open_store("embedded", data_dir=Path(tmp))
        try:
            run_ingest(store, paths[:20], args.jobs, resolve=False)  # warm up: imports, file cache
            base, _, _ = run_ingest(store, paths, args.jobs, resolve=False)
            full, inside, writer = run_ingest(store, paths, args.jobs, resolve=True)
            resolver = writer.resolver
            res, docs = resolver.last, list(resolver.docs().values())
            links = len(resolver.links())
        finally:
            store.close()
            from coordgraph.graph.store import server

            server.stop(Path(tmp))
    print(f"{'ingest without resolution':<40} {base:8.1f} s  (baseline)")
    print(f"{'ingest with resolution':<40} {full:8.1f} s")
    added = (full - base) / base
    share = inside / max(full - inside, 1e-9)
    print(f"{'added to ingest (whole run)':<40} {100 * added:7.1f} %  (target <= 20%: {'met' if added <= 0.2 else 'NOT met'})")
    print(f"{'time in resolve() / the rest of the run':<40} {100 * share:7.1f} %  ({inside:.1f} s, same run)")
    print(f"{'POSSIBLY_SAME_AS pairs':<40} {links:8d}")
    for s in evaluate(res, docs, read_pairs(PAIRS)).values():
        ok = s.precision >= 0.97 and s.recall >= 0.90 and s.missing < s.pairs
        print(f"{s.line()}  (target P >= 0.97, R >= 0.90: {'met' if ok else 'NOT met'})")


if __name__ == "__main__":
    main()
