from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_the_youth_unions_inspection_commission_is_not_the_partys(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị đã bầu anh Trần Văn Bình làm Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn khóa mới.")
    assert "Ủy ban Kiểm tra Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in agencies(doc)
    assert "Ủy ban Kiểm tra Trung ương" not in agencies(doc)


def test_a_general_department_is_read_whole_not_as_its_shorter_namesake(extractor: Extractor) -> None:
    doc = run(extractor, "Thiếu tướng Lê Văn Tâm, Phó Tổng cục trưởng Tổng cục Cảnh sát phòng, chống tội phạm, cho biết.",
              published="2017-05-02")
    assert "Tổng cục Cảnh sát phòng, chống tội phạm" in agencies(doc)
    assert "Tổng cục Cảnh sát" not in agencies(doc)


def test_a_police_department_named_in_lower_case_words_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Cục Cảnh sát đường thủy đã phối hợp với Công an tỉnh Bắc Ninh kiểm tra các bến bãi.")
    assert "Cục Cảnh sát đường thủy" in agencies(doc)


def test_the_inland_waterways_administration_is_read_as_the_article_names_it(extractor: Extractor) -> None:
    doc = run(extractor, "Dự án nạo vét luồng do Cục Đường thủy nội địa làm chủ đầu tư.")
    assert "Cục Đường thủy nội địa" in agencies(doc)
    assert ("Cục Đường thủy nội địa", "Bộ Giao thông vận tải") not in pairs(doc, "PART_OF")


def test_the_banks_association_named_short_is_the_same_body(extractor: Extractor) -> None:
    doc = run(extractor, "Hiệp hội Ngân hàng Việt Nam đã tổ chức hội thảo. Chủ tịch Hiệp hội Ngân hàng Lê Văn An cho biết.")
    assert "Hiệp hội Ngân hàng Việt Nam" in agencies(doc)
    assert "Hiệp hội Ngân hàng" not in agencies(doc)


def test_departments_listed_after_a_count_word_in_lower_case_are_each_read(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Quảng Trị giao các sở Công Thương, Xây dựng phối hợp kiểm tra các cửa hàng.")
    assert {"Sở Công Thương tỉnh Quảng Trị", "Sở Xây dựng tỉnh Quảng Trị"} <= agencies(doc)


def test_departments_counted_with_no_names_stay_generic(extractor: Extractor) -> None:
    doc = run(extractor, "Lãnh đạo các sở, ngành của tỉnh Quảng Trị đã dự buổi làm việc.")
    assert not any(a.startswith("Sở") for a in agencies(doc))


def test_departments_listed_before_their_ministry_are_each_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Cục Cảnh sát hình sự (C45) và Cục Cảnh sát giao thông (C08), Bộ Công an đã phối hợp bắt giữ nhóm đối tượng.")
    assert {("Cục Cảnh sát hình sự", "Bộ Công an"), ("Cục Cảnh sát giao thông", "Bộ Công an")} <= pairs(doc, "PART_OF")


def test_units_of_one_head_listed_before_a_parent_in_brackets_are_each_its_units(extractor: Extractor) -> None:
    doc = run(extractor, "Lãnh đạo Cục Cảnh sát hình sự, Cục Cảnh sát kinh tế (Bộ Công an) đã dự buổi làm việc.")
    assert {("Cục Cảnh sát hình sự", "Bộ Công an"), ("Cục Cảnh sát kinh tế", "Bộ Công an")} <= pairs(doc, "PART_OF")
