"""Ingesting into a real FalkorDB: everything loaded once, unchanged articles skipped, changed ones replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ServerInfo
from coordgraph.ingest.ingest import ingest_paths
from coordgraph.ingest.read import read_paths
from coordgraph.ingest.reader_stamp import stamp_of

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO.parent / "shared" / "corpus" / "articles"

V1 = ("Bộ Tư pháp và Bộ Công an ký quy chế phối hợp công tác\n\nThứ Hai, 22/06/2020, 11:30 [GMT+7]\n"
      "Sáng 22/6, tại Hà Nội, Bộ Tư pháp và Bộ Công an ký kết Quy chế phối hợp công tác giai đoạn 2020 - 2025. "
      "Bộ trưởng Bộ Tư pháp Lê Thành Long chủ trì buổi lễ.\n")
V2 = ("Bộ Tài chính và Bộ Y tế sơ kết quy chế phối hợp\n\nThứ Tư, 29/09/2021 19:06\n"
      "Chiều 29/9, tại Đà Nẵng, Bộ Tài chính và Bộ Y tế tổ chức hội nghị sơ kết Quy chế phối hợp giữa hai bộ. "
      "Thứ trưởng Bộ Y tế Nguyễn Trường Sơn dự hội nghị.\n")
OTHER = ("Tỉnh ủy Thái Bình sơ kết quy chế phối hợp năm năm\n\nNgày đăng: 30.10.2021\n"
         "Ngày 29/10, Ban Nội chính Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết Quy chế phối hợp với Viện Kiểm sát "
         "nhân dân tỉnh.\n")


def quiet(message: str) -> None:
    raise AssertionError(f"unexpected error: {message}")


def snapshot(store: FalkorStore) -> tuple[dict[str, int], list[list[object]]]:
    """The store's counts and every article's mentions: what a replacement must leave exactly."""
    mentions = store.view().read(
        "MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(e) RETURN a.id, a.title, a.published, e.id "
        "ORDER BY a.id, e.id", timeout_ms=0).rows
    return store.view().counts(), mentions


def test_ingest_loads_every_article_with_its_hash(store: FalkorStore, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    s = ingest_paths([tmp_path], store, jobs=2, report=quiet, progress=False)
    assert (s.read, s.extracted, s.skipped, s.failed, s.loaded) == (2, 2, 0, 0, 2)
    for raw in read_paths([tmp_path]):
        assert store.view().article_hash(raw.id) == raw.content_hash  # type: ignore[union-attr]
    rows = store.view().read("MATCH (a:Article) RETURN a.id, a.published ORDER BY a.id").rows
    assert rows == [["article:a", "2020-06-22"], ["article:b", "2021-10-30"]]


def test_reingesting_unchanged_articles_skips_them_all(store: FalkorStore, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    before = snapshot(store)
    s = ingest_paths([tmp_path], store, jobs=2, report=quiet, progress=False)
    assert (s.read, s.extracted, s.skipped, s.loaded) == (2, 0, 2, 0)
    assert snapshot(store) == before


def test_a_changed_article_replaces_its_earlier_facts(store: FalkorStore, tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    art.write_text(V1, encoding="utf-8")
    ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    first = snapshot(store)
    art.write_text(V2, encoding="utf-8")
    s = ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    assert (s.extracted, s.skipped, s.loaded) == (1, 1, 1)
    [raw] = [r for r in read_paths([art])]
    assert store.view().article_hash("a") == raw.content_hash  # type: ignore[union-attr]
    after_change = snapshot(store)
    assert after_change != first
    assert next(r[1:3] for r in after_change[1] if r[0] == "article:a") == [
        "Bộ Tài chính và Bộ Y tế sơ kết quy chế phối hợp", "2021-09-29"]
    # Nothing of the first version is left: the graph is what loading V2 into an empty store gives.
    store.clear()
    ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    assert snapshot(store) == after_change


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/corpus is absent")
def test_workers_load_the_same_graph_as_one_process(store: FalkorStore) -> None:
    one = ingest_paths([ARTICLES], store, jobs=1, report=quiet, progress=False)
    single = snapshot(store)
    store.clear()
    two = ingest_paths([ARTICLES], store, jobs=2, report=quiet, progress=False)
    assert one.loaded == two.loaded == len(list(ARTICLES.glob("*.txt")))
    assert snapshot(store) == single


def test_cli_ingest_loads_good_files_reports_bad_ones_and_exits_1(store: FalkorStore, store_settings: Settings,
                                                                  tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(V1, encoding="utf-8")
    (d / "b.txt").write_text(OTHER, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "feed.jsonl").write_text('{"id": "j1", "title": "không có nội dung"}\n', encoding="utf-8")
    env = {**os.environ, "COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(store_settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": store_settings.graph_name}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "coordgraph.api.cli", "ingest", str(d), "--jobs", "2"], check=False,
                              cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=300)

    r = run()
    assert r.returncode == 1, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2, r.stderr
    assert any(f"{d / 'empty.txt'}: empty file" in e for e in errors)
    assert any(f"{d / 'feed.jsonl'}:1: missing field 'text'" in e for e in errors)
    assert "4 articles read, 2 extracted, 0 skipped unchanged, 2 failed; 2 loaded" in r.stdout
    assert "ingest: 4 of 4 articles" in r.stderr  # progress, as lines when the output is not a terminal
    assert store.view().article_hash("a") is not None and store.view().article_hash("b") is not None
    (d / "empty.txt").unlink()
    (d / "feed.jsonl").unlink()
    r = run()
    assert r.returncode == 0, r.stderr
    assert "2 articles read, 0 extracted, 2 skipped unchanged, 0 failed" in r.stdout


def variants(d: Path, n: int) -> Path:
    """`n` small articles, each with its own text, in `d`."""
    d.mkdir()
    for i in range(n):
        (d / f"v{i:03d}.txt").write_text(f"{V1}\nBản số {i}.\n" if i % 2 else f"{OTHER}\nBản số {i}.\n",
                                         encoding="utf-8")
    return d


def graph_commands(server: ServerInfo) -> dict[str, int]:
    """How many GRAPH.* commands the server has run, by name: what the store was asked."""
    client = redis.Redis(unix_socket_path=str(server.socket))
    try:
        stats = client.info("commandstats")
    finally:
        client.close()
    return {k.removeprefix("cmdstat_").lower(): int(v["calls"]) for k, v in stats.items()
            if k.lower().startswith("cmdstat_graph.")}


def test_reingesting_makes_no_query_per_article(store: FalkorStore, falkor_server: ServerInfo,
                                                tmp_path: Path) -> None:
    many = variants(tmp_path / "many", 96)
    few = tmp_path / "few"
    few.mkdir()
    for f in sorted(many.iterdir())[:8]:
        (few / f.name).write_bytes(f.read_bytes())
    assert ingest_paths([many], store, jobs=1, report=quiet, progress=False).loaded == 96

    def queries(d: Path, n: int) -> dict[str, int]:
        before = graph_commands(falkor_server)
        s = ingest_paths([d], store, jobs=1, report=quiet, progress=False)
        after = graph_commands(falkor_server)
        assert (s.read, s.skipped, s.extracted) == (n, n, 0)
        return {k: v - before.get(k, 0) for k, v in after.items()}

    few_q, many_q = queries(few, 8), queries(many, 96)
    assert many_q.get("graph.query") == few_q.get("graph.query")  # the schema's only: nothing written
    # 88 more unchanged articles cost a few more batched look-ups at most, not one query each.
    assert many_q["graph.ro_query"] - few_q["graph.ro_query"] <= 4, (few_q, many_q)


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            kids.append(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_sigkill_of_ingest_leaves_no_worker_alive(store_settings: Settings, tmp_path: Path) -> None:
    d = variants(tmp_path / "in", 40)
    env = {**os.environ, "COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(store_settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": store_settings.graph_name}
    proc = subprocess.Popen([sys.executable, "-m", "coordgraph.api.cli", "ingest", str(d), "--jobs", "2"], cwd=REPO,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(workers := _children(proc.pid)) < 2:
            assert proc.poll() is None and time.monotonic() < deadline, "no workers started"
            time.sleep(0.1)
        time.sleep(1.0)  # the workers are reading and building their extractors
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "worker processes outlived the killed ingest"
    finally:
        for w in _children(proc.pid) + [proc.pid]:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def test_an_article_loaded_by_another_reader_is_read_again(store: FalkorStore, tmp_path: Path) -> None:
    """A store loaded by an earlier version of the rules holds that version's hash: the same text is read again."""
    (tmp_path / "a.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    before = snapshot(store)
    store.graph.query("MATCH (a:Article {id: 'article:a'}) SET a.content_hash = 'loaded-by-an-older-reader'")
    s = ingest_paths([tmp_path], store, jobs=1, report=quiet, progress=False)
    assert (s.read, s.extracted, s.skipped, s.loaded) == (2, 1, 1, 1)
    [raw] = [r for r in read_paths([tmp_path / "a.txt"])]
    assert store.view().article_hash("a") == raw.content_hash  # type: ignore[union-attr]
    assert snapshot(store) == before


def test_the_reader_stamp_follows_the_code_and_data_files(tmp_path: Path) -> None:
    root = tmp_path / "ingest"
    (root / "data").mkdir(parents=True)
    (root / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (root / "data" / "titles.yaml").write_text("titles: [Bộ trưởng]\n", encoding="utf-8")
    first = stamp_of(root)
    assert stamp_of(root) == first
    (root / "data" / "titles.yaml").write_text("titles: [Bộ trưởng, Thứ trưởng]\n", encoding="utf-8")
    second = stamp_of(root)
    (root / "rules.py").write_text("X = 2\n", encoding="utf-8")
    third = stamp_of(root)
    assert len({first, second, third}) == 3
    (root / "notes.md").write_text("not read\n", encoding="utf-8")
    assert stamp_of(root) == third
