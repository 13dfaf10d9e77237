"""A review of some years of carrying out a document is held that many years after the document's year."""

from __future__ import annotations

import pytest
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.dates import Dates
from coordgraph.ingest.extract import Extractor


@pytest.fixture(scope="module")
def dates() -> Dates:
    return Dates()


@pytest.mark.parametrize("name,year", [
    ("Hội nghị sơ kết 4 năm thực hiện Chỉ thị 12-CT/TW ngày 3/6/2015 của Ban Bí thư", 2019),
    ("Hội nghị tổng kết 3 năm thi hành Luật Thủy lợi năm 2017", 2020),
    ("Hội nghị sơ kết 2 năm thực hiện Nghị định số 88/2016/NĐ-CP", 2018),
    ("Hội nghị sơ kết 5 năm thực hiện Chiến lược phát triển du lịch đến năm 2030", None),  # a target
    ("Hội nghị sơ kết 3 năm thực hiện kế hoạch đầu tư công 2021-2025", None),  # a period
    ("Hội nghị tổng kết công tác năm 2018", None),
])
def test_the_year_a_review_of_some_years_is_held(dates: Dates, name: str, year: int | None) -> None:
    assert dates.review_span_year(name, "") == year


def test_a_review_named_without_the_year_takes_it_from_the_sentence_that_issues_it(dates: Dates) -> None:
    text = ("Năm 2014, Ủy ban tỉnh ban hành bộ quy tắc ứng xử nơi công cộng. "
            "Năm 2016, tỉnh khen thưởng 20 tập thể.")
    assert dates.review_span_year("Hội nghị sơ kết 4 năm thực hiện bộ quy tắc ứng xử nơi công cộng", text) == 2018
    assert dates.review_span_year("Hội nghị sơ kết 4 năm thực hiện quy chế dân chủ ở cơ sở", text) is None


def test_an_undated_review_event_is_dated_by_the_years_it_counts(extractor: Extractor) -> None:
    text = ("Sáng 12-11, Sở Văn hóa tỉnh A tổ chức hội nghị sơ kết 4 năm thực hiện bộ quy tắc ứng xử nơi công cộng. "
            "Năm 2014, Ủy ban nhân dân tỉnh A ban hành bộ quy tắc ứng xử nơi công cộng.")
    doc = extractor.extract(RawArticle(id="t", text=text))
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.properties.get("date") == "2018-11-12"


@pytest.mark.parametrize("name,year,reviewed", [
    ("Hội nghị sơ kết chương trình hỗ trợ nông dân giai đoạn 2015-2019", 2019, 2019),  # the period has ended
    ("Hội nghị tổng kết đề án phát triển làng nghề giai đoạn 2010 - 2020", 2020, 2020),
    ("Hội nghị sơ kết 3 năm thực hiện kế hoạch đầu tư công 2021-2025", 2023, None),  # still running
    ("Lễ tổng kết cuộc thi viết về giảm nghèo giai đoạn 2016-2020 lần thứ 2 năm 2018", 2020, None),  # a year within it
    ("Hội nghị chuyên đề chương trình hỗ trợ nông dân giai đoạn 2015-2019", 2019, None),  # no review
    ("Hội nghị sơ kết chương trình hỗ trợ nông dân giai đoạn 2015-2019", None, None),  # the text gives no year
])
def test_a_review_of_a_period_that_has_ended_reviews_its_last_year(
        dates: Dates, name: str, year: int | None, reviewed: int | None) -> None:
    kind = "so_ket" if "sơ kết" in name else "tong_ket" if "tổng kết" in name else "hoi_nghi"
    assert dates.reviewed_period(name, kind, year) == reviewed


def test_a_review_of_a_period_just_ended_held_in_spring_falls_in_the_year_after(extractor: Extractor) -> None:
    text = ("Sáng 20-4, Bộ Nông nghiệp tổ chức hội nghị sơ kết chương trình hỗ trợ nông dân giai đoạn 2015-2019. "
            "Giai đoạn 2015-2019, chương trình đã hỗ trợ 2.000 hộ.")
    doc = extractor.extract(RawArticle(id="t", text=text))
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.properties.get("date") == "2020-04-20"
