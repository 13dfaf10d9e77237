"""Bounded ids and names: no id longer than a few hundred bytes reaches a store, and names over the
bound are refused with a clear error while the other articles load (issue: an 8 KB id crashed FalkorDB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coordgraph.graph.loader import load_paths
from coordgraph.graph.model import MAX_SLUG, entity_id
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.writes import MAX_ID_BYTES, MAX_NAME_CHARS
from coordgraph.graph.synthetic import synthetic_docs

REPO_DIR = Path(__file__).resolve().parents[2]


def write(folder: Path, name: str, data: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_long_names_make_bounded_ids() -> None:
    gid = entity_id("Agency", "Tập đoàn " + "X" * 9000)
    assert len(gid.encode()) <= MAX_SLUG + len("agency:") < MAX_ID_BYTES
    assert gid != entity_id("Agency", "Tập đoàn " + "X" * 8999)


def test_load_refuses_a_huge_name_or_id_and_loads_the_rest(any_store: Store, tmp_path: Path) -> None:
    good = synthetic_docs(2)
    for d in good:
        write(tmp_path, f"{d.article.id}.json", d.to_json())
    huge = good[0].to_json()
    huge["article"]["id"] = "huge-name"
    huge["entities"][0]["name"] = "Bộ " + "x" * 1_000_000
    write(tmp_path, "huge-name.json", huge)
    long_id = good[1].to_json()
    long_id["article"]["id"] = "long-id"
    long_id["entities"][0]["id"] = "agency:" + "y" * 8000
    for r in long_id["relations"]:
        for end in ("source", "target"):
            if r[end] == good[1].entities[0].id:
                r[end] = long_id["entities"][0]["id"]
    write(tmp_path, "long-id.json", long_id)
    stats = load_paths(any_store, [tmp_path])
    failed = dict(stats.failed)
    assert set(failed) == {str(tmp_path / "huge-name.json"), str(tmp_path / "long-id.json")}
    assert f"at most {MAX_NAME_CHARS}" in failed[str(tmp_path / "huge-name.json")]
    assert f"at most {MAX_ID_BYTES}" in failed[str(tmp_path / "long-id.json")]
    assert stats.articles == 2
    assert any_store.view().counts()["Article"] == 2  # and the store still answers
    longest = any_store.view().read("MATCH (n:Entity) RETURN max(size(n.id)) AS m").rows[0][0]
    assert longest <= MAX_ID_BYTES


def test_ingest_of_an_article_with_a_9kb_word_loads_the_others(store_settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("Ngày 1/1/2024, Tập đoàn X" + "x" * 9000 +
                                       " và Bộ Công an ký quy chế phối hợp.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Ngày 2/3/2024, Bộ Tư pháp và Bộ Công an ký quy chế phối hợp "
                                     "về công tác thi hành án.\n", encoding="utf-8")
    env = {**os.environ, "COORDGRAPH_DATA_DIR": str(store_settings.data_dir), "COORDGRAPH_STORE": "embedded",
           "COORDGRAPH_GRAPH_NAME": store_settings.graph_name}
    res = subprocess.run([sys.executable, "-m", "coordgraph.api.cli", "ingest", str(tmp_path), "--jobs", "1",
                          "--quiet"], cwd=REPO_DIR, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert "Traceback" not in res.stderr, res.stderr[-2000:]
    assert res.returncode == 1 and "long.txt" in res.stderr and "at most 1000" in res.stderr, res.stderr[-2000:]
    from coordgraph.graph.store.falkordb import FalkorStore

    store = FalkorStore.open("embedded", store_settings)
    try:
        ids = [r[0] for r in store.view().read("MATCH (n:Entity) RETURN n.id").rows]
        assert "article:ok" in ids, (res.stdout, res.stderr)
        assert all(len(i.encode()) <= MAX_ID_BYTES for i in ids)
    finally:
        store.close()
