"""A title that, right before a party committee or council, names its organ ("Thường trực Tỉnh ủy") is not a
post of the name the chain ends at; the posts after it still are."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_the_standing_board_of_a_committee_is_not_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ý kiến của Thường trực Tỉnh uỷ, Phó Chủ tịch UBND tỉnh Nam Định Đỗ Văn Tâm đã giao việc.")
    found = rels(doc, "HOLDS_POSITION")
    assert ("Đỗ Văn Tâm", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch") in found
    assert not any(r[2] == "Thường trực" for r in found)


def test_the_standing_member_of_the_secretariat_is_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình, Thường trực Ban Bí thư, phát biểu.")
    assert ("Lê Văn Bình", "Ban Bí thư", "Thường trực") in rels(doc, "HOLDS_POSITION")
