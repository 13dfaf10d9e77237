from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_province_keeps_the_spelling_its_article_gives_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/3, Ủy ban nhân dân tỉnh Đăk Lăk đã làm việc với Ban Nội chính Tỉnh ủy Đăk Lăk.")
    assert {"Ủy ban nhân dân tỉnh Đăk Lăk", "Ban Nội chính Tỉnh ủy Đăk Lăk"} <= agencies(doc)


def test_the_reference_spelling_wins_where_the_article_writes_it_too(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Đắk Lắk đã họp; ông Lê Văn An (Đăk Lăk) cho biết như vậy.")
    assert "Ủy ban nhân dân tỉnh Đắk Lắk" in agencies(doc)

