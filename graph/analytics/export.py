"""The store's graph (or a neighbourhood of it) as a networkx MultiDiGraph, and out to GraphML/JSON.

Nodes are keyed by global id with attributes `type` (Agency, Person ...), `name` and the type's
scalar properties; edges are keyed by relationship type (and title) with `type`, `role`, `title`,
`articles`, `first_seen`, `last_seen`. Articles and MENTIONS stay out unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from coordgraph.graph.store.base import View

NODES = """
MATCH (n:Entity)
WHERE $articles OR NOT n:Article
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name, n.kind AS kind,
       n.date AS date, n.number AS number, n.generic AS generic, n.published AS published
"""

EDGES = """
MATCH (s:Entity)-[r]->(t:Entity)
WHERE $articles OR type(r) <> 'MENTIONS'
RETURN s.id AS source, type(r) AS type, t.id AS target, r.role AS role, r.title AS title,
       r.articles AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen
"""

STATEMENTS = (NODES, EDGES)


def from_rows(nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """A MultiDiGraph from node and edge records (None values dropped).

    >>> G = from_rows([{"id": "agency:a", "type": "Agency", "name": "A"},
    ...                {"id": "agreement:g", "type": "Agreement", "name": "G", "kind": None}],
    ...               [{"source": "agency:a", "type": "PARTY_TO", "target": "agreement:g", "role": "lead"}])
    >>> G.nodes["agreement:g"]
    {'type': 'Agreement', 'name': 'G'}
    >>> list(G.edges(keys=True, data="role"))
    [('agency:a', 'agreement:g', 'PARTY_TO', 'lead')]
    """
    G = nx.MultiDiGraph()
    for n in nodes:
        G.add_node(n["id"], **{k: v for k, v in n.items() if k != "id" and v is not None})
    for e in edges:
        key = e["type"] + (f":{e['title']}" if e.get("title") else "")
        G.add_edge(e["source"], e["target"], key=key,
                   **{k: v for k, v in e.items() if k not in ("source", "target") and v is not None})
    return G


def from_store(view: View, *, around: str | None = None, hops: int = 2,
               include_articles: bool = False) -> nx.MultiDiGraph:
    """The store's graph; with `around`, only the entities within `hops` of that id (any direction)."""
    params = {"articles": include_articles}
    G = from_rows(view.read(NODES, params, timeout_ms=0).records(), view.read(EDGES, params, timeout_ms=0).records())
    if around is not None:
        if around not in G:
            raise KeyError(f"no entity {around!r} in the graph")
        G = neighbourhood(G, around, hops)
    return G


def neighbourhood(G: nx.MultiDiGraph, center: str, hops: int = 2) -> nx.MultiDiGraph:
    """The subgraph within `hops` of `center`, following edges either way.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(neighbourhood(G, "b", 1))
    ['a', 'b', 'c']
    """
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center, cutoff=hops)
    return G.subgraph(near).copy()


def to_json(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link JSON: {"directed", "multigraph", "graph", "nodes": [...], "edges": [...]}.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("person:p", "agency:a", key="HOLDS_POSITION:Chủ tịch", type="HOLDS_POSITION")
    'HOLDS_POSITION:Chủ tịch'
    >>> d = to_json(G)
    >>> [n["id"] for n in d["nodes"]], d["edges"][0]["type"]
    (['person:p', 'agency:a'], 'HOLDS_POSITION')
    """
    return nx.node_link_data(G, edges="edges")


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """GraphML (lists joined with '; ', since GraphML attributes are scalars)."""
    H = G.copy()
    for _, data in H.nodes(data=True):
        _flatten(data)
    for _, _, data in H.edges(data=True):
        _flatten(data)
    nx.write_graphml(H, path)


def _flatten(data: dict[str, Any]) -> None:
    for k, v in list(data.items()):
        if isinstance(v, (list, tuple)):
            data[k] = "; ".join(map(str, v))
