"""Organs a person joins with the post taken after them ("tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí
thư Tỉnh ủy X"), and organs left ("thôi tham gia ..."), on short texts written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import run


def _held(doc: DocGraph) -> set[tuple[str, str, str, bool]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target], str(r.properties.get("title")), bool(r.properties.get("former")))
            for r in doc.relations if r.type == "HOLDS_POSITION"}


def test_joining_the_standing_board_with_a_post_taken_gives_both(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ "
                         "và giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2015-2020.")
    assert _held(doc) == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Bí thư", False),
                          ("Hà Văn Tư", "Ban Thường vụ Tỉnh ủy Cao Bằng", "Ủy viên", False)}


def test_the_verb_may_follow_the_chain_and_the_board_may_name_its_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư chỉ định ông Hà Văn Tư - Ủy viên Ủy ban Kiểm tra Trung ương tham gia Ban chấp "
                         "hành, Ban thường vụ Tỉnh ủy Nam Định nhiệm kỳ 2015-2020.")
    assert _held(doc) == {("Hà Văn Tư", "Ủy ban Kiểm tra Trung ương", "Ủy viên", False),
                          ("Hà Văn Tư", "Ban Thường vụ Tỉnh ủy Nam Định", "Ủy viên", False)}


def test_organs_left_give_no_post_and_the_post_given_up_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Chính trị điều động ông Hà Văn Tư - Ủy viên Ban Chấp hành Trung ương Đảng - thôi tham gia "
                         "Ban Chấp hành, Ban Thường vụ và thôi giữ chức Bí thư Tỉnh ủy Cao Bằng.")
    assert _held(doc) == {("Hà Văn Tư", "Ban Chấp hành Trung ương Đảng", "Ủy viên", False),
                          ("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Bí thư", True)}


def test_a_post_taken_after_organs_left_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Cao Bằng nhiệm kỳ 2015-2020, "
                         "để giữ chức Phó Trưởng ban Nội chính Trung ương.")
    assert _held(doc) == {("Hà Văn Tư", "Ban Nội chính Trung ương", "Phó Trưởng ban", False)}


def test_a_post_taken_after_joining_the_executive_committee_alone_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tư được luân chuyển tham gia Ban Chấp hành Đảng bộ tỉnh Cao Bằng và giữ chức Phó "
                         "Bí thư Tỉnh ủy Cao Bằng.")
    assert _held(doc) == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Phó Bí thư", False)}
