"""A meeting "của lãnh đạo A, B, C tỉnh X với ..." is held by each body of the list, the list sharing its
locality, even when its last member is not known as a body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_each_body_listed_after_the_leaders_holds_the_meeting(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Nguyễn Văn An phát biểu tại buổi họp mặt của lãnh đạo Tỉnh ủy, UBND, HĐND tỉnh Bình Dương "
        "với các cơ quan báo chí, tổ chức chiều 19-6.",
    )
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {
        "Tỉnh ủy Bình Dương", "Ủy ban nhân dân tỉnh Bình Dương", "Hội đồng nhân dân tỉnh Bình Dương"}


def test_a_last_member_not_known_as_a_body_keeps_the_list(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Nguyễn Văn An phát biểu tại buổi họp mặt của lãnh đạo Tỉnh ủy, UBND, HĐND, Hội Cựu binh tỉnh Bình Dương "
        "với các cơ quan báo chí, tổ chức chiều 19-6.",
    )
    assert {"Tỉnh ủy Bình Dương", "Hội đồng nhân dân tỉnh Bình Dương"} <= {body for body, _ in pairs(doc, "ORGANIZES")}
