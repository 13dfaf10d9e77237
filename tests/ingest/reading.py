"""Reading a short text written for a test, and the names of what was read."""

from __future__ import annotations

from typing import Any

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.extract import Extractor


def run(extractor: Extractor, text: str, published: str | None = "2021-10-30", **meta: Any) -> DocGraph:
    return extractor.extract(RawArticle(id="t", text=text, published=published, **meta))


def names(doc: DocGraph, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def agencies(doc: DocGraph) -> set[str]:
    return names(doc, "Agency")


def people(doc: DocGraph) -> set[str]:
    return names(doc, "Person")


def pairs(doc: DocGraph, type_: str) -> set[tuple[str, str]]:
    """The (source name, target name) of each relation of one type."""
    by_id = {e.id: e for e in doc.entities}
    return {(by_id[r.source].name, by_id[r.target].name) for r in doc.relations if r.type == type_}


def labelled(doc: DocGraph, type_: str) -> set[tuple[str, str, str]]:
    """`pairs` with each relation's title or role ("" when it has none)."""
    by_id = {e.id: e for e in doc.entities}
    return {(by_id[r.source].name, by_id[r.target].name, str(r.properties.get("title") or r.properties.get("role") or ""))
            for r in doc.relations if r.type == type_}
