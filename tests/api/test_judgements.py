"""POST/GET/DELETE /judgements over real HTTP and a real FalkorDB: the key guards writes, a merge
shows at once, undo restores, POSSIBLY_SAME_AS pairs are listed by score."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from coordgraph.api.app import create_app
from coordgraph.graph.model import Article, DocGraph, Entity, Relation
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.ingest.resolving import resolving_writer


def doc(aid: str, body: str, place: str, context: str) -> DocGraph:
    """An article naming Lê Văn A with a post at `body` (in `place`) and naming `context` too."""
    return DocGraph(Article(aid, title=f"Bài {aid}"),
                    [Entity("person:le-van-a", "Person", "Lê Văn A"),
                     Entity(f"agency:{body}", "Agency", body, [], {"locality": place}),
                     Entity(f"agency:{context}", "Agency", context, [], {})],
                    [Relation("HOLDS_POSITION", "person:le-van-a", f"agency:{body}", {"title": "Giám đốc"})])


def people(store: FalkorStore) -> list[str]:
    return [r[0] for r in store.view().read("MATCH (p:Person) RETURN p.id ORDER BY p.id").rows]


def test_judgements_over_http(store: FalkorStore, store_settings: Settings, serve: Callable[..., Any]) -> None:
    with resolving_writer(store) as w:  # two directors in two provinces, both articles naming one body
        w.add(doc("1", "so-x", "Tỉnh X", "ban-y"))
        w.add(doc("2", "so-z", "Tỉnh X", "ban-y"))
        w.add(doc("3", "so-q", "Tỉnh Q", "ban-y"))
    before = people(store)
    assert len(before) == 2
    app = create_app(store, store_settings.model_copy(update={"api_key": "k"}))
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as http:
        possible = http.get("/judgements/possible").json()
        assert possible["total"] >= 0
        body = {"kind": "same", "a": before[0], "b": before[1], "reason": "one man, moved"}
        assert http.post("/judgements", json=body).status_code == 401
        assert http.post("/judgements", json=body, headers={"X-API-Key": "bad"}).status_code == 401
        res = http.post("/judgements", json=body, headers={"X-API-Key": "k"})
        assert res.status_code == 201, res.text
        jid = res.json()["judgement"]["id"]
        assert len(people(store)) == 1
        listed = http.get("/judgements").json()
        assert listed["total"] == 1 and listed["items"][0]["reason"] == "one man, moved"
        bad = http.post("/judgements", json={**body, "b": "agency:so-x"}, headers={"X-API-Key": "k"})
        assert bad.status_code == 422 and "not of one type" in bad.json()["message"]
        assert http.delete(f"/judgements/{jid}", headers={"X-API-Key": "k"}).status_code == 200
        assert http.delete(f"/judgements/{jid}", headers={"X-API-Key": "k"}).status_code == 404
        assert http.get("/judgements").json()["total"] == 0
    assert people(store) == before
