"""The coordination network of agencies and what networkx says about it.

Plain functions of a graph (as `export` builds it: nodes keyed by id with a `type`, edges with a
`type`), each returning a dict.
"""

from __future__ import annotations

from itertools import combinations, pairwise
from typing import Any

import networkx as nx


def coordination_network(G: nx.MultiDiGraph) -> nx.Graph:
    """Agencies joined when they are parties to one agreement (PARTY_TO edges).

    When one party is the lead (`role` "lead"), the agreement pairs it with each other party;
    otherwise it pairs every two parties. Edges carry `agreements` (sorted ids) and `weight`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for a in "ABCD":
    ...     G.add_node(a, type="Agency", name=f"Ban {a}")
    >>> G.add_node("g1", type="Agreement"); G.add_node("g2", type="Agreement")
    >>> _ = G.add_edge("A", "g1", type="PARTY_TO", role="lead")
    >>> _ = G.add_edge("B", "g1", type="PARTY_TO"); _ = G.add_edge("C", "g1", type="PARTY_TO")
    >>> _ = G.add_edge("C", "g2", type="PARTY_TO"); _ = G.add_edge("D", "g2", type="PARTY_TO")
    >>> C = coordination_network(G)
    >>> sorted(C.edges(data="agreements"))
    [('A', 'B', ['g1']), ('A', 'C', ['g1']), ('C', 'D', ['g2'])]
    >>> C.nodes["A"]["name"]
    'Ban A'
    """
    parties: dict[str, list[tuple[str, bool]]] = {}
    for s, t, data in G.edges(data=True):
        if data.get("type") == "PARTY_TO":
            parties.setdefault(t, []).append((s, data.get("role") == "lead"))
    C = nx.Graph()
    C.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d.get("type") == "Agency")
    for agreement, members in sorted(parties.items()):
        ids = sorted({m for m, _ in members})
        leads = sorted({m for m, lead in members if lead})
        pairs = [(lead, o) for lead in leads for o in ids if o != lead] if leads else list(combinations(ids, 2))
        for a, b in pairs:
            if C.has_edge(a, b):
                if agreement not in C[a][b]["agreements"]:
                    C[a][b]["agreements"] = sorted([*C[a][b]["agreements"], agreement])
            else:
                C.add_edge(a, b, agreements=[agreement])
            C[a][b]["weight"] = len(C[a][b]["agreements"])
    return C


def agency_centrality(C: nx.Graph) -> dict[str, dict[str, Any]]:
    """Degree and betweenness centrality (normalised) and the number of partners of each agency.

    Examples
    --------
    >>> C = nx.Graph([("A", "B"), ("A", "C"), ("C", "D")])
    >>> r = agency_centrality(C)
    >>> r["A"]["partners"], round(r["A"]["degree"], 3), round(r["A"]["betweenness"], 3)
    (2, 0.667, 0.667)
    >>> r["D"]["betweenness"]
    0.0
    """
    degree = nx.degree_centrality(C)
    betweenness = nx.betweenness_centrality(C)
    return {n: {"degree": degree[n], "betweenness": betweenness[n], "partners": C.degree(n)} for n in C}


def communities(C: nx.Graph, seed: int = 0) -> dict[str, list[str]]:
    """Communities of the network (Louvain, seeded), largest first: {"0": [ids...], ...}.

    Agencies without partners are left out.

    Examples
    --------
    >>> C = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> C.add_node("alone")
    >>> communities(C)
    {'0': ['a', 'b', 'c'], '1': ['x', 'y', 'z']}
    """
    H = C.subgraph([n for n in C if C.degree(n) > 0])
    groups = nx.community.louvain_communities(H, weight="weight", seed=seed) if H.number_of_nodes() else []
    ordered = sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g))
    return {str(i): g for i, g in enumerate(ordered)}


def shortest_connections(G: nx.Graph, source: str, target: str, k: int = 3) -> dict[str, Any]:
    """Up to `k` shortest paths between two entities, through edges of any type and direction.

    Each path lists its `nodes` and readable `steps` (names and relationship types).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", name="Ông P"); G.add_node("a", name="Ban A"); G.add_node("g", name="Quy chế G")
    >>> _ = G.add_edge("p", "a", type="HOLDS_POSITION"); _ = G.add_edge("a", "g", type="PARTY_TO")
    >>> r = shortest_connections(G, "p", "g")
    >>> r["length"], r["paths"][0]["steps"]
    (2, ['Ông P', '-HOLDS_POSITION->', 'Ban A', '-PARTY_TO->', 'Quy chế G'])
    >>> shortest_connections(G, "p", "nobody")
    Traceback (most recent call last):
    ...
    KeyError: "no entity 'nobody' in the graph"
    """
    for n in (source, target):
        if n not in G:
            raise KeyError(f"no entity {n!r} in the graph")
    U = G.to_undirected(as_view=True)
    if not nx.has_path(U, source, target):
        return {"source": source, "target": target, "length": None, "paths": []}
    paths = []
    for nodes in nx.all_shortest_paths(U, source, target):
        paths.append({"nodes": nodes, "steps": _steps(G, nodes)})
        if len(paths) >= k:
            break
    return {"source": source, "target": target, "length": len(paths[0]["nodes"]) - 1, "paths": paths}


def _steps(G: nx.Graph, nodes: list[str]) -> list[str]:
    steps = [G.nodes[nodes[0]].get("name", nodes[0])]
    for a, b in pairwise(nodes):
        forward = G.has_edge(a, b)
        data = G.get_edge_data(a, b) if forward else G.get_edge_data(b, a)
        if G.is_multigraph():
            data = next(iter(data.values()))
        t = data.get("type", "")
        steps += [f"-{t}->" if forward else f"<-{t}-", G.nodes[b].get("name", b)]
    return steps
