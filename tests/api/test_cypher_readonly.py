"""POST /cypher answers reads and can never write, whatever the statement's spelling."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

WRITES = [
    "CREATE (:Agency:Entity {id: 'agency:intruder', name: 'Intruder'})",
    "create (n:Entity {id: 'agency:lower'}) return n",
    "MERGE (n:Entity {id: 'agency:merged'}) RETURN n",
    "MATCH (n:Entity) DETACH DELETE n",
    "MATCH (n:Entity {id: 'agency:ban-noi-chinh-trung-uong'}) SET n.name = 'Renamed'",
    "MATCH (n:Entity {id: 'agency:ban-noi-chinh-trung-uong'}) REMOVE n.aliases",
    "MATCH ()-[r:PARTY_TO]->() DELETE r",
    "MATCH (n:Agency) WITH n LIMIT 1 SET n.hacked = true RETURN n",
    "MATCH (n:Agency) WITH n LIMIT 1 /* a comment */ set n.hacked = true",
    "MATCH (n:Agency) // look only\nWITH n LIMIT 1\nDELETE n",
    "UNWIND range(1, 3) AS i CREATE (:Entity {id: 'x' + toString(i)})",
    "MATCH (n:Agency) RETURN n UNION MATCH (m:Agency) WITH m LIMIT 1 SET m.x = 1 RETURN m AS n",
    "CREATE INDEX FOR (n:Person) ON (n.name)",
    "MATCH (n:Entity) FOREACH (x IN [1] | SET n.x = x)",
    "cReAtE (:Entity {id: 'agency:mixed-case'})",
]
# Each engine's own spelling of index changes and query options; the other engine refuses them as invalid.
DIALECT = {
    "falkordb": ["CALL db.idx.fulltext.drop('Entity')",
                 "CALL db.idx.fulltext.createNodeIndex('Agency', 'name')",
                 "CALL db.idx.fulltext.createNodeIndex({label: 'Person', stopwords: []}, 'name')",
                 "DROP INDEX ON :Entity(id)",
                 "CYPHER p=1 CREATE (:Entity {id: 'agency:prefixed'})"],
    "neo4j": ["DROP INDEX entity_search",
              "CREATE FULLTEXT INDEX agency_names FOR (n:Agency) ON EACH [n.name]",
              "CREATE CONSTRAINT person_name FOR (n:Person) REQUIRE n.name IS UNIQUE",
              "CYPHER runtime=slotted CREATE (:Entity {id: 'agency:prefixed'})",
              "CALL { CREATE (:Entity {id: 'agency:sub'}) } RETURN 1",
              "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Entity {id: row[0]})"],
}


INDEXES = {"falkordb": "CALL db.indexes() YIELD label, properties, types RETURN label, properties, types "
                       "ORDER BY label",
           "neo4j": "SHOW INDEXES YIELD name, labelsOrTypes, properties, type RETURN * ORDER BY name"}


def _snapshot(client: httpx.Client) -> Any:
    """Everything a write could change: counts, every node and edge's properties, the indexes."""
    def read(query: str) -> Any:
        r = client.post("/cypher", json={"query": query})
        assert r.status_code == 200, r.text
        return r.json()["rows"]

    return (
        client.get("/stats").json(),
        read("MATCH (n:Entity) RETURN n.id, labels(n), properties(n) ORDER BY n.id LIMIT 100000"),
        read("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) ORDER BY a.id, type(r), b.id "
             "LIMIT 100000"),
        read(INDEXES[client.get("/health").json()["store"]]),
    )


def test_reads_are_answered(client: httpx.Client) -> None:
    r = client.post("/cypher", json={
        "query": "MATCH (a:Agency)-[:PARTY_TO]->(g:Agreement) WHERE a.id = $id RETURN g.id AS id ORDER BY id",
        "params": {"id": "agency:ban-noi-chinh-trung-uong"}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["id"] and body["row_count"] == len(body["rows"]) >= 4
    assert body["truncated"] is False
    nodes = client.post("/cypher", json={"query": "MATCH (n:Person {id: 'person:phan-dinh-trac'}) RETURN n"})
    assert nodes.json()["rows"][0][0]["name"] == "Phan Đình Trạc"
    procs = client.post("/cypher", json={"query": "CALL db.labels()"})
    assert procs.status_code == 200 and ["Agency"] in procs.json()["rows"]


@pytest.mark.parametrize("query,dialect", [(q, None) for q in WRITES]
                         + [(q, engine) for engine, qs in DIALECT.items() for q in qs])
def test_writes_are_refused_and_change_nothing(client: httpx.Client, backend: str, query: str,
                                               dialect: str | None) -> None:
    before = _snapshot(client)
    r = client.post("/cypher", json={"query": query})
    if dialect in (None, backend):
        assert r.status_code == 403, r.text
        assert r.json()["status"] == 403 and "only reads" in r.json()["message"]
    else:  # the other engine's spelling: refused one way or the other
        assert r.status_code in (403, 422), r.text
    assert _snapshot(client) == before


def test_search_still_works_after_the_index_tricks(client: httpx.Client) -> None:
    for query in ("CALL db.idx.fulltext.drop('Entity')", "DROP INDEX entity_search"):
        client.post("/cypher", json={"query": query})
    items = client.get("/search", params={"q": "ban noi chinh"}).json()["items"]
    assert items[0]["id"] == "agency:ban-noi-chinh-trung-uong"


def test_bad_statements_are_422(client: httpx.Client) -> None:
    r = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert r.status_code == 422 and r.json()["message"]
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={}).status_code == 422
    assert client.post("/cypher", json={"query": "RETURN $x", "params": "x=1"}).status_code == 422
    assert client.post("/cypher", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


def test_rows_are_capped(api_app: Callable[..., Any]) -> None:
    with api_app(cypher_max_rows=50) as url, httpx.Client(base_url=url, timeout=30) as c:
        body = c.post("/cypher", json={"query": "UNWIND range(1, 500) AS i RETURN i"}).json()
        assert body["row_count"] == 50 and len(body["rows"]) == 50 and body["truncated"] is True
        small = c.post("/cypher", json={"query": "UNWIND range(1, 50) AS i RETURN i"}).json()
        assert small["row_count"] == 50 and small["truncated"] is False


def test_slow_statements_are_stopped(api_app: Callable[..., Any]) -> None:
    # Seconds of work on any machine (10^8 rows), so it cannot end before either engine's check.
    slow = ("UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b "
            "WITH a, b WHERE (a * b) % 7919 = 1 RETURN count(*)")
    with api_app(cypher_timeout_ms=50) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.post("/cypher", json={"query": slow})
        assert r.status_code == 504, r.text
        assert "50 ms" in r.json()["message"]
        # The slot stays taken until the engine has ended the statement (the test server checks its
        # timeouts every 100 ms): meanwhile the next one is told to retry (429).
        deadline = time.monotonic() + 5
        # (or a 504: on a busy machine even RETURN 1 can outlast a 50 ms budget)
        while (one := c.post("/cypher", json={"query": "RETURN 1 AS one"})).status_code in (429, 504):
            assert time.monotonic() < deadline, f"no statement ran after 5 s: {one.text}"
            time.sleep(0.2)
        assert one.json()["rows"] == [[1]], one.text
