"""What makes an event worth reporting, and how it is dated and told apart from others."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_an_undated_meeting_no_one_is_read_to_take_part_in_is_not_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Người dân trong khu phố đã tổ chức hội nghị nhà văn hóa để bàn việc sửa đường.",
              published=None)
    assert not events(doc)


def test_a_press_briefing_named_with_the_body_that_holds_it_is_organised_by_that_body(extractor: Extractor) -> None:
    doc = run(extractor, "Thông tin được đưa ra tại buổi họp giao ban báo chí của Ban Tuyên giáo Tỉnh ủy Ninh Thuận "
                         "sáng 4-3.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Ban Tuyên giáo Tỉnh ủy Ninh Thuận"}


def test_those_who_sign_an_agreement_at_a_conference_attend_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng dịch. Tại hội nghị, ông Trần Văn An "
                         "và bà Lê Thị Hoa đã ký thỏa thuận hợp tác về đào tạo cán bộ y tế.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Trần Văn An", "Lê Thị Hoa"}


def test_one_who_signs_a_decision_does_not_attend_by_signing(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng dịch. Trước đó, ông Trần Văn An "
                         "đã ký Quyết định số 12/QĐ-BYT về việc thành lập tổ công tác.")
    assert not rels(doc, "ATTENDS")
