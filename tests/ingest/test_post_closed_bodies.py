"""Bodies a title names by a head and the words after it; short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def test_a_body_after_a_title_with_its_head_in_lower_case_ends_at_its_last_capitalised_word(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor, "Ông Lê Văn Toàn, Giám đốc công ty Hòa Phát Đạt làm việc với đoàn công tác của tỉnh."
    )
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Công ty Hòa Phát Đạt", "Giám đốc")}


def test_a_name_after_a_ministry_ending_in_moi_truong_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng Tài nguyên và Môi trường Trần Văn Khải dự họp.")
    assert labelled(doc, "HOLDS_POSITION") == {("Trần Văn Khải", "Bộ Tài nguyên và Môi trường", "Bộ trưởng")}
