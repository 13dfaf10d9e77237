"""Bodies on texts written for these tests: earlier names of bodies, the Fatherland Front named bare,
and lists of districts after one head."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def part_of(doc: DocGraph) -> set[tuple[str, str]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target]) for r in doc.relations if r.type == "PART_OF"}


def test_a_department_named_by_its_earlier_name_or_code_keeps_that_name(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2016, Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng đã khởi tố vụ án. "
                         "Sau đó, Cục C50 phối hợp xác minh.", published="2016-05-02")
    assert {"Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng",
            "Cục Cảnh sát phòng chống tội phạm công nghệ cao"} <= agencies(doc)
