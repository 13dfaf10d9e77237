""""trúng cử (chức danh)" between a name and a title gives the post; "thành viên Thường trực Ban Bí thư" is
("Thường trực", Ban Bí thư); a rank may stand between a bare title and the name ("Bộ trưởng, đại tướng A")."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_won_the_post_after_a_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tại kỳ họp thứ nhất, ông Lê Văn Nam đã trúng cử chức danh Phó Chủ tịch UBND tỉnh Hà Giang.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Nam", "Ủy ban nhân dân tỉnh Hà Giang", "Phó Chủ tịch")}


def test_won_again_the_post_after_a_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Trần Thị Mai tiếp tục trúng cử chức danh Chủ tịch HĐND tỉnh Hà Giang.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Thị Mai", "Hội đồng nhân dân tỉnh Hà Giang", "Chủ tịch")}


def test_standing_member_of_the_secretariat(extractor: Extractor) -> None:
    doc = run(extractor, "Dự hội nghị có ông Phạm Văn Tài, Ủy viên Bộ Chính trị, thành viên Thường trực Ban Bí thư.")
    assert ("Phạm Văn Tài", "Ban Bí thư", "Thường trực") in rels(doc, "HOLDS_POSITION")


def test_a_rank_between_a_bare_title_and_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Quốc phòng mở hội nghị, do Bộ trưởng, đại tướng Hoàng Văn Phú chủ trì.")
    assert rels(doc, "HOLDS_POSITION") == {("Hoàng Văn Phú", "Bộ Quốc phòng", "Bộ trưởng")}
