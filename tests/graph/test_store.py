"""The store contract on real servers: loading, reloading, replacing, reading, on FalkorDB (embedded)
and on Neo4j (tests/neo4j-harness) alike (`any_store`); FalkorDB's own behaviour at the end."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from coordgraph.graph.loader import load_paths, read_doc
from coordgraph.graph.model import Article, DocGraph, Entity, Evidence, Relation
from coordgraph.graph.store.base import ReadOnlyError, Store, StoreError
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.writes import build_statements
from coordgraph.graph.synthetic import synthetic_docs


def edges(store: Store) -> dict[tuple[str, str, str, str], list[str]]:
    """(source, type, target, title) -> the articles on that edge (MENTIONS excluded)."""
    rows = store.view().read("MATCH (s)-[r]->(t) WHERE type(r) <> 'MENTIONS' "
                             "RETURN s.id, type(r), t.id, coalesce(r.title, ''), r.articles").rows
    return {(s, ty, t, k): a for s, ty, t, k, a in rows}


def mentions(store: Store, article_id: str) -> set[str]:
    rows = store.view().read("MATCH (a {id: $id})-[:MENTIONS]->(e) RETURN e.id", {"id": f"article:{article_id}"})
    return {r[0] for r in rows.rows}


def doc(aid: str, published: str, entities: list[tuple[str, str, str]],
        relations: list[tuple[str, str, str, dict]]) -> DocGraph:
    return DocGraph(
        Article(aid, f"title {aid}", published, "test", None, f"hash-{aid}-{published}"),
        [Entity(i, t, n) for i, t, n in entities],
        [Relation(t, s, o, p, Evidence(f"sentence {aid} {t}", 0, 10)) for t, s, o, p in relations])


def load(store: Store, *docs: DocGraph, batch_size: int = 500):
    with store.writer(batch_size) as w:
        for d in docs:
            w.add(d)
    return w.stats


def test_loading_the_gold_graphs_twice_gives_the_same_counts(any_store: Store, gold_dir: Path) -> None:
    first = load_paths(any_store, [gold_dir])
    counts = any_store.view().counts()
    assert first.articles == len(list(gold_dir.glob("*.json"))) and not first.failed
    assert counts["Article"] == first.articles and counts["HOLDS_POSITION"] > 0
    again = load_paths(any_store, [gold_dir])
    assert again.articles == 0 and again.skipped == first.articles and again.nodes_created == 0
    assert any_store.view().counts() == counts


def test_rewriting_the_same_articles_adds_no_node_edge_or_provenance(any_store: Store, gold_dir: Path) -> None:
    docs = [read_doc(p) for p in sorted(gold_dir.glob("*.json"))]
    any_store.run(build_statements(docs))
    counts, before = any_store.view().counts(), edges(any_store)
    stats = any_store.run(build_statements(docs))  # bypasses the unchanged-digest shortcut
    assert any_store.view().counts() == counts
    assert edges(any_store) == before
    assert stats.nodes_created == 0 or counts == any_store.view().counts()
    assert all(len(a) == len(set(a)) for a in before.values())


def test_a_changed_article_replaces_its_earlier_facts(any_store: Store) -> None:
    shared = [("agency:a", "Agency", "Ban A"), ("agency:b", "Agency", "Ban B")]
    one = doc("one", "2021-01-05", shared + [("person:p", "Person", "Người P")],
              [("PART_OF", "agency:a", "agency:b", {}), ("HOLDS_POSITION", "person:p", "agency:a", {"title": "Trưởng ban"})])
    two = doc("two", "2022-03-01", shared, [("PART_OF", "agency:a", "agency:b", {})])
    load(any_store, one, two)
    assert edges(any_store)[("agency:a", "PART_OF", "agency:b", "")] == ["one", "two"]
    changed = doc("one", "2021-01-06", shared + [("location:l", "Location", "Nơi L")], [])
    stats = load(any_store, changed)
    assert stats.articles == 1
    now = edges(any_store)
    assert now == {("agency:a", "PART_OF", "agency:b", ""): ["two"]}  # HOLDS_POSITION had only 'one'
    assert mentions(any_store, "one") == {"agency:a", "agency:b", "location:l"}
    ids = {r[0] for r in any_store.view().read("MATCH (n:Entity) RETURN n.id").rows}
    assert "person:p" not in ids  # nobody mentions it any more
    first = any_store.view().read("MATCH ()-[r:PART_OF]->() RETURN r.first_seen, r.last_seen, r.dates").rows
    assert first == [["2022-03-01", "2022-03-01", ["2022-03-01"]]]


def test_provenance_keeps_every_article_with_first_and_last_seen(any_store: Store) -> None:
    ents = [("person:p", "Person", "Người P"), ("agency:a", "Agency", "Ban A")]
    held = [("HOLDS_POSITION", "person:p", "agency:a", {"title": "Bí thư"})]
    load(any_store, doc("late", "2023-05-01", ents, held))
    load(any_store, doc("early", "2020-02-02", ents, held), doc("mid", "2021-07-07", ents, held))
    row = any_store.view().read("MATCH ()-[r:HOLDS_POSITION]->() RETURN r.articles, r.dates, r.first_seen, "
                            "r.last_seen, r.sentences, r.starts").rows
    # by article id, whatever order the articles were loaded in
    assert row == [[["early", "late", "mid"], ["2020-02-02", "2023-05-01", "2021-07-07"], "2020-02-02",
                    "2023-05-01", ["sentence early HOLDS_POSITION", "sentence late HOLDS_POSITION",
                                   "sentence mid HOLDS_POSITION"], [0, 0, 0]]]


def test_aliases_and_search_text_gather_every_name(any_store: Store) -> None:
    a = doc("a", "2021-01-01", [("agency:x", "Agency", "Ủy ban Kiểm tra")], [])
    b = copy.deepcopy(a)
    b.article.id = "b"
    b.entities[0].aliases = ["UBKT"]
    load(any_store, a, b)
    (aliases, search), = any_store.view().read("MATCH (n:Agency) RETURN n.aliases, n.search").rows
    assert aliases == ["UBKT"] and search == "uy ban kiem tra | ubkt"
    fulltext = {"falkordb": "CALL db.idx.fulltext.queryNodes('Entity', 'kiem') YIELD node RETURN node.id",
                "neo4j": "CALL db.index.fulltext.queryNodes('entity_search', 'kiem') YIELD node RETURN node.id"}
    hits = any_store.view().read(fulltext[any_store.backend]).rows
    assert hits == [["agency:x"]]


def test_the_graph_does_not_depend_on_the_order_or_batches_articles_came_in(any_store: Store) -> None:
    def names(aid: str, *aliases: str) -> DocGraph:
        d = doc(aid, f"2021-0{len(aid)}-01", [("agency:x", "Agency", "Ủy ban Kiểm tra"), ("person:p", "Person", "P")],
                [("HOLDS_POSITION", "person:p", "agency:x", {"title": "Bí thư"})])
        d.entities[0].aliases = list(aliases)
        return d

    docs = [names("a", "UBKT"), names("bb", "Ủy ban KT", "UBKT TW"), names("ccc", "Ban Kiểm tra")]
    read = ("MATCH (n:Agency) MATCH ()-[r:HOLDS_POSITION]->() "
            "RETURN n.name, n.aliases, n.search, r.articles, r.dates, r.sentences, r.first_seen, r.last_seen")
    load(any_store, *docs)
    together = any_store.view().read(read).rows
    assert together[0][1] == sorted(together[0][1]) and together[0][3] == ["a", "bb", "ccc"]
    assert together[0][2].startswith("uy ban kiem tra | ")
    for order in ([2, 0, 1], [1, 2, 0]):
        any_store.clear()
        for i in order:  # one article per write
            load(any_store, docs[i])
        load(any_store, docs[order[0]])  # and one written again
        assert any_store.view().read(read).rows == together, order


def test_an_article_the_engine_refuses_is_left_out_and_the_rest_load(store: FalkorStore) -> None:
    store.run([])  # nothing to do is fine
    # A node whose `aliases` is a number makes the entity MERGE fail inside the server.
    store.graph.query("CREATE (:Entity:Article {id: 'article:other'})-[:MENTIONS]->"
                      "(:Entity:Agency {id: 'agency:bad', name: 'Bad', aliases: 5, search: 'bad'})")
    good = synthetic_docs(3)
    bad = doc("bad", "2021-01-01", [("agency:bad", "Agency", "Bad body"), ("agency:ok", "Agency", "OK")],
              [("PART_OF", "agency:ok", "agency:bad", {})])
    stats = load(store, good[0], bad, good[1], good[2])
    assert [a for a, _ in stats.failed] == ["bad"] and "Type mismatch" in stats.failed[0][1]
    assert stats.articles == 3
    assert mentions(store, "bad") == set()
    assert store.view().article_hash("bad") is None
    assert all(store.view().article_hash(d.article.id) == d.article.content_hash for d in good)
    assert not any("bad" in arts for arts in edges(store).values())


def test_read_refuses_writes_and_truncates(any_store: Store) -> None:
    load(any_store, *synthetic_docs(2))
    with pytest.raises(ReadOnlyError):
        any_store.view().read("CREATE (:Agency {id: 'x'})")
    assert any_store.view().read("MATCH (n:Agency {id: 'x'}) RETURN n").rows == []
    res = any_store.view().read("MATCH (n:Entity) RETURN n.id", max_rows=3)
    assert len(res.rows) == 3 and res.truncated
    with pytest.raises(StoreError):
        any_store.view().read("MATCH (n RETURN n")


def test_counts_and_article_hash(any_store: Store) -> None:
    docs = synthetic_docs(4)
    load(any_store, *docs, batch_size=3)
    counts = any_store.view().counts()
    assert counts["Article"] == 4
    assert counts["MENTIONS"] == sum(len(d.entities) for d in docs)
    assert sum(v for k, v in counts.items() if k.isupper() and k != "MENTIONS") == \
        len({(r.type, r.source, r.target, r.properties.get("title")) for d in docs for r in d.relations})
    assert any_store.view().article_hash("synthetic-00001") == "hash-1"
    assert any_store.view().article_hash("nope") is None


def test_the_schema_is_created_idempotently(store: FalkorStore) -> None:
    store.ensure_schema()
    store.ensure_schema()
    indexes = {(r[0], f, kind) for r in store.view().read("CALL db.indexes()").rows
               for f, kinds in r[2].items() for kind in kinds}
    assert {("Entity", "id", "RANGE"), ("Agency", "id", "RANGE"), ("Entity", "name", "FULLTEXT"),
            ("Entity", "search", "FULLTEXT")} <= indexes
    constraints = store.view().read("CALL db.constraints()").rows
    assert any("Entity" in map(str, row) and ["id"] in row for row in constraints), constraints


_KILLER = """
import json, os, signal, sys
from pathlib import Path
from coordgraph.graph.loader import load_paths
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore

data_dir, graph, folder, kill_at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
calls = 0
real_run = FalkorStore.run

def run(self, statements):  # the writer dies just before its kill_at-th round trip
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_run(self, statements)

FalkorStore.run = run
store = FalkorStore.open("embedded", Settings(data_dir=Path(data_dir), graph_name=graph))
stats = load_paths(store, [Path(folder)], batch_size=10)
print(json.dumps({"calls": calls, "failed": [a for a, _ in stats.failed]}))
"""


def test_a_writer_killed_between_the_statements_of_a_refused_batch_leaves_nothing_marked_partial(
        store: FalkorStore, store_settings, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from test_server import article_state

    docs = synthetic_docs(4, seed=3)
    bad = docs[1].to_json()
    bad["entities"].append({"id": "agency:bad", "type": "Agency", "name": "Bad body"})
    bad["relations"].append({"type": "PART_OF", "source": "agency:bad", "target": bad["entities"][0]["id"]})
    # A stored node whose `aliases` is a number makes the entity MERGE fail inside the server.
    poison = ("MERGE (a:Entity:Article {id: 'article:other'}) MERGE (b:Entity:Agency {id: 'agency:bad'}) "
              "SET b.name = 'Bad', b.aliases = 5, b.search = 'bad' MERGE (a)-[:MENTIONS]->(b)")
    for i, d in enumerate(docs):
        (tmp_path / f"{i}.json").write_text(json.dumps(bad if i == 1 else d.to_json(), ensure_ascii=False),
                                            encoding="utf-8")
    args = [str(store_settings.data_dir), store_settings.graph_name, str(tmp_path)]
    store.graph.query(poison)
    whole = subprocess.run([sys.executable, "-c", _KILLER, *args, "0"], capture_output=True, text=True,
                           check=True, timeout=300)
    total = json.loads(whole.stdout)["calls"]
    assert total >= 6 and json.loads(whole.stdout)["failed"] == [str(tmp_path / "1.json")]
    good = [d for i, d in enumerate(docs) if i != 1]
    for kill_at in range(1, total + 1):
        store.clear()
        store.graph.query(poison)
        res = subprocess.run([sys.executable, "-c", _KILLER, *args, str(kill_at)], capture_output=True, text=True,
                             timeout=300, check=False)
        assert res.returncode == -9, res.stderr[-1000:]
        hashes, wrong = article_state(store, good)
        assert wrong == [], kill_at  # nothing marked stored is partial
        assert hashes.get(docs[1].article.id) is None  # the refused one is never marked
        rerun = load_paths(store, [tmp_path], batch_size=10)
        hashes, wrong = article_state(store, good)
        assert wrong == [] and all(hashes.get(d.article.id) == d.article.content_hash for d in good), kill_at
        assert rerun.articles + rerun.skipped == 3 and [a for a, _ in rerun.failed] == [str(tmp_path / "1.json")]
