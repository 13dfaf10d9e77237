from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_an_association_written_in_lower_case_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Du lịch đề nghị hiệp hội Lữ hành sớm có giải pháp hỗ trợ du khách.")
    assert "Hiệp hội Lữ hành" in agencies(doc)


def test_a_university_written_in_lower_case_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Đại diện trường đại học Cần Thơ cho biết sẽ tiếp nhận thêm sinh viên.")
    assert "Trường Đại học Cần Thơ" in agencies(doc)


def test_a_generic_university_in_lower_case_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Nhiều trường đại học đã công bố điểm chuẩn.")
    assert not any(a.startswith("Trường") for a in agencies(doc))



def test_a_lower_case_association_whose_name_goes_on_after_a_comma_is_not_cut(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lan, phó chủ tịch hiệp hội Dệt, may mặc Việt Nam, cho biết đơn hàng tăng.")
    assert "Hiệp hội Dệt" not in agencies(doc)


def test_a_company_written_in_lower_case_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Thành phố yêu cầu công ty Hòa Phát Đạt hoàn trả khu đất trước tháng 10.")
    assert "Công ty Hòa Phát Đạt" in agencies(doc)


def test_a_company_of_a_country_in_lower_case_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Nhiều kỹ sư làm việc cho công ty Hàn Quốc tại khu công nghiệp.")
    assert not any(a.startswith("Công ty") for a in agencies(doc))


def test_an_association_named_by_words_in_lower_case_is_closed_by_its_city(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tám, Chủ tịch Hiệp hội Vận tải hàng hóa TP. HCM cho biết giá cước sẽ tăng.")
    assert "Hiệp hội Vận tải hàng hóa Thành phố Hồ Chí Minh" in agencies(doc)
