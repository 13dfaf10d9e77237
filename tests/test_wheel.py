"""The wheel works outside the checkout: built from a copy of the sources, installed into a fresh
virtual environment in a temporary directory, then `coordgraph load`, `query` and `serve --get`
run there, and the explorer page and its graph library are served from the installed package.

The fresh environment gets coordgraph from the wheel only; its third-party dependencies are the
test environment's (a path entry to its site-packages, so nothing is downloaded again). The
editable install of the checkout is not visible there: its import hook is not loaded."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from coordgraph.graph.synthetic import synthetic_docs

pytestmark = pytest.mark.slow
REPO_DIR = Path(__file__).resolve().parents[1]
_SKIP_ANYWHERE = shutil.ignore_patterns(".git", ".venv", "node_modules", "build", "dist", "*.egg-info",
                                        "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "target")


def _SKIP(folder: str, names: list[str]) -> set[str]:
    """What not to copy: tool folders anywhere, and the checkout's own data directory."""
    return set(_SKIP_ANYWHERE(folder, names)) | ({"data"} if Path(folder) == REPO_DIR else set())


def sh(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600,
       ok: bool = True) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                         check=False)
    if ok:
        assert res.returncode == 0, f"{cmd}: {res.stdout[-2000:]}{res.stderr[-3000:]}"
    return res


def test_the_wheel_installs_one_package_that_works_outside_the_checkout(tmp_path: Path) -> None:
    if not (REPO_DIR / "api" / "static" / "vendor" / "cytoscape" / "cytoscape.esm.min.mjs").exists():
        pytest.fail("api/static/vendor/cytoscape is missing: run `make node` before building the wheel")
    src = tmp_path / "src"
    shutil.copytree(REPO_DIR, src, ignore=_SKIP)
    wheels = tmp_path / "wheels"
    sh(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, src, cwd=tmp_path)
    wheel = next(wheels.glob("coordgraph-*.whl"))
    tops = {n.split("/")[0] for n in zipfile.ZipFile(wheel).namelist()}
    assert tops == {"coordgraph", wheel.name.split("-py3")[0] + ".dist-info"}, tops

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    purelib = sh(py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout.strip()
    (Path(purelib) / "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    sh(sys.executable, "-m", "pip", "--python", py, "install", "-q", "--no-deps", wheel, cwd=tmp_path)
    where = sh(py, "-c", "import coordgraph; print(coordgraph.__file__)", cwd=tmp_path).stdout.strip()
    assert where.startswith(str(env_dir)), where

    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    for d in synthetic_docs(3):
        (work / "docs" / f"{d.article.id}.json").write_text(json.dumps(d.to_json(), ensure_ascii=False),
                                                             encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COORDGRAPH_")}
    env.update(COORDGRAPH_DATA_DIR=str(work / "data"), PATH=f"{env_dir / 'bin'}:{env.get('PATH', '')}")
    cg = env_dir / "bin" / "coordgraph"
    try:
        loaded = sh(cg, "load", "docs", cwd=work, env=env)
        assert "articles written" in loaded.stdout
        listed = sh(cg, "query", cwd=work, env=env).stdout
        assert "partners" in listed and "officials" in listed
        agency = next(e.id for e in synthetic_docs(3)[1].entities if e.type == "Agency")
        rows = json.loads(sh(cg, "query", "coordination_of", "-p", f"agency={agency}", "--json",
                             cwd=work, env=env).stdout)
        assert isinstance(rows, list)
        health = sh(cg, "serve", "--get", "/health", cwd=work, env=env)
        assert json.loads(health.stdout)["status"] == "ok", health.stdout
        page = sh(cg, "serve", "--get", "/explorer", cwd=work, env=env).stdout
        assert "<html" in page.lower() and "explorer.js" in page
        script = sh(cg, "serve", "--get", "/explorer/explorer.js", cwd=work, env=env).stdout
        assert "/vendor/cytoscape/cytoscape.esm.min.mjs" in script
        lib = sh(cg, "serve", "--get", "/vendor/cytoscape/cytoscape.esm.min.mjs", cwd=work, env=env).stdout
        assert len(lib) > 100_000 and "export" in lib
    finally:
        sh(cg, "db", "stop", cwd=work, env=env, ok=False)
