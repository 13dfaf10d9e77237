"""Organs of a province's bloc party committees ("Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh X") and of a
ministry's own party committee ("Văn phòng Đảng ủy cơ quan Bộ X") are read as parts of those committees."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_the_inspection_committee_of_a_provincial_bloc_committee_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Ủy ban Kiểm tra Đảng ủy khối các cơ quan tỉnh Nghệ An quyết định cảnh cáo ông Trần "
                         "Văn Bình.")
    organ, committee = "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Nghệ An", "Đảng ủy Khối các cơ quan tỉnh Nghệ An"
    assert organ in agencies(doc)
    assert (organ, committee) in pairs(doc, "PART_OF")


def test_the_inspection_committee_of_a_provincial_enterprise_bloc_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Cường, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh, phát biểu.")
    organ = "Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh"
    assert (organ, "Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh") in pairs(doc, "PART_OF")
    assert ("Lê Văn Cường", organ) in pairs(doc, "HOLDS_POSITION")


def test_the_office_of_a_ministry_s_own_party_committee_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Cường, Chánh Văn phòng Đảng ủy cơ quan Bộ Tài chính, phát biểu tại hội nghị.")
    organ, committee = "Văn phòng Đảng ủy cơ quan Bộ Tài chính", "Đảng ủy cơ quan Bộ Tài chính"
    assert {organ, committee} <= agencies(doc)
    assert (organ, committee) in pairs(doc, "PART_OF")


def test_the_earlier_central_economic_bloc_committee_and_its_organs_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Cường từng là chủ nhiệm Ủy ban Kiểm tra Đảng ủy khối kinh tế trung ương.")
    organ, committee = "Ủy ban Kiểm tra Đảng ủy Khối Kinh tế Trung ương", "Đảng ủy Khối Kinh tế Trung ương"
    assert {organ, committee} <= agencies(doc)
    assert (organ, committee) in pairs(doc, "PART_OF")


def test_a_provincial_agencies_bloc_written_without_cac_is_the_same_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Cường, Bí thư Đảng ủy Khối cơ quan tỉnh Hà Tĩnh, phát biểu tại hội nghị.")
    assert ("Lê Văn Cường", "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh") in pairs(doc, "HOLDS_POSITION")
