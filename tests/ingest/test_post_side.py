"""A bare title in a sentence opening with the side its people come from is held in that side's body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_title_after_the_side_named_is_held_in_that_side(extractor: Extractor) -> None:
    doc = run(extractor, "Về phía Hội Nông dân Việt Nam có ông Trần Văn Bảo, Phó Chủ tịch kiêm Tổng thư ký.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Bảo", "Hội Nông dân Việt Nam", "Phó Chủ tịch")}


def test_a_title_with_its_own_words_after_it_is_not_given_the_side(extractor: Extractor) -> None:
    doc = run(extractor, "Về phía Hội Nông dân Việt Nam có bà Lê Thị Hoa, Ủy viên Ban Thường vụ.")
    assert ("Lê Thị Hoa", "Hội Nông dân Việt Nam", "Ủy viên") not in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Về phía Bộ Tài chính có bà Lê Thị Hoa, Phó Cục trưởng Cục Thuế tỉnh Nam Định.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Thị Hoa", "Cục Thuế tỉnh Nam Định", "Phó Cục trưởng")}
