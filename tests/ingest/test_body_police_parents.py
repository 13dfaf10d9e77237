from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_a_department_named_alone_is_part_of_the_police_its_sentence_names(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Long An đã giao Phòng Cảnh sát kinh tế khẩn trương xác minh vụ việc.")
    assert ("Phòng Cảnh sát kinh tế", "Công an tỉnh Long An") in pairs(doc, "PART_OF")


def test_a_department_after_two_police_takes_neither(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Long An và Công an huyện Đức Hòa đã giao Phòng Cảnh sát kinh tế xác minh vụ việc.")
    assert not any(a == "Phòng Cảnh sát kinh tế" for a, _ in pairs(doc, "PART_OF"))


def test_a_police_in_another_sentence_is_not_the_department_s(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Long An đã vào cuộc. Phòng Cảnh sát kinh tế đang xác minh vụ việc.")
    assert not any(a == "Phòng Cảnh sát kinh tế" for a, _ in pairs(doc, "PART_OF"))
