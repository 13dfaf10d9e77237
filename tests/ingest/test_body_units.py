"""Sub-units named with the body they belong to ("Vụ X của Bộ Y", "Cục Đào tạo Bộ Công an")."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_unit_named_before_coordinating_with_a_body_is_no_unit_of_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 5-11, tại buổi giao ban báo chí do Ban Tuyên giáo phối hợp Sở Y tế tỉnh Nam Định tổ chức, "
        "ông Trần Văn Nam phát biểu.",
    )
    assert not any("phối hợp" in n for n in agencies(doc))
    assert not pairs(doc, "PART_OF")


def test_a_unit_named_before_a_dash_and_its_head_ends_before_the_dash(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Căn nhà thuộc sở hữu của trưởng phòng giáo dục huyện Ý Yên - ông Trần Văn Nam chứ không phải của trường.",
    )
    assert not any(n.endswith(" ông") for n in agencies(doc))


def test_a_unit_written_in_lower_case_before_its_parent_in_brackets(extractor: Extractor) -> None:
    doc = run(extractor, "Cảng cá Phú Lợi do cục Thủy sản (bộ Nông nghiệp và Phát triển nông thôn) quản lý từ năm 1990.")
    assert ("Cục Thủy sản", "Bộ Nông nghiệp và Phát triển nông thôn") in pairs(doc, "PART_OF")


def test_a_lower_case_unit_head_inside_a_compound_before_brackets_names_no_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Ông điều trị tại bệnh viện Trung ương (Bộ Y tế) trong hai tuần.")
    assert not {a for a in agencies(doc) if a.startswith("Viện")}


def test_a_section_head_of_a_department_in_lower_case_holds_the_post_in_the_department(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tám, Phó trưởng phòng cục Kiểm soát hoạt động bảo vệ môi trường thuộc Tổng cục Môi trường, dẫn đầu đoàn.")
    assert ("Lê Văn Tám", "Cục Kiểm soát hoạt động bảo vệ môi trường") in pairs(doc, "HOLDS_POSITION")
    assert not any(a.startswith("Phòng") for a in agencies(doc))
