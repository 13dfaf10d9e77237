"""FalkorDB and Neo4j give the same answer to every named query on the gold graphs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from coordgraph.api.search import search_params
from coordgraph.graph.loader import load_paths
from coordgraph.graph.queries import list_queries
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.writes import Statement

pytestmark = pytest.mark.neo4j


FALLBACK: dict[str, list[Any]] = {"string": ["bo", "cong an"], "list": [[], ["bo"]], "int": [10],
                                   "bool": [True], "date": [None]}


def _values(store: Store) -> dict[str, list[Any]]:
    """Parameter values to try, taken from the loaded graph."""
    v = store.view()

    def ids(label: str, n: int = 6) -> list[str]:
        return [r[0] for r in v.read(f"MATCH (n:{label}) RETURN n.id ORDER BY n.id LIMIT {n}").rows]

    agencies = [r[0] for r in v.read("MATCH (a:Agency)-[:PARTY_TO|SIGNS|ISSUED]-() RETURN DISTINCT a.id AS id "
                                     "ORDER BY id LIMIT 6").rows]
    articles = [i.removeprefix("article:") for i in ids("Article", 3)]
    ties = v.read("MATCH (a:Agency)-[:PARTY_TO|HOLDS_POSITION]-(b) RETURN a.id, b.id ORDER BY a.id, b.id LIMIT 3").rows
    return {
        "agency_id": agencies, "agency": agencies, "agency_a": agencies[:3], "agency_b": agencies[1:4],
        "agreement_id": ids("Agreement"), "person_id": ids("Person"), "article_id": articles,
        "id": ids("Agency", 3) + ids("Person", 2) + ids("Agreement", 2),
        "ids": [ids("Agency", 3), ids("Person", 2) + ids("Event", 2)],
        "q": ["bộ", "ủy ban", "cong an", "tỉnh"], "limit": [20], "offset": [0], "cap": [50],
        "mentions": [False, True], "since": [None, "2020-01-01"], "type": [None, "Agency"],
        "terms": ["uy* ban*", "bo*"], "rel_types": [None], "node_types": [None],
        # the explorer's queries (api/search.py, api/routes_explore.py)
        "p": ["bo", "uy ban"], "phrases": [["bo"], ["uy ban", "cong an"]], "words": [["bo"], ["uy", "ban"]],
        "places": [[], ["Hà Nội"]], "article": articles, "a": agencies[:3], "b": agencies[1:4],
        "exclude": [[], agencies[:1]], "exclude_types": [[], ["Person"]], "keep": [agencies[1:3]],
        "only": [None, agencies[:2]], "shown": [3],  # /paths' last hop; evidence pieces per edge
        "step_from": [[a for a, _ in ties]], "step_to": [[b for _, b in ties]],  # the steps of paths found
    }


def _canon(rows: list[list[Any]]) -> list[str]:
    """Rows in a comparable form: any row order, and any order of collected maps (collect() has none)."""
    def norm(x: Any) -> Any:
        if isinstance(x, float) and x.is_integer():
            return int(x)
        if isinstance(x, dict):
            return {k: norm(y) for k, y in x.items()}
        if isinstance(x, list):
            items = [norm(y) for y in x]
            if items and all(isinstance(y, dict) for y in items):
                items.sort(key=lambda y: json.dumps(y, ensure_ascii=False, sort_keys=True, default=str))
            return items
        return x
    return sorted(json.dumps(norm(r), ensure_ascii=False, sort_keys=True, default=str) for r in rows)


def test_every_named_query_answers_the_same_on_both_stores(store: Store, neo4j_store: Store, gold_dir: Path) -> None:
    for s in (store, neo4j_store):
        stats = load_paths(s, [gold_dir])
        assert stats.articles > 0 and not stats.failed
    assert store.view().counts() == neo4j_store.view().counts()
    values = _values(store)
    compared = nonempty = 0
    for q in list_queries(store.queries_dir):  # type: ignore[attr-defined]
        combos: list[dict[str, Any]] = [{}]
        for name, _type, _optional in q.params:
            choices = values.get(name) or FALLBACK[_type]  # a new parameter: a plain value of its type
            combos = [{**c, name: choices[i % len(choices)]} for i, c in enumerate(combos * len(choices))][:12]
        if q.name in ("search", "search_scan"):  # its parameters are made together from what was typed
            combos = [{**search_params(text), "terms": None} for text in values["q"]]
        for params in combos:
            params = {k: v for k, v in params.items() if v is not None}
            a = store.view().named(q.name, params)
            b = neo4j_store.view().named(q.name, params)
            assert a.columns == b.columns, (q.name, params)
            assert _canon(a.rows) == _canon(b.rows), (q.name, params, a.rows[:3], b.rows[:3])
            compared += 1
            nonempty += bool(a.rows)
    assert compared >= 20 and nonempty >= compared // 2, (compared, nonempty)


def test_search_counts_the_same_degree_on_both_stores(store: Store, neo4j_store: Store) -> None:
    """Degree: relationships other than MENTIONS, counted at each end (an article's own MENTIONS do not
    count; a relationship from a node to itself counts twice, as graph theory and FalkorDB's degree do)."""
    graph = ("CREATE (a:Entity:Article {id: 'article:1', name: 'bo a', search: 'bo a'}), "
             "(x:Entity:Agency {id: 'agency:x', name: 'bo x', search: 'bo x'}), "
             "(y:Entity:Agency {id: 'agency:y', name: 'bo y', search: 'bo y'}), "
             "(a)-[:MENTIONS]->(x), (a)-[:MENTIONS]->(y), (x)-[:PART_OF]->(y), (y)-[:PART_OF]->(y)")
    found = []
    for s in (store, neo4j_store):
        s.run([Statement(graph, {}, "node")])  # type: ignore[attr-defined]
    for s in (store, neo4j_store):
        for name in ("search", "search_scan"):
            rows = s.view().named(name, {**search_params("bo"), "terms": None}).rows
            found.append({i["id"]: i["degree"] for i in rows[0][1]})
    assert found[0]["agency:y"] == 3 and found[0]["article:1"] == 0
    assert all(f == found[0] for f in found), found
