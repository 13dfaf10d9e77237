"""Entity resolution: pairwise precision/recall on the hand-labelled pairs, and the time resolution adds
to `ingest` of the 2,000 unlabeled articles, against the same ingest writing without resolution.

    python bench/resolve.py [CORPUS_DIR] [--limit N] [--jobs J]

Targets: precision >= 0.97 and recall >= 0.90 for merges (people and bodies); resolution adds at most
20% to the time of ingest. Both ingests load an embedded FalkorDB in a temporary data directory.
The machine may be shared: CPU seconds (this process and its extraction workers) are printed beside
wall-clock seconds, and the ratio is given for both.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coordgraph.graph.store.base import Store, open_store
from coordgraph.ingest import ingest, resolving
from coordgraph.ingest import resolve as resolve_mod
from coordgraph.ingest.resolve_eval import evaluate, read_pairs

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "unlabeled"
PAIRS = REPO / "tests" / "ingest" / "resolution_pairs.jsonl"


def cpu() -> float:
    """CPU seconds used so far by this process and its finished children (user + system)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_ingest(store: Store, paths: list[Path], jobs: int, resolve: bool,
               memo: bool = True) -> tuple[float, float, Any, float, float]:
    """Seconds of a fresh ingest, seconds of it spent resolving, the last writer, CPU seconds of the
    ingest (all processes but the graph server) and CPU seconds spent resolving."""
    store.clear()
    ingest._extractor = None
    resolving._RESOLVERS.clear()  # each run starts as a new process would
    spent = {"resolve": 0.0, "cpu": 0.0}
    writers: list[Any] = []
    original_writer, original_resolve = ingest.resolving_writer, resolving.Resolver.resolve

    def timed_resolve(self: resolving.Resolver, extra: Any = None) -> Any:
        if not memo:  # as before resolution was incremental: every batch resolves all articles again
            self.memo = resolve_mod.Memo()
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return original_resolve(self, extra)
        finally:
            spent["resolve"] += time.perf_counter() - t0
            spent["cpu"] += time.process_time() - c0

    def make_writer(st: Store, batch_size: int = 500) -> Any:
        w = original_writer(st, batch_size) if resolve else st.writer(10**9)
        writers.append(w)
        return w

    ingest.resolving_writer = make_writer  # type: ignore[assignment]
    resolving.Resolver.resolve = timed_resolve  # type: ignore[method-assign]
    c0 = cpu()
    try:
        s = ingest.ingest_paths(paths, store, jobs=jobs, report=lambda m: None, progress=False)
    finally:
        ingest.resolving_writer = original_writer
        resolving.Resolver.resolve = original_resolve  # type: ignore[method-assign]
    used = cpu() - c0
    print(f"  {'with' if resolve else 'without'} resolution{'' if memo else ' (no memo)'}: {s.line()}  ({used:.1f} CPU s)")
    return s.seconds, spent["resolve"], writers[-1] if writers else None, used, spent["cpu"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--compare-full", action="store_true",
                    help="also ingest resolving every article again on each batch (the non-incremental path)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such directory (pass the corpus directory)")
    paths = sorted(p for p in args.corpus.iterdir() if p.suffix == ".txt")[: args.limit]
    with tempfile.TemporaryDirectory(prefix="cg-bench-resolve-") as tmp:
        store = open_store("embedded", data_dir=Path(tmp))
        try:
            run_ingest(store, paths[:20], args.jobs, resolve=False)  # warm up: imports, file cache
            base, _, _, base_cpu, _ = run_ingest(store, paths, args.jobs, resolve=False)
            full, inside, writer, full_cpu, inside_cpu = run_ingest(store, paths, args.jobs, resolve=True)
            resolver = writer.resolver
            if args.compare_full:
                old, old_inside, _, old_cpu, old_inside_cpu = run_ingest(store, paths, args.jobs, resolve=True,
                                                                         memo=False)
            blocks, rebuilt = resolver.memo.reclustered, len(resolver.memo.blocks)
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
    added_cpu = (full_cpu - base_cpu) / base_cpu
    print(f"{'CPU s: without / with resolution':<40} {base_cpu:8.1f} / {full_cpu:.1f}  "
          f"(added {100 * added_cpu:.1f} %)")
    print(f"{'CPU s in resolve() / the rest of the run':<40} {inside_cpu:8.1f} / {full_cpu - inside_cpu:.1f}  "
          f"({100 * inside_cpu / max(full_cpu - inside_cpu, 1e-9):.1f} %)")
    if args.compare_full:
        print(f"{'non-incremental: added to ingest':<40} {100 * (old - base) / base:7.1f} %  "
              f"({old:.1f} s; {old_cpu:.1f} CPU s, added {100 * (old_cpu - base_cpu) / base_cpu:.1f} %)")
        print(f"{'non-incremental: in resolve()':<40} {old_inside:8.1f} s  ({old_inside_cpu:.1f} CPU s; "
              f"incremental: {inside:.1f} s, {inside_cpu:.1f} CPU s)")
    print(f"{'name blocks clustered (all batches)':<40} {blocks:8d}  ({rebuilt} blocks at the end)")
    print(f"{'POSSIBLY_SAME_AS pairs':<40} {links:8d}")
    for s in evaluate(res, docs, read_pairs(PAIRS)).values():
        ok = s.precision >= 0.97 and s.recall >= 0.90 and s.missing < s.pairs
        print(f"{s.line()}  (target P >= 0.97, R >= 0.90: {'met' if ok else 'NOT met'})")


if __name__ == "__main__":
    main()
