"""Memory of one greedy statement: FalkorDB's per-query cap alone (the baseline) against the server
process's own memory limit, in throwaway embedded servers.

The statement builds an n-by-n list inside one expression (`[a IN xs | xs]`). With the per-query
cap alone the server's peak resident memory grows with n*n before the cap is noticed; under the
process limit the server stops at the limit and a watchdog starts it again.

    python bench/memory.py [--cap-mb 64] [--limit-mb 512] [--sizes 4000 8000] [--greedy 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redis
from coordgraph.graph.store.server import Limits, ensure_server, stop
from coordgraph.graph.store.watchdog import Watchdog
from redis.backoff import NoBackoff
from redis.retry import Retry

QUERY = "WITH range(1, {n}) AS xs RETURN size([a IN xs | xs])"


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def baseline(sizes: list[int], cap: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        info = ensure_server(Path(tmp), limits=Limits(query_mem_bytes=cap, process_mem="0"))
        db = redis.Redis(unix_socket_path=str(info.socket), socket_timeout=300, retry=Retry(NoBackoff(), 0))
        db.execute_command("GRAPH.QUERY", "g", "CREATE (:A)")
        try:
            for n in sizes:
                Path(f"/proc/{info.pid}/clear_refs").write_text("5")  # reset the peak
                started = time.perf_counter()
                try:
                    db.execute_command("GRAPH.RO_QUERY", "g", QUERY.format(n=n))
                    outcome = "answered"
                except redis.exceptions.ResponseError as exc:
                    outcome = str(exc)[:42]
                peak = _peak_mb(info.pid)
                print(f"cap only   n={n:>6}: {outcome:<42} in {time.perf_counter() - started:5.1f} s, "
                      f"peak {peak:7.0f} MB = {peak * 2**20 / cap:5.1f} x the cap")
        finally:
            stop(Path(tmp))


def limited(n: int, cap: int, limit_mb: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        limits = Limits(query_mem_bytes=cap, process_mem=f"{limit_mb}mb")
        info = ensure_server(data, limits=limits)
        watchdog = Watchdog(data, lambda: ensure_server(data, limits=limits), interval=0.05)
        db = redis.Redis(unix_socket_path=str(info.socket), socket_timeout=300, retry=Retry(NoBackoff(), 0))
        db.execute_command("GRAPH.QUERY", "g", "CREATE (:A)")
        try:
            started = time.perf_counter()
            try:
                db.execute_command("GRAPH.RO_QUERY", "g", QUERY.format(n=n))
                outcome = "answered"
            except redis.exceptions.ConnectionError:
                outcome = "server stopped at its limit"
            except redis.exceptions.ResponseError as exc:
                outcome = str(exc)[:42]
            stopped = time.perf_counter() - started
            while watchdog.restarts == 0 and time.perf_counter() - started < 120:
                time.sleep(0.01)
            print(f"limit {limit_mb} MB n={n:>6}: {outcome} after {stopped:.1f} s; answering again "
                  f"{time.perf_counter() - started - stopped:.1f} s later (restarts: {watchdog.restarts})")
        finally:
            watchdog.close()
            stop(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cap-mb", type=int, default=64, help="QUERY_MEM_CAPACITY in MB")
    ap.add_argument("--limit-mb", type=int, default=512, help="the process limit in MB")
    ap.add_argument("--sizes", type=int, nargs="+", default=[4000, 8000],
                    help="n for the baseline (its peak grows with n*n: 8000 takes about 1 GB)")
    ap.add_argument("--greedy", type=int, default=20000, help="n under the process limit")
    args = ap.parse_args()
    cap = args.cap_mb * 2**20
    baseline(args.sizes, cap)
    limited(args.greedy, cap, args.limit_mb)


if __name__ == "__main__":
    main()
