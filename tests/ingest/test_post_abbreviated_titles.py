"""Titles written by their initials: "TGĐ" is Tổng Giám đốc, "Phó TGĐ" Phó Tổng Giám đốc (titles.yaml, aliases)."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_tgd_is_a_general_director(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Đức Khang, cựu TGĐ Ngân hàng TMCP Nam Việt, bị khởi tố.")
    assert ("Phạm Đức Khang", "Ngân hàng Thương mại Cổ phần Nam Việt", "Tổng Giám đốc") in rels(doc, "HOLDS_POSITION")


def test_a_deputy_and_a_board_chair_written_with_initials(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Vũ Thị Hạnh, Phó TGĐ Tập đoàn Dệt may Việt Nam, phát biểu.")
    assert ("Vũ Thị Hạnh", "Tập đoàn Dệt may Việt Nam", "Phó Tổng Giám đốc") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Ông Phạm Đức Khang (nguyên Chủ tịch HĐQT, TGĐ Tổng công ty Cổ phần Xây dựng Sông Đà) bị bắt.")
    found = rels(doc, "HOLDS_POSITION")
    assert ("Phạm Đức Khang", "Tổng công ty Cổ phần Xây dựng Sông Đà", "Tổng Giám đốc") in found
    assert ("Phạm Đức Khang", "Hội đồng quản trị Tổng công ty Cổ phần Xây dựng Sông Đà", "Chủ tịch") in found
