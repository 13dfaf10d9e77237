"""Posts in a district's or ward's body whose level word is written short with a dot, on texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def test_a_district_written_q_dot_names_the_district_s_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trịnh Văn Lực - chủ tịch UBND Q. 8 - cho biết phường đã kiểm tra.")
    assert labelled(doc, "HOLDS_POSITION") == {("Trịnh Văn Lực", "Ủy ban nhân dân quận 8", "Chủ tịch")}
    doc = run(extractor, "Bà Mai Thị Hằng, phó chủ tịch UBND Q. Tân Phú, nói thêm.")
    assert labelled(doc, "HOLDS_POSITION") == {("Mai Thị Hằng", "Ủy ban nhân dân quận Tân Phú", "Phó Chủ tịch")}


def test_wards_rural_districts_and_towns_written_short(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phan Đức Hòa, chủ tịch UBND P. Tân Định, cho biết. Ông Vũ Văn Kiên, "
                         "chủ tịch UBND H. Nhà Bè, và ông Lưu Minh Quân, chủ tịch UBND TX. Bến Cát, cũng dự.")
    assert labelled(doc, "HOLDS_POSITION") == {("Phan Đức Hòa", "Ủy ban nhân dân phường Tân Định", "Chủ tịch"),
                                               ("Vũ Văn Kiên", "Ủy ban nhân dân huyện Nhà Bè", "Chủ tịch"),
                                               ("Lưu Minh Quân", "Ủy ban nhân dân thị xã Bến Cát", "Chủ tịch")}
