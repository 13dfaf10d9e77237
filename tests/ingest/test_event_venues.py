"""Where an event was held, read from the story's opening: the province its party goes to, and brackets that
name one end of a pair or a route rather than the venue."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_the_province_a_delegation_goes_to_on_the_day_is_where_its_event_was_held(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 12/3, đoàn công tác của Ủy ban Kiểm tra Trung ương đã đến Cà Mau công bố quyết định kỷ luật "
        "ông Trần Văn Nam, nguyên Phó Chủ tịch UBND tỉnh. Tại buổi công bố quyết định, ông Nam nhận khuyết điểm.",
    )
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Cà Mau"}


def test_a_province_gone_to_without_a_deed_after_it_is_not_a_venue(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 12/3, Ủy ban Kiểm tra Trung ương công bố quyết định kỷ luật ông Trần Văn Nam, người đã đến "
        "Cà Mau. Tại buổi công bố quyết định, ông Nam nhận khuyết điểm.",
    )
    assert not rels(doc, "HELD_IN")


def test_a_bracketed_country_after_one_city_of_a_pair_is_not_the_venue(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tối 2-7, UBND TP Cần Thơ tổ chức lễ khai mạc triển lãm ảnh về quan hệ giữa hai thành phố Kazan (Nga) "
        "và Cần Thơ.",
    )
    assert "Nga" not in {p for _, p in rels(doc, "HELD_IN")}


def test_a_bracketed_province_after_a_route_is_not_the_venue(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 3-4, Vietnam Airlines tổ chức lễ khai trương đường bay Cần Thơ - Phú Quốc (Kiên Giang).",
    )
    assert "Kiên Giang" not in {p for _, p in rels(doc, "HELD_IN")}


def test_a_bracketed_province_after_where_a_route_goes_is_not_the_venue(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 3-4, Vietnam Airlines tổ chức lễ khai trương đường bay từ Cần Thơ đi Phú Quốc (Kiên Giang).",
    )
    assert "Kiên Giang" not in {p for _, p in rels(doc, "HELD_IN")}


def test_an_airport_named_without_its_province_gives_the_province(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 9-5, Cục Hàng không Việt Nam tổ chức buổi diễn tập cứu nạn tại Cảng hàng không quốc tế Nội Bài.",
    )
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hà Nội"}


def test_a_province_closing_a_museum_s_name_is_where_the_event_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/5, Đại hội đại biểu Hội Cựu giáo chức Việt Nam lần thứ IV được tổ chức tại Bảo tàng Hà Nội.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hà Nội"}


def test_a_square_named_for_a_person_is_not_the_city_of_that_name(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tối 2/9, UBND tỉnh Nghệ An tổ chức Lễ mít tinh kỷ niệm Quốc khánh tại Quảng trường Hồ Chí Minh, thành phố Vinh.",
    )
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Vinh"}


def test_the_seat_in_the_name_of_a_court_of_appeal_is_not_the_venue(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 20/12, Viện Kiểm sát nhân dân tối cao tổ chức hội nghị sơ kết công tác của các Viện Kiểm sát nhân dân "
        "cấp cao tại Hà Nội và Đà Nẵng.",
    )
    assert not rels(doc, "HELD_IN")


def test_a_place_in_what_is_said_at_the_event_is_not_its_venue(extractor: Extractor) -> None:
    doc = run(extractor, "Trả lời phóng viên tại cuộc họp báo của Bộ Tư pháp chiều 5-3, ông Nguyễn Văn B cho biết nhiều "
                         "vụ việc đã xảy ra tại TP Cần Thơ.")
    assert rels(doc, "HELD_IN") == set()


def test_an_event_named_after_a_district_and_its_city_was_held_in_that_city(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Bí thư Thành ủy TP. HCM Nguyễn Văn Nam cho biết như vậy tại buổi tiếp xúc cử tri quận 3, TP. HCM diễn ra "
        "chiều 20-6.",
    )
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hồ Chí Minh"}


def test_a_province_in_what_an_event_is_about_is_not_where_it_was_held(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 5-4, Bộ Nội vụ tổ chức hội nghị về sắp xếp đơn vị hành chính cấp xã tỉnh Hà Tĩnh.",
    )
    assert not rels(doc, "HELD_IN")


def test_the_province_a_visit_covers_is_where_it_was_held(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 12/1, Phó Thủ tướng Trần Văn Nam đã đến thăm và tặng quà các Mẹ Việt Nam Anh hùng, gia đình chính sách "
        "trên địa bàn tỉnh Bến Tre.",
    )
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Bến Tre"}
