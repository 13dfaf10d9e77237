"""The extractor on our demo articles (examples/articles) against their expected graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coordgraph.graph.model import DocGraph, modern_tones
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.extract import Extractor
from coordgraph.ingest.read import read_path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"


def _norm(text: str) -> str:
    return " ".join(modern_tones(text).lower().split())


def facts(data: dict) -> tuple[set, set]:
    """Entities and relations by name: agreements by kind and parties, events by kind and date."""
    ents = {e["id"]: e for e in data["entities"]}
    parties: dict[str, set[str]] = {}
    for r in data["relations"]:
        if r["type"] == "PARTY_TO":
            parties.setdefault(r["target"], set()).add(_norm(ents[r["source"]]["name"]))

    def label(eid: str) -> tuple:
        e = ents[eid]
        if e["type"] == "Agreement":
            return ("Agreement", e.get("kind"), e.get("number"), frozenset(parties.get(eid, ())))
        if e["type"] == "Event":
            return ("Event", e.get("kind"), e.get("date"))
        return (e["type"], _norm(e["name"]))

    entities = {label(i) for i, e in ents.items() if not e.get("generic")}
    relations = set()
    for r in data["relations"]:
        props = r.get("properties") or {}
        extra = props.get("title") or props.get("role") or ""
        relations.add((r["type"], label(r["source"]), label(r["target"]), _norm(extra)))
    return entities, relations


@pytest.mark.parametrize("path", sorted(EXPECTED.glob("*.json")), ids=lambda p: p.stem)
def test_demo_article_reads_as_expected(extractor: Extractor, path: Path) -> None:
    [article] = list(read_path(ROOT / "examples" / "articles" / f"{path.stem}.txt"))
    assert isinstance(article, RawArticle)
    doc: DocGraph = extractor.extract(article)
    got_e, got_r = facts(doc.to_json())
    want_e, want_r = facts(json.loads(path.read_text(encoding="utf-8")))
    assert want_e - got_e == set(), "entities missed"
    assert want_r - got_r == set(), "relations missed"
    assert got_e - want_e == set(), "entities not in the expected graph"
    assert got_r - want_r == set(), "relations not in the expected graph"


def test_every_demo_article_has_an_expected_graph() -> None:
    articles = {p.stem for p in (ROOT / "examples" / "articles").glob("*.txt")}
    assert articles and articles == {p.stem for p in EXPECTED.glob("*.json")}
