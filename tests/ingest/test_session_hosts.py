"""Sittings named with no body: held by the one body holding sessions that the article names."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_a_sitting_named_with_no_body_is_held_by_the_only_assembly_named(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Đại biểu Quốc hội Lê Văn Nam (Nam Định) phát biểu tại phiên thảo luận kinh tế - xã hội sáng 3/11. "
        "Ông Nam đề nghị Quốc hội giám sát việc cấp phép khai thác cát.",
    )
    [(_, name)] = rels(doc, "ATTENDS")
    assert rels(doc, "ORGANIZES") == {("Quốc hội", name)}


def test_a_sitting_of_another_body_named_bare_is_not_the_assembly_s(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 3/11, ông Lê Văn Nam phát biểu tại phiên họp đầu tiên của Ban. Quốc hội sẽ xem xét đề án vào kỳ tới.",
    )
    assert not rels(doc, "ORGANIZES")


def test_a_debate_is_the_assembly_s_though_its_standing_committee_is_named(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tiếp tục phiên thảo luận về tình hình kinh tế - xã hội ngày 2/6, đại biểu Lê Văn Nam (đoàn Nam Định) phát biểu. "
        "Trước đó, Ủy ban Thường vụ Quốc hội đã trình báo cáo giám sát lên Quốc hội.",
    )
    assert rels(doc, "ORGANIZES") == {("Quốc hội", "Phiên thảo luận về tình hình kinh tế - xã hội")}


def test_a_numbered_session_setting_what_a_control_commission_does_is_its_own(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tại kỳ họp 14 (từ 3 đến 5/8), Ủy ban Kiểm tra Trung ương đã xem xét, kết luận vi phạm của Ban Thường vụ "
        "Tỉnh ủy Nam Định.",
    )
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", "Kỳ họp thứ 14 của Ủy ban Kiểm tra Trung ương")}


def test_a_numbered_session_only_answered_at_is_not_the_body_s(extractor: Extractor) -> None:
    doc = run(extractor, "Trả lời cử tri tại kỳ họp 14, Ủy ban Kiểm tra Trung ương đã xem xét, kết luận vi phạm.")
    assert not rels(doc, "ORGANIZES")


def test_a_numbered_session_over_a_span_of_days_is_dated_by_its_first(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tại kỳ họp 14 (từ 3 đến 5-8-2019), Ủy ban Kiểm tra Trung ương đã xem xét, kết luận vi phạm của Ban Thường vụ "
        "Tỉnh ủy Nam Định.",
        published=None,
    )
    assert {e.properties.get("date") for e in doc.entities if e.type == "Event"} == {"2019-08-03"}
