"""A title with a head word alone before a name ("Giám đốc Sở Trần A") holds its post in the one body of that
head the story named before; a deputy's bare title before a name in the same sentence takes the head's body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_head_alone_before_a_name_and_a_deputy_after_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Thanh tra đã làm việc với Sở Tài chính tỉnh Nam Định. Dự buổi làm việc có Giám đốc Sở Đỗ Văn Tâm, "
        "Phó Giám đốc Lý Thị Mai.",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Đỗ Văn Tâm", "Sở Tài chính tỉnh Nam Định", "Giám đốc") in found
    assert ("Lý Thị Mai", "Sở Tài chính tỉnh Nam Định", "Phó Giám đốc") in found


def test_a_head_alone_before_a_verb_of_speech(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Tài chính tỉnh Nam Định đã trả lời. Ông Đỗ Văn Tâm, Phó giám đốc Sở nói thêm.")
    assert ("Đỗ Văn Tâm", "Sở Tài chính tỉnh Nam Định", "Phó Giám đốc") in rels(doc, "HOLDS_POSITION")


def test_a_head_alone_is_not_given_a_body_when_two_were_named(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sở Nội vụ tỉnh Nam Định kiểm tra Sở Tài chính tỉnh Nam Định. Giám đốc Sở Đỗ Văn Tâm đã giải trình.",
    )
    assert not any(r[0] == "Đỗ Văn Tâm" for r in rels(doc, "HOLDS_POSITION"))
