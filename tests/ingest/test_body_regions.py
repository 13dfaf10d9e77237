from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_part_of_the_country_closes_an_enterprise_name(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/7, Tổng công ty Lương thực miền Trung đã ký hợp đồng với tỉnh Quảng Ngãi.")
    assert "Tổng công ty Lương thực miền Trung" in agencies(doc)


def test_a_part_of_the_country_closes_a_described_body_holding_hang_khong(extractor: Extractor) -> None:
    doc = run(extractor, "Theo đề nghị, Cảng vụ hàng không miền Bắc sẽ tự tổ chức nạo vét hệ thống thoát nước.")
    assert "Cảng vụ hàng không miền Bắc" in agencies(doc)
