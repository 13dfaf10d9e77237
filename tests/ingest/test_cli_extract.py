"""`coordgraph extract` as a user runs it: good articles written, each bad input one error line, exit code 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO.parent / "shared" / "corpus" / "articles"

GOOD_TEXT = "Hai bộ ký quy chế phối hợp công tác\n\nThứ Hai, 22/06/2020, 11:30 [GMT+7]\nSáng 22/6, hai bộ ký quy chế.\n"
GOOD_HTML = """<html><head><meta charset="utf-8"><title>Tỉnh ủy sơ kết quy chế phối hợp</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/a">Thời sự</a></nav>
<article><h1>Tỉnh ủy sơ kết quy chế phối hợp</h1>
<p>Ngày 18/6, Thường trực Tỉnh ủy tổ chức hội nghị sơ kết năm năm thực hiện quy chế phối hợp giữa các ban đảng
và các cơ quan nội chính của tỉnh, với sự tham dự của lãnh đạo các sở, ngành.</p>
<p>Hội nghị đánh giá các bên đã phối hợp chặt chẽ trong công tác phòng, chống tham nhũng và đề ra nhiệm vụ
cho thời gian tới.</p></article><footer>Bản quyền thuộc về trang ví dụ</footer></body></html>"""
NAV_ONLY = "<html><body><nav><a href='/'>Trang chủ</a> <a href='/a'>Thời sự</a></nav><footer>Bản quyền</footer></body></html>"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coordgraph.api.cli", *args], check=False, cwd=REPO, capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (d / "page.html").write_text(GOOD_HTML, encoding="utf-8")
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "line1", "url": None, "title": "Tiêu đề", "published": "2021-10-30",
                    "text": "Ban Nội chính họp."}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "line2", "url": None, "title": "Thiếu nội dung"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "latin1.txt").write_bytes("Hôi nghi sơ kêt quy chê".replace("ơ", "o").encode("latin-1"))
    (d / "nav.html").write_text(NAV_ONLY, encoding="utf-8")
    with open(d / "huge.txt", "wb") as f:
        f.truncate(20_000_000)
    return d


def test_extract_writes_good_articles_and_names_each_bad_file(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run("extract", str(inputs), "--out", str(out), "--jobs", "2")
    assert r.returncode == 1, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary",
        "latin1.txt": "not UTF-8",
        "nav.html": "no article text",
        "huge.txt": "over the 5.0 MB limit",
        "feed.jsonl:2": "missing field 'text'",
    }
    assert len(errors) == len(expected), r.stderr
    for name, problem in expected.items():
        [line] = [e for e in errors if f"{inputs / name}:" in e + ":" and problem in e]
        assert "\n" not in line
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "line1.json", "page.json"]
    good = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert good["article"]["id"] == "good"
    assert good["article"]["published"] == "2020-06-22"
    assert good["article"]["title"] == "Hai bộ ký quy chế phối hợp công tác"
    assert isinstance(good["entities"], list) and isinstance(good["relations"], list)
    page = json.loads((out / "page.json").read_text(encoding="utf-8"))
    assert page["article"]["title"] == "Tỉnh ủy sơ kết quy chế phối hợp"
    assert "3 extracted" in r.stdout and "6 failed" in r.stdout


def test_size_limit_is_a_setting(inputs: Path, tmp_path: Path) -> None:
    r = run("extract", str(inputs / "huge.txt"), str(inputs / "good.txt"), "--out", str(tmp_path / "o"), "-j", "1",
            env={"COORDGRAPH_MAX_ARTICLE_BYTES": "30000000"})
    assert r.returncode == 1  # allowed through the size check, then refused as binary (all NUL bytes)
    assert "binary" in r.stderr and "MB limit" not in r.stderr


def test_extract_to_stdout_prints_json_lines_and_exits_0(inputs: Path) -> None:
    r = run("extract", str(inputs / "good.txt"), str(inputs / "page.html"), "--out", "-", "-j", "1")
    assert r.returncode == 0, r.stderr
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["good", "page"]
    assert "Hai bộ" in r.stdout  # not \u-escaped


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/corpus is absent")
def test_extract_real_articles_one_file_each(tmp_path: Path) -> None:
    r = run("extract", str(ARTICLES), "--out", str(tmp_path), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in tmp_path.glob("*.json"))
    assert names == sorted(p.stem + ".json" for p in ARTICLES.glob("*.txt"))
    doc = json.loads((tmp_path / "000_e0cf93a448d459a0.json").read_text(encoding="utf-8"))
    assert doc["article"]["published"] == "2021-10-30"
    assert not list(tmp_path.glob(".*.tmp"))
