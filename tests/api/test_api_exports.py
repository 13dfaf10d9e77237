"""Exports keep the evidence (GraphML and GEXF for Gephi, CSV with sentences, JSON), graph answers
carry a few pieces of evidence with the count and page the rest, and whole-graph answers follow the
graph's version."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from coordgraph.api.app import create_app
from coordgraph.graph.model import read_doc_file, resolve

BNCTW = "agency:ban-noi-chinh-trung-uong"
TRAC = "person:phan-dinh-trac"
FIXTURES = Path(__file__).parent / "fixtures"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture
def client(any_store: Any, any_store_settings: Any, gold_dir: Path,
           serve: Callable[[Any], Any]) -> Iterator[httpx.Client]:
    """The API over the gold graphs plus tests/api/fixtures/trac.json (whose relations carry sentences),
    on each store in turn."""
    with any_store.writer() as w:
        for f in [*sorted(gold_dir.glob("*.json")), FIXTURES / "trac.json"]:
            w.add(resolve(read_doc_file(f)))
    with serve(create_app(any_store, any_store_settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


def test_graphml_has_unique_edge_ids_labels_and_sentences(client: httpx.Client) -> None:
    r = client.get("/export", params={"format": "graphml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(r.content)
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    assert {"label", "sentences", "evidence_count"} <= set(keys.values())
    edges = list(root.iter(f"{GRAPHML}edge"))
    ids = [e.get("id") for e in edges]
    assert len(edges) > 10 and len(ids) == len(set(ids))
    for e in edges:
        data = {keys[d.get("key")]: d.text for d in e}
        assert data["label"], e.attrib
    with_sentences = [e for e in edges if any(keys[d.get("key")] == "sentences" and d.text for d in e)]
    assert with_sentences, "no edge carries its evidence sentences"


def test_gexf_parses_and_has_every_node_of_the_json_export(client: httpx.Client) -> None:
    gexf = client.get("/export", params={"format": "gexf"})
    assert gexf.status_code == 200
    root = ET.fromstring(gexf.content)
    nodes = {n.get("id") for n in root.iter(f"{GEXF}node")}
    whole = client.get("/export", params={"format": "json"}).json()
    assert nodes == {n["id"] for n in whole["nodes"]}
    assert all(e.get("label") for e in root.iter(f"{GEXF}edge"))
    assert any(e["evidence"] and e["evidence"][0]["sentence"] for e in whole["edges"])


def test_csv_has_a_row_per_piece_of_evidence_with_its_sentence(client: httpx.Client) -> None:
    r = client.get("/export", params={"format": "csv", "around": TRAC, "hops": 1})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {"sentence", "article", "date", "source_name"} <= set(rows[0])
    assert any(row["sentence"] for row in rows)
    assert all(TRAC in (row["source"], row["target"]) or row["source"] != row["target"] for row in rows)


def test_graph_answers_carry_a_few_sentences_and_the_count(client: httpx.Client) -> None:
    hood = client.get(f"/graph/neighborhood/{TRAC}").json()
    edges = hood["edges"]
    assert edges and all("evidence_count" in e["properties"] for e in edges)
    assert all(len(e["properties"]["evidence"]) <= min(3, e["properties"]["evidence_count"]) for e in edges)
    e = max(edges, key=lambda x: x["properties"]["evidence_count"])
    total = e["properties"]["evidence_count"]
    which = {"source": e["source"], "target": e["target"], "type": e["type"]}
    if e["properties"].get("title"):
        which["title"] = e["properties"]["title"]
    page = client.get("/evidence", params={**which, "limit": 2, "offset": 0}).json()
    assert page["total"] == total and len(page["items"]) == min(2, total)
    assert page["items"][0] == e["properties"]["evidence"][0]
    rest = client.get("/evidence", params={**which, "offset": total}).json()
    assert rest["items"] == []
    missing = client.get("/evidence", params={"source": BNCTW, "target": BNCTW, "type": "PARTY_TO"})
    assert missing.status_code == 404 and missing.json()["status"] == 404


def test_whole_graph_answers_follow_the_graph_version(any_store: Any, any_store_settings: Any, gold_dir: Path,
                                                     serve: Callable[[Any], Any]) -> None:
    store, store_settings = any_store, any_store_settings
    files = sorted(gold_dir.glob("*.json"))
    with store.writer() as w:
        for f in files[:-1]:
            w.add(resolve(read_doc_file(f)))
    with serve(create_app(store, store_settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
        before = [c.get(p).json()["total"] for p in ("/coordination", "/analytics/centrality")]
        again = [c.get(p).json()["total"] for p in ("/coordination", "/analytics/centrality")]
        with store.writer() as w:
            w.add(resolve(read_doc_file(files[-1])))
        import time

        time.sleep(1.1)  # the version is read at most once a second
        after = [c.get(p).json()["total"] for p in ("/coordination", "/analytics/centrality")]
    assert before == again
    assert after != before, "a write did not show in the cached whole-graph answers"
