"""Named queries: one `.cypher` file each under `cypher/queries/`, with a header naming them.

    // name: partners
    // description: Who coordinates with an agency, through which agreements.
    // params: agency_id (string), since (date, optional)
    // returns: partner_id, partner, agreement_id, agreement

A variant for one backend sits beside the shared file (`partners.falkordb.cypher`,
`partners.neo4j.cypher`); `NamedQuery.text(backend)` picks it when it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

BACKENDS = ("falkordb", "neo4j")
PARAM_TYPES = ("string", "int", "float", "bool", "date", "list")
_HEADER_RE = re.compile(r"^//\s*(name|description|params|returns)\s*:\s*(.*)$")
_PARAM_RE = re.compile(r"^(\w+)\s*(?:\(\s*(\w+)\s*(,\s*optional\s*)?\))?$")


class QueryError(ValueError):
    """A named query file or its parameters are wrong; the message says which and how."""


@dataclass
class NamedQuery:
    name: str
    description: str = ""
    params: list[tuple[str, str, bool]] = field(default_factory=list)  # (name, type, optional)
    returns: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # "" for the shared text, else the backend
    path: Path | None = None

    def text(self, backend: str) -> str:
        """The Cypher for `backend` ("falkordb" or "neo4j"): its variant, else the shared text."""
        if backend in self.texts:
            return self.texts[backend]
        if "" in self.texts:
            return self.texts[""]
        raise QueryError(f"query {self.name!r} has no text for backend {backend!r}")

    def bind(self, values: dict[str, Any] | None) -> dict[str, Any]:
        """Check and convert parameter values (strings from a CLI or URL are parsed); missing optional -> None."""
        values = dict(values or {})
        known = {p[0] for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(map(repr, unknown))}"
                             f" (it takes: {', '.join(sorted(known)) or 'none'})")
        out: dict[str, Any] = {}
        for name, type_, optional in self.params:
            value = values.get(name)
            if value is None or value == "":
                if not optional:
                    raise QueryError(f"query {self.name!r} needs parameter {name!r} ({type_})")
                out[name] = None
                continue
            try:
                out[name] = convert(value, type_)
            except (TypeError, ValueError) as exc:
                raise QueryError(f"parameter {name!r} of query {self.name!r}: {exc}") from None
        return out


def convert(value: Any, type_: str) -> Any:
    """`value` as `type_`; strings are parsed. Dates stay ISO strings (the graph stores them so)."""
    if type_ == "string":
        return str(value)
    if type_ == "int":
        if isinstance(value, bool):
            raise ValueError(f"expected an integer, got {value!r}")
        return int(value)
    if type_ == "float":
        return float(value)
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        s = str(value).strip().lower()
        if s in ("1", "true", "yes", "on"):
            return True
        if s in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"expected true or false, got {value!r}")
    if type_ == "date":
        s = str(value)
        date.fromisoformat(s[:10])
        if len(s) not in (4, 7, 10) and not (len(s) > 10 and s[10] == "T"):
            raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
        return s[:10]
    if type_ == "list":
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        return [v.strip() for v in str(value).split(",") if v.strip()]
    raise ValueError(f"unknown parameter type {type_!r}")


def parse_query_file(path: Path) -> tuple[NamedQuery, str]:
    """Read one file: its header fields and its Cypher (header lines and a final ';' removed)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    fields: dict[str, str] = {}
    key = None
    body_start = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s.startswith("//"):
            body_start = i
            break
        m = _HEADER_RE.match(s)
        if m:
            key = m.group(1)
            fields[key] = m.group(2).strip()
        elif key and s[2:].strip():
            fields[key] += " " + s[2:].strip()
        body_start = i + 1
    body = "\n".join(lines[body_start:]).strip().rstrip(";").strip()
    stem = path.name[: -len(".cypher")]
    base, _, variant = stem.partition(".")
    name = fields.get("name") or base
    if name != base:
        raise QueryError(f"{path.name}: header names {name!r} but the file is {base!r}")
    if variant and variant not in BACKENDS:
        raise QueryError(f"{path.name}: unknown backend variant {variant!r} (use {' or '.join(BACKENDS)})")
    if not body:
        raise QueryError(f"{path.name}: no Cypher after the header")
    params = []
    spec_text = fields.get("params", "").strip()
    for part in [] if spec_text.lower() in ("", "none", "-") else _split_top(spec_text):
        m = _PARAM_RE.match(part)
        if not m:
            raise QueryError(f"{path.name}: cannot read parameter {part!r} (write: name (type[, optional]))")
        ptype = m.group(2) or "string"
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{path.name}: parameter {m.group(1)!r} has unknown type {ptype!r}")
        params.append((m.group(1), ptype, bool(m.group(3))))
    returns = [r.strip() for r in fields.get("returns", "").split(",") if r.strip()]
    q = NamedQuery(name, fields.get("description", ""), params, returns, {variant: body}, path)
    return q, variant


def _split_top(text: str) -> list[str]:
    """Split on commas outside parentheses: 'a (int), b (date, optional)' -> two parts."""
    parts, depth, current = [], 0, ""
    for c in text:
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def list_queries(directory: Path) -> list[NamedQuery]:
    """Every named query under `directory` (or its `queries/` folder), variants merged, sorted by name."""
    directory = Path(directory)
    if (directory / "queries").is_dir():
        directory = directory / "queries"
    found: dict[str, NamedQuery] = {}
    for path in sorted(directory.glob("*.cypher")):
        q, variant = parse_query_file(path)
        if q.name in found:
            known = found[q.name]
            known.texts[variant] = q.texts[variant]
            if variant == "":  # the shared file's header wins
                known.description, known.params, known.returns, known.path = q.description, q.params, q.returns, q.path
        else:
            found[q.name] = q
    return [found[k] for k in sorted(found)]


def get_query(directory: Path, name: str) -> NamedQuery:
    """One named query; QueryError naming the known ones when absent."""
    queries = {q.name: q for q in list_queries(directory)}
    if name not in queries:
        raise QueryError(f"no named query {name!r} (known: {', '.join(sorted(queries)) or 'none'})")
    return queries[name]


def schema_statements(path: Path) -> list[str]:
    """The statements of a schema file (cypher/schema.<backend>.cypher): '//' lines dropped, split on ';'."""
    lines = [ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if not ln.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
