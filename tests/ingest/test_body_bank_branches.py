from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, pairs, run


def test_a_director_of_a_bank_branch_holds_the_post_in_the_branch(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phan Văn Long, giám đốc BIDV chi nhánh Quảng Bình, đã bị khởi tố vì cho vay sai quy định.")
    assert labelled(doc, "HOLDS_POSITION") == {("Phan Văn Long", "BIDV chi nhánh Quảng Bình", "Giám đốc")}
    assert ("BIDV chi nhánh Quảng Bình", "BIDV") in pairs(doc, "PART_OF")


def test_a_branch_named_by_a_city_abbreviation_carries_the_city(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Hùng, giám đốc BIDV chi nhánh TP. HCM, cho biết khoản vay đã được thu hồi.")
    assert labelled(doc, "HOLDS_POSITION") == {("Đỗ Văn Hùng", "BIDV chi nhánh Thành phố Hồ Chí Minh", "Giám đốc")}
