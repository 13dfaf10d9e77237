"""A sentence dated past what stands before its date: an hour ("15h chiều nay (29-3), ...") or a clause naming
the news' source or matter ("Theo báo X, ngày 22/1, ...", "Liên quan vụ X, ngày 4-4, ...")."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def _dated(doc: object, day: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == "Event" and e.id.startswith(f"event:{day}")}  # type: ignore[attr-defined]


def test_an_hour_before_the_day_still_dates_the_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Bài viết mở đầu.\n\n15h chiều nay (29-3), Bộ trưởng Bộ Tài chính Trần Văn Bình đã chủ trì "
                         "lễ công bố quyết định thành lập Cục Thuế điện tử.", published="2019-03-29")
    assert any(n.startswith("Lễ công bố quyết định thành lập") for n in _dated(doc, "2019-03-29"))
    assert {p for p, _ in pairs(doc, "CHAIRS")} == {"Trần Văn Bình"}


def test_a_source_before_the_day_still_dates_the_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Bài viết mở đầu.\n\nTheo báo Nhân Dân, ngày 22/1, Công an tỉnh Nam Định tổ chức khen thưởng "
                         "các đơn vị phá chuyên án ma túy.", published="2019-01-25")
    assert any(n.startswith("Lễ khen thưởng") for n in _dated(doc, "2019-01-22"))
    assert {b for b, _ in pairs(doc, "ORGANIZES")} == {"Công an tỉnh Nam Định"}


def test_a_planned_lead_in_gives_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Bài viết mở đầu.\n\nTheo thông tin từ Sở Y tế, ngày 22/1, Công an tỉnh Nam Định sẽ tổ chức "
                         "khen thưởng các đơn vị phá chuyên án ma túy.", published="2019-01-20")
    assert not _dated(doc, "2019-01-22")


def test_a_report_before_the_day_does_not_date_the_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Bài viết mở đầu.\n\nTheo báo cáo của Sở Y tế, ngày 22/1, Công an tỉnh Nam Định tổ chức khen thưởng "
                         "các đơn vị phá chuyên án ma túy.", published="2019-01-25")
    assert not _dated(doc, "2019-01-22")
