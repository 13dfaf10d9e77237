from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_number_after_an_enterprise_name_closes_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/4, Công ty cổ phần Sông Hồng 27 đã ký hợp đồng thi công cầu.")
    assert "công ty cổ phần sông hồng 27" in {a.lower() for a in agencies(doc)}


def test_a_quantity_after_an_enterprise_name_is_not_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ngân sách đã thu của Công ty Hồng Hà 30 tỉ đồng tiền sử dụng đất.")
    names = {a.lower() for a in agencies(doc)}
    assert "công ty hồng hà" in names and not any(n.endswith("30") for n in names)
