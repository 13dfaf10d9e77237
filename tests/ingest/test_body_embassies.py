from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_an_embassy_or_consulate_is_named_with_its_country_and_its_seat_as_written(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Đại sứ quán Việt Nam tại Rumania và Tổng Lãnh sự quán Hàn Quốc tại TP HCM "
                         "đã gửi thư chúc mừng.")
    assert {"Đại sứ quán Việt Nam tại Rumania", "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh"} <= agencies(doc)


def test_an_office_named_later_without_its_seat_is_the_office_with_the_seat(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn do Lãnh sự quán Pháp tại TP HCM dẫn đầu. Buổi tối, đoàn ăn tối tại Lãnh sự quán Pháp.")
    assert agencies(doc) == {"Lãnh sự quán Pháp tại Thành phố Hồ Chí Minh"}


def test_a_local_disaster_command_is_named_with_its_level_and_place(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, Ban chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình và "
                         "Ban Chỉ huy phòng, chống thiên tai huyện Lệ Thủy đã họp khẩn.")
    assert {"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình",
            "Ban Chỉ huy phòng, chống thiên tai huyện Lệ Thủy"} <= agencies(doc)
