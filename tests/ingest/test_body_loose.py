"""Bodies written loosely: a newspaper in lower case after a title."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_newspaper_in_lower_case_after_a_title_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Hùng, phó tổng biên tập báo Thanh Niên, cho biết tòa soạn đã nhận thư.")
    assert "Báo Thanh Niên" in agencies(doc)


def test_a_newspaper_in_lower_case_without_a_title_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bài viết đăng trên mạng, sau đó nhiều tờ báo Thanh Niên đưa lại.")
    assert "Báo Thanh Niên" not in agencies(doc)


def test_a_lower_case_newspaper_whose_name_runs_on_in_lower_case_is_not_cut(extractor: Extractor) -> None:
    doc = run(extractor, "Có mặt tổng biên tập báo Sức khỏe và Đời sống Lê Văn Minh cùng nhiều phóng viên.")
    assert "Báo Sức" not in agencies(doc) and "Báo Sức khỏe" not in agencies(doc)


def test_the_internal_affairs_board_of_a_province_is_its_party_committees(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Đỗ Thị Mai, Phó Ban Nội chính tỉnh Quảng Ngãi, trình bày báo cáo.")
    assert "Ban Nội chính Tỉnh ủy Quảng Ngãi" in agencies(doc)
    assert ("Đỗ Thị Mai", "Ban Nội chính Tỉnh ủy Quảng Ngãi") in pairs(doc, "HOLDS_POSITION")


def test_a_provinces_party_committee_of_its_agencies_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phan Văn Tâm, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh Gia Lai, dự họp.")
    assert ("Phan Văn Tâm", "Đảng ủy Khối các cơ quan tỉnh Gia Lai") in pairs(doc, "HOLDS_POSITION")


def test_a_department_in_lower_case_after_a_title_is_the_provinces(extractor: Extractor) -> None:
    doc = run(extractor, "Tại Kon Tum, bà Võ Thị Hạnh, giám đốc sở Tư pháp, cho biết hồ sơ đã đủ.")
    assert ("Võ Thị Hạnh", "Sở Tư pháp tỉnh Kon Tum") in pairs(doc, "HOLDS_POSITION")


def test_the_propaganda_board_of_a_province_is_its_party_committees(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hồ Văn Lực, Trưởng ban Tuyên giáo tỉnh Bình Định, chủ trì buổi gặp.")
    assert ("Hồ Văn Lực", "Ban Tuyên giáo Tỉnh ủy Bình Định") in pairs(doc, "HOLDS_POSITION")
