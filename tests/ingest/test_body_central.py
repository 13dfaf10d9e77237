from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_provincial_deputation_is_part_of_the_national_assembly_named_in_the_article(
        extractor: Extractor) -> None:
    doc = run(extractor, "Trước kỳ họp của Quốc hội, Đoàn đại biểu Quốc hội tỉnh Nam Định đã tiếp xúc cử tri "
                         "ở hai huyện ven biển.")
    assert ("Đoàn Đại biểu Quốc hội tỉnh Nam Định", "Quốc hội") in pairs(doc, "PART_OF")


def test_a_deputation_alone_does_not_bring_in_the_national_assembly(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay, Đoàn đại biểu Quốc hội tỉnh Nam Định đã tiếp xúc cử tri ở hai huyện ven biển.")
    assert "Quốc hội" not in agencies(doc)
    assert not pairs(doc, "PART_OF")
