from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run

_TEXT = ("Đà Nẵng cho phép mở rộng bến xe phía tây\n\n"
         "Văn phòng UBND TP vừa có văn bản truyền đạt ý kiến của Thường trực Thành ủy về việc mở rộng bến xe.")


def test_the_province_a_title_opens_with_places_the_bare_city_bodies(extractor: Extractor) -> None:
    names = agencies(run(extractor, _TEXT, title="Đà Nẵng cho phép mở rộng bến xe phía tây"))
    assert {"Ủy ban nhân dân thành phố Đà Nẵng", "Thành ủy Đà Nẵng"} <= names
    assert "Ủy ban nhân dân thành phố" not in names and "Thành ủy" not in names


def test_a_title_opening_with_two_provinces_names_no_subject(extractor: Extractor) -> None:
    title = "Đà Nẵng và Cần Thơ cho phép mở rộng bến xe"
    names = agencies(run(extractor, title + "\n\nVăn phòng UBND TP vừa có văn bản về việc mở rộng bến xe.", title=title))
    assert "Ủy ban nhân dân thành phố Đà Nẵng" not in names


def test_departments_listed_after_a_shared_head_and_a_colon_are_each_of_the_city(extractor: Extractor) -> None:
    text = ("Ủy ban nhân dân thành phố Cần Thơ yêu cầu các sở, ngành như: Tài chính, Xây dựng, Y tế "
            "khẩn trương rà soát các dự án chậm tiến độ.")
    names = agencies(run(extractor, text))
    assert {"Sở Tài chính thành phố Cần Thơ", "Sở Xây dựng thành phố Cần Thơ", "Sở Y tế thành phố Cần Thơ"} <= names


def test_the_planning_department_written_without_its_dash_is_one_body(extractor: Extractor) -> None:
    names = agencies(run(extractor, "Sở Quy hoạch Kiến trúc thành phố Đà Nẵng vừa công bố đồ án."))
    assert "Sở Quy hoạch - Kiến trúc thành phố Đà Nẵng" in names
