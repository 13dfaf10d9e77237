from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_bare_head_followed_by_nearest_names_no_body_of_the_province(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Lào Cai ra quyết định truy nã đối tượng. Ai phát hiện thì báo ngay cho cơ quan "
                         "Công an hoặc Ủy ban nhân dân nơi gần nhất.")
    assert "Công an tỉnh Lào Cai" in agencies(doc)
    assert "Ủy ban nhân dân tỉnh Lào Cai" not in agencies(doc)
