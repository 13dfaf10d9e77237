from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_a_unit_and_its_parent_after_a_comma_are_read_together(extractor: Extractor) -> None:
    doc = run(extractor, "Anh Tâm (cán bộ Phòng An ninh kinh tế, Công an tỉnh Yên Bái) đã được khen thưởng.")
    assert ("Phòng An ninh kinh tế", "Công an tỉnh Yên Bái") in pairs(doc, "PART_OF")


def test_a_department_unit_before_its_parent_acts(extractor: Extractor) -> None:
    doc = run(extractor, "Vụ Kế hoạch, Bộ Xây dựng cho biết hồ sơ đã được gửi đi.")
    assert ("Vụ Kế hoạch", "Bộ Xây dựng") in pairs(doc, "PART_OF")


def test_a_parent_with_its_own_parent_in_brackets_keeps_both(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/3, Vụ Tổng hợp, Tổng cục Giáo dục nghề nghiệp (Bộ LĐ-TB&XH) đã họp báo.")
    assert {("Vụ Tổng hợp", "Tổng cục Giáo dục nghề nghiệp"),
            ("Tổng cục Giáo dục nghề nghiệp", "Bộ Lao động - Thương binh và Xã hội")} <= pairs(doc, "PART_OF")


def test_a_list_of_bodies_names_no_unit_of_the_second(extractor: Extractor) -> None:
    doc = run(extractor, "Phòng Cảnh sát kinh tế, Công an tỉnh Yên Bái và Sở Y tế đã cùng kiểm tra.")
    assert not pairs(doc, "PART_OF")


def test_a_second_body_in_lower_case_is_a_list(extractor: Extractor) -> None:
    doc = run(extractor, "Sở sẽ phối hợp với Viện Quy hoạch đô thị, sở Xây dựng hoàn thiện đồ án.")
    assert not pairs(doc, "PART_OF")


def test_an_investigation_agency_and_its_police_after_a_comma_are_one_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tòa yêu cầu Cơ quan Cảnh sát điều tra, Công an tỉnh Kon Tum bổ sung chứng cứ.")
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh Kon Tum", "Công an tỉnh Kon Tum") in pairs(doc, "PART_OF")


def test_a_short_organ_before_a_comma_is_a_member_of_a_list(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Nội vụ, Văn phòng, Công an tỉnh Kon Tum đã cử người dự họp.")
    assert not any(a.startswith("Văn phòng") for a, _ in pairs(doc, "PART_OF"))


def test_a_unit_of_a_college_after_a_comma_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lan (chuyên viên Phòng Hành chính, Trường Cao đẳng Y tế Thái Bình) đã được khen thưởng.")
    assert ("Phòng Hành chính", "Trường Cao đẳng Y tế Thái Bình") in pairs(doc, "PART_OF")


def test_a_unit_named_straight_before_its_university_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Anh Minh, chuyên viên Phòng Công tác sinh viên Đại học Thủy lợi, cho biết lịch thi đã có.")
    assert ("Phòng Công tác sinh viên", "Đại học Thủy lợi") in pairs(doc, "PART_OF")
