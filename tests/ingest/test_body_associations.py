from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_national_association_the_lists_do_not_hold_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 8/4, Hội Tin học Việt Nam phối hợp với Bộ Nội vụ tổ chức hội thảo về chuyển đổi số.")
    assert "Hội Tin học Việt Nam" in agencies(doc)


def test_an_associations_name_may_hold_words_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty đã làm việc với Hội Quy hoạch và phát triển Đô thị Việt Nam về đồ án mới.")
    assert "Hội Quy hoạch và phát triển Đô thị Việt Nam" in agencies(doc)


def test_a_name_that_goes_on_after_the_country_is_not_cut_there(extractor: Extractor) -> None:
    doc = run(extractor, "Ban sẽ kết hợp với Hội doanh nghiệp hàng Việt Nam chất lượng cao đưa rau sạch vào chợ.")
    assert not any(a.startswith("Hội doanh nghiệp hàng Việt Nam") and a.endswith("Việt Nam") for a in agencies(doc))


def test_a_congress_is_no_association(extractor: Extractor) -> None:
    assert not agencies(run(extractor, "Đại Hội Thể thao Việt Nam lần thứ nhất khai mạc hôm qua."))


def test_a_provincial_union_of_science_associations_is_read_with_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 3/5, Liên hiệp các hội khoa học và kĩ thuật tỉnh Nam Định tổ chức tọa đàm.")
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định" in agencies(doc)


def test_a_provincial_union_of_arts_associations_is_read_with_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Liên hiệp các Hội Văn học nghệ thuật tỉnh Cà Mau vừa trao giải báo chí năm nay.")
    assert "Liên hiệp các Hội Văn học nghệ thuật tỉnh Cà Mau" in agencies(doc)


def test_a_province_union_of_science_associations_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Liên hiệp các hội khoa học và kỹ thuật tỉnh Bình Định vừa tổ chức hội thảo về nước sạch.")
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định" in agencies(doc)
