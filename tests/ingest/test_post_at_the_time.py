"""A post held "at the time" ("lúc đó là", "khi đó là"), after a dash or before the name, is read."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_post_verb_after_a_dash(extractor: Extractor) -> None:
    doc = run(
        extractor, "Năm 2015, ông Đỗ Văn Thành - lúc đó là Phó Chủ tịch UBND tỉnh Nam Định - đã ký văn bản."
    )
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Thành", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch")}


def test_a_post_before_the_name_at_the_time(extractor: Extractor) -> None:
    doc = run(extractor, "Khi ấy Chủ tịch UBND huyện Giao Thủy lúc đó là ông Đỗ Văn Thành đã đồng ý.")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Thành", "Ủy ban nhân dân huyện Giao Thủy", "Chủ tịch")}
