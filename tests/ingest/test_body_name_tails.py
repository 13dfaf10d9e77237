from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_listed_lower_case_words_go_on_with_a_university_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tuần tới, Trường Đại học Kinh tế quốc dân tổ chức hội thảo về thị trường lao động.")
    assert "Trường Đại học Kinh tế quốc dân" in agencies(doc)


def test_a_dashed_name_closed_by_a_province_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Đầu tư Sông Mây - Bến Cát Bình Dương được giao làm chủ đầu tư dự án.")
    assert "Công ty Đầu tư Sông Mây - Bến Cát Bình Dương" in agencies(doc)


def test_a_company_name_holds_lower_case_words_then_a_place(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn kiểm tra đã làm việc với Tổng công ty Bia rượu nước giải khát Sài Gòn về kế hoạch.")
    assert "Tổng công ty Bia rượu nước giải khát Sài Gòn" in agencies(doc)


def test_a_dashed_name_closed_by_the_country_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Công Thương yêu cầu Tập đoàn Công nghiệp Than - khoáng sản Việt Nam báo cáo trước tháng 5.")
    assert "Tập đoàn Công nghiệp Than - khoáng sản Việt Nam" in agencies(doc)


def test_a_photo_credit_after_a_dash_is_no_part_of_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Công nhân Công ty Hòa Phát - Ảnh Hà Nội làm việc tại công trường.")
    assert not any(a.startswith("Công ty Hòa Phát -") for a in agencies(doc))


def test_national_in_lower_case_goes_on_with_a_group_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Công Thương yêu cầu Tập đoàn Hóa chất quốc gia Việt Nam báo cáo trước tháng 5.")
    assert "Tập đoàn Hóa chất quốc gia Việt Nam" in agencies(doc)


def test_a_dashed_name_whose_place_begins_with_a_surname_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh đã giao khu đất cho Công ty Tam Hiệp - Chu Lai Quảng Nam xây trụ sở.")
    assert "Công ty Tam Hiệp - Chu Lai Quảng Nam" in agencies(doc)


def test_a_school_s_name_joins_its_fields_with_and(extractor: Extractor) -> None:
    doc = run(extractor, "Bài thi được chấm tại Học viện Truyền thông và thiết kế; các trường khác chỉ coi thi.")
    assert "Học viện Truyền thông và thiết kế" in agencies(doc)


def test_a_school_s_dashed_fields_run_to_the_province_that_closes_them(extractor: Extractor) -> None:
    doc = run(extractor, "Cụm thi có Trường Đại học Kế toán - kiểm toán Hà Nội; Sở Giáo dục chủ trì.")
    assert "Trường Đại học Kế toán - kiểm toán Hà Nội" in agencies(doc)


def test_a_second_school_after_and_is_no_field_of_the_first(extractor: Extractor) -> None:
    doc = run(extractor, "Trường Đại học Luật và Học viện Tư pháp ký kết thỏa thuận hợp tác.")
    assert {"Trường Đại học Luật", "Học viện Tư pháp"} <= agencies(doc)


def test_military_in_lower_case_goes_on_with_an_academy_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bài thi trắc nghiệm được chấm tại Học viện Hậu cần quân sự.")
    assert "Học viện Hậu cần quân sự" in agencies(doc)


def test_a_region_and_its_number_close_an_academy_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Nam, Giám đốc Học viện Chính trị khu vực III, phát biểu.")
    assert "Học viện Chính trị khu vực III" in agencies(doc)


def test_listed_words_go_on_with_a_name_in_capitals_too(extractor: Extractor) -> None:
    doc = run(extractor, "Anh ấy tốt nghiệp Trường Đại học Kinh tế Quốc dân, sau đó về quê làm việc.")
    assert "Trường Đại học Kinh tế Quốc dân" in agencies(doc)


def test_a_school_s_joined_field_may_close_with_a_region(extractor: Extractor) -> None:
    doc = run(extractor, "Theo thông báo của Học viện Chính trị - hành chính khu vực II, lớp học khai giảng.")
    assert "Học viện Chính trị - hành chính khu vực II" in agencies(doc)
