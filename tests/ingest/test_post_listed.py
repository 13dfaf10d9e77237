"""A bare title after a plural word or a count, joined by a list word to a list of names, is each name's; its
body is the one its sentence (or else the sentence before) names last."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_listed_bare_title_is_held_in_the_body_its_sentence_names(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chấp hành Hội Nông dân tỉnh Nam Định ra mắt, các Phó Chủ tịch gồm ông Trần Văn Bình, "
                         "ông Lê Quốc Hưng và bà Đỗ Thị Mai.")
    held = rels(doc, "HOLDS_POSITION")
    assert ("Lê Quốc Hưng", "Hội Nông dân tỉnh Nam Định", "Phó Chủ tịch") in held
    assert ("Đỗ Thị Mai", "Hội Nông dân tỉnh Nam Định", "Phó Chủ tịch") in held


def test_a_counted_bare_title_takes_the_body_of_the_sentence_before(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Thái Bình họp phiên thường kỳ. Hai Phó Chủ tịch là ông Trần Văn Bình "
                         "và ông Lê Quốc Hưng báo cáo.")
    assert ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Thái Bình", "Phó Chủ tịch") in rels(doc, "HOLDS_POSITION")


def test_a_listed_bare_title_needs_a_body_nearby(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Thái Bình họp phiên thường kỳ. Đại hội diễn ra sôi nổi. "
                         "Các Phó Chủ tịch gồm ông Trần Văn Bình và ông Lê Quốc Hưng.")
    assert not {r for r in rels(doc, "HOLDS_POSITION") if r[0] == "Trần Văn Bình"}
