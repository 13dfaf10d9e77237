from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_board_named_after_a_company_short_name_takes_the_company_full_name(extractor: Extractor) -> None:
    doc = run(extractor, "Hồ sơ cho thấy Công ty cổ phần phát triển đầu tư Xuân Lộc do ông Trần Văn Minh điều hành. "
                         "Ông Lê Văn Tám, thành viên HĐQT Công ty Xuân Lộc, cũng bị khởi tố.")
    read = {(a.lower(), b.lower()) for a, b in pairs(doc, "PART_OF")}
    assert ("hội đồng quản trị công ty cổ phần phát triển đầu tư xuân lộc",
            "công ty cổ phần phát triển đầu tư xuân lộc") in read


def test_an_organ_of_a_central_committee_keeps_its_own_name(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Luật gia Việt Nam vừa tổng kết năm. Thường trực Trung ương Hội đã chỉ đạo các tỉnh.")
    assert ("Thường trực Trung ương Hội Luật gia Việt Nam",
            "Ban Chấp hành Trung ương Hội Luật gia Việt Nam") in pairs(doc, "PART_OF")


def test_a_standing_committee_written_without_ban_is_the_committee_s_ban_thuong_vu(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng Bí thư yêu cầu Thường vụ Tỉnh ủy Nam Định sớm kiểm điểm trách nhiệm.")
    assert ("Ban Thường vụ Tỉnh ủy Nam Định", "Tỉnh ủy Nam Định") in pairs(doc, "PART_OF")


def test_the_standing_committee_of_the_assembly_is_not_read_as_a_ban_thuong_vu(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Thường vụ Quốc hội họp phiên thứ năm.")
    assert not any(a.startswith("Ban Thường vụ") for a, _ in pairs(doc, "PART_OF"))


def test_the_standing_organ_of_the_front_s_central_committee_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tuần trước, Thường trực Ủy ban Trung ương MTTQ Việt Nam đã có Văn bản 120/MTTW-BTT gửi Bộ Công an.")
    organ = "Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert (organ, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in pairs(doc, "PART_OF")
    assert organ in {a for a, _ in pairs(doc, "ISSUED")}


def test_a_standing_organ_inside_a_lower_case_ban_thuong_truc_is_not_read_alone(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay, ban thường trực Ủy ban Trung ương MTTQ Việt Nam đã có hướng dẫn các tỉnh.")
    assert "Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" not in agencies(doc)
