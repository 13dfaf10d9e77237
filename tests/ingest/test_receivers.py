"""Who received something at an event (a prize, a decision, flowers), on short texts written for these tests:
the receiver was there and attends it."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run

_OPENING = "Tối 12-4, Bộ Xây dựng tổ chức lễ trao giải thưởng Nhà ở tốt năm 2020 tại Hà Nội. "


def _attending(doc_text: str, extractor: Extractor) -> set[str]:
    return {p for p, _ in pairs(run(extractor, doc_text), "ATTENDS")}


def test_a_person_before_nhan_giai_thuong_attends(extractor: Extractor) -> None:
    text = _OPENING + "Giám đốc công ty Hòa Bình Lê Văn Khải nhận giải thưởng."
    assert "Lê Văn Khải" in _attending(text, extractor)
    text = _OPENING + "Ông Trần Văn Bình và bà Ngô Thị Hạnh đã nhận Bằng khen của Bộ trưởng."
    assert {"Trần Văn Bình", "Ngô Thị Hạnh"} <= _attending(text, extractor)


def test_a_person_given_something_cho_attends(extractor: Extractor) -> None:
    text = _OPENING + "Thứ trưởng Phạm Văn Sơn trao Bằng khen cho ông Lê Văn Khải và bà Ngô Thị Hạnh."
    assert {"Phạm Văn Sơn", "Lê Văn Khải", "Ngô Thị Hạnh"} <= _attending(text, extractor)


def test_a_decision_of_discipline_or_a_proposed_title_is_no_attendance(extractor: Extractor) -> None:
    text = _OPENING + "Tuần trước, ông Lê Văn Khải nhận quyết định kỷ luật của công ty."
    assert "Lê Văn Khải" not in _attending(text, extractor)
    text = _OPENING + "Hội cũng đề nghị truy tặng danh hiệu Anh hùng Lao động cho ông Trần Văn Bình."
    assert "Trần Văn Bình" not in _attending(text, extractor)
