from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_bare_district_committee_is_that_of_the_one_district_named_as_a_place(extractor: Extractor) -> None:
    doc = run(extractor, "Thường trực Huyện ủy đề nghị giữ lại cây đa cổ. Huyện Mỹ Đức cũng yêu cầu lập phương án mới.")
    assert {"Huyện ủy Mỹ Đức", "Thường trực Huyện ủy Mỹ Đức"} <= agencies(doc)


def test_a_bare_district_body_takes_no_place_when_two_districts_are_named(extractor: Extractor) -> None:
    doc = run(extractor, "Quận ủy chỉ đạo rà soát đất công. Quận Hải Châu và quận Thanh Khê có nhiều dự án chậm.")
    assert "Quận ủy Hải Châu" not in agencies(doc)
    assert "Quận ủy Thanh Khê" not in agencies(doc)


def test_a_bare_district_body_takes_no_place_when_districts_of_two_levels_are_named(extractor: Extractor) -> None:
    doc = run(extractor, "Ban thường vụ quận ủy cần xem xét cán bộ. Các khu vực như huyện Củ Chi, quận Gò Vấp còn nhiều "
                         "công trình trái phép.")
    assert "Quận ủy Gò Vấp" not in agencies(doc)


def test_a_bare_district_body_before_another_level_word_takes_no_place(extractor: Extractor) -> None:
    doc = run(extractor, "Thành phố giao UBND quận huyện rà soát các điểm rác. Lễ phát động diễn ra ở quận Gò Vấp.")
    assert "Ủy ban nhân dân quận Gò Vấp" not in agencies(doc)


def test_a_committee_of_a_numbered_district_keeps_the_level_word_before_the_number(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Sáu, Chủ nhiệm Ủy ban Kiểm tra Quận ủy quận 7, dự họp. Bí thư Quận ủy 9 cũng phát biểu.")
    assert {"Quận ủy quận 7", "Ủy ban Kiểm tra Quận ủy quận 7", "Quận ủy quận 9"} <= agencies(doc)
    assert ("Ủy ban Kiểm tra Quận ủy quận 7", "Quận ủy quận 7") in pairs(doc, "PART_OF")
