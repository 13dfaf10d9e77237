"""The budget of POST /cypher, checked before a statement reaches the store.

The database's own time limit starts after parsing, and FalkorDB's parse time doubles with each
level of nesting (brackets, CASE, NOT and unary minus); a single `range()` call allocates its whole
list at once, before any memory or time limit can stop it. So the statement and its parameters are
measured here first, and the row cap is pushed into the statement as a LIMIT.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import orjson


class BudgetError(ValueError):
    """The statement or its parameters are over the budget (the message says which limit)."""


@dataclass(frozen=True)
class Budget:
    max_depth: int = 12
    max_param_bytes: int = 65_536
    max_range: int = 1_000_000
    max_param_depth: int = 8
    # Sum over every opening of 2**depth: the parse work, about 1.5 µs a unit on FalkorDB 4.16.
    max_parse_cost: int = 2**16


_TOKEN = re.compile(r"""
    (?P<space>\s+|//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`[^`]*(?:`|\Z))
  | (?P<param>\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+|`[^`]*`))
  | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

_OPEN, _CLOSE = set("([{"), set(")]}")
# After these a '-' or '+' is a sign, not a subtraction.
_BEFORE_SIGN = {"RETURN", "WITH", "WHERE", "AND", "OR", "XOR", "NOT", "IN", "THEN", "ELSE", "WHEN", "CASE",
                "UNWIND", "AS", "SKIP", "LIMIT", "BY", "SET", "YIELD", "IS"}
_OPERAND_END = {"string", "quoted", "param", "number"}
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class Token:
    kind: str
    text: str
    start: int
    depth: int = 0  # brackets and CASE around it


def tokens(query: str) -> list[Token]:
    """The statement's tokens without spaces and comments, each with its bracket depth.

    >>> [t.text for t in tokens("MATCH (n) // look\\nRETURN n.name AS `a b`")]
    ['MATCH', '(', 'n', ')', 'RETURN', 'n', '.', 'name', 'AS', '`a b`']
    """
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or "punct"
        if kind == "space":
            continue
        text = m.group()
        upper = text.upper() if kind == "word" else text
        if text in _CLOSE or upper == "END":
            depth = max(depth - 1, 0)
        out.append(Token(kind, text, m.start(), depth))
        if text in _OPEN or upper == "CASE":
            depth += 1
    return out


def nesting(toks: list[Token]) -> tuple[int, int]:
    """(deepest nesting, parse cost) of a statement: each bracket, CASE and prefix operator (NOT, a
    sign) is one level; the cost sums 2**level over the openings and operands under prefixes.

    >>> nesting(tokens("RETURN [[[]]]"))[0], nesting(tokens("RETURN NOT NOT (true)"))[0]
    (3, 3)
    """
    stack: list[int] = []
    level = run = deepest = cost = 0
    prev: Token | None = None
    for t in toks:
        word = t.text.upper() if t.kind == "word" else ""
        is_sign = t.text in "-+" and t.kind == "punct" and (
            prev is None or (prev.kind == "punct" and prev.text not in _CLOSE)
            or (prev.kind == "word" and prev.text.upper() in _BEFORE_SIGN))
        if word == "NOT" or is_sign:
            run += 1
        elif t.text in _OPEN or word == "CASE":
            stack.append(1 + run)
            level += 1 + run
            run = 0
            deepest = max(deepest, level)
            cost += 2 ** min(level, 62)
        elif t.text in _CLOSE or word == "END":
            level -= stack.pop() if stack else 0
            run = 0
        elif t.kind in _OPERAND_END or t.kind == "word":
            if run:
                deepest = max(deepest, level + run)
                cost += 2 ** min(level + run, 62)
            run = 0
        else:
            run = 0
        prev = t
    return deepest, cost


def check_params(params: dict[str, Any], budget: Budget) -> None:
    """Parameter names are plain identifiers; values small, shallow and without NUL characters."""
    for name in params:
        if not _PARAM_NAME.match(name):
            raise BudgetError(f"parameter name {name!r}: use letters, digits and '_' (not starting with a digit)")
    _check_value(params, budget.max_param_depth, "params")
    try:
        size = len(orjson.dumps(params))
    except (TypeError, orjson.JSONEncodeError) as exc:
        raise BudgetError(f"parameters: not plain JSON values ({exc})") from exc
    if size > budget.max_param_bytes:
        raise BudgetError(f"parameters are {size} bytes as JSON; the limit is {budget.max_param_bytes}")


def _check_value(value: Any, depth: int, where: str) -> None:
    if isinstance(value, str):
        check_text(value, where)
    elif isinstance(value, (list, dict)):
        if depth <= 0:
            raise BudgetError(f"{where}: nested too deep (at most {Budget.max_param_depth} levels)")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for k, v in items:
            if isinstance(k, str):
                check_text(k, where)
            _check_value(v, depth - 1, f"{where}.{k}")
    elif isinstance(value, float) and not math.isfinite(value):
        raise BudgetError(f"{where}: {value} is not a number the store can take")


def check_text(text: str, where: str) -> None:
    """No NUL characters (they cut the statement short in the store) and no lone surrogates."""
    if "\x00" in text:
        raise BudgetError(f"{where}: contains a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BudgetError(f"{where}: not valid Unicode text ({exc.reason})") from exc


def check_ranges(toks: list[Token], params: dict[str, Any], budget: Budget) -> None:
    """Every range() call has bounds the budget can see: integer literals, integer parameters and at
    most two size()/length() terms, joined by + and -; and at most `max_range` elements when constant."""
    for i, t in enumerate(toks):
        if not (t.kind == "word" and t.text.lower() == "range" and i + 1 < len(toks) and toks[i + 1].text == "("):
            continue
        if i > 0 and toks[i - 1].text == ".":
            continue  # a property or namespaced function called range
        args, _ = _call_args(toks, i + 1)
        if not 2 <= len(args) <= 3:
            continue  # the store reports the wrong arity itself
        values = [_bound(a, params, budget) for a in args]
        if any(v is None for v in values):
            continue
        lo, hi = values[0], values[1]
        step = values[2] if len(values) == 3 else 1
        assert lo is not None and hi is not None and step is not None
        n = 0 if step == 0 else max(0, (hi - lo) // step + 1)
        if n > budget.max_range:
            raise BudgetError(f"range() at character {t.start} makes {n} elements; the limit is {budget.max_range}")


def _call_args(toks: list[Token], open_at: int) -> tuple[list[list[Token]], int]:
    """The arguments (token lists) of the call whose '(' is at `open_at`, and the index after ')'."""
    base = toks[open_at].depth
    args: list[list[Token]] = [[]]
    j = open_at + 1
    while j < len(toks):
        t = toks[j]
        if t.text == ")" and t.depth == base:
            break
        if t.text == "," and t.depth == base + 1:
            args.append([])
        else:
            args[-1].append(t)
        j += 1
    return ([] if args == [[]] else args), j + 1


_SIZE_FUNCS = {"size", "length"}


def _bound(arg: list[Token], params: dict[str, Any], budget: Budget) -> int | None:
    """The constant value of a range() bound (None when it holds size() terms); BudgetError when
    it holds anything the budget cannot bound."""
    total, sizes, sign, k = 0, 0, 1, 0
    while k < len(arg):
        t = arg[k]
        if t.text in "+-" and t.kind == "punct":
            sign = sign if t.text == "+" else -sign
        elif t.text in "()" and t.kind == "punct":
            pass  # grouping; only + and - may join the terms, so brackets change nothing but signs
        elif t.kind == "number" and re.fullmatch(r"\d+", t.text):
            total += sign * int(t.text)
            sign = 1
        elif t.kind == "param":
            value = params.get(t.text[1:].strip("`"))
            if not isinstance(value, int) or isinstance(value, bool):
                raise BudgetError(f"range() bound {t.text} must be an integer parameter")
            total += sign * value
            sign = 1
        elif t.kind == "word" and t.text.lower() in _SIZE_FUNCS and k + 1 < len(arg) and arg[k + 1].text == "(":
            sizes += 1
            depth = arg[k + 1].depth
            k += 2
            while k < len(arg) and not (arg[k].text == ")" and arg[k].depth == depth):
                k += 1
            sign = 1
        else:
            raise BudgetError(f"range() bounds may hold only integers, integer parameters, size() and + or -; "
                              f"not {t.text!r} (at character {t.start})")
        k += 1
    if sizes > 2 or abs(total) > budget.max_range * 1000:
        raise BudgetError(f"range() bounds too large (at most two size() terms; the limit is {budget.max_range} "
                          "elements)")
    return None if sizes else total


def check(query: str, params: dict[str, Any], budget: Budget) -> list[Token]:
    """Raise BudgetError when the statement or its parameters are over the budget; its tokens otherwise."""
    check_text(query, "query")
    check_params(params, budget)
    toks = tokens(query)
    deepest, cost = nesting(toks)
    if deepest > budget.max_depth:
        raise BudgetError(f"the statement nests {deepest} levels deep (brackets, CASE, NOT, signs); the limit is "
                          f"{budget.max_depth}: flatten it, e.g. with WITH clauses")
    if cost > budget.max_parse_cost:
        raise BudgetError("the statement is too complex to parse within the time limit (too many deeply nested "
                          "expressions); split or flatten it")
    check_ranges(toks, params, budget)
    check_list_building(toks)
    return toks


_BUILDERS = {"range", "collect", "reduce"}


def check_list_building(toks: list[Token]) -> None:
    """No reduce(), and no list comprehension whose projection builds lists (another comprehension or
    a range()): FalkorDB's per-query memory limit does not cover lists built inside one expression, so
    `[a IN xs | [b IN xs | 1]]` can take the whole machine's memory.

    >>> check_list_building(tokens("RETURN [x IN $xs WHERE x > 1 | [x, x * 2]]"))
    """
    for i, t in enumerate(toks):
        if t.kind == "word" and t.text.lower() == "reduce" and i + 1 < len(toks) and toks[i + 1].text == "(":
            raise BudgetError(f"reduce() (at character {t.start}) is not available here: the lists and strings it "
                              "builds escape the database's memory limit; use UNWIND and aggregation")
    opened: list[tuple[int, bool]] = []  # per '[': (depth, is a comprehension seen past its '|')
    for i, t in enumerate(toks):
        if t.text == "[":
            opened.append((t.depth, False))
        elif t.text == "]" and opened:
            opened.pop()
        elif t.text == "|" and opened and opened[-1][0] + 1 == t.depth:
            outer = [o for o in opened[:-1] if o[1]]
            if outer:
                raise BudgetError(f"a list comprehension inside another one's projection (at character {t.start}) "
                                  "can build lists beyond the memory limit; unwind the outer list instead")
            opened[-1] = (opened[-1][0], True)
        elif (t.kind == "word" and t.text.lower() in _BUILDERS and any(o[1] for o in opened)
              and i + 1 < len(toks) and toks[i + 1].text == "("):
            raise BudgetError(f"{t.text}() inside a list comprehension's projection (at character {t.start}) can "
                              "build lists beyond the memory limit; unwind instead")


def with_limit(query: str, toks: list[Token], params: dict[str, Any], limit: int) -> str:
    """The statement with every top-level RETURN capped at `limit` rows: a LIMIT appended, or a larger
    LIMIT lowered. Statements without a top-level RETURN (procedure calls) are left as they are.

    >>> with_limit("MATCH (n) RETURN n", tokens("MATCH (n) RETURN n"), {}, 11)
    'MATCH (n) RETURN n LIMIT 11'
    >>> q = "RETURN 1 AS x LIMIT 500 UNION RETURN 2 AS x"
    >>> with_limit(q, tokens(q), {}, 11)
    'RETURN 1 AS x LIMIT 11 UNION RETURN 2 AS x LIMIT 11'
    """
    top = [t for t in toks if t.depth == 0]
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    ends = [i for i, t in enumerate(top) if t.kind == "word" and t.text.upper() == "UNION"] + [len(top)]
    begin = 0
    for end in ends:
        part = top[begin:end]
        begin = end + 1
        returns = [i for i, t in enumerate(part) if t.kind == "word" and t.text.upper() == "RETURN"]
        if not returns:
            continue
        tail = part[returns[-1]:]
        limits = [i for i, t in enumerate(tail) if t.kind == "word" and t.text.upper() == "LIMIT"]
        if limits and limits[-1] + 1 < len(tail):
            value = tail[limits[-1] + 1]
            n = _int_value(value, params)
            if n is None or n > limit:
                edits.append((value.start, value.start + len(value.text), str(limit)))
            continue
        last = part[-1] if part else None
        if last is None:
            continue
        at = last.start + len(last.text)
        if last.text == ";":
            at = last.start
        edits.append((at, at, f" LIMIT {limit}"))
    for start, end, text in sorted(edits, reverse=True):
        query = query[:start] + text + query[end:]
    return query


def _int_value(t: Token, params: dict[str, Any]) -> int | None:
    if t.kind == "number" and t.text.isdigit():
        return int(t.text)
    if t.kind == "param":
        v = params.get(t.text[1:].strip("`"))
        return v if isinstance(v, int) and not isinstance(v, bool) else None
    return None
