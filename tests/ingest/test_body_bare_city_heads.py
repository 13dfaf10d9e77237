from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_traffic_safety_board_after_a_bare_city_word_is_the_city_s(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Hồ Thị Lan, phó chủ tịch UBND TP. HCM, chủ trì buổi họp. "
                         "Ông Đỗ Văn Khang, phó trưởng Ban an toàn giao thông TP, báo cáo kết quả năm qua.")
    assert "Ban An toàn giao thông Thành phố Hồ Chí Minh" in agencies(doc)
    assert ("Đỗ Văn Khang", "Ban An toàn giao thông Thành phố Hồ Chí Minh") in pairs(doc, "HOLDS_POSITION")


def test_a_traffic_safety_board_named_with_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Đại diện Ban an toàn giao thông tỉnh Tây Ninh cho biết số vụ tai nạn đã giảm.")
    assert "Ban An toàn giao thông tỉnh Tây Ninh" in agencies(doc)


def test_a_land_registration_office_after_a_bare_province_word_is_the_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Tài, phó chủ tịch UBND tỉnh Kon Tum, đã chỉ đạo rà soát. "
                         "Bà Trịnh Thị Mai, giám đốc Văn phòng Đăng ký đất đai tỉnh, cho biết hồ sơ đã được trả.")
    assert "Văn phòng đăng ký đất đai tỉnh Kon Tum" in agencies(doc)
    assert ("Trịnh Thị Mai", "Văn phòng đăng ký đất đai tỉnh Kon Tum") in pairs(doc, "HOLDS_POSITION")
