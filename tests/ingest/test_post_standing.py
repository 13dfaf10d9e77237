"""A standing organ named bare in a chain is that of the committee the next item names (or of the party
committee of its body)."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import pairs, run


def test_a_bare_standing_committee_is_that_of_the_next_item_s_committee(extractor: Extractor) -> None:
    doc = run(
        extractor, "Ông Đỗ Văn Khoa, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Long An phát biểu."
    )
    assert rels(doc, "HOLDS_POSITION") == {
        ("Đỗ Văn Khoa", "Ban Thường vụ Tỉnh ủy Long An", "Ủy viên"),
        ("Đỗ Văn Khoa", "Ban Dân vận Tỉnh ủy Long An", "Trưởng ban"),
    }
    assert ("Ban Thường vụ Tỉnh ủy Long An", "Tỉnh ủy Long An") in pairs(doc, "PART_OF")


def test_a_bare_standing_committee_before_a_body_with_none_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Hà Thị Lan, Ủy viên Ban Thường vụ, Chánh Văn phòng Bộ Tài chính cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Hà Thị Lan", "Văn phòng Bộ Tài chính", "Chánh Văn phòng")}


def test_a_bare_standing_committee_before_the_committee_s_own_head_is_that_committee_s(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Khoa, Tỉnh ủy viên, Ủy viên Ban Thường vụ, Bí thư Huyện ủy Cần Giuộc phát biểu.")
    assert {("Đỗ Văn Khoa", "Ban Thường vụ Huyện ủy Cần Giuộc", "Ủy viên"),
            ("Đỗ Văn Khoa", "Huyện ủy Cần Giuộc", "Bí thư")} <= rels(doc, "HOLDS_POSITION")


def test_a_bare_standing_committee_of_a_bare_party_committee_is_that_of_the_next_item_s_body(
        extractor: Extractor) -> None:
    doc = run(extractor, "Đại tá Đỗ Văn Khoa, nguyên Ủy viên Ban Thường vụ Đảng ủy, nguyên Phó Giám đốc Công an "
                         "tỉnh Long An, bị kỷ luật.")
    assert ("Đỗ Văn Khoa", "Ban Thường vụ Đảng ủy Công an tỉnh Long An", "Ủy viên") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Ông Đỗ Văn Khoa, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy xã Tân Phú phát biểu.")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Khoa", "Đảng ủy xã Tân Phú", "Bí thư")}
