"""A clause after a title that holds a head is no unit's name; a name after a title's body ending in a word
that may name a hamlet ("nông thôn") is still a person."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_clause_after_a_title_is_no_unit(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Hồ Văn Tám, Phó Chủ tịch UBND tỉnh Nam Định, được phân công làm trưởng ban thay ông Lý Văn Bảy.",
    )
    held = rels(doc, "HOLDS_POSITION")
    assert ("Hồ Văn Tám", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch") in held
    assert not any(b.startswith("Ban Thay") for _, b, _ in held)


def test_a_minister_named_by_the_ministry_without_its_head(extractor: Extractor) -> None:
    doc = run(extractor, "Cùng dự có Bộ trưởng Nông nghiệp và Phát triển nông thôn Đặng Văn Mười.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Đặng Văn Mười", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ trưởng")
    }
