from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_the_agriculture_bank_is_read_whole_past_va(extractor: Extractor) -> None:
    doc = run(extractor, "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam vừa giảm lãi suất cho vay.")
    assert agencies(doc) == {"Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"}


def test_the_department_of_information_written_short_is_the_full_department(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hòa, Giám đốc Sở Thông tin tỉnh Quảng Ngãi, bị kỷ luật khiển trách.")
    assert "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi" in agencies(doc)
