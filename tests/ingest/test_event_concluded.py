"""Meetings reported through the conclusions drawn at them, on short texts written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[str]:
    return [e.name for e in doc.entities if e.type == "Event"]


def test_a_meeting_whose_conclusions_are_notified_was_held_by_the_body_named_after_it(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Văn phòng Chính phủ vừa ra thông báo kết luận của Phó Thủ tướng Lê Văn An tại cuộc họp "
        "Bộ Tài chính về việc sắp xếp lại các doanh nghiệp nhà nước. Theo đó, các bộ cần khẩn trương "
        "hoàn thành phương án.",
        published=None,
    )
    assert events(doc) == ["Cuộc họp Bộ Tài chính về việc sắp xếp lại các doanh nghiệp nhà nước"]
    [event] = events(doc)
    assert rels(doc, "ORGANIZES") == {("Bộ Tài chính", event)}
    assert ("Lê Văn An", event) in rels(doc, "ATTENDS")
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == [None]


def test_conclusions_after_a_titled_person_with_an_apposition(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Thông báo kết luận của Chủ tịch UBND tỉnh Trần Văn Bình, Trưởng Ban Chỉ đạo, tại hội nghị "
        "nghe báo cáo tiến độ giải ngân vốn đầu tư công đã được gửi tới các sở.",
        published=None,
    )
    assert len(events(doc)) == 1
    assert events(doc)[0].startswith("Hội nghị nghe báo cáo tiến độ giải ngân vốn đầu tư công")
    assert ("Trần Văn Bình", events(doc)[0]) in rels(doc, "ATTENDS")


def test_a_reported_event_keeps_the_conclusions_sentence_from_adding_another(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12-3, Bộ Tài chính tổ chức hội nghị tổng kết công tác năm 2020. Văn phòng Bộ sẽ gửi "
        "thông báo kết luận của Bộ trưởng tại cuộc họp giao ban tháng 2.",
    )
    assert not any(e.startswith("Cuộc họp giao ban") for e in events(doc))
