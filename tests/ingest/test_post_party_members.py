"""A member of a body's party committee: "Đảng ủy viên" named bare in a chain is a member of the party
committee of the body read later in the chain, not of a unit inside it; named with the committee, of that one."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_party_committee_member_takes_the_body_after_a_unit(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tỉnh ủy Nam Định kỷ luật ông Đỗ Văn Tâm, Đảng ủy viên, Bí thư chi bộ, Trưởng phòng Quản lý giá "
        "Sở Tài chính tỉnh Nam Định.",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Đỗ Văn Tâm", "Đảng ủy Sở Tài chính tỉnh Nam Định", "Ủy viên") in found
    assert ("Đỗ Văn Tâm", "Phòng Quản lý giá", "Trưởng phòng") in found


def test_a_former_member_of_an_association_party_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lý Thị Mai, nguyên Đảng uỷ viên, Phó Chủ tịch Hội Luật gia Việt Nam phát biểu.")
    assert ("Lý Thị Mai", "Đảng ủy Hội Luật gia Việt Nam", "Ủy viên") in rels(doc, "HOLDS_POSITION")


def test_a_member_with_the_committee_named(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Tâm, Đảng ủy viên Đảng ủy Khối các cơ quan tỉnh Nam Định, phát biểu.")
    assert ("Đỗ Văn Tâm", "Đảng ủy Khối các cơ quan tỉnh Nam Định", "Ủy viên") in rels(doc, "HOLDS_POSITION")
