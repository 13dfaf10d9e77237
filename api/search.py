"""Search by name: the genre's variants read at query time, exact matches first, then the best connected.

The variant table is data (ingest/data/search_variants.yaml, plus ingest/data/abbreviations.tsv);
`rewrite` turns what was typed into the words of a canonical name, the named query `search` ranks.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from coordgraph.graph.model import fold

from coordgraph import resource

Run = Callable[[str, dict[str, Any]], Awaitable[list[dict[str, Any]]]]
_WORD = re.compile(r"[\w&]+")


@dataclass(frozen=True)
class Variants:
    table: dict[tuple[str, ...], tuple[str, ...]]  # folded words typed -> folded words meant
    ambiguous: frozenset[str]  # expanded only when typed in capitals
    longest: int
    places: dict[tuple[str, ...], str]  # folded words meant -> the place's name, as localities are written
    full: dict[tuple[str, ...], tuple[str, ...]]  # a place's words -> with its level word ("thanh pho ...")


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(text))


@cache
def variants() -> Variants:
    """The variant table: abbreviations.tsv first, then search_variants.yaml over it."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    places: dict[tuple[str, ...], str] = {}
    full: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in resource("ingest", "data", "abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            abbr, expansion = line.split("\t", 1)
            if _words(abbr) and _words(expansion):
                table[_words(abbr)] = _words(expansion)
    data = yaml.safe_load(resource("ingest", "data", "search_variants.yaml").read_text(encoding="utf-8"))
    for entry in data.get("variants") or []:
        for form in entry["forms"]:
            table[_words(form)] = _words(entry["means"])
        if entry.get("place"):
            places[_words(entry["means"])] = entry["means"]
            if entry.get("level"):
                full[_words(entry["means"])] = _words(f"{entry['level']} {entry['means']}")
    ambiguous = frozenset(fold(a) for a in data.get("ambiguous") or [])
    return Variants(table, ambiguous, max(map(len, table)), places, full)


def rewrite(text: str) -> tuple[str, ...]:
    """The words a query means: "UBND TP.HCM" -> ("uy", "ban", "nhan", "dan", "ho", "chi", "minh")."""
    return _rewrite(text)[0]


def _rewrite(text: str) -> tuple[tuple[str, ...], list[str], tuple[str, ...]]:
    """The words a query means, the places it names, and the words with each place's level word."""
    v = variants()
    typed = _WORD.findall(text)
    words = [fold(w) for w in typed]
    out: list[str] = []
    alt: list[str] = []
    places: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(v.longest, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            meant = v.table.get(key)
            if meant and n == 1 and key[0] in v.ambiguous and not typed[i].isupper():
                meant = None
            if meant:
                out.extend(meant)
                alt.extend(v.full.get(meant, meant))
                if meant in v.places:
                    places.append(v.places[meant])
                i += n
                break
        else:
            out.append(words[i])
            alt.append(words[i])
            i += 1
    return tuple(out), places, tuple(alt)


def terms(words: tuple[str, ...]) -> str:
    """The words as full-text prefix terms: ("ban", "noi") -> "ban* noi*"."""
    return " ".join(f"{w}*" for w in words if re.fullmatch(r"[a-z0-9]+", w))


def search_params(q: str, type_: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """The parameters of the named query `search` for what was typed."""
    q = re.sub(r"[\x00-\x1f]", " ", q)  # control characters are never in names (and FalkorDB refuses NUL)
    folded = fold(q)
    words, places, alt = _rewrite(q)
    phrases = list(dict.fromkeys(x for x in (folded, " ".join(words), " ".join(alt)) if x))
    return {"q": folded, "p": " ".join(words) or folded, "phrases": phrases, "words": list(words) or [folded],
            "places": places, "type": type_, "limit": limit, "offset": offset, "terms": terms(words)}


async def find(run: Run, q: str, type_: str | None, limit: int, offset: int) -> dict[str, Any]:
    """A page of entities matching `q`, best first, each with what tells same-named ones apart:
    kind, level, locality, the body it is part of, its number of relations and of articles."""
    params = search_params(q, type_, limit, offset)
    if not params["q"]:
        return {"total": 0, "limit": limit, "offset": offset, "query": "", "items": []}
    rows = await run("search", params) if params["terms"] else []
    row: dict[str, Any] = rows[0] if rows else {"total": 0, "items": []}
    if not row["total"]:  # the full-text index splits words its own way: look at every name once more
        rows = await run("search_scan", params)
        row = rows[0] if rows else row
    hits = row["items"] or []
    context = {c["id"]: c for c in await run("search_context", {"ids": [h["id"] for h in hits]})} if hits else {}
    items = []
    for h in hits:
        c = context.get(h["id"], {})
        items.append({
            "id": h["id"], "type": next((lb for lb in h["labels"] if lb != "Entity"), None), "name": h["name"],
            "aliases": h["aliases"] or [], "english_name": h.get("english_name"), "rank": h["rank"],
            "relations": h["degree"], "articles": c.get("articles") or 0, "kind": c.get("kind"),
            "level": c.get("level"), "locality": c.get("locality"), "date": c.get("date"),
            "part_of": c.get("part_of"), "part_of_name": c.get("part_of_name"),
        })
    return {"total": row["total"], "limit": limit, "offset": offset, "query": params["p"], "items": items}
