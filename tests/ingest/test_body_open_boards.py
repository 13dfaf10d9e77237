from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_board_named_for_renewal_reads_past_doi_moi(extractor: Extractor) -> None:
    doc = run(extractor, "Theo báo cáo của Ban Chỉ đạo đổi mới và phát triển doanh nghiệp, tiến độ còn chậm.")
    assert "Ban Chỉ đạo đổi mới và phát triển doanh nghiệp" in agencies(doc)


def test_a_board_of_a_programme_written_with_a_capital_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Ban chỉ đạo Chương trình mục tiêu quốc gia về giảm nghèo đã họp trực tuyến.")
    assert "ban chỉ đạo chương trình mục tiêu quốc gia về giảm nghèo" in {a.lower() for a in agencies(doc)}
