from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_province_union_of_science_associations_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Liên hiệp các hội khoa học và kỹ thuật tỉnh Bình Định vừa tổ chức hội thảo về nước sạch.")
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Định" in agencies(doc)
