"""The embedded store keeps what was committed across a clean stop, a killed server and a killed
ingest: a few hundred real articles of ../shared/corpus/unlabeled are ingested, and after each fault
the restarted store gives the same counts and the same answers to the named queries."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from coordgraph.graph.queries import list_queries
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import LOGFILE, status, stop
from coordgraph.graph.store.writes import removal_statements
from coordgraph.graph.synthetic import synthetic_docs
from coordgraph.ingest.resolving import resolver_for
from test_stores_agree import _canon, _values

pytestmark = pytest.mark.slow
ARTICLES = 250
REPO_DIR = Path(__file__).resolve().parents[2]


def cg(data_dir: Path, *args: str, quiet: bool = False) -> subprocess.Popen[str]:
    env = {**os.environ, "COORDGRAPH_DATA_DIR": str(data_dir), "COORDGRAPH_STORE": "embedded"}
    out = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen([sys.executable, "-m", "coordgraph.api.cli", *args], cwd=REPO_DIR, env=env, text=True,
                            stdout=out, stderr=out)


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):
                kids = [int(k) for k in (task / "children").read_text().split()]
                found += kids
                todo += kids
    return found


def run(data_dir: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    p = cg(data_dir, *args)
    out, err = p.communicate(timeout=timeout)
    return subprocess.CompletedProcess(p.args, p.returncode, out, err)


def snapshot(data_dir: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Counts and the answers of every named query (parameters taken from the graph)."""
    store = FalkorStore.open("embedded", Settings(data_dir=data_dir, cypher_timeout_ms=60_000))
    try:
        values = _values(store)
        answers: dict[str, list[str]] = {}
        for q in list_queries(store.queries_dir):
            combos: list[dict[str, Any]] = [{}]
            for name, _type, _optional in q.params:
                choices = values[name]
                combos = [{**c, name: choices[i % len(choices)]} for i, c in enumerate(combos * len(choices))][:6]
            for params in combos:
                params = {k: v for k, v in params.items() if v is not None}
                answers[f"{q.name} {sorted(params.items())}"] = _canon(store.view().named(q.name, params).rows)
        return store.view().counts(), answers
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sorted((shared_dir / "corpus" / "unlabeled").glob("*.txt"))[:ARTICLES]
    if len(files) < 100:
        pytest.skip("../shared/corpus/unlabeled has too few articles")
    folder = tmp_path_factory.mktemp("articles")
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    """A data directory with the corpus ingested, and its counts and answers."""
    data_dir = tmp_path_factory.mktemp("durable") / "data"
    res = run(data_dir, "ingest", str(corpus), "--jobs", "1", "--quiet")
    assert res.returncode == 0, res.stderr[-2000:]
    yield data_dir, snapshot(data_dir)
    stop(data_dir)


def test_a_stopped_store_starts_again_with_everything(ingested: tuple[Path, Any]) -> None:
    data_dir, before = ingested
    assert before[0]["Article"] == ARTICLES and len(before[1]) > 20
    for _ in range(2):  # twice: a restart must not leave anything that breaks the next one
        assert run(data_dir, "db", "stop").stdout.strip() == "stopped"
        started = run(data_dir, "db", "start")
        assert started.returncode == 0 and "data loaded in" in started.stdout, started.stderr
        assert started.stdout.count("\n") == 1  # one line however long the data directory's path
        assert snapshot(data_dir) == before
    assert "already exists" not in (data_dir / LOGFILE).read_text(errors="replace")


def test_a_server_killed_during_a_load_starts_again_with_what_was_committed(ingested: tuple[Path, Any],
                                                                               tmp_path: Path) -> None:
    data_dir, before = ingested
    docs = tmp_path / "docs"
    docs.mkdir()
    for d in synthetic_docs(400, seed=5):
        (docs / f"{d.article.id}.json").write_text(json.dumps(d.to_json(), ensure_ascii=False), encoding="utf-8")
    loader = cg(data_dir, "load", str(docs), "--batch-size", "5")
    pid = status(data_dir)["pid"]  # type: ignore[index]
    store = FalkorStore.open("embedded", Settings(data_dir=data_dir))
    deadline = time.monotonic() + 120
    while store.view().counts().get("Article", 0) < ARTICLES + 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    store.close()
    os.kill(pid, signal.SIGKILL)
    loader.communicate(timeout=120)
    assert loader.returncode != 0
    started = run(data_dir, "db", "start")
    assert started.returncode == 0 and started.stdout.startswith("started"), started.stderr
    # The rerun completes the synthetic articles; the ingested ones answer as before.
    assert run(data_dir, "load", str(docs)).returncode == 0
    counts, _ = snapshot(data_dir)
    assert counts["Article"] == ARTICLES + 400
    store = FalkorStore.open("embedded", Settings(data_dir=data_dir))
    try:
        store.run(removal_statements([f"synthetic-{i:05d}" for i in range(400)]))  # take them out again
        # A raw removal does not resolve again (the synthetic people may have changed how earlier
        # namesakes resolved): one write without new articles does, and gives back the graph as it was.
        resolver_for(store).write()
    finally:
        store.close()
    assert snapshot(data_dir) == before


def test_a_killed_ingest_is_completed_by_the_rerun(corpus: Path, ingested: tuple[Path, Any],
                                                   tmp_path: Path) -> None:
    _, before = ingested
    data_dir = tmp_path / "data"
    ingest = cg(data_dir, "ingest", str(corpus), "--jobs", "2", "--batch-size", "10", "--quiet", quiet=True)
    deadline = time.monotonic() + 600
    loaded = 0
    while loaded < 40 and time.monotonic() < deadline:
        assert ingest.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.5)
        if status(data_dir):
            store = FalkorStore.open("embedded", Settings(data_dir=data_dir))
            loaded = store.view().counts().get("Article", 0)
            store.close()
    workers = descendants(ingest.pid)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    for pid in workers:  # workers are to die with their parent; none must outlive this test
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert 0 < loaded < ARTICLES
    res = run(data_dir, "ingest", str(corpus), "--jobs", "1", "--quiet")
    assert res.returncode == 0, res.stderr[-2000:]
    assert snapshot(data_dir) == before
    stop(data_dir)
