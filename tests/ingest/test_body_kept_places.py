from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_an_enterprise_named_with_the_old_name_of_the_city_keeps_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty Dệt may Sài Gòn đã được yêu cầu báo cáo trước ngày 5/6.")
    assert "Tổng công ty Dệt may Sài Gòn" in agencies(doc)
    assert not any("Hồ Chí Minh" in a for a in agencies(doc))


def test_a_province_spelled_otherwise_keeps_the_spelling_of_the_article(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/4, Tỉnh ủy Đăk Lăk và UBND tỉnh Đăk Nông đã bàn việc trồng rừng.")
    assert {"Tỉnh ủy Đăk Lăk", "Ủy ban nhân dân tỉnh Đăk Nông"} <= agencies(doc)
    assert not any("Đắk" in a for a in agencies(doc))
