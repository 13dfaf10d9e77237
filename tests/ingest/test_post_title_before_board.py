"""A bare title before a post in a company's board ("Tổng giám đốc, Chủ tịch HĐQT Công ty X", "Tổng giám đốc
rồi Chủ tịch Hội đồng quản trị Công ty X") is held in the board's company, not in the board; a title the
board's own members hold is not."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_title_before_a_board_post_is_held_in_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tòa xét xử ông Đào Văn Lâm (nguyên tổng giám đốc, nguyên chủ tịch HĐTV Công ty Cao su Bình Long).",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Đào Văn Lâm", "Công ty Cao su Bình Long", "Tổng Giám đốc") in found
    assert ("Đào Văn Lâm", "Hội đồng thành viên Công ty Cao su Bình Long", "Chủ tịch") in found


def test_a_title_then_a_board_post_joined_by_roi(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Đào Văn Lâm từng làm Tổng giám đốc rồi Chủ tịch Hội đồng quản trị Công ty cổ phần Thép Hòa Phát Bắc.",
    )
    assert ("Đào Văn Lâm", "Công ty Cổ phần Thép Hòa Phát Bắc", "Tổng Giám đốc") in rels(doc, "HOLDS_POSITION")


def test_a_board_member_s_title_before_a_board_post_is_not_the_company_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đào Văn Lâm, Phó Chủ tịch, Thành viên HĐQT Công ty cổ phần Thép Hòa Phát Bắc, phát biểu.")
    assert ("Đào Văn Lâm", "Công ty Cổ phần Thép Hòa Phát Bắc", "Phó Chủ tịch") not in rels(doc, "HOLDS_POSITION")
