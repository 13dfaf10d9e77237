"""A deputy's bare title after the head of the same body in one sentence is held in that body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_deputy_in_brackets_after_the_head_holds_the_same_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Công an đã bắt ông Đỗ Văn Tâm (Trưởng phòng Kế hoạch - Đầu tư) và bà Lý Thị Mai (Phó trưởng phòng).",
    )
    assert ("Lý Thị Mai", "Phòng Kế hoạch - Đầu tư", "Phó Trưởng phòng") in rels(doc, "HOLDS_POSITION")


def test_a_deputy_in_another_sentence_is_not_given_the_head_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Đỗ Văn Tâm, Giám đốc Sở Xây dựng tỉnh Nam Định đã ký. Bà Lý Thị Mai, Phó Giám đốc, cho biết thêm.",
    )
    assert not any(r[0] == "Lý Thị Mai" for r in rels(doc, "HOLDS_POSITION"))
