"""Analytics: doctests of the plain functions, and the network built from a real store."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import coordgraph.graph.store.falkordb
import coordgraph.graph.synthetic
import networkx as nx
import pytest
import typer
from coordgraph.api import cli_store
from coordgraph.graph.analytics import export, network
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from smallgraph import G1, G2, A, B, C, P
from typer.testing import CliRunner


@pytest.mark.parametrize("module", [network, export, coordgraph.graph.synthetic, coordgraph.graph.store.falkordb])
def test_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


def test_the_coordination_network_of_the_store(small: Store) -> None:
    G = export.from_store(small.view())
    assert "article:n1" not in G and G.nodes[A]["type"] == "Agency"
    net = network.coordination_network(G)
    assert {frozenset(e) for e in net.edges} == {frozenset((A, B)), frozenset((A, C)), frozenset((B, C))}
    assert net[A][B]["agreements"] == [G1] and net[A][C]["agreements"] == [G1]
    assert net[B][C]["agreements"] == [G2]  # G1 pairs only its lead A with B and C
    cent = network.agency_centrality(net)
    assert cent[A]["partners"] == 2 and cent[A]["degree"] == pytest.approx(1.0)
    path = network.shortest_connections(G, P, G2)
    assert path["length"] == 4 and all(p["nodes"][0] == P and p["nodes"][-1] == G2 for p in path["paths"])
    sub = export.from_store(small.view(), around=P, hops=1)
    assert set(sub) >= {P, A} and G2 not in sub


def test_exports_round_trip(small: Store, tmp_path: Path) -> None:
    G = export.from_store(small.view())
    export.write_graphml(G, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()
    data = json.loads(json.dumps(export.to_json(G)))
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()


def test_analytics_commands(small: Store, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if not isinstance(small, FalkorStore):
        pytest.skip("the CLI test runs on the embedded store")
    store_settings: Settings = request.getfixturevalue("store_settings")
    app = typer.Typer()
    cli_store.register(app)
    env = {"COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(store_settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": store_settings.graph_name}
    run = CliRunner()
    res = run.invoke(app, ["analytics", "centrality", "--json"], env=env)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[A]["partners"] == 2
    res = run.invoke(app, ["analytics", "communities", "--json"], env=env)
    assert res.exit_code == 0 and sorted(m for ms in json.loads(res.stdout).values() for m in ms) == sorted([A, B, C])
    res = run.invoke(app, ["analytics", "paths", P, G2], env=env)
    assert res.exit_code == 0 and "-HOLDS_POSITION->" in res.stdout
    res = run.invoke(app, ["analytics", "export", str(tmp_path / "x.json"), "--around", A], env=env)
    assert res.exit_code == 0 and json.loads((tmp_path / "x.json").read_text())["nodes"]
    assert run.invoke(app, ["analytics", "paths", P, "agency:nobody"], env=env).exit_code == 2
