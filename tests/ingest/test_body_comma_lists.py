from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_unit_named_by_a_list_ending_in_va_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phan Văn Tâm, chuyên viên Phòng Quản lý đào tạo, sát hạch và cấp phép, Sở Giao thông "
                         "Vận tải tỉnh Nam Định, đã có mặt.")
    assert "Phòng Quản lý đào tạo, sát hạch và cấp phép" in agencies(doc)
    assert "Phòng Quản lý đào tạo" not in agencies(doc)


def test_a_unit_named_by_a_capitalised_list_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lê Thị Hoa làm việc tại Cục Thông tin Khoa học, Công nghệ và Môi trường, Bộ Nội vụ.")
    assert "Cục Thông tin Khoa học, Công nghệ và Môi trường" in agencies(doc)


def test_a_described_body_named_by_a_list_ending_in_va_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Trung tâm Hỗ trợ doanh nghiệp, việc làm và đào tạo tỉnh Nam Định vừa khai giảng lớp học.")
    assert "Trung tâm Hỗ trợ doanh nghiệp, việc làm và đào tạo tỉnh Nam Định" in agencies(doc)


def test_a_comma_before_another_body_still_closes_the_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Phòng Cảnh sát giao thông, Công an tỉnh Nam Định và Sở Y tế đã họp bàn.")
    assert "Phòng Cảnh sát giao thông" in agencies(doc)
    assert not any(" và " in a for a in agencies(doc))


def test_a_list_in_a_described_name_needs_a_level_word_to_close_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh giao đất để công ty làm Trung tâm Thương mại hàng hóa, ăn uống và giải trí Nam Định.")
    assert not any(a.startswith("Trung tâm") for a in agencies(doc))


def test_a_head_in_lower_case_in_a_list_slot_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Dự họp có Sở Nội vụ tỉnh Nam Định; hội Cựu chiến binh tỉnh; trường Đại học Thành Nam và "
                         "hiệp hội Doanh nghiệp tỉnh Nam Định.")
    assert {"Hội Cựu chiến binh tỉnh Nam Định", "Trường Đại học Thành Nam",
            "Hiệp hội Doanh nghiệp tỉnh Nam Định"} <= agencies(doc)


def test_a_lower_case_head_before_a_place_in_a_list_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Khách sạn nằm ở phố Hàng Bài, trung tâm Hà Nội.")
    assert not any(a.lower().startswith("trung tâm") for a in agencies(doc))


def test_xa_hoi_in_a_name_is_no_level_word(extractor: Extractor) -> None:
    doc = run(extractor, "Phòng Lao động, thương binh và xã hội huyện Nam Trực đã báo cáo; Sở Lao động, thương binh "
                         "và xã hội tỉnh Nam Định cũng vậy.")
    assert {"Phòng Lao động, thương binh và xã hội huyện Nam Trực",
            "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định"} <= agencies(doc)


def test_a_delegation_in_lower_case_in_a_list_slot_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bí thư Tỉnh ủy Nam Định Trần Văn Bình và đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri.")
    assert "Đoàn Đại biểu Quốc hội tỉnh Nam Định" in agencies(doc)
    assert "Quốc hội" not in agencies(doc)


def test_a_lower_case_head_in_a_list_slot_with_no_level_is_no_local_body(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Luật gia tỉnh Nam Định góp ý theo chỉ đạo của Trung ương Hội, đoàn đại biểu Quốc hội, "
                         "chính quyền địa phương.")
    assert not any(a.startswith("Đoàn") for a in agencies(doc))


def test_the_planning_department_written_without_its_dash_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Dự họp có sở Xây dựng TP. HCM, sở Quy hoạch Kiến trúc TP. HCM.")
    assert "Sở Quy hoạch - Kiến trúc Thành phố Hồ Chí Minh" in agencies(doc)
