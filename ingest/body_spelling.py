"""A province keeps the spelling its article gives it in the names of its bodies: an article that
writes "Đăk Lăk" throughout names "Tỉnh ủy Đăk Lăk", "Ủy ban nhân dân tỉnh Đăk Lăk", not the
reference spelling "Đắk Lắk". Only a spelling that differs in its tone and vowel marks alone
counts (provinces.yaml lists such spellings among the aliases), and only when the article never
writes the reference spelling.
"""

from __future__ import annotations

import re

from coordgraph.graph.model import Entity, fold, modern_tones
from coordgraph.ingest.knowledge import Knowledge


def _written(x: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", x) is not None


def place_spellings(kb: Knowledge, x: str) -> dict[str, str]:
    """Reference name of a province -> the other spelling of it the article writes, if it writes only that."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for entry in kb.provinces.values():
        name = str(entry.get("name") or "")
        if not name or name in seen:
            continue
        seen.add(name)
        variants = [str(a) for a in entry.get("aliases") or []
                    if fold(str(a)) == fold(name) and modern_tones(str(a)) != modern_tones(name) and _written(x, str(a))]
        if len(variants) == 1 and not _written(x, name):
            out[name] = variants[0]
    return out


def respell_places(kb: Knowledge, x: str, entities: list[Entity]) -> None:
    """Write each body's province as the article spells it."""
    spellings = place_spellings(kb, x)
    for e in entities:
        if e.type != "Agency":
            continue
        for name, written in spellings.items():
            e.name = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", written, e.name)
