"""Ingesting into a real FalkorDB: everything loaded once, unchanged articles skipped, changed ones replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.ingest.ingest import ingest_paths
from coordgraph.ingest.read import read_paths

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
    assert store.view().article_hash("a") is not None and store.view().article_hash("b") is not None
    (d / "empty.txt").unlink()
    (d / "feed.jsonl").unlink()
    r = run()
    assert r.returncode == 0, r.stderr
    assert "2 articles read, 0 extracted, 2 skipped unchanged, 0 failed" in r.stdout
