"""Every Cypher statement the Neo4j store can send passes Neo4j's own linter
(npm @neo4j-cypher/language-support, through tests/graph/lint_cypher.mjs), and the live Neo4j server
(tests/neo4j-harness) plans every one of them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from coordgraph.api import cache, routes_graph
from coordgraph.graph.analytics import export, stream
from coordgraph.graph.model import entity_types, relation_types
from coordgraph.graph.queries import list_queries, schema_statements
from coordgraph.graph.store import neo4j_, writes
from coordgraph.graph.store.base import Store
from coordgraph.ingest import resolving

REPO_DIR = Path(__file__).resolve().parents[2]

SCRIPT = Path(__file__).with_name("lint_cypher.mjs")
LINTER = REPO_DIR / "node_modules" / "@neo4j-cypher" / "language-support"


def statements() -> list[tuple[str, str]]:
    out = [(f"schema #{i}", s) for i, s in enumerate(schema_statements(REPO_DIR / "cypher" / neo4j_.SCHEMA_FILE))]
    out += [(f"store statement #{i}: {s.split(chr(10))[-2 if s.endswith(chr(10)) else -1][:40]}", s)
            for i, s in enumerate(writes.all_statements())]
    out += [("clear", neo4j_.CLEAR)]
    out += [(f"export #{i}", s) for i, s in enumerate(export.STATEMENTS)]
    out += [(f"resolution #{i}", s) for i, s in enumerate(resolving.STATEMENTS)]
    out += [("stream nodes", stream.NODES), ("stream edges", stream.EDGES), ("stream near", stream.NEAR),
            ("graph version nodes", cache.NODES), ("graph version relations", cache.RELATIONS),
            ("evidence", routes_graph.EVIDENCE),
            ("health", "RETURN 1 AS ok"), ("node exists", "MATCH (n:Entity {id: $id}) RETURN n.id")]
    out += [(f"query {q.name}", q.text("neo4j")) for q in list_queries(REPO_DIR / "cypher" / "queries")]
    return out


def lint(items: list[tuple[str, str]]) -> list[dict]:
    schema = {"labels": ["Entity", *entity_types()], "relationshipTypes": list(relation_types())}
    payload = {"schema": schema, "statements": [
        {"name": n, "text": t, "params": {p: "x" for p in re.findall(r"\$(\w+)", t)}} for n, t in items]}
    res = subprocess.run(["node", str(SCRIPT)], input=json.dumps(payload), capture_output=True, text=True,
                         cwd=REPO_DIR, timeout=900, check=True)  # slow on a busy machine
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def node() -> None:
    if not shutil.which("node") or not LINTER.is_dir():
        pytest.skip("node or node_modules/@neo4j-cypher/language-support is absent (make node)")


def test_every_statement_the_neo4j_store_sends_lints_clean(node: None) -> None:
    items = statements()
    assert len(items) > 40
    problems = [f"{r['name']}: {d['message']}" for r in lint(items) for d in r["diagnostics"] if d["severity"] == 1]
    assert problems == []


def test_the_linter_catches_a_broken_statement(node: None) -> None:
    (result,) = lint([("broken", "MATCH (n:Agency {id: $id} RETURN n")])
    assert any(d["severity"] == 1 for d in result["diagnostics"])


@pytest.mark.neo4j
def test_the_live_neo4j_server_plans_every_statement_the_store_sends(neo4j_store: Store) -> None:
    """EXPLAIN of each statement (nothing runs); the schema statements ran live when the store opened."""
    items = [(n, t) for n, t in statements() if not n.startswith("schema")]
    failed = []
    with neo4j_store.session() as session:  # type: ignore[attr-defined]
        for name, text in items:
            try:
                session.run("EXPLAIN " + text).consume()
            except Exception as exc:  # noqa: BLE001 -- collected, reported together below
                failed.append(f"{name}: {exc}")
    assert len(items) > 40 and failed == []
