"""A post taken "thay ông B" (in place of B) was B's before; "thay mặt" (on behalf of) names no predecessor."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import run


def _held(doc: DocGraph, name: str) -> set[tuple[str, str, bool]]:
    by_id = {e.id: e for e in doc.entities}
    return {(by_id[r.target].name, str(r.properties.get("title")), bool(r.properties.get("former")))
            for r in doc.relations if r.type == "HOLDS_POSITION" and by_id[r.source].name == name}


def test_the_predecessor_held_the_post_before(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Thành được bầu giữ chức Bí thư Tỉnh ủy Nam Định thay ông Lý Văn Hai nghỉ hưu.")
    assert _held(doc, "Đỗ Văn Thành") == {("Tỉnh ủy Nam Định", "Bí thư", False)}
    assert _held(doc, "Lý Văn Hai") == {("Tỉnh ủy Nam Định", "Bí thư", True)}


def test_in_place_of_after_a_term(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Thành làm Chủ tịch UBND tỉnh Nam Định nhiệm kỳ 2016 - 2021 thay cho ông Lý Văn Hai.")
    assert _held(doc, "Lý Văn Hai") == {("Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch", True)}


def test_on_behalf_of_names_no_predecessor(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Thành, Bí thư Tỉnh ủy Nam Định thay mặt Tỉnh ủy trao quyết định cho ông Lý Văn Hai.")
    assert _held(doc, "Lý Văn Hai") == set()


def test_in_place_of_after_an_appointment_and_its_term(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Chính trị phân công ông Đỗ Văn Thành giữ chức Bí thư Tỉnh ủy Nam Định nhiệm kỳ 2015-2020, "
                         "thay ông Lý Văn Hai.")
    assert _held(doc, "Lý Văn Hai") == {("Tỉnh ủy Nam Định", "Bí thư", True)}


def test_a_post_before_the_name_is_not_the_predecessor_s(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch UBND tỉnh Nam Định Đỗ Văn Thành thay ông Lý Văn Hai làm Bí thư Tỉnh ủy Nam Định.")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch", True) not in _held(doc, "Lý Văn Hai")


def test_in_place_of_after_a_title_that_names_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội phê chuẩn ông Đỗ Văn Thành làm Tổng Thanh tra Chính phủ thay ông Lý Văn Hai.")
    assert _held(doc, "Lý Văn Hai") == {("Thanh tra Chính phủ", "Tổng Thanh tra", True)}


def test_one_who_takes_the_post_in_place_of_another(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Đỗ Thị Thanh thay bà Lý Thị Hai giữ chức Phó Chủ tịch nước.")
    assert _held(doc, "Đỗ Thị Thanh") == {("Chủ tịch nước", "Phó Chủ tịch nước", False)}
    assert _held(doc, "Lý Thị Hai") == {("Chủ tịch nước", "Phó Chủ tịch nước", True)}


def test_an_aside_after_the_predecessor_stays_his(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Thành thay ông Lý Văn Hai, Phó Chủ tịch UBND tỉnh Nam Định, làm việc với đoàn.")
    assert _held(doc, "Lý Văn Hai") == {("Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch", False)}
