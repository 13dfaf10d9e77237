from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, people, run


def test_a_function_word_inside_a_name_after_a_bare_committee_keeps_the_name_a_person_s(extractor: Extractor) -> None:
    doc = run(extractor, "Tham dự có bà Phan Thị Hà và Bí thư Huyện ủy Nguyễn Thị Liên cùng nhiều đại biểu.")
    assert "Nguyễn Thị Liên" in people(doc)
    assert not any(a.startswith("Huyện ủy Nguyễn") for a in agencies(doc))
