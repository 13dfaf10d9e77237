"""A title after a plural word is shared by every name of the list after it."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_plural_title_is_shared_by_every_name_of_its_list(extractor: Extractor) -> None:
    doc = run(extractor, "Tới dự có các Thứ trưởng Bộ Tư pháp Hà Văn Lộc, Đinh Công Hải và Mai Thị Nga.")
    assert ("Mai Thị Nga", "Bộ Tư pháp", "Thứ trưởng") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Tới dự có các Phó Thủ tướng Hà Văn Lộc và Đinh Công Hải.")
    assert ("Đinh Công Hải", "Chính phủ", "Phó Thủ tướng") in rels(doc, "HOLDS_POSITION")


def test_a_bare_plural_title_is_held_by_every_name_in_the_first_name_s_body(extractor: Extractor) -> None:
    doc = run(extractor, "Dự họp có Bộ trưởng Bộ Xây dựng Lê Văn Hòa và các thứ trưởng Phan Đức Minh, Trịnh Quốc Vũ.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hòa", "Bộ Xây dựng", "Bộ trưởng"),
                                           ("Phan Đức Minh", "Bộ Xây dựng", "Thứ trưởng"),
                                           ("Trịnh Quốc Vũ", "Bộ Xây dựng", "Thứ trưởng")}
    doc = run(extractor, "Các phó chủ tịch Lê Văn An, Trần Văn Bình dự họp.")
    assert not rels(doc, "HOLDS_POSITION")


def test_as_many_titles_as_listed_names_are_each_name_s_in_turn(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh phê bình các ông Lê Văn Hòa, Phan Đức Minh là Giám đốc và Phó Giám đốc Sở Y tế tỉnh "
                         "Quảng Trị vì thiếu sót.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hòa", "Sở Y tế tỉnh Quảng Trị", "Giám đốc"),
                                           ("Phan Đức Minh", "Sở Y tế tỉnh Quảng Trị", "Phó Giám đốc")}
    doc = run(extractor, "Bị can gồm Đỗ Văn An (nguyên Phó Giám đốc Sở Tài chính tỉnh Quảng Trị), Lê Văn Hòa, Phan Đức "
                         "Minh (trưởng phòng và phó phòng Phòng Kế toán Sở Tài chính tỉnh Quảng Trị).")
    assert {(r[0], r[2]) for r in rels(doc, "HOLDS_POSITION")} == {
        ("Đỗ Văn An", "Phó Giám đốc"), ("Lê Văn Hòa", "Trưởng phòng"), ("Phan Đức Minh", "Phó Trưởng phòng")}
