"""/paths and /explore/paths list every shortest path, edge by edge, as a plain enumeration over the whole
graph finds them (networkx), on a random graph with parallel edges, a hub and excluded entities and types;
on each store."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from itertools import pairwise, product
from typing import Any

import httpx
import networkx as nx
import pytest
from coordgraph.api.app import create_app
from coordgraph.graph.model import Article, DocGraph, Entity, Relation, relation_types
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store

TYPES = ["Agency", "Person", "Agreement", "Event", "Location"]


def _graph(seed: int = 11) -> list[DocGraph]:
    """Three articles over 40 entities: random relations of the schema's types between entities of the
    right types, some pairs tied by two edges (a second title, PARTY_TO and ISSUED), one hub."""
    rng = random.Random(seed)
    ents = {t: [Entity(f"{t.lower()}:{t.lower()}-{i}", t, f"{t} {i}", [], {}) for i in range(8)] for t in TYPES}
    kinds = [r for r in relation_types().values() if r.source in TYPES and r.target in TYPES]
    rels: list[Relation] = []
    for _ in range(70):
        k = rng.choice(kinds)
        s, t = rng.choice(ents[k.source]), rng.choice(ents[k.target])
        if s.id != t.id:
            rels.append(Relation(k.name, s.id, t.id, {"title": rng.choice(["Bí thư", "Phó Bí thư"])}
                                 if k.name == "HOLDS_POSITION" else {}))
    hub = ents["Agency"][0]
    rels += [Relation("PART_OF", a.id, hub.id, {}) for a in ents["Agency"][1:6]]
    rels += [Relation("ISSUED", r.source, r.target, {}) for r in rels if r.type == "PARTY_TO"][:4]
    docs = []
    for i in range(3):
        part = rels[i::3]
        used = {x for r in part for x in (r.source, r.target)}
        docs.append(DocGraph(Article(f"p{i}", f"Bài {i}", f"2023-0{i + 1}-01", "test"),
                             [e for es in ents.values() for e in es if e.id in used], part))
    return docs


def _expected(edges: list[tuple[str, str, str, str | None]], a: str, b: str, max_hops: int,
              exclude: set[str], exclude_types: set[str]) -> set[tuple[str, ...]]:
    """Every shortest path as a tuple of edge ids, by enumeration over the graph left after exclusion (the
    two ends are never excluded)."""
    g = nx.Graph()
    by_pair: dict[frozenset[str], list[str]] = {}
    for s, t, typ, title in edges:
        if {s, t} & exclude or {x.split(":")[0] for x in {s, t} - {a, b}} & {x.lower() for x in exclude_types}:
            continue
        g.add_edge(s, t)
        by_pair.setdefault(frozenset((s, t)), []).append(f"{typ}:{s}->{t}" + (f":{title}" if title else ""))
    if a not in g or b not in g or not nx.has_path(g, a, b) or nx.shortest_path_length(g, a, b) > max_hops:
        return set()
    out = set()
    for nodes in nx.all_shortest_paths(g, a, b):
        out |= set(product(*(by_pair[frozenset(p)] for p in pairwise(nodes))))
    return out


@pytest.fixture
def paths_api(any_store: Store, any_store_settings: Settings, serve: Callable[[Any], Any]) -> Iterator[httpx.Client]:
    with any_store.writer() as w:
        for d in _graph():
            w.add(d)
    with serve(create_app(any_store, any_store_settings)) as url, httpx.Client(base_url=url, timeout=60) as c:
        yield c


def test_every_shortest_path_is_listed_edge_by_edge(paths_api: httpx.Client, any_store: Store) -> None:
    edges = [tuple(r) for r in any_store.view().read(
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE type(r) <> 'MENTIONS' RETURN s.id, t.id, type(r), r.title").rows]
    assert any(s == s2 and t == t2 and e != e2 for s, t, *e in edges for s2, t2, *e2 in edges)  # parallel edges
    ids = sorted({x for e in edges for x in e[:2]})
    rng = random.Random(3)
    asked = found = several = 0
    for _ in range(40):
        a, b = rng.sample(ids, 2)
        steer = rng.choice([{}, {"exclude": "agency:agency-0"}, {"exclude_types": "Person"},
                            {"exclude_types": "Agreement,Event"}])
        max_hops = rng.choice([1, 2, 3, 4, 5, 8])
        if steer.get("exclude") == a or steer.get("exclude") == b:
            continue
        got = paths_api.get("/explore/paths", params={"from": a, "to": b, "max_hops": max_hops, "limit": 200,
                                                      **steer})
        assert got.status_code == 200, got.text
        body = got.json()
        want = _expected(edges, a, b, max_hops, {steer.get("exclude", "")},
                         set(filter(None, steer.get("exclude_types", "").split(","))))
        listed = [tuple(s["edge"]["id"] for s in p) for p in body["paths"]]
        assert len(listed) == len(set(listed)) and set(listed) == want, (a, b, max_hops, steer)
        assert body["hops"] == (len(next(iter(want))) if want else None)
        for p in body["paths"]:
            assert p[0]["from"] == a and p[-1]["to"] == b
            assert all(s["to"] == t["from"] for s, t in pairwise(p))
            assert all({s["from"], s["to"]} == {s["edge"]["source"], s["edge"]["target"]} for s in p)
            assert all(s["edge"]["properties"]["evidence"] for s in p)
        assert {n["id"] for n in body["nodes"]} == {x for p in body["paths"] for s in p for x in (s["from"], s["to"])}
        if steer == {} and max_hops >= 5:  # /paths answers the same
            plain = paths_api.get("/paths", params={"from": a, "to": b, "max_hops": 5, "limit": 100}).json()
            assert {tuple(s["edge"]["id"] for s in p) for p in plain["paths"]} == want
        asked += 1
        found += bool(want)
        several += len(want) > 1
    assert asked >= 30 and found >= 20 and several >= 5, (asked, found, several)


def test_a_limit_keeps_that_many_shortest_paths_and_a_repeat_gives_the_same(paths_api: httpx.Client) -> None:
    agencies = [f"agency:agency-{i}" for i in range(8)]
    pairs = [(a, b) for a in agencies for b in agencies if a < b]
    every = next(body for a, b in pairs if len((body := paths_api.get(
        "/explore/paths", params={"from": a, "to": b, "limit": 200}).json())["paths"]) >= 2)
    ends = {"from": every["from"], "to": every["to"]}
    cut = paths_api.get("/explore/paths", params={**ends, "limit": 1}).json()
    assert len(cut["paths"]) == 1 and cut["paths"][0] in every["paths"] and cut["hops"] == every["hops"]
    again = paths_api.get("/explore/paths", params={**ends, "limit": 200}).json()
    assert again == every


def test_an_end_that_does_not_exist_is_404_on_both_routes(paths_api: httpx.Client) -> None:
    for route in ("/paths", "/explore/paths"):
        for ends in ({"from": "agency:agency-1", "to": "agency:nobody"}, {"from": "agency:nobody", "to": "agency:agency-1"}):
            got = paths_api.get(route, params=ends)
            assert got.status_code == 404 and "agency:nobody" in got.text, (route, ends, got.text)
