"""What makes an event worth reporting, and how it is dated and told apart from others."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_an_undated_meeting_no_one_is_read_to_take_part_in_is_not_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Người dân trong khu phố đã tổ chức hội nghị nhà văn hóa để bàn việc sửa đường.",
              published=None)
    assert not events(doc)
