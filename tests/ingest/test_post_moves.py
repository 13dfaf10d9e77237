"""Posts told in prose about a move: one post given up for another ("thôi chức A để làm B"), a post won at
an election ("đắc cử") or approved toward a person ("phê chuẩn việc bầu chức vụ A đối với ông X"), a post a
verb gives after a bracket by a title that names its body, and a career chain that goes on past a parent
named alone; on short texts written for these tests."""

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


def test_an_approved_election_gives_the_post_to_the_one_it_is_toward(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng phê chuẩn việc bầu chức vụ Chủ tịch UBND tỉnh Cao Bằng đối với ông Hà Văn Tư, "
                         "Phó Bí thư Tỉnh ủy Cao Bằng.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hà Văn Tư", "Ủy ban nhân dân tỉnh Cao Bằng", "Chủ tịch"),
                                               ("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Phó Bí thư")}


def test_a_chain_goes_on_past_a_parent_named_alone_with_its_own_parent_in_brackets(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư, Phó Cục trưởng Cục Chính trị, Tổng cục Hậu cần (Bộ Quốc phòng), nguyên "
                         "Phó Giám đốc Công an tỉnh Cao Bằng, bị kỷ luật.")
    assert ("Hà Văn Tư", "Công an tỉnh Cao Bằng", "Phó Giám đốc", True) in _held(doc)


def test_a_dismissal_written_with_với_before_the_name_makes_the_post_former(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Xây dựng với ông Hà Văn Tư.")
    assert _held(doc) == {("Hà Văn Tư", "Bộ Xây dựng", "Bộ trưởng", True)}


def test_one_who_asks_to_leave_a_post_held_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư, Chủ tịch Hội Nông dân Việt Nam, đã có đơn xin thôi làm đại biểu Quốc hội. "
                         "Bà Lê Thị Mai xin thôi làm nhiệm vụ đại biểu Quốc hội vì lý do sức khỏe.")
    held = labelled(doc, "HOLDS_POSITION")
    assert {("Hà Văn Tư", "Quốc hội", "Đại biểu"), ("Lê Thị Mai", "Quốc hội", "Đại biểu")} <= held


def test_a_post_let_go_with_its_term_toward_a_person_was_his(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Thường vụ Quốc hội cho thôi làm nhiệm vụ đại biểu Quốc hội khóa 14 đối với ông "
                         "Hà Văn Tư.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hà Văn Tư", "Quốc hội", "Đại biểu")}
