from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_head_inside_a_longer_head_names_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Đại diện Chi cục Hải quan Long Sơn cùng dự buổi làm việc với Sở Tài chính tỉnh Bình Định.")
    assert not any(a.startswith("Cục Hải quan") for a in agencies(doc))
    assert "Sở Tài chính tỉnh Bình Định" in agencies(doc)


def test_the_longer_head_is_read_where_its_parent_follows(extractor: Extractor) -> None:
    doc = run(extractor, "Chi cục Hải quan Long Sơn thuộc Cục Hải quan Bình Định đã kiểm tra lô hàng.")
    assert {"Chi cục Hải quan Long Sơn", "Cục Hải quan tỉnh Bình Định"} <= agencies(doc)
