from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_the_inspectorate_of_a_province_department_is_part_of_the_department(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra Sở Tài chính tỉnh Bình Định đã kiểm tra việc mua sắm thiết bị.")
    assert "Thanh tra Sở Tài chính tỉnh Bình Định" in agencies(doc)
    assert ("Thanh tra Sở Tài chính tỉnh Bình Định", "Sở Tài chính tỉnh Bình Định") in pairs(doc, "PART_OF")


def test_a_province_inspectorate_stays_the_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra tỉnh Bình Định đã công bố kết luận.")
    assert "Thanh tra tỉnh Bình Định" in agencies(doc)
