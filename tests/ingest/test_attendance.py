"""Who attends an event, on short texts written for these tests: the constructions that name a person
taking part after the sentence that reports the event."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run

_OPENING = "Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2019. "


def _attending(doc_text: str, extractor: Extractor) -> set[str]:
    return {p for p, _ in pairs(run(extractor, doc_text), "ATTENDS")}


def test_a_speaker_reported_with_theo_attends(extractor: Extractor) -> None:
    text = _OPENING + "Theo ông Nguyễn Văn An - giám đốc Sở Du lịch, năm qua lượng khách tăng mạnh."
    assert _attending(text, extractor) == {"Nguyễn Văn An"}
    text = _OPENING + "Theo trung tướng Lê Văn Bảo, Giám đốc Công an tỉnh, tình hình năm qua ổn định."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}


def test_theo_before_a_thing_names_no_speaker(extractor: Extractor) -> None:
    text = _OPENING + "Theo kế hoạch, ông Nguyễn Văn An sẽ sang thăm tỉnh bạn vào tháng sau."
    assert "Nguyễn Văn An" not in _attending(text, extractor)


def test_a_photo_credit_attends_nothing(extractor: Extractor) -> None:
    text = _OPENING + "Ảnh: Lê Hải Trả lời câu hỏi, Bộ trưởng Trần Văn Bình cho biết năm qua tình hình ổn định."
    assert "Lê Hải" not in _attending(text, extractor)
