from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_numbered_steering_committee_of_a_province_is_the_province_s_not_the_national_one(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Hoàng Văn Tiến, Phó Chủ tịch UBND tỉnh Quảng Trị, Trưởng Ban Chỉ đạo 389 tỉnh Quảng Trị, "
        "đã kiểm tra các cửa hàng xăng dầu trên địa bàn.",
    )
    assert "Ban Chỉ đạo 389 tỉnh Quảng Trị" in agencies(doc)
    assert "Ban Chỉ đạo 389 quốc gia" not in agencies(doc)


def test_a_numbered_steering_committee_with_a_bare_level_takes_the_article_s_province(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lý Minh Đức, Phó Chủ tịch UBND tỉnh Kon Tum, cho biết Ban chỉ đạo 389 tỉnh đã lập 5 đoàn kiểm tra.",
    )
    assert "Ban Chỉ đạo 389 tỉnh Kon Tum" in agencies(doc)
    assert "Ban Chỉ đạo 389 quốc gia" not in agencies(doc)
