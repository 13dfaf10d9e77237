from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_bank_written_in_lower_case_after_a_title_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tám, nguyên tổng giám đốc ngân hàng Phương Đông; cùng ba đồng phạm bị truy tố.")
    assert "ngân hàng phương đông" in {a.lower() for a in agencies(doc)}


def test_a_bank_written_in_lower_case_with_no_title_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Người dân gửi tiền vào ngân hàng Phương Đông từ năm ngoái.")
    assert "ngân hàng phương đông" not in {a.lower() for a in agencies(doc)}
