"""The Neo4j store against a real server: run with COORDGRAPH_TEST_NEO4J_URI (e.g. bolt://localhost:7687
from `docker compose up neo4j`; the database is wiped). Skipped otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordgraph.graph.loader import load_paths
from coordgraph.graph.model import Article, DocGraph, Entity, Relation
from coordgraph.graph.store.base import ReadOnlyError, Store, StoreError
from coordgraph.graph.synthetic import synthetic_docs

pytestmark = pytest.mark.neo4j


def test_loading_the_gold_graphs_twice_gives_the_same_counts(neo4j_store: Store, gold_dir: Path) -> None:
    first = load_paths(neo4j_store, [gold_dir])
    counts = neo4j_store.view().counts()
    assert first.articles > 0 and not first.failed and counts["Article"] == first.articles
    again = load_paths(neo4j_store, [gold_dir])
    assert again.skipped == first.articles and neo4j_store.view().counts() == counts


def test_a_changed_article_replaces_its_earlier_facts(neo4j_store: Store) -> None:
    def doc(date: str, rels: list[Relation], ents: list[Entity]) -> DocGraph:
        return DocGraph(Article("one", "t", date, "s", None, date), ents, rels)

    a, b, p = Entity("agency:a", "Agency", "A"), Entity("agency:b", "Agency", "B"), Entity("person:p", "Person", "P")
    with neo4j_store.writer() as w:
        w.add(doc("2021-01-01", [Relation("PART_OF", a.id, b.id), Relation("HOLDS_POSITION", p.id, a.id, {"title": "T"})],
                  [a, b, p]))
    with neo4j_store.writer() as w:
        w.add(doc("2021-02-02", [Relation("PART_OF", a.id, b.id)], [a, b]))
    v = neo4j_store.view()
    assert v.read("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN type(r), r.articles, r.first_seen").rows == \
        [["PART_OF", ["one"], "2021-02-02"]]
    assert v.read("MATCH (n:Person) RETURN n.id").rows == []
    assert v.article_hash("one") == "2021-02-02"


def test_reads_are_read_only_and_truncated(neo4j_store: Store) -> None:
    with neo4j_store.writer() as w:
        for d in synthetic_docs(2):
            w.add(d)
    with pytest.raises(ReadOnlyError):
        neo4j_store.view().read("CREATE (:Agency {id: 'x'})")
    res = neo4j_store.view().read("MATCH (n:Entity) RETURN n.id", max_rows=2)
    assert len(res.rows) == 2 and res.truncated
    with pytest.raises(StoreError):
        neo4j_store.view().read("MATCH (n RETURN n")
