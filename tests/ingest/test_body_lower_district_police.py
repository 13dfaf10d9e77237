from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_an_officer_of_a_district_police_is_no_ministry(extractor: Extractor) -> None:
    doc = run(extractor, "Anh Lê Văn Tâm, cán bộ Công an huyện Krông Bông, đã có mặt tại hiện trường.")
    assert "Công an huyện Krông Bông" in agencies(doc)
    assert "Bộ Công an" not in agencies(doc)


def test_a_police_in_lower_case_is_read_before_its_district(extractor: Extractor) -> None:
    doc = run(extractor, "Theo báo cáo của công an quận Thanh Xuân, ngôi nhà đã bỏ trống từ lâu.")
    assert "Công an quận Thanh Xuân" in agencies(doc)


def test_an_inspection_of_a_district_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Xây dựng sẽ tiến hành thanh tra huyện Thanh Oai trong tháng tới.")
    assert not any(a.startswith("Thanh tra") for a in agencies(doc))


def test_districts_listed_with_their_level_word_each_name_a_police(extractor: Extractor) -> None:
    doc = run(extractor, "Lực lượng của công an quận 5, quận 8 được huy động để truy bắt nghi phạm.")
    assert {"Công an quận 5", "Công an quận 8"} <= agencies(doc)


def test_a_count_after_a_city_s_police_in_lower_case_is_no_place(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban kiểm tra đã chuyển cơ quan điều tra công an thành phố 3 vụ việc có dấu hiệu tội phạm.")
    assert not any(a.startswith("Công an thành phố") for a in agencies(doc))


def test_a_police_in_lower_case_before_a_bare_province_level_is_the_article_s(extractor: Extractor) -> None:
    doc = run(extractor, "Tại tỉnh Nam Định, Sở Y tế đã phối hợp với công an tỉnh để truy tìm nguồn gốc lô thuốc.")
    assert "Công an tỉnh Nam Định" in agencies(doc)


def test_a_police_of_other_provinces_in_lower_case_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Tại tỉnh Nam Định, lực lượng công an tỉnh bạn đã hỗ trợ truy bắt nghi phạm.")
    assert "Công an tỉnh Nam Định" not in agencies(doc)
