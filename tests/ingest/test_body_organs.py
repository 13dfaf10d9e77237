from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_a_listed_organ_ending_in_another_name_of_its_parent_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/3, Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh họp bàn kế hoạch năm.")
    assert ("Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in pairs(doc, "PART_OF")


def test_the_secretariat_of_the_party_is_not_made_part_of_its_central_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư Trung ương Đảng vừa ban hành chỉ thị mới về công tác dân vận.")
    assert not pairs(doc, "PART_OF")
