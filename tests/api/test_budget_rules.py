"""The /cypher budget's rules on their own: what they let through unchanged, what they refuse, and
how the row cap is written into a statement."""

from __future__ import annotations

from typing import Any

import pytest
from coordgraph.api.budget import Budget, BudgetError, check, nesting, tokens, with_limit

from coordgraph import resource

BUDGET = Budget()


def _cypher_files() -> list[str]:
    root = resource("cypher", "queries")
    return sorted(str(p.name) for p in root.iterdir() if p.name.endswith(".cypher"))


@pytest.mark.parametrize("name", _cypher_files())
def test_every_named_query_nests_within_the_budget(name: str) -> None:
    """Our own queries (which may use reduce(); /cypher may not) stay within the parse budget."""
    text = resource("cypher", "queries", name).read_text(encoding="utf-8")
    deepest, cost = nesting(tokens(text))
    assert deepest <= BUDGET.max_depth and cost <= BUDGET.max_parse_cost


@pytest.mark.parametrize("query", [
    "MATCH (a:Agency)-[:PARTY_TO]->(g:Agreement) RETURN a.name, count(g) ORDER BY count(g) DESC",
    "MATCH (n) WHERE NOT n.id STARTS WITH 'article:' AND NOT (n)-[:MENTIONS]->() RETURN n.id",
    "RETURN [i IN range(0, size($xs) - 1) | $xs[i] * -1] AS ys",
    "UNWIND range(1, 1000) AS x RETURN x",
    "RETURN CASE WHEN 1 > 0 THEN 'a' ELSE 'b' END, 'NOT NOT NOT NOT [[[[[[[[[[[[[[[' AS text",
    "MATCH p = (a)-[*1..3]->(b) RETURN [n IN nodes(p) | {id: n.id, labels: labels(n)}]",
    "MATCH (n) RETURN [x IN n.aliases WHERE x <> '' | [x, size(x)]], [(n)-->(m) | m.id]",
])
def test_ordinary_statements_pass(query: str) -> None:
    check(query, {"xs": [1, 2, 3]}, BUDGET)


@pytest.mark.parametrize(("query", "params", "says"), [
    ("RETURN " + "[" * 22 + "]" * 22, {}, "nests 22 levels"),
    ("RETURN " + "NOT " * 16 + "true", {}, "nests 16 levels"),
    ("RETURN " + "-" * 16 + "1", {}, "nests"),
    ("RETURN " + "CASE WHEN true THEN " * 14 + "1" + " END" * 14, {}, "nests 14"),
    ("RETURN " + "NOT (" * 8 + "true" + ")" * 8, {}, "nests 16"),
    ("RETURN [" + ",".join(["[" * 10 + "]" * 10] * 1000) + "]", {}, "too complex"),
    ("UNWIND range(1, 1000000000) AS x RETURN count(x)", {}, "1000000000 elements"),
    ("RETURN size(range(1, 100000000))", {}, "100000000 elements"),
    ("RETURN size(range(1, 10 * 100000000))", {}, "not '*'"),
    ("WITH 1000000000 AS n RETURN size(range(1, n))", {}, "not 'n'"),
    ("RETURN range(1, $n)", {"n": 10**9}, "elements"),
    ("RETURN range(1, $n)", {"n": "1000"}, "integer parameter"),
    ("RETURN range(1, toInteger('1000000000'))", {}, "not 'toInteger'"),
    ("RETURN range(1, size($a) + size($a) + size($a))", {"a": [1]}, "at most two size()"),
    ("RETURN 1", {"p": [[[[[[[[[[1]]]]]]]]]]}, "nested too deep"),
    ("RETURN 1", {"p": "x" * 70_000}, "bytes as JSON"),
    ("RETURN 1", {"x=1 RETURN 2 //": 1}, "parameter name"),
    ("RETURN $p", {"p": "a\x00b"}, "NUL"),
    ("RETURN 'a\x00b'", {}, "NUL"),
    ("RETURN $p", {"p": "\ud800"}, "not valid Unicode"),
    ("RETURN reduce(s = '', i IN range(1, 10) | s + 'x')", {}, "reduce()"),
    ("WITH [1, 2] AS xs RETURN [a IN xs | [b IN xs | 1]]", {}, "inside another"),
    ("WITH [1, 2] AS xs RETURN [a IN xs | range(1, 1000)]", {}, "range() inside"),
    ("MATCH (n) RETURN [(n)-->(m) | [x IN m.aliases | x]]", {}, "inside another"),
])
def test_bombs_are_refused_with_the_reason(query: str, params: dict[str, Any], says: str) -> None:
    with pytest.raises(BudgetError, match=None) as info:
        check(query, params, BUDGET)
    assert says in str(info.value)


@pytest.mark.parametrize(("query", "params", "expected"), [
    ("MATCH (n) RETURN n", {}, "MATCH (n) RETURN n LIMIT 11"),
    ("MATCH (n) RETURN n;", {}, "MATCH (n) RETURN n LIMIT 11;"),
    ("MATCH (n) RETURN n ORDER BY n.id SKIP 5 // last\n", {}, "MATCH (n) RETURN n ORDER BY n.id SKIP 5 LIMIT 11 // last\n"),
    ("MATCH (n) RETURN n LIMIT 5", {}, "MATCH (n) RETURN n LIMIT 5"),
    ("MATCH (n) RETURN n LIMIT 500", {}, "MATCH (n) RETURN n LIMIT 11"),
    ("MATCH (n) RETURN n LIMIT $k", {"k": 100}, "MATCH (n) RETURN n LIMIT 11"),
    ("MATCH (n) RETURN n LIMIT $k", {"k": 3}, "MATCH (n) RETURN n LIMIT $k"),
    ("CALL db.labels()", {}, "CALL db.labels()"),
    ("CALL { MATCH (n) RETURN n } RETURN n", {}, "CALL { MATCH (n) RETURN n } RETURN n LIMIT 11"),
    ("RETURN 1 AS x UNION ALL RETURN 2 AS x", {}, "RETURN 1 AS x LIMIT 11 UNION ALL RETURN 2 AS x LIMIT 11"),
    ("RETURN 'LIMIT 5' AS s", {}, "RETURN 'LIMIT 5' AS s LIMIT 11"),
])
def test_the_row_cap_is_written_into_the_statement(query: str, params: dict[str, Any], expected: str) -> None:
    assert with_limit(query, tokens(query), params, 11) == expected
