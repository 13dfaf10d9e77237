from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, people, run


def test_a_school_named_for_a_person_keeps_the_family_name_inside_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh đã bàn giao Đại học Lê Hoa Tiên ở tỉnh Nam Định cho Bộ Công an.")
    assert "Đại học Lê Hoa Tiên" in agencies(doc) and "Hoa Tiên" not in people(doc)


def test_a_function_word_inside_a_person_s_name_does_not_cut_a_school_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Lễ khai giảng tổ chức tại Trường Đại học Nguyễn Tất Thành, sáng 5-9.")
    assert "Trường Đại học Nguyễn Tất Thành" in agencies(doc) and "Tất Thành" not in people(doc)


def test_a_company_named_for_a_person_is_read_whole_and_its_director_keeps_the_post(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Phạm Thị Lan, Giám đốc Công ty TNHH bất động sản Diệp Bạch Dương, đã nộp lại tiền.")
    assert ("Phạm Thị Lan", "Công ty TNHH bất động sản Diệp Bạch Dương", "Giám đốc") in labelled(doc, "HOLDS_POSITION")
    assert "Bạch Dương" not in people(doc)


def test_a_person_after_a_company_s_brand_still_ends_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng giám đốc Tập đoàn VNPT Lê Văn An cho biết.")
    assert "Tập đoàn VNPT" in agencies(doc) and "Lê Văn An" in people(doc)

