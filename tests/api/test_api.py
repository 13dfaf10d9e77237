"""The HTTP API over the gold graphs, through uvicorn on a loopback port and a real FalkorDB."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from coordgraph.api.app import create_app
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ensure_server, stop

REPO = Path(__file__).resolve().parents[2]
BNCTW = "agency:ban-noi-chinh-trung-uong"
MTTQ_PARTY = "agency:dang-doan-mat-tran-to-quoc-viet-nam"
TRAC = "person:phan-dinh-trac"
EVENT_2021 = "event:2021-10-29-so-ket-d959e23038"
SACH = "person:nguyen-van-sach"


def ok(r: httpx.Response) -> Any:
    assert r.status_code == 200, r.text
    return r.json()


def error(r: httpx.Response, status: int) -> str:
    """The error's message, after checking the JSON shape every error has."""
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status"] == status and body["error"] and body["message"]
    return str(body["message"])


# --- meta ----------------------------------------------------------------


def test_health_says_ok_and_names_the_backend(client: httpx.Client, backend: str) -> None:
    assert ok(client.get("/health")) | {"version": None} == {"status": "ok", "store": backend, "version": None}


def test_openapi_page_documents_every_endpoint(client: httpx.Client) -> None:
    paths = ok(client.get("/openapi.json"))["paths"]
    for p in ("/search", "/entities/{id}", "/agencies/{id}/partners", "/coordination", "/people/{id}/positions",
              "/agencies/{id}/officials", "/events/{id}", "/agreements/{id}", "/paths",
              "/graph/neighborhood/{id}", "/analytics/centrality", "/analytics/communities", "/queries",
              "/queries/{name}", "/cypher", "/articles", "/export", "/health"):
        assert p in paths, p
    assert client.get("/docs").status_code == 200


def test_unknown_endpoint_is_a_json_404(client: httpx.Client) -> None:
    assert "/nowhere" in error(client.get("/nowhere"), 404)


# --- search --------------------------------------------------------------


def test_search_ignores_diacritics_and_case(client: httpx.Client) -> None:
    plain = ok(client.get("/search", params={"q": "ban noi chinh"}))
    accented = ok(client.get("/search", params={"q": "Ban Nội Chính"}))
    assert plain["items"][0]["id"] == BNCTW
    assert plain["items"][0]["name"] == "Ban Nội chính Trung ương"
    assert [i["id"] for i in plain["items"]] == [i["id"] for i in accented["items"]]


def test_search_finds_the_front_by_its_abbreviation(client: httpx.Client) -> None:
    items = ok(client.get("/search", params={"q": "MTTQ", "limit": 50}))["items"]
    assert any("Mặt trận Tổ quốc" in i["name"] for i in items)
    assert MTTQ_PARTY in [i["id"] for i in items]


def test_search_ranks_an_exact_alias_before_a_substring(client: httpx.Client) -> None:
    items = ok(client.get("/search", params={"q": "bnctw"}))["items"]
    assert items[0]["id"] == BNCTW and items[0]["rank"] == 0  # an exact alias ranks with an exact name


def test_search_pages_with_a_stable_total(client: httpx.Client) -> None:
    first = ok(client.get("/search", params={"q": "ban", "limit": 3, "offset": 0}))
    second = ok(client.get("/search", params={"q": "ban", "limit": 3, "offset": 3}))
    everything = ok(client.get("/search", params={"q": "ban", "limit": 1000}))
    assert first["total"] == second["total"] == len(everything["items"]) > 6
    assert [i["id"] for i in first["items"] + second["items"]] == [i["id"] for i in everything["items"][:6]]
    past = ok(client.get("/search", params={"q": "ban", "offset": 10_000}))
    assert past["items"] == [] and past["total"] == first["total"]


def test_search_filters_by_type(client: httpx.Client) -> None:
    items = ok(client.get("/search", params={"q": "phan", "type": "Person"}))["items"]
    assert items and {i["type"] for i in items} == {"Person"}
    assert TRAC in [i["id"] for i in items]


def test_search_finds_a_word_inside_a_name(client: httpx.Client) -> None:
    items = ok(client.get("/search", params={"q": "oi chinh trung"}))["items"]
    assert BNCTW in [i["id"] for i in items]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x", "limit": 0}, {"q": "x", "limit": "many"},
                                    {"q": "x", "offset": -1}, {"q": "x", "type": "Planet"}, {"q": "  "}])
def test_bad_search_parameters_are_422(client: httpx.Client, params: dict[str, Any]) -> None:
    error(client.get("/search", params=params), 422)


# --- entities ------------------------------------------------------------


def test_entity_has_properties_counts_and_articles(client: httpx.Client) -> None:
    e = ok(client.get(f"/entities/{BNCTW}"))
    assert e["type"] == "Agency" and e["name"] == "Ban Nội chính Trung ương"
    assert "BNCTW" in e["aliases"]
    assert "search" not in e["properties"]
    assert e["relation_counts"]["PARTY_TO"] >= 4 and e["relation_counts"]["HOLDS_POSITION"] >= 2
    articles = [a["article"] for a in e["articles"]["items"]]
    assert "000_e0cf93a448d459a0" in articles and e["articles"]["total"] == len(articles)


def test_entity_articles_page(client: httpx.Client) -> None:
    one = ok(client.get(f"/entities/{BNCTW}/articles", params={"limit": 1}))
    assert one["total"] >= 2 and len(one["items"]) == 1


def test_unknown_entity_is_404_with_a_hint(client: httpx.Client) -> None:
    assert "/search" in error(client.get("/entities/agency:no-such-body"), 404)
    error(client.get("/entities/agency:no-such-body/articles"), 404)


def test_event_shows_chairs_organisers_and_the_agreement_it_reviewed(client: httpx.Client) -> None:
    e = ok(client.get(f"/events/{EVENT_2021}"))
    assert e["properties"]["date"] == "2021-10-29"
    assert TRAC in [c["id"] for c in e["chairs"]]
    assert BNCTW in [o["id"] for o in e["organisers"]]
    reviewed = [a for a in e["agreements"] if a["relation"] == "REVIEWS"]
    assert reviewed and reviewed[0]["type"] == "Agreement"
    assert all(c["evidence"] and c["evidence"][0]["article"] == "000_e0cf93a448d459a0" for c in e["chairs"])
    assert e["locations"]


def test_agreement_shows_parties_and_events(client: httpx.Client) -> None:
    event = ok(client.get(f"/events/{EVENT_2021}"))
    agreement_id = next(a["id"] for a in event["agreements"] if a["relation"] == "REVIEWS")
    g = ok(client.get(f"/agreements/{agreement_id}"))
    assert {p["id"] for p in g["parties"]} >= {BNCTW, MTTQ_PARTY}
    assert EVENT_2021 in [e["id"] for e in g["events"]]
    assert g["events"][0]["relation"] in ("REVIEWS", "LAUNCHES", "SIGNS")


def test_typed_pages_refuse_the_wrong_type(client: httpx.Client) -> None:
    assert "event" in error(client.get(f"/events/{BNCTW}"), 404)
    error(client.get(f"/agreements/{EVENT_2021}"), 404)
    error(client.get(f"/agencies/{TRAC}/partners"), 404)
    error(client.get(f"/people/{BNCTW}/positions"), 404)
    error(client.get(f"/agencies/{TRAC}/officials"), 404)


# --- agencies and people -------------------------------------------------


def _mentions(row: dict[str, Any], value: str) -> bool:
    return value in json.dumps(row, ensure_ascii=False)


def test_partners_give_the_agreements_and_their_evidence(client: httpx.Client) -> None:
    page = ok(client.get(f"/agencies/{BNCTW}/partners"))
    assert page["total"] == len(page["items"]) >= 2
    mttq = [row for row in page["items"] if _mentions(row, MTTQ_PARTY)]
    assert mttq, page["items"]
    assert _mentions(mttq[0], "Quy chế phối hợp") and _mentions(mttq[0], "000_e0cf93a448d459a0")
    paged = ok(client.get(f"/agencies/{BNCTW}/partners", params={"limit": 1, "offset": 1}))
    assert paged["total"] == page["total"] and paged["items"] == page["items"][1:2]
    recent = ok(client.get(f"/agencies/{BNCTW}/partners", params={"since": "2021"}))["items"]
    assert [p["id"] for p in recent] == [MTTQ_PARTY]
    assert ok(client.get(f"/agencies/{BNCTW}/partners", params={"since": "2022-01"}))["total"] == 0
    error(client.get(f"/agencies/{BNCTW}/partners", params={"since": "yesterday"}), 422)


def test_officials_and_positions_agree(client: httpx.Client) -> None:
    officials = ok(client.get(f"/agencies/{BNCTW}/officials"))["items"]
    assert any(_mentions(o, TRAC) and _mentions(o, "Trưởng ban") for o in officials)
    posts = ok(client.get(f"/people/{TRAC}/positions"))["items"]
    assert any(_mentions(p, BNCTW) and _mentions(p, "Trưởng ban") for p in posts)
    assert any(_mentions(p, "2021-10-30") for p in posts)  # first/last seen from the article dates


# --- the network ---------------------------------------------------------


def _pair(items: list[dict[str, Any]], a: str, b: str) -> dict[str, Any] | None:
    return next((p for p in items if {p["source"], p["target"]} == {a, b}), None)


def test_coordination_network_pairs_the_parties(client: httpx.Client) -> None:
    net = ok(client.get("/coordination", params={"limit": 1000}))
    pair = _pair(net["items"], BNCTW, MTTQ_PARTY)
    assert pair and pair["agreements"][0]["evidence"]
    assert pair["first_seen"] <= "2021-10-30" <= pair["last_seen"]
    # A lead party is tied to each other party, the others not to each other.
    lead = "agency:ban-noi-chinh-tinh-uy-thai-binh"
    assert _pair(net["items"], lead, "agency:thanh-tra-tinh-thai-binh")
    assert not _pair(net["items"], "agency:thanh-tra-tinh-thai-binh", "agency:dang-uy-cong-an-tinh-thai-binh")
    assert {n["id"] for n in net["nodes"]} >= {BNCTW, MTTQ_PARTY}


def test_coordination_of_one_agency_by_period(client: httpx.Client) -> None:
    mine = ok(client.get("/coordination", params={"agency": BNCTW}))["items"]
    assert mine and all(BNCTW in (p["source"], p["target"]) for p in mine)
    late = ok(client.get("/coordination", params={"agency": BNCTW, "since": "2021-10-01"}))["items"]
    assert _pair(late, BNCTW, MTTQ_PARTY)
    early = ok(client.get("/coordination", params={"agency": BNCTW, "until": "2021-01"}))["items"]
    assert not _pair(early, BNCTW, MTTQ_PARTY)
    assert ok(client.get("/coordination", params={"since": "2030"}))["total"] == 0


def test_coordination_errors(client: httpx.Client) -> None:
    error(client.get("/coordination", params={"agency": "agency:nobody"}), 404)
    error(client.get("/coordination", params={"since": "last year"}), 422)
    assert "after" in error(client.get("/coordination", params={"since": "2022", "until": "2021"}), 422)


def test_paths_step_through_evidence(client: httpx.Client) -> None:
    res = ok(client.get("/paths", params={"from": BNCTW, "to": SACH}))
    assert res["hops"] == 2 and res["paths"]
    for path in res["paths"]:
        assert path[0]["from"] == BNCTW and path[-1]["to"] == SACH
        for a, b in itertools.pairwise(path):
            assert a["to"] == b["from"]
        for step in path:
            e = step["edge"]
            assert {e["source"], e["target"]} == {step["from"], step["to"]}
            assert e["properties"]["evidence"][0]["article"]
    assert {n["id"] for n in res["nodes"]} >= {BNCTW, SACH}


def test_paths_respect_max_hops(client: httpx.Client) -> None:
    res = ok(client.get("/paths", params={"from": BNCTW, "to": SACH, "max_hops": 1}))
    assert res["paths"] == [] and res["hops"] is None


def test_path_errors(client: httpx.Client) -> None:
    error(client.get("/paths", params={"from": BNCTW, "to": "person:nobody"}), 404)
    error(client.get("/paths", params={"from": BNCTW, "to": BNCTW}), 422)
    error(client.get("/paths", params={"from": BNCTW, "to": SACH, "max_hops": 9}), 422)
    error(client.get("/paths", params={"from": BNCTW}), 422)


def test_neighborhood_for_the_explorer(client: httpx.Client) -> None:
    g = ok(client.get(f"/graph/neighborhood/{BNCTW}"))
    ids = {n["id"] for n in g["nodes"]}
    assert BNCTW in ids and TRAC in ids
    assert all(set(n) >= {"id", "type", "name", "aliases"} for n in g["nodes"])
    assert not any(n["type"] == "Article" for n in g["nodes"])
    post = next(e for e in g["edges"] if e["type"] == "HOLDS_POSITION" and e["source"] == TRAC)
    assert post["properties"]["title"] == "Trưởng ban"
    assert post["properties"]["first_seen"] and post["properties"]["last_seen"]
    ev = post["properties"]["evidence"][0]
    assert set(ev) == {"article", "sentence", "date"}
    assert len({e["id"] for e in g["edges"]}) == len(g["edges"])
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])


def test_neighborhood_depth_and_types(client: httpx.Client) -> None:
    one = ok(client.get(f"/graph/neighborhood/{BNCTW}"))
    two = ok(client.get(f"/graph/neighborhood/{BNCTW}", params={"depth": 2}))
    assert len(two["nodes"]) > len(one["nodes"])
    agreements = ok(client.get(f"/graph/neighborhood/{BNCTW}", params={"types": "PARTY_TO"}))
    assert {e["type"] for e in agreements["edges"]} == {"PARTY_TO"}
    capped = ok(client.get(f"/graph/neighborhood/{BNCTW}", params={"depth": 2, "limit": 5}))
    assert len(capped["nodes"]) == 5 and capped["truncated"]


def test_neighborhood_errors(client: httpx.Client) -> None:
    error(client.get("/graph/neighborhood/agency:nobody"), 404)
    assert "Planet" in error(client.get(f"/graph/neighborhood/{BNCTW}", params={"types": "Planet"}), 422)
    error(client.get(f"/graph/neighborhood/{BNCTW}", params={"depth": 7}), 422)


# --- named queries -------------------------------------------------------


def test_queries_are_listed_with_their_parameters(client: httpx.Client) -> None:
    listed = {q["name"]: q for q in ok(client.get("/queries"))["items"]}
    assert {"search", "partners", "coordination"} <= set(listed)
    assert {"name": "agency_id", "type": "string", "optional": False} in listed["partners"]["params"]


def test_a_named_query_runs_with_request_parameters(client: httpx.Client) -> None:
    res = ok(client.get("/queries/partners", params={"agency_id": BNCTW}))
    assert res["total"] >= 1 and _mentions(res["items"], MTTQ_PARTY)
    assert res["columns"]


def test_named_query_errors(client: httpx.Client) -> None:
    assert "partners" in error(client.get("/queries/no_such_query"), 404)
    assert "agency_id" in error(client.get("/queries/partners"), 422)
    error(client.get("/queries/partners", params={"agency_id": BNCTW, "colour": "red"}), 422)


# --- the explorer --------------------------------------------------------


def test_explorer_page_and_its_library_are_served(client: httpx.Client) -> None:
    r = client.get("/explorer")
    if not (REPO / "api" / "static" / "explorer.html").is_file():
        error(r, 404)
        return
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    if (REPO / "api" / "static" / "vendor" / "cytoscape").is_dir():
        lib = client.get("/vendor/cytoscape/cytoscape.min.js")
        assert lib.status_code == 200 and "javascript" in lib.headers["content-type"]


def test_explorer_says_when_its_library_is_missing(gold_store: FalkorStore, api_settings: Settings, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   serve: Callable[..., Any]) -> None:
    import coordgraph.api.app

    monkeypatch.setattr(coordgraph.api.app, "CYTOSCAPE_DIR", tmp_path / "no-node-modules")
    with serve(create_app(gold_store, api_settings)) as url, httpx.Client(base_url=url) as c:
        assert "make setup" in error(c.get("/vendor/cytoscape/cytoscape.min.js"), 404)
        if (REPO / "api" / "static" / "explorer.html").is_file():
            assert c.get("/explorer").status_code == 200


# --- writes --------------------------------------------------------------

ARTICLE = {"id": "api_test_article", "published": "2023-05-04", "title": "Bài thử",
           "text": "Hà Nội, ngày 4/5/2023. Ban Nội chính Trung ương và Đảng đoàn Mặt trận Tổ quốc Việt Nam "
                   "tổ chức hội nghị sơ kết Quy chế phối hợp. Trưởng ban Nội chính Trung ương Phan Đình Trạc "
                   "chủ trì hội nghị.\n"}


def test_writes_are_off_without_a_server_key(client: httpx.Client) -> None:
    assert "COORDGRAPH_API_KEY" in error(client.post("/articles", json=ARTICLE, headers={"X-API-Key": "x"}), 403)


def test_posting_an_article_needs_the_key_and_stores_it(api_app: Callable[..., Any]) -> None:
    with api_app(api_key="s3cret") as url, httpx.Client(base_url=url, timeout=120) as c:
        error(c.post("/articles", json=ARTICLE), 401)
        error(c.post("/articles", json=ARTICLE, headers={"X-API-Key": "wrong"}), 401)
        error(c.post("/articles", json={**ARTICLE, "text": None}, headers={"X-API-Key": "s3cret"}), 422)
        error(c.post("/articles", json={**ARTICLE, "id": "../etc"}, headers={"X-API-Key": "s3cret"}), 422)
        r = c.post("/articles", json=ARTICLE, headers={"X-API-Key": "s3cret"})
        assert r.status_code == 201, r.text
        assert r.json()["status"] == "created"
        stored = ok(c.get("/entities/article:api_test_article"))
        assert stored["type"] == "Article" and stored["properties"]["published"] == "2023-05-04"
        again = c.post("/articles", json=ARTICLE, headers={"X-API-Key": "s3cret"})
        assert again.status_code == 200 and again.json()["status"] == "unchanged"


# --- a store that is down ------------------------------------------------


def test_unreachable_store_is_503(tmp_path: Path, free_port: int, serve: Callable[..., Any]) -> None:
    settings = Settings(store=f"falkordb://127.0.0.1:{free_port}", data_dir=tmp_path)
    with serve(create_app(settings=settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert "COORDGRAPH_STORE" in error(c.get("/health"), 503)
        error(c.get("/search", params={"q": "ban"}), 503)
        error(c.get(f"/entities/{BNCTW}"), 503)
        error(c.post("/cypher", json={"query": "RETURN 1"}), 503)
        error(c.get("/search"), 422)  # bad parameters are still told apart


def test_a_store_that_stops_gives_503(tmp_path_factory: pytest.TempPathFactory, serve: Callable[..., Any]) -> None:
    data_dir = tmp_path_factory.mktemp("stopping")
    ensure_server(data_dir)
    settings = Settings(store="embedded", data_dir=data_dir, graph_name="doomed")
    store = FalkorStore.open("embedded", settings)
    try:
        with serve(create_app(store, settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
            ok(c.get("/health"))
            assert ok(c.get("/search", params={"q": "ban"}))["total"] == 0
            stop(data_dir)
            error(c.get("/health"), 503)
            error(c.get("/search", params={"q": "ban"}), 503)
            error(c.get("/coordination"), 503)
    finally:
        stop(data_dir)
        store.close()


# --- serve --get ---------------------------------------------------------


def test_serve_get_answers_one_request_without_a_server(gold_store: FalkorStore, api_settings: Settings) -> None:
    env = {"COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(api_settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": api_settings.graph_name, "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "coordgraph.api.cli", "serve", "--get", "/search?q=ban+noi+chinh&limit=1"]
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"][0]["id"] == BNCTW
    missing = subprocess.run(cmd[:-1] + ["/entities/agency:nobody"], cwd=REPO, env=env, capture_output=True,
                             text=True, timeout=120, check=False)
    assert missing.returncode == 1 and json.loads(missing.stdout)["status"] == 404


# --- analytics and export ------------------------------------------------


def test_centrality_ranks_the_lead_bodies_first(client: httpx.Client) -> None:
    page = ok(client.get("/analytics/centrality"))
    top = page["items"][0]
    assert set(top) >= {"id", "name", "degree", "betweenness", "partners"}
    assert [i["betweenness"] for i in page["items"]] == sorted((i["betweenness"] for i in page["items"]), reverse=True)
    by_id = {i["id"]: i for i in page["items"]}
    assert by_id[BNCTW]["partners"] == 4
    by_partners = ok(client.get("/analytics/centrality", params={"sort": "partners", "limit": 1}))
    assert by_partners["items"][0]["partners"] == max(i["partners"] for i in page["items"])
    assert ok(client.get("/analytics/centrality", params={"since": "2030"}))["total"] == 0
    error(client.get("/analytics/centrality", params={"sort": "fame"}), 422)


def test_communities_cover_the_network(client: httpx.Client) -> None:
    page = ok(client.get("/analytics/communities"))
    assert page["total"] >= 2
    members = [m["id"] for c in page["items"] for m in c["members"]]
    assert len(members) == len(set(members)) and BNCTW in members
    assert [c["size"] for c in page["items"]] == sorted((c["size"] for c in page["items"]), reverse=True)


def test_export_formats(client: httpx.Client) -> None:
    whole = ok(client.get("/export", params={"format": "json"}))
    assert {n["id"] for n in whole["nodes"]} >= {BNCTW, TRAC}
    assert not any(n.get("type") == "Article" for n in whole["nodes"])
    part = ok(client.get("/export", params={"format": "json", "around": BNCTW, "hops": 1}))
    assert 1 < len(part["nodes"]) < len(whole["nodes"])
    graphml = client.get("/export", params={"format": "graphml", "around": BNCTW, "hops": 1})
    assert graphml.status_code == 200 and b"<graphml" in graphml.content and BNCTW.encode() in graphml.content
    table = client.get("/export", params={"format": "csv", "types": "Agency,Agreement,PARTY_TO"})
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    lines = table.text.splitlines()
    assert lines[0].startswith("source,source_name,type,target")
    assert len(lines) > 10 and all(",PARTY_TO," in line for line in lines[1:])


def test_export_errors(client: httpx.Client) -> None:
    error(client.get("/export", params={"format": "xls"}), 422)
    error(client.get("/export", params={"around": "agency:nobody"}), 404)
    error(client.get("/export", params={"types": "Planet"}), 422)
