"""The rules entity resolution reads from ingest/data/resolution.yaml, and the cached name folds it
uses everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml
from coordgraph.graph.model import fold as _fold
from coordgraph.graph.model import modern_tones
from coordgraph.graph.model import slug as _slug

from coordgraph import resource

fold = cache(_fold)
slug = cache(_slug)


@dataclass(frozen=True)
class Rules:
    variants: tuple[tuple[re.Pattern[str], str], ...]
    bare_words: frozenset[str]
    full_time: frozenset[str]
    person_aliases: dict[str, str]
    weights: dict[str, float]
    merge: float
    possible: float
    period_days: int
    generic_company: tuple[str, ...]
    generic_words: frozenset[str]
    numbered_unit: re.Pattern[str]
    common_surnames: frozenset[str]


@cache
def rules() -> Rules:
    """The rules of ingest/data/resolution.yaml."""
    d = yaml.safe_load(resource("ingest", "data", "resolution.yaml").read_text(encoding="utf-8"))
    variants = tuple((re.compile(rf"(?<![\w./-])(?:{pat})(?!\w)"), rep) for pat, rep in d["body_variants"])
    return Rules(variants, frozenset(d["bare_words"]), frozenset(d["full_time_titles"]),
                 {" ".join(a.lower().split()): " ".join(n.lower().split()) for a, n in d.get("person_aliases") or []},
                 {k: float(v) for k, v in d["weights"].items()}, float(d["thresholds"]["merge"]),
                 float(d["thresholds"]["possible"]), int(d.get("period_days") or 365),
                 tuple(sorted(d["generic_company"], key=len, reverse=True)), frozenset(d["generic_business_words"]),
                 re.compile(d["numbered_unit"], re.IGNORECASE),
                 frozenset(" ".join(modern_tones(x).lower().split()) for x in d["common_surnames"]))
