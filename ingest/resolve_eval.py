"""Pairwise precision and recall of resolution against hand-labelled pairs of mentions.

A labelled pair (JSON lines, `tests/ingest/resolution_pairs.jsonl`) names two mentions by
article and name, says whether they are one person or body, and why. Resolution "merges" a pair
when both mentions end in one node.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.resolve import Resolution, body_name, slug

TYPES = {"person": "Person", "body": "Agency"}


@dataclass
class Score:
    kind: str
    pairs: int
    true_pos: int
    false_pos: int
    false_neg: int
    missing: int  # pairs whose mentions the graphs do not have

    @property
    def precision(self) -> float:
        merged = self.true_pos + self.false_pos
        return self.true_pos / merged if merged else 1.0

    @property
    def recall(self) -> float:
        same = self.true_pos + self.false_neg
        return self.true_pos / same if same else 1.0

    def line(self) -> str:
        return (f"{self.kind}: {self.pairs} pairs, precision {self.precision:.3f}, recall {self.recall:.3f} "
                f"({self.true_pos} merged rightly, {self.false_pos} wrongly, {self.false_neg} missed, "
                f"{self.missing} not found)")


def read_pairs(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {n} is not JSON: {exc.msg}") from exc
    return out


def node_of(res: Resolution, docs: dict[str, DocGraph], kind: str, mention: dict[str, str]) -> str | None:
    """The node a labelled mention ended in, or None when its article has no such entity."""
    doc = docs.get(mention["article"])
    if doc is None:
        return None
    found = [e for e in doc.entities if e.type == TYPES[kind] and e.name == mention["name"]]
    found = found or [e for e in doc.entities if e.type == TYPES[kind] and mention["name"] in e.aliases]
    key = slug(body_name(mention["name"]))  # extraction may now spell the same words another way
    found = found or [e for e in doc.entities if e.type == TYPES[kind] and slug(body_name(e.name)) == key]
    if not found:  # extraction may now complete a bare name with its place: "Thành ủy" -> "Thành ủy Pleiku"
        longer = [e for e in doc.entities if e.type == TYPES[kind] and slug(body_name(e.name)).startswith(key + "-")]
        found = longer if len(longer) == 1 else []
    return res.ids.get((doc.article.id, found[0].id), found[0].id) if found else None


def evaluate(res: Resolution, docs: list[DocGraph], pairs: list[dict[str, Any]]) -> dict[str, Score]:
    """Scores per kind ("person", "body") of `res`, the resolution of `docs` (as extracted)."""
    by_id = {d.article.id: d for d in docs}
    out = {k: Score(k, 0, 0, 0, 0, 0) for k in TYPES}
    for p in pairs:
        s = out[p["kind"]]
        s.pairs += 1
        a, b = node_of(res, by_id, p["kind"], p["a"]), node_of(res, by_id, p["kind"], p["b"])
        if a is None or b is None:
            s.missing += 1
            continue
        merged = a == b
        if merged and p["same"]:
            s.true_pos += 1
        elif merged:
            s.false_pos += 1
        elif p["same"]:
            s.false_neg += 1
    return out
