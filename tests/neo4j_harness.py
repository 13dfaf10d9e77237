"""The Neo4j 5.26 server of tests/neo4j-harness (Maven Central's test harness): built with Maven once,
started on a free loopback Bolt port, stopped by closing its standard input. Used by the tests'
`neo4j_uri` fixture and by bench/stores.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent / "neo4j-harness"


class HarnessError(RuntimeError):
    """Neo4j could not be built or started here (the message says why)."""


def java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def build() -> Path:
    """`mvn package` of tests/neo4j-harness unless its classes are newer than its sources; its target dir."""
    if not java() or not shutil.which("mvn"):
        raise HarnessError("Java and Maven are needed to run Neo4j (tests/neo4j-harness)")
    target = HARNESS_DIR / "target"
    built = target / "classes" / "coordgraph" / "Harness.class"
    sources = [HARNESS_DIR / "pom.xml", *HARNESS_DIR.joinpath("src").rglob("*.java")]
    if not (built.exists() and (target / "lib").is_dir()
            and built.stat().st_mtime >= max(f.stat().st_mtime for f in sources)):
        res = subprocess.run(["mvn", "-q", "-B", "package"], cwd=HARNESS_DIR, capture_output=True, text=True,
                             timeout=1800, check=False)
        if res.returncode != 0:
            raise HarnessError(f"building tests/neo4j-harness failed: {(res.stdout + res.stderr)[-2000:]}")
    return target


@contextmanager
def neo4j_server(workdir: Path, *, heap: str = "768m", start_s: float = 300.0) -> Iterator[str]:
    """A Neo4j server with its database and log in `workdir`; yields its Bolt URI."""
    target = build()
    workdir.mkdir(parents=True, exist_ok=True)
    log = os.open(workdir / "harness.log", os.O_WRONLY | os.O_CREAT, 0o600)
    proc = subprocess.Popen([java() or "java", f"-Xmx{heap}", "-cp", f"{target / 'classes'}:{target / 'lib'}/*",
                             "coordgraph.Harness", str(workdir / "db")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=log)
    os.close(log)
    found: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(b"BOLT "):
                found.append(line.split()[1].decode())
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(start_s)
    if not found:
        proc.kill()
        proc.wait()
        tail = (workdir / "harness.log").read_text(errors="replace")[-2000:]
        raise HarnessError(f"the Neo4j harness did not start within {start_s:.0f}s: {tail}")
    try:
        yield found[0]
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
