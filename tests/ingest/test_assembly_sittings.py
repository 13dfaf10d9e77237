"""An assembly that, on a stated day, votes on posts (elects, dismisses, approves) sits: its sitting is an event."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_an_assembly_approving_a_dismissal_on_a_stated_day_sits(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 14/10, Quốc hội phê chuẩn việc miễn nhiệm chức vụ Bộ trưởng đối với ông Lê Văn An.")
    [(name, date)] = events(doc)
    assert date == "2021-10-14"
    assert ("Quốc hội", name) in rels(doc, "ORGANIZES")


def test_a_council_electing_a_chairman_on_a_stated_day_sits(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/8, HĐND tỉnh Bình Định bầu ông Trần Văn Bình làm Chủ tịch UBND tỉnh.")
    [(name, date)] = events(doc)
    assert date == "2021-08-05"
    assert ("Hội đồng nhân dân tỉnh Bình Định", name) in rels(doc, "ORGANIZES")
