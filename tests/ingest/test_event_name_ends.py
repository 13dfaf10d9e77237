"""An event's name ends where the sentence goes on: before a bracketed clause that opens with a stop word
("kỳ họp thứ 9 (diễn ra ...)"), before the body that reports after a comma ("tại buổi họp báo, công an tỉnh X cho
hay ..."), and never on "còn" ("Tham dự họp báo còn có ...")."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import run


def event_names(extractor: Extractor, text: str) -> list[str]:
    return [e.name for e in run(extractor, text).entities if e.type == "Event"]


def test_a_bracketed_clause_after_a_session_is_not_its_name(extractor: Extractor) -> None:
    names = event_names(extractor, "Đến kỳ họp thứ 9 (diễn ra ngày 2 và 3/4/2019), Ủy ban Kiểm tra Trung ương thông "
                                   "báo ông Trần Văn A còn có vi phạm.")
    assert names == ["Kỳ họp thứ 9"], names


def test_a_name_does_not_end_on_con(extractor: Extractor) -> None:
    names = event_names(extractor, "Tỉnh Bến Tre họp báo về vụ án\nTham dự họp báo còn có lãnh đạo các sở, ngành "
                                   "liên quan. Chiều 11-6-2019, UBND tỉnh Bến Tre tổ chức họp báo.")
    assert names and not any(n.split()[-1] == "còn" for n in names), names


def test_who_reports_after_a_comma_is_not_in_the_name(extractor: Extractor) -> None:
    names = event_names(extractor, "Ngày 25-8-2016, tại buổi họp báo, công an tỉnh Quảng Bình cho hay đã bắt 5 người.")
    assert names == ["Họp báo"], names


def test_a_setting_run_on_to_a_bracketed_clause_keeps_no_bracket(extractor: Extractor) -> None:
    names = event_names(extractor, "Thông cáo của Ủy ban Kiểm tra Trung ương chiều 8-3-2019 cho biết tại kỳ họp thứ 34 "
                                   "(diễn ra ngày 6 và 7-3), Ủy ban Kiểm tra Trung ương đã kết luận.")
    assert names and not any(n.endswith("(") for n in names), names


def test_a_name_that_points_back_ends_with_the_pointing_word(extractor: Extractor) -> None:
    names = event_names(extractor, "Nhiều đại biểu cho hay, kỳ họp này Quốc hội dành nhiều thời gian cho công tác nhân sự.")
    assert names == [], names  # "Kỳ họp này", with nothing before it to point at


def test_a_bare_meeting_noun_before_a_comma_is_no_name_of_its_own(extractor: Extractor) -> None:
    names = event_names(extractor, "Sáng 14-6-2017, tại đại hội, họp Hội đồng nhân dân tỉnh, ông Lê Văn D phát biểu.")
    assert names == ["Đại hội"], names
