"""A word of address standing alone before a post verb stands for the last person named; short texts written
for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, people, run


def test_a_pronoun_before_a_post_verb_gives_the_post_to_the_person_named_before(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn sinh năm 1965 tại tỉnh Nam Định. Năm 2015, ông được bầu làm Bí thư Tỉnh ủy Nam Định.",
    )
    assert people(doc) == {"Lê Văn Toàn"}
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Tỉnh ủy Nam Định", "Bí thư")}


def test_a_pronoun_skips_a_person_addressed_by_the_other_word(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn gặp bà Trần Thị Hoa tại Hà Nội. Ông từng là Chủ tịch UBND tỉnh Nam Định.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch")}


def test_a_pronoun_before_a_name_addresses_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Toàn phát biểu. Ông Trần Minh làm Giám đốc Sở Tư pháp tỉnh Nam Định.")
    assert ("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc") not in labelled(doc, "HOLDS_POSITION")
