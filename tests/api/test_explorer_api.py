"""The routes and the search behind the explorer, over the real API: variants read at query time,
the start page's network, group counts, what two entities share, steered paths, an article to read."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from coordgraph.api.search import rewrite, search_params, variants
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore

from coordgraph import resource

BNCTW = "agency:ban-noi-chinh-trung-uong"
TRAC = "person:phan-dinh-trac"


def ok(r: httpx.Response) -> Any:
    assert r.status_code == 200, r.text
    return r.json()


# --- the variant table ----------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("TP.HCM", "ho chi minh"), ("TPHCM", "ho chi minh"), ("TP. Hồ Chí Minh", "ho chi minh"),
    ("UBND TP.HCM", "uy ban nhan dan ho chi minh"), ("cong an tphcm", "cong an ho chi minh"),
    ("Ban Nội chính TW", "ban noi chinh trung uong"), ("Ban Nội chính T.Ư", "ban noi chinh trung uong"),
    ("HĐND tỉnh Thái Bình", "hoi dong nhan dan tinh thai binh"), ("mttq", "mat tran to quoc"),
    ("quoc hoi", "quoc hoi"),
    # An abbreviation that is also a syllable is read as one only in capitals.
    ("Bộ Tư pháp", "bo tu phap"), ("Ban Nội chính TƯ", "ban noi chinh trung uong"),
])
def test_a_query_is_read_with_the_genres_variants(typed: str, meant: str) -> None:
    assert " ".join(rewrite(typed)) == meant


def test_a_named_place_ranks_its_bodies_first() -> None:
    params = search_params("Thành ủy TP.HCM")
    assert params["places"] == ["Hồ Chí Minh"]
    # Canonical names may write the city's level word: both forms are exact matches.
    assert {"thanh uy ho chi minh", "thanh uy thanh pho ho chi minh"} <= set(params["phrases"])
    assert search_params("thanh uy")["places"] == []


def test_the_variant_table_is_clean_data() -> None:
    data = yaml.safe_load(resource("ingest", "data", "search_variants.yaml").read_text(encoding="utf-8"))
    forms = [f for e in data["variants"] for f in e["forms"]]
    text = [*forms, *(e["means"] for e in data["variants"])]
    assert all(unicodedata.is_normalized("NFC", x) for x in text)
    folded = [tuple(rewrite(f)) for f in forms]
    assert len({f.lower() for f in forms}) == len(forms), "a form is listed twice"
    assert all(folded), "a form reads as nothing"
    assert variants().longest >= 2


# --- routes over the gold graphs ---------------------------------------------------------------


def test_search_reads_variants_and_says_what_tells_hits_apart(client: httpx.Client) -> None:
    body = ok(client.get("/search", params={"q": "Ban Nội chính TW"}))
    top = body["items"][0]
    assert top["id"] == BNCTW and top["rank"] == 0
    assert body["query"] == "ban noi chinh trung uong"
    assert {"relations", "articles", "kind", "locality", "part_of_name"} <= set(top)
    assert top["relations"] >= 1 and top["articles"] >= 1


def test_search_puts_entities_before_articles_and_the_best_connected_first(client: httpx.Client) -> None:
    items = ok(client.get("/search", params={"q": "ban", "limit": 1000}))["items"]
    kinds = [i["type"] == "Article" for i in items]
    assert kinds == sorted(kinds), "an article is listed before an entity"
    for rank in {i["rank"] for i in items}:
        tier = [i["relations"] for i in items if i["rank"] == rank and i["type"] != "Article"]
        assert tier == sorted(tier, reverse=True), f"rank {rank} is not ordered by relations"


def test_the_cli_looks_an_id_up_by_name(gold_store: FalkorStore, api_settings: Settings) -> None:
    import json

    from coordgraph.api.cli import _register, app
    from typer.testing import CliRunner

    _register()
    env = {"COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(api_settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": api_settings.graph_name}
    out = CliRunner().invoke(app, ["search", "Ban Nội chính TW", "--json", "--limit", "3"], env=env)
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["items"][0]["id"] == BNCTW


def test_the_network_for_the_start_page(client: httpx.Client) -> None:
    net = ok(client.get("/explore/network"))
    assert net["nodes"] and net["edges"]
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["via"] for e in net["edges"])
    assert all(n["type"] == "Agency" and n["degree"] >= 1 for n in net["nodes"])
    assert net["active"] and net["dated"] is True
    cut = ok(client.get("/explore/network", params={"limit": 2}))
    assert len(cut["nodes"]) == 2 and cut["truncated"] is True
    nothing = ok(client.get("/explore/network", params={"since": "2099"}))
    assert nothing["nodes"] == [] and nothing["edges"] == []


def test_group_counts_before_expanding(client: httpx.Client) -> None:
    counts = ok(client.get(f"/explore/groups/{BNCTW}"))["counts"]
    assert counts["officials"] >= 1 and counts["partners"] >= 1 and counts["articles"] >= 1
    officials = ok(client.get(f"/agencies/{BNCTW}/officials", params={"limit": 1000}))
    assert counts["officials"] == len({o["person_id"] for o in officials["items"]})
    assert client.get("/explore/groups/agency:nobody").status_code == 404


def test_what_two_entities_have_in_common(client: httpx.Client) -> None:
    body = ok(client.get("/explore/common", params={"a": BNCTW, "b": "agency:bo-chinh-tri"}))
    officials = {o["id"]: o for o in body["groups"]["officials"]}
    assert TRAC in officials
    assert {"relation": "HOLDS_POSITION", "title": "Trưởng ban"} in officials[TRAC]["a"]
    assert body["total"] == sum(map(len, body["groups"].values()))
    assert client.get("/explore/common", params={"a": BNCTW, "b": BNCTW}).status_code == 422


def test_paths_avoid_entities_and_types(client: httpx.Client) -> None:
    direct = ok(client.get("/explore/paths", params={"from": BNCTW, "to": "agency:bo-chinh-tri"}))
    assert direct["hops"] == 2 and any(s["to"] == TRAC for p in direct["paths"] for s in p)
    around = ok(client.get("/explore/paths", params={"from": BNCTW, "to": "agency:bo-chinh-tri", "exclude": TRAC}))
    assert all(s["to"] != TRAC for p in around["paths"] for s in p)
    no_people = ok(client.get("/explore/paths", params={"from": BNCTW, "to": "agency:bo-chinh-tri",
                                                        "exclude_types": "Person"}))
    types = {n["id"]: n["type"] for n in no_people["nodes"]}
    assert "Person" not in {types[s["to"]] for p in no_people["paths"] for s in p}
    short = ok(client.get("/explore/paths", params={"from": BNCTW, "to": "agency:bo-chinh-tri", "max_hops": 1,
                                                    "exclude": TRAC}))
    assert short["paths"] == [] and short["hops"] is None
    assert client.get("/explore/paths", params={"from": BNCTW, "to": "agency:bo-chinh-tri",
                                                "exclude": BNCTW}).status_code == 422


def test_control_characters_are_refused_not_sent_to_the_store(client: httpx.Client) -> None:
    assert client.get("/explore/common", params={"a": "a\x01", "b": "b"}).status_code == 422
    assert client.get("/explore/common", params={"a": "a\x00", "b": "b"}).status_code == 422
    assert client.get("/search", params={"q": "\x00\x01"}).status_code == 422  # NUL: refused at the door
    assert ok(client.get("/search", params={"q": "\x01\x02"}))["total"] == 0


# --- an ingested article, text and all ---------------------------------------------------------


def test_an_ingested_article_is_read_back_with_mentions_and_located_sentences(
        any_store: Store, any_store_settings: Settings, shared_dir: Path, serve: Callable[[Any], Any]) -> None:
    from coordgraph.api.app import create_app
    from coordgraph.ingest.ingest import ingest_paths
    from coordgraph.ingest.read import read_paths

    path = shared_dir / "corpus" / "unlabeled" / "00195.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus/unlabeled/00195.txt is absent")
    ingest_paths([path], any_store, jobs=1, report=lambda _m: None, progress=False)
    raw = next(a for a in read_paths([path]) if not isinstance(a, Exception))
    with serve(create_app(any_store, any_store_settings)) as url, httpx.Client(base_url=url, timeout=60) as c:
        a = ok(c.get("/articles/00195"))
        assert a["text"] == raw.text and a["title"] == raw.title
        assert a["mentions"] and all(a["text"][m["start"]:m["end"]] for m in a["mentions"])
        ends = [(m["start"], m["end"]) for m in a["mentions"]]
        assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(ends)), "mentions overlap"
        located = [r for r in a["relations"] if r["start"] is not None]
        assert located and all(a["text"][r["start"]:r["end"]] == r["sentence"] for r in located)
        assert c.get("/articles/no-such-article").status_code == 404
        cited = ok(c.get("/explore/citations", params={"ids": "00195,article:00195,nope"}))["items"]
        assert cited == [{"id": "00195", "title": raw.title, "published": raw.published, "source": raw.source}]
