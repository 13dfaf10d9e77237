"""Posts told in prose about a move: one post given up for another ("thôi chức A để làm B"), a post won at
an election ("đắc cử"), a post a verb gives after a bracket by a title that names its body, on short texts
written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def _held(doc: DocGraph) -> set[tuple[str, str, str, bool]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target], str(r.properties.get("title")), bool(r.properties.get("former")))
            for r in doc.relations if r.type == "HOLDS_POSITION"}


def test_a_post_given_up_to_take_another_is_former_and_the_other_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư sẽ thôi chức Bí thư Tỉnh ủy Cao Bằng để làm Phó Trưởng ban Tổ chức "
                         "Trung ương.")
    assert _held(doc) == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Bí thư", True),
                          ("Hà Văn Tư", "Ban Tổ chức Trung ương", "Phó Trưởng ban", False)}


def test_a_post_won_at_an_election_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư, Phó Bí thư Tỉnh ủy Cao Bằng, đã đắc cử Chủ tịch UBND tỉnh Cao Bằng.")
    assert ("Hà Văn Tư", "Ủy ban nhân dân tỉnh Cao Bằng", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")


def test_a_verb_after_a_bracket_gives_a_post_whose_title_names_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội phê chuẩn ông Hà Văn Tư (Bí thư Tỉnh ủy Cao Bằng) làm Tổng Thanh tra "
                         "Chính phủ.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Bí thư"),
                                               ("Hà Văn Tư", "Thanh tra Chính phủ", "Tổng Thanh tra")}
