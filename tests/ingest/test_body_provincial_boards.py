from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_provincial_ethnic_minorities_board_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nguyễn Văn Bình, Trưởng ban Dân tộc tỉnh Kon Tum, đã báo cáo tại buổi làm việc.")
    assert "Ban Dân tộc tỉnh Kon Tum" in agencies(doc)
    assert ("Nguyễn Văn Bình", "Ban Dân tộc tỉnh Kon Tum") in pairs(doc, "HOLDS_POSITION")


def test_the_council_s_ethnic_board_stays_the_council_s(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lê Thị Hoa, Trưởng Ban Dân tộc HĐND tỉnh Kon Tum, phát biểu tại kỳ họp.")
    assert "Ban Dân tộc tỉnh Kon Tum" not in agencies(doc)


def test_a_provincial_industrial_zones_board_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Dự họp có đại diện UBND tỉnh Kon Tum, sở Tài chính, ban Quản lý các khu công nghiệp của tỉnh.")
    assert "Ban Quản lý các khu công nghiệp tỉnh Kon Tum" in agencies(doc)
