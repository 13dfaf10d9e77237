"""An event's name ends where the sentence goes on: before a bracketed clause that opens with a stop word
("kỳ họp thứ 9 (diễn ra ...)") or a bracket left open, before the body that reports after a comma ("tại buổi họp
báo, công an tỉnh X cho hay ...") or a list (", gồm: ..."), after a word that points back ("kỳ họp này"), and never on
"còn", "khi" or "sáng nay" ("Tham dự họp báo còn có ...")."""

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


def test_a_bracket_left_open_is_not_in_the_name(extractor: Extractor) -> None:
    names = event_names(extractor, "Chiều 5-12-2018, tại phiên chất vấn kỳ họp thứ 5 (ngày 5-12, đại biểu Lê Văn C chất vấn "
                                   "về giao thông.")
    assert names == ["Phiên chất vấn kỳ họp thứ 5"], names


def test_a_name_does_not_end_on_a_conjunction_or_the_day(extractor: Extractor) -> None:
    names = event_names(extractor, "Sáng 4-1-2016, tại buổi họp báo trước khi khai mạc Đại hội, ông Lê Văn D cho biết.")
    assert names == ["Họp báo"], names


def test_a_list_after_the_name_is_not_in_it(extractor: Extractor) -> None:
    names = event_names(extractor, "Ngày 8-3-2017, cuộc họp của Ban Bí thư xem xét thi hành kỷ luật một số cán bộ liên quan "
                                   "đến vụ án, gồm: Ông Lê Văn A (nguyên Phó Chủ tịch tỉnh X), ông Lê Văn B.")
    assert names == ["Cuộc họp của Ban Bí thư xem xét thi hành kỷ luật một số cán bộ liên quan đến vụ án"], names


def test_a_setting_run_on_stops_before_its_holder(extractor: Extractor) -> None:
    names = event_names(extractor, "Đây là một ý kiến tại lễ tổng kết hội thi an toàn giao thông do báo Thanh Niên và Sở "
                                   "Giáo dục tổ chức ngày 12-5-2019 ở quận 1.")
    assert names == ["Lễ tổng kết hội thi an toàn giao thông"], names


def test_a_vote_after_a_comma_opens_a_new_clause(extractor: Extractor) -> None:
    names = event_names(extractor, "Ngày 3-4-2019, công ty Minh Phát tổ chức đại hội đồng cổ đông, bầu Trần Văn B làm "
                                   "chủ tịch HĐQT.")
    assert names == ["Đại hội đồng cổ đông"], names


def test_an_election_after_a_comma_stays_in_the_name(extractor: Extractor) -> None:
    names = event_names(extractor, "Sáng 5-1-2021, tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020, triển khai "
                                   "công tác bầu cử đại biểu Quốc hội.")
    assert names == ["Hội nghị tổng kết công tác năm 2020, triển khai công tác bầu cử đại biểu Quốc hội"], names


def test_a_signing_told_as_done_ends_before_its_bracketed_date(extractor: Extractor) -> None:
    names = event_names(extractor, "UBND tỉnh Bình Định và UBND tỉnh Phú Yên cũng đã ký kết Thỏa thuận phối hợp "
                                   "(ngày 21/12/2016) và thành lập ban điều phối chung từ tháng 8/2017.")
    assert names == ["Lễ ký kết Thỏa thuận phối hợp"], names


def test_a_signing_told_as_done_is_dated_by_its_bracketed_date(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Bình Định và UBND tỉnh Phú Yên cũng đã ký kết Thỏa thuận phối hợp "
                         "(ngày 21/12/2016) và thành lập ban điều phối chung từ tháng 8/2017.")
    dates = [e.properties.get("date") for e in doc.entities if e.type == "Event"]
    assert dates == ["2016-12-21"], dates
