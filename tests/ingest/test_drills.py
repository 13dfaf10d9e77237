"""A drill ("buổi diễn tập", "cuộc diễn tập") reported on a stated day is an event, organised by the bodies that hold it."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_a_drill_held_by_bodies_on_a_stated_day_is_an_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, hơn 500 người đã tham gia buổi diễn tập chữa cháy tại tỉnh Bình Phước. "
                         "Buổi diễn tập do Bộ Công an phối hợp với UBND tỉnh Bình Phước tổ chức.")
    [(name, date)] = events(doc)
    assert name.startswith("Buổi diễn tập chữa cháy") and date == "2021-09-03"
    assert ("Bộ Công an", name) in rels(doc, "ORGANIZES")
    assert (name, "Bình Phước") in rels(doc, "HELD_IN")
