"""Judgements: a researcher's "these two are the same", "these are not the same" and "this relation
is wrong", each with a reason, kept in a JSON-lines log beside the graph and applied by every later
resolution (`ingest.resolve`). The log is append-only: undoing a judgement appends an undo record.

A judgement about people names the mentions (article and name) each node was made of when it was
made, so it still holds when new articles change the nodes' ids; `export`/`import` share the log
between installations that read the same articles.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from coordgraph.graph.model import Relation, relation_types, short_hash

KINDS = ("same", "different", "wrong")


class JudgementError(ValueError):
    """A judgement that cannot be recorded, or a log that cannot be read."""


@dataclass
class Judgement:
    kind: str  # same, different or wrong
    a: str  # node id (wrong: the relation's source)
    b: str  # node id (wrong: the relation's target)
    reason: str
    relation: str | None = None  # wrong: the relation type
    title: str | None = None  # wrong: HOLDS_POSITION's title, when it matters
    mentions_a: list[str] = field(default_factory=list)  # "<article>#<id in the article>"
    mentions_b: list[str] = field(default_factory=list)
    created: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise JudgementError(f"unknown judgement {self.kind!r}: use one of {', '.join(KINDS)}")
        if not self.a or not self.b:
            raise JudgementError("a judgement needs two node ids")
        if self.kind != "wrong" and self.a == self.b:
            raise JudgementError(f"{self.a!r} is judged against itself")
        if self.kind != "wrong" and self.a.split(":")[0] != self.b.split(":")[0]:
            raise JudgementError(f"{self.a!r} and {self.b!r} are not of one type")
        if self.kind == "wrong" and self.relation not in relation_types():
            raise JudgementError(f"unknown relation type {self.relation!r}")
        if not self.reason or not self.reason.strip():
            raise JudgementError("a judgement needs a reason")
        self.created = self.created or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.id = self.id or "j-" + short_hash(self.kind, self.a, self.b, self.relation or "", self.created)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "")}


def parse(r: dict[str, Any]) -> Judgement:
    """A judgement record as read from a log or an export; JudgementError names what is wrong."""
    try:
        return Judgement(**{k: v for k, v in r.items() if k in Judgement.__dataclass_fields__})
    except TypeError as exc:
        raise JudgementError(f"judgement {r.get('id')!r} lacks a field: {exc}") from exc


class Log:
    """The judgement log of one graph: a JSON-lines file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def records(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        with self.path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise JudgementError(f"{self.path}: line {n} is not JSON: {exc.msg}") from exc
                if not isinstance(rec, dict) or not (rec.get("undo") or rec.get("kind")):
                    raise JudgementError(f"{self.path}: line {n} is neither a judgement nor an undo")
                out.append(rec)
        return out

    def active(self) -> list[Judgement]:
        """The judgements in force, oldest first."""
        undone = {r["undo"] for r in self.records() if r.get("undo")}
        out = []
        for r in self.records():
            if r.get("kind") and r.get("id") not in undone:
                try:
                    out.append(parse(r))
                except JudgementError as exc:
                    raise JudgementError(f"{self.path}: judgement {r.get('id')!r}: {exc}") from exc
        return out

    def _append(self, records: Iterable[dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())

    def add(self, j: Judgement) -> Judgement:
        self._append([j.to_json()])
        return j

    def undo(self, jid: str, reason: str = "") -> Judgement:
        found = [j for j in self.active() if j.id == jid]
        if not found:
            raise JudgementError(f"no judgement {jid!r} in force")
        self._append([{"undo": jid, "reason": reason,
                       "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}])
        return found[0]

    def import_records(self, records: Iterable[dict[str, Any]]) -> int:
        """Add the judgements and undos not in the log yet; returns how many were added."""
        have = {r.get("id") or ("undo", r.get("undo")) for r in self.records()}
        new = []
        for n, r in enumerate(records, 1):
            if not isinstance(r, dict) or not (r.get("kind") or r.get("undo")):
                raise JudgementError(f"record {n} is neither a judgement nor an undo")
            if r.get("kind"):
                try:
                    parse(r)
                except JudgementError as exc:
                    raise JudgementError(f"record {n}: {exc}") from exc
            k = r.get("id") or ("undo", r.get("undo"))
            if k not in have:
                have.add(k)
                new.append(r)
        if new:
            self._append(new)
        return len(new)


class Applied:
    """The judgements in force, as resolution uses them."""

    def __init__(self, judgements: Iterable[Judgement]) -> None:
        self.judgements = list(judgements)
        self._alias: dict[str, str] = {}
        for j in self.judgements:
            if j.kind == "same" and not j.a.startswith("person:"):
                a, b = self.alias(j.a), self.alias(j.b)
                if a != b:
                    self._alias[max(a, b)] = min(a, b)
        self._apart = {frozenset((j.a, j.b)) for j in self.judgements if j.kind == "different"}
        self._wrong = [j for j in self.judgements if j.kind == "wrong"]

    def signature(self) -> tuple[str, ...]:
        """What tells one set of judgements from another (a resolution memo is kept only under one)."""
        return tuple(json.dumps(j.to_json(), sort_keys=True, ensure_ascii=False) for j in self.judgements)

    def alias(self, node_id: str) -> str:
        seen = set()
        while node_id in self._alias and node_id not in seen:
            seen.add(node_id)
            node_id = self._alias[node_id]
        return node_id

    def same_sets(self) -> list[tuple[set[str], set[str]]]:
        return [(set(j.mentions_a), set(j.mentions_b)) for j in self.judgements
                if j.kind == "same" and j.a.startswith("person:")]

    def apart_sets(self) -> list[tuple[set[str], set[str]]]:
        return [(set(j.mentions_a), set(j.mentions_b)) for j in self.judgements
                if j.kind == "different" and j.a.startswith("person:")]

    def separated(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self._apart

    def wrong(self, r: Relation) -> bool:
        return any(j.relation == r.type and self.alias(j.a) == r.source and self.alias(j.b) == r.target
                   and (j.title is None or j.title == r.properties.get("title")) for j in self._wrong)
