from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_ctcp_is_a_joint_stock_company(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, HĐQT CTCP Đầu tư Sao Mai thông qua nghị quyết thoái vốn tại dự án.")
    assert "Công ty Cổ phần Đầu tư Sao Mai" in agencies(doc)
    assert ("Hội đồng quản trị Công ty Cổ phần Đầu tư Sao Mai", "Công ty Cổ phần Đầu tư Sao Mai") in pairs(doc, "PART_OF")


def test_vietcombank_is_a_listed_bank(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Cổ phần Đầu tư Sao Mai đã ký hợp đồng tín dụng với ngân hàng Vietcombank để làm dự án.")
    assert "Vietcombank" in agencies(doc)
