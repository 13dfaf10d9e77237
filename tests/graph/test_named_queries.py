"""Named queries: their files parse, and on a small hand-built graph they return exactly the rows expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordgraph.graph.queries import QueryError, get_query, list_queries, parse_query_file
from coordgraph.graph.store.base import Store
from smallgraph import E1, E2, G1, G2, NAMES, A, B, C, L, P, Q

REPO_DIR = Path(__file__).resolve().parents[2]

QUERIES = REPO_DIR / "cypher" / "queries"
OURS = ["agreement_events", "agreements_between", "article_entities", "officials", "partners", "positions"]

def rows(store: Store, name: str, **params: str) -> list[list]:
    return store.view().named(name, params).rows


def test_our_query_files_have_headers_naming_params_and_columns() -> None:
    queries = {q.name: q for q in list_queries(QUERIES)}
    for name in OURS:
        q = queries[name]
        assert q.description and q.returns and q.params, name
        assert q.text("falkordb") and q.text("neo4j")


def test_partners_pairs_the_lead_with_each_party_and_others_pairwise(small: Store) -> None:
    assert rows(small, "partners", agency_id=A) == [
        [B, NAMES[B], G1, NAMES[G1], "chuong_trinh_phoi_hop", "2021-03-01", "2021-03-01", ["n1"], []],
        [C, NAMES[C], G1, NAMES[G1], "chuong_trinh_phoi_hop", "2021-03-01", "2021-03-01", ["n1"], []],
    ]
    assert rows(small, "partners", agency_id=B) == [
        [A, NAMES[A], G1, NAMES[G1], "chuong_trinh_phoi_hop", "2021-03-01", "2021-03-01", ["n1"], []],
        [C, NAMES[C], G2, NAMES[G2], "quy_che_phoi_hop", "2022-06-10", "2022-06-10", ["n2"], []],
    ]
    assert [r[:3] for r in rows(small, "partners", agency_id=B, since="2022-01-01")] == [[C, NAMES[C], G2]]


def test_officials_and_positions_span_first_and_last_seen(small: Store) -> None:
    assert rows(small, "officials", agency_id=A) == [[P, NAMES[P], "Bo truong", "2021-03-01", "2022-06-10", ["n1", "n2"]]]
    assert rows(small, "officials", agency_id=B) == [[Q, NAMES[Q], "Truong ban", "2022-06-10", "2022-06-10", ["n2"]]]
    assert rows(small, "positions", person_id=P) == [[A, NAMES[A], "Bo truong", "2021-03-01", "2022-06-10", ["n1", "n2"]]]


def test_agreement_events_lists_signing_and_review(small: Store) -> None:
    assert rows(small, "agreement_events", agreement_id=G1) == [
        [E1, NAMES[E1], "ky_ket", "2021-03-01", "SIGNS", [NAMES[A]], [NAMES[L]]],
        [E2, NAMES[E2], "so_ket", "2022-06-10", "REVIEWS", [NAMES[B], NAMES[C]], []],
    ]
    assert rows(small, "agreement_events", agreement_id=G2) == [
        [E2, NAMES[E2], "so_ket", "2022-06-10", "LAUNCHES", [NAMES[B], NAMES[C]], []]]


def test_agreements_between_two_agencies(small: Store) -> None:
    assert rows(small, "agreements_between", agency_a=B, agency_b=C) == [
        [G1, NAMES[G1], "chuong_trinh_phoi_hop", "1", None, None, None, "2021-03-01", "2021-03-01"],
        [G2, NAMES[G2], "quy_che_phoi_hop", None, "2022-2026", None, None, "2022-06-10", "2022-06-10"],
    ]
    assert rows(small, "agreements_between", agency_a=A, agency_b=B) == [
        [G1, NAMES[G1], "chuong_trinh_phoi_hop", "1", None, "lead", None, "2021-03-01", "2021-03-01"]]
    assert rows(small, "agreements_between", agency_a=A, agency_b="agency:nobody") == []


def test_article_entities_with_or_without_prefix(small: Store) -> None:
    expected = [[B, "Agency", NAMES[B]], [C, "Agency", NAMES[C]], [G1, "Agreement", NAMES[G1]],
                [G2, "Agreement", NAMES[G2]], [E2, "Event", NAMES[E2]], [A, "Agency", NAMES[A]],
                [P, "Person", NAMES[P]], [Q, "Person", NAMES[Q]]]
    expected.sort(key=lambda r: (r[1], r[2], r[0]))
    assert rows(small, "article_entities", article_id="n2") == expected
    assert rows(small, "article_entities", article_id="article:n2") == expected


def test_parameters_are_checked_and_converted() -> None:
    q = get_query(QUERIES, "partners")
    assert q.params == [("agency_id", "string", False), ("since", "date", True)]
    assert q.bind({"agency_id": "agency:x"}) == {"agency_id": "agency:x", "since": None}
    with pytest.raises(QueryError, match="needs parameter 'agency_id'"):
        q.bind({})
    with pytest.raises(QueryError, match="no parameter 'nope'"):
        q.bind({"agency_id": "x", "nope": "1"})
    with pytest.raises(QueryError, match="since"):
        q.bind({"agency_id": "x", "since": "last year"})
    with pytest.raises(QueryError, match="no named query 'missing'"):
        get_query(QUERIES, "missing")


def test_header_parsing_and_variants(tmp_path: Path) -> None:
    (tmp_path / "q.cypher").write_text(
        "// name: q\n// description: first line\n//   and more\n// params: a (int), b, c (date, optional)\n"
        "// returns: x, y\nMATCH (n) RETURN n.x AS x, n.y AS y;\n", encoding="utf-8")
    (tmp_path / "q.neo4j.cypher").write_text("// name: q\nMATCH (n) RETURN 1 AS x, 2 AS y\n", encoding="utf-8")
    (q,) = list_queries(tmp_path)
    assert q.description == "first line and more"
    assert q.params == [("a", "int", False), ("b", "string", False), ("c", "date", True)]
    assert q.returns == ["x", "y"]
    assert q.text("falkordb") == "MATCH (n) RETURN n.x AS x, n.y AS y"
    assert q.text("neo4j") == "MATCH (n) RETURN 1 AS x, 2 AS y"
    assert q.bind({"a": "3", "b": 4}) == {"a": 3, "b": "4", "c": None}
    (tmp_path / "bad.cypher").write_text("// name: other\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(QueryError, match="header names 'other'"):
        parse_query_file(tmp_path / "bad.cypher")
