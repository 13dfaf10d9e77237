"""POST/GET/DELETE /judgements over real HTTP on FalkorDB and on Neo4j: the key guards writes, a merge
shows at once, undo restores, POSSIBLY_SAME_AS pairs are listed by score; and in the explorer, a user
with the key merges a possible duplicate and sees one node afterwards (headless Chromium)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from coordgraph.api.app import create_app
from coordgraph.graph.model import Article, DocGraph, Entity, Relation
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.base import Store
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.ingest.resolving import resolving_writer


def doc(aid: str, body: str | None) -> DocGraph:
    """An article naming Lê Văn A as a member of `body` beside Ban Y (or, without a body, only Ban Y)."""
    ents = [Entity("agency:ban-y", "Agency", "Ban Y")]
    rels = []
    if body:
        ents += [Entity("person:le-van-a", "Person", "Lê Văn A"), Entity(f"agency:{body}", "Agency", body)]
        rels = [Relation("HOLDS_POSITION", "person:le-van-a", f"agency:{body}", {"title": "Ủy viên"})]
    return DocGraph(Article(aid, title=f"Bài {aid}"), ents, rels)


def people(store: Store) -> list[str]:
    return [r[0] for r in store.view().read("MATCH (p:Person) RETURN p.id ORDER BY p.id").rows]


def _two_maybe_one(store: Store) -> Store:
    with resolving_writer(store) as w:
        for d in (doc("1", "hoi-x"), doc("2", "hoi-z"), doc("3", None), doc("4", None)):
            w.add(d)
    assert len(people(store)) == 2
    return store


@pytest.fixture
def two_maybe_one(store: FalkorStore) -> Store:
    """Two members of two bodies, both named Lê Văn A, whose articles both name Ban Y: a possible pair."""
    return _two_maybe_one(store)


@pytest.fixture
def any_two_maybe_one(any_store: Store) -> Store:
    """The same pair on each store in turn."""
    return _two_maybe_one(any_store)


def test_judgements_over_http(any_two_maybe_one: Store, any_store_settings: Settings,
                              serve: Callable[..., Any]) -> None:
    store, store_settings = any_two_maybe_one, any_store_settings
    before = people(store)
    app = create_app(store, store_settings.model_copy(update={"api_key": "k"}))
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as http:
        possible = http.get("/judgements/possible").json()
        assert possible["total"] == 1
        pair = possible["items"][0]
        assert {pair["source"], pair["target"]} == set(before) and 0.3 <= pair["score"] < 0.7 and pair["reasons"]
        assert http.get("/judgements/possible", params={"id": "agency:ban-y"}).json()["total"] == 0
        body = {"kind": "same", "a": before[0], "b": before[1], "reason": "one man, two associations"}
        assert http.post("/judgements", json=body).status_code == 401
        assert http.post("/judgements", json=body, headers={"X-API-Key": "bad"}).status_code == 401
        res = http.post("/judgements", json=body, headers={"X-API-Key": "k"})
        assert res.status_code == 201, res.text
        jid = res.json()["judgement"]["id"]
        assert len(people(store)) == 1 and http.get("/judgements/possible").json()["total"] == 0
        listed = http.get("/judgements").json()
        assert listed["total"] == 1 and listed["items"][0]["reason"] == "one man, two associations"
        bad = http.post("/judgements", json={**body, "b": "agency:ban-y"}, headers={"X-API-Key": "k"})
        assert bad.status_code == 422 and "not of one type" in bad.json()["message"]
        assert http.delete(f"/judgements/{jid}", headers={"X-API-Key": "k"}).status_code == 200
        assert http.delete(f"/judgements/{jid}", headers={"X-API-Key": "k"}).status_code == 404
        assert http.get("/judgements").json()["total"] == 0
        different = {**body, "kind": "different", "reason": "two men"}
        assert http.post("/judgements", json=different, headers={"X-API-Key": "k"}).status_code == 201
        assert http.get("/judgements/possible").json()["total"] == 0  # the link is gone, the nodes stay apart
    assert people(store) == before


@pytest.mark.browser
@pytest.mark.slow
def test_the_explorer_merges_a_possible_duplicate_with_the_key(
        two_maybe_one: FalkorStore, store_settings: Settings, serve: Callable[..., Any], browser: Any) -> None:
    store = two_maybe_one
    first, second = people(store)
    app = create_app(store, store_settings.model_copy(update={"api_key": "k"}))
    with serve(app) as base:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{base}/explorer#seeds={first}&sel={first}")
        page.wait_for_selector("body[data-ready='1']")
        row = page.locator(f"#dups li[data-other='{second}']")
        row.wait_for()
        page.fill("#dups-key", "k")
        page.fill("#dups-reason", "one man, two associations")
        with page.expect_navigation():
            row.locator("button[data-kind='same']").click()
        page.wait_for_selector("body[data-ready='1']")
        page.locator("#dups p.muted").first.wait_for()  # no possible duplicate left
        page.wait_for_function("() => window.explorer.isIdle()")
        shown = page.evaluate("() => window.explorer.cy.nodes().filter(n => n.data('name') === 'Lê Văn A')"
                              ".map(n => n.id())")
        assert shown == [first]
        assert errors == []
    assert len(people(store)) == 1


def test_posting_an_article_re_resolves_only_what_it_touches(any_two_maybe_one: Store, any_store_settings: Settings,
                                                             serve: Callable[..., Any]) -> None:
    from coordgraph.ingest.resolving import resolver_for

    store, store_settings = any_two_maybe_one, any_store_settings
    article = {"id": "5", "title": "Đà Nẵng đẩy nhanh giải ngân vốn đầu tư công", "published": "2020-06-24",
               "text": ("Sáng 24/6, Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ chủ trì cuộc họp về giải ngân "
                        "vốn đầu tư công của thành phố.")}
    app = create_app(store, store_settings.model_copy(update={"api_key": "k"}))
    with serve(app) as base, httpx.Client(base_url=base, timeout=120) as http:
        res = http.post("/articles", json=article, headers={"X-API-Key": "k"})
        assert res.status_code == 201, res.text
    last = resolver_for(store).last
    assert last is not None and {d.article.id for d in last.docs} == {"1", "2", "3", "4", "5"}
    assert last.fresh == {"5"}  # the four earlier articles were not resolved or rewritten again
    assert "person:huynh-duc-tho" in people(store) and len(people(store)) == 3
