"""Dates as the genre writes them, and the year a text implies when the input gives no date."""

from __future__ import annotations

import pytest
from coordgraph.graph.model import DocGraph
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.dates import Dates, LateMonth
from coordgraph.ingest.extract import Extractor


@pytest.fixture(scope="module")
def dates() -> Dates:
    return Dates()


def iso_at(dates: Dates, text: str, published: str | None = None, year: int | None = None) -> str | None:
    dm = dates.at(text, 0)
    assert dm is not None, text
    return dates.iso(dm, published, year)


def test_opening_dates_in_the_genres_forms(dates: Dates) -> None:
    assert iso_at(dates, "Ngày 26/12/2018, Ban Nội chính Trung ương") == "2018-12-26"
    assert iso_at(dates, "Chiều 29/10, hội nghị", published="2021-10-30") == "2021-10-29"
    assert iso_at(dates, "Sáng nay (13/7), Thủ tướng", year=2018) == "2018-07-13"
    assert iso_at(dates, "Chiều nay 23-7 tại Hà Nội", year=2019) == "2019-07-23"
    assert iso_at(dates, "sáng ngày 29/3, Tổng cục") is None  # no year anywhere: no date
    assert iso_at(dates, "Ngày 07 tháng 3 năm 2016, tại Viêng Chăn") == "2016-03-07"
    assert iso_at(dates, "Chiều 9 tháng 8, hội nghị", year=2020) == "2020-08-09"


def test_hom_before_a_date_marks_it(dates: Dates) -> None:
    text = "Ban Thường vụ Huyện ủy hôm 14-8 đã họp và kết luận."
    [dm] = list(dates.marked_in(text, 0, len(text)))
    assert (dm.day, dm.month) == (14, 8)


def test_hom_before_a_date_opens_a_sentence_with_it(dates: Dates) -> None:
    assert iso_at(dates, "Hôm 8/9, Ban Bí thư đã họp và kết luận.", year=2025) == "2025-09-08"
    assert iso_at(dates, "Hôm qua (15/5), Ban Bí thư đã họp.", year=2025) == "2025-05-15"


def test_a_day_after_the_publication_date_is_last_year(dates: Dates) -> None:
    assert iso_at(dates, "Ngày 28/12, Ban", published="2022-01-03") == "2021-12-28"


def test_a_span_of_days_is_dated_by_its_first_day(dates: Dates) -> None:
    [dm] = list(dates.marked_in("Đại hội thành công sau 2 ngày làm việc (12-13/9).", 0, 60))
    assert (dm.day, dm.month) == (12, 9)


def test_two_days_of_a_month_are_dated_by_the_first(dates: Dates) -> None:
    assert iso_at(dates, "Trong hai ngày 8 và 9-4, Ủy ban Kiểm tra tỉnh họp", year=2019) == "2019-04-08"
    assert iso_at(dates, "Trong 2 ngày 27 và 28/11/2017, tại Cần Thơ") == "2017-11-27"
    [dm] = list(dates.marked_in("Tại kỳ họp thứ 9 (diễn ra ngày 15 và 16/6), Ủy ban đã xem xét.", 0, 70))
    assert (dm.day, dm.month) == (15, 6)


def test_impossible_dates_are_none(dates: Dates) -> None:
    assert iso_at(dates, "Ngày 31/2, hội nghị", year=2019) is None


@pytest.mark.parametrize(("text", "year"), [
    ("Năm 2018 đã có 22 đoàn kiểm tra. Năm 2019, kinh phí bố trí 5 tỷ đồng.", 2019),
    ("Ông A (SN 1989) và ông B (sinh năm 1990) bị bắt.", None),
    ("Ủy viên Ban chấp hành nhiệm kỳ 2016 - 2021 bị kỷ luật.", None),
    ("Tổng kết nhiệm kỳ khóa XII (2014-2019), phương hướng nhiệm kỳ khóa XIII (2019-2024).", 2019),
    ("Hội nghị bàn ngân sách năm 2018 và kế hoạch năm 2019, tầm nhìn đến năm 2045.", 2018),
    ("Ký kết biên bản hợp tác giai đoạn 2019 - 2022 lần này.", 2019),
    ("Hội nghị tổng kết 10 năm thực hiện luật giai đoạn 2006-2015.", 2015),
    # the dot of an abbreviation ends no sentence: the review still reads the period after it
    ("Tỉnh tổng kết hợp tác với TP. Hải Phòng giai đoạn 2012 - 2016, ký thỏa thuận giai đoạn 2017 - 2020.", 2016),
    ("Hội thảo về Tổng tiến công Xuân Mậu Thân 1968.", None),
    ("Ông nhắc lại: cách đây 30 năm, tỉnh được tái lập từ năm 1991.", 2021),  # the years since count to the present
    # a deadline right after "đến"/"tới" is a target; a figure "as of" a year, a range or a past year is not
    ("Năm 2017, tỉnh lập đề án; đến 2025 mỗi xã có một trạm y tế đạt chuẩn.", 2017),
    ("Hai bên ký biên bản về quan hệ đối tác tới năm 2026 vào năm 2019.", 2019),
    ("Năm 2016, bà B được bổ nhiệm; số nợ lũy kế đến 2018 là 5 tỷ đồng.", 2018),
    ("Số lỗ luỹ kế đến 2018 hơn 900 tỷ đồng.", 2018),
    ("Từ 2014 đến 2017, ông C giữ chức Giám đốc Sở.", 2014),
    ("Năm 2016, ông X được bổ nhiệm làm Phó Chủ tịch tỉnh.", 2016),
    ("Đội ngũ cán bộ đủ sức lãnh đạo đưa nước ta trở thành nước phát triển vào năm 2040.", None),
    # a year planned right after the one reviewed is still to come, wherever else the text names it
    ("Sở bàn kết quả năm 2020 và phương hướng, nhiệm vụ năm 2021. Năm 2021 là năm bản lề.", 2020),
    ("Năm 2021 là năm bản lề. Cục đã tổng kết năm 2020, triển khai kế hoạch 2021.", 2020),
    ("Năm 2020 doanh thu tăng; năm 2022 có dự án mới.", 2022),  # no plan: the latest year
    # a year the present is compared with is the year before
    ("Năm nay số vụ cháy tăng 8% so với năm 2020.", 2021),
    ("Thu ngân sách giảm 3% so với cùng kỳ 2017.", 2018),
    ("Quy mô kinh tế gấp 20 lần so với năm 1985.", None),  # history, not the story's year
    # a year in a law's name is the law's
    ("Ông bị khởi tố theo Điều 355 Bộ luật Hình sự năm 2015.", None),
    ("Năm 2019, tỉnh rà soát đất theo Luật Đất đai 2013.", 2019),
])
def test_the_year_a_text_implies(dates: Dates, text: str, year: int | None) -> None:
    assert dates.text_year(text) == year


def test_a_year_end_review_early_in_the_year_reviews_the_year_before(dates: Dates) -> None:
    dm = dates.at("Chiều 24/1, hội nghị tổng kết", 0)
    assert dm is not None
    assert dates.iso(dm, None, 2018, "tong_ket") == "2019-01-24"
    assert dates.iso(dm, None, 2018, "hoi_nghi") == "2018-01-24"


@pytest.mark.parametrize(("name", "year"), [
    ("Đại hội Hội Nông dân huyện lần thứ IV, nhiệm kỳ 2022 - 2027", 2022),  # a congress opens its term
    ("Hội nghị Ban Chấp hành lần thứ 3, nhiệm kỳ 2022 - 2027", None),  # a plenum within it says nothing
    ("Hội nghị triển khai công tác kiểm sát năm 2023", 2023),
    ("Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023", None),  # a review: `reviewed_year`
])
def test_the_year_an_events_name_gives(dates: Dates, name: str, year: int | None) -> None:
    assert dates.named_year(name) == year


def test_a_launch_late_in_the_year_launches_the_year_after(dates: Dates) -> None:
    assert dates.named_year("Hội nghị triển khai nhiệm vụ năm 2024", 12) == 2023
    assert dates.named_year("Hội nghị triển khai nhiệm vụ năm 2024", 1) == 2024


def event_date(extractor: Extractor, text: str) -> tuple[DocGraph, str | None]:
    """The article's graph and the date of its one event."""
    doc = extractor.extract(RawArticle(id="t", text=text))
    [event] = [e for e in doc.entities if e.type == "Event"]
    return doc, event.properties.get("date")


def test_events_and_the_article_carry_dates_read_from_the_text(extractor: Extractor) -> None:
    text = ("Ngày 26/12/2018, Ban Nội chính Trung ương tổ chức hội nghị sơ kết công tác phối hợp. "
            "Trưởng ban Nội chính Trung ương Phan Đình Trạc chủ trì hội nghị.")
    doc, date = event_date(extractor, text)
    assert date == "2018-12-26"
    assert doc.article.published == "2018-12-26"


def test_today_or_yesterday_alone_marks_a_date(dates: Dates) -> None:
    [dm] = list(dates.marked_in("Phiên họp của Ban Chỉ đạo diễn ra tại Hà Nội hôm nay 14-3.", 0, 60))
    assert (dm.day, dm.month) == (14, 3)
    [dm] = list(dates.marked_in("Tại hội nghị hôm qua 9/11, ông A cho biết.", 0, 50))
    assert (dm.day, dm.month) == (9, 11)
    assert not list(dates.marked_in("Từ đó đến nay 3/4 số hộ đã thoát nghèo.", 0, 50))  # a bare "nay" is no date


def test_an_undated_story_dated_by_today_alone(extractor: Extractor) -> None:
    text = ("Hội nghị lần thứ 5 của Ban Chấp hành Đảng bộ tỉnh Nam Định diễn ra tại thành phố Nam Định hôm nay 6-2. "
            "Trong năm 2017, tỉnh đã hoàn thành các chỉ tiêu.")
    assert event_date(extractor, text)[1] == "2017-02-06"


@pytest.mark.parametrize(("day", "year"), [("Chiều 20/1", "2020-01-20"), ("Chiều 26/12", "2019-12-26"),
                                         ("Chiều 16/4", "2020-04-16")])  # such reviews run into April
def test_a_review_takes_the_year_its_name_reviews(extractor: Extractor, day: str, year: str) -> None:
    # the text's latest year is the coming one's plans; the review names the year it reviews
    text = (f"{day}, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020. "
            "Năm 2020, Sở sẽ tập trung cải cách hành chính.")
    assert event_date(extractor, text)[1] == year


def test_a_review_of_the_new_year_holiday_is_held_that_spring(extractor: Extractor) -> None:
    text = ("Sáng 1-3, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị tổng kết công tác chăm lo Tết Kỷ Hợi 2019. "
            "Tổng kinh phí tăng 10% so với Tết năm 2018.")
    assert event_date(extractor, text)[1] == "2019-03-01"


def test_an_anniversary_gives_the_year_it_is_kept(dates: Dates) -> None:
    text = "Tỉnh tổ chức lễ kỷ niệm 40 năm chiến thắng biên giới 1979 tại quảng trường. Năm 2015, tỉnh đã xây tượng đài."
    assert dates.text_year(text) == 2019
    assert dates.text_year("Năm 2015, tỉnh ban hành kế hoạch tiến tới kỷ niệm 40 năm chiến thắng 1979.") == 2015


def test_the_years_counted_back_to_a_year_give_the_present(dates: Dates) -> None:
    assert dates.text_year("Ông A nhắc lại, cách đây 40 năm, trận đánh năm 1979 đã diễn ra tại đây.") == 2019


@pytest.mark.parametrize(("text", "late"), [
    ("Hội nghị tháng 9/2019 đã thống nhất phương án.", 9),
    ("Ngày 14/10/2019, đoàn kiểm tra làm việc với tỉnh.", 10),
    ("Tuy vậy, đến cuối năm 2019, công trình vẫn dừng.", 12),
    ("Đoàn sẽ đi dự đại hội vào tháng 9/2019.", 0),  # still to come
    ("Trong 6 tháng cuối năm 2019, tỉnh tập trung cải cách.", 0),  # a plan for the half year
    ("Phấn đấu đến tháng 10/2019 đã hoàn thành.", 0),  # a target
])
def test_the_latest_month_the_text_has_reached(dates: Dates, text: str, late: int) -> None:
    assert dates.late_month(text, 2019).month == late


def test_a_day_before_that_month_is_in_the_year_after(extractor: Extractor) -> None:
    text = ("Chiều 12/3, Ủy ban nhân dân tỉnh Lào Cai tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Hội nghị tháng 11/2019 của Tỉnh ủy đã thống nhất chủ trương này.")
    assert event_date(extractor, text)[1] == "2020-03-12"



def test_a_text_with_only_plans_and_terms_is_set_in_their_first_year(dates: Dates) -> None:
    assert dates.text_year("Ban Chỉ đạo rà soát các vụ việc theo kế hoạch năm 2021 đã đề ra.") == 2021
    assert dates.text_year("Cử tri mong chọn người xứng đáng trong cuộc bầu cử nhiệm kỳ 2021-2026.") == 2021
    assert dates.text_year("Ủy viên Ban chấp hành nhiệm kỳ 2021 - 2026 bị kỷ luật.") is None  # a term already running
    assert dates.text_year("Năm 2019, tỉnh đạt mọi chỉ tiêu; kế hoạch năm 2020 đã được giao.") == 2019  # a year of its own first


def test_the_first_day_of_a_span_that_holds_a_day(dates: Dates) -> None:
    text = "Trong 4 ngày (từ ngày 7 đến 10/5), hội nghị sẽ bàn nhiều nội dung."
    assert dates.first_day(text, 0, len(text), 8, 5) == 7
    assert dates.first_day(text, 0, len(text), 8, 6) is None  # another month
    assert dates.first_day("Đại hội diễn ra từ 12 - 14/11.", 0, 30, 13, 11) == 12


def test_an_event_over_several_days_is_dated_by_the_first(extractor: Extractor) -> None:
    text = ("Sáng 8/5, trong ngày làm việc thứ hai, hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 20 đã thảo luận "
            "về kinh tế năm 2019. Trong 3 ngày (từ ngày 7 đến 9/5), hội nghị sẽ bàn nhiều nội dung quan trọng.")
    assert event_date(extractor, text)[1] == "2019-05-07"


def test_the_year_a_month_is_written_with(dates: Dates) -> None:
    text = "Ngay trong tháng 11-2020, tòa sẽ xét xử vụ án. Tiếp đến tháng 3-2021, tòa xét xử vụ khác. Từ tháng 5-2019, X."
    assert dates.month_years(text) == {11: 2020}  # not a deadline ("đến tháng 3-2021"), nor the start of a period


def test_a_birth_month_gives_no_month_its_year(dates: Dates) -> None:
    text = "Sáng 9/5, tỉnh ủy họp bàn nhân sự. Ông Lê Văn K sinh tháng 5/1961, nay đã đến tuổi nghỉ hưu."
    assert dates.month_years(text) == {}


def test_a_day_of_a_month_written_with_its_year_is_in_that_year(extractor: Extractor) -> None:
    text = ("Sáng 6-11, báo cáo trước Hội đồng nhân dân thành phố Hải Phòng, Chánh án Tòa án nhân dân thành phố Trần Văn E "
            "cho biết ngay trong tháng 11-2020, tòa sẽ đưa vụ án ra xét xử. Tiếp đến tháng 2-2021, tòa xét xử vụ khác.")
    assert event_date(extractor, text)[1] == "2020-11-06"


def test_a_month_written_with_a_year_of_history_does_not_date_the_event(extractor: Extractor) -> None:
    text = ("Tối 2-11, Tỉnh ủy Hà Tĩnh tổ chức lễ kỷ niệm 50 năm chiến thắng Đồng Lộc. Năm 2018, tỉnh đã trùng tu khu di "
            "tích. Trong tháng 11-1968, hàng nghìn thanh niên xung phong đã bám trụ trên tuyến đường này.")
    assert event_date(extractor, text)[1] == "2018-11-02"


def test_a_year_followed_by_a_plan_is_not_the_texts_year(dates: Dates) -> None:
    text = "Báo cáo nêu kết quả công tác của ngành năm 2020. Trong năm 2021, nhiệm vụ trọng tâm là chuyển đổi số."
    assert dates.text_year(text) == 2020
    assert dates.text_year("Bộ cho biết năm 2022 sẽ hoàn thành cơ sở dữ liệu; năm 2021 đã làm xong một nửa.") == 2021


def test_a_congress_that_has_opened_a_term_sets_the_story_in_the_term_s_first_year(dates: Dates) -> None:
    text = ("Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX (nhiệm kỳ 2023 – 2028) đã bế mạc. "
            "Các chỉ tiêu đề ra đến hết tháng 6/2022 đều đạt.")
    assert dates.text_year(text) == 2023
    assert dates.text_year("Tỉnh đang chuẩn bị Đại hội Hội Nông dân nhiệm kỳ 2023 – 2028. Năm 2022, tỉnh làm tốt.") == 2022


def test_a_congress_the_story_opens_sets_the_goals_of_a_term_that_opens_that_year(dates: Dates) -> None:
    text = ("Đại hội Hội Nông dân tỉnh diễn ra từ ngày 4 đến 6/10 sẽ bầu Ban Chấp hành mới và đề ra mục tiêu "
            "cho nhiệm kỳ 2023-2028. Hôm nay 4/10, các đại biểu làm việc tại tổ.")
    assert dates.text_year(text) == 2023
    # the resolution of an earlier congress, or a plan to hold one, is not the congress the story opens
    assert dates.text_year("Tỉnh sẽ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 đã đề ra.") is None


def test_a_month_of_last_year_the_text_dates_elsewhere_sets_the_story_a_year_on(dates: Dates) -> None:
    text = "Ông A bị kỷ luật hồi tháng 5 năm ngoái. Ngày 12/5/2021, Ủy ban Kiểm tra quyết định kỷ luật ông A."
    assert dates.text_year(text) == 2022
    assert dates.text_year("Ông A bị kỷ luật hồi tháng 5 năm ngoái. Ngày 12/6/2021, ông A nghỉ hưu.") == 2021


def test_the_election_or_first_session_of_a_legislature_s_term_sets_the_story_in_the_year_it_opens(dates: Dates) -> None:
    assert dates.text_year("Hội nghị hiệp thương lần thứ ba bầu cử đại biểu Quốc hội khoá 15, ngày 20/4, đã diễn ra.") == 2021
    assert dates.text_year("Tại Kỳ họp thứ nhất, Quốc hội khóa XIV, đại biểu sẽ bầu Chủ tịch nước.") == 2016
    # candidates stand at the election that opens the term
    assert dates.text_year("Sáng 9/3, tỉnh đã lập danh sách 12 người ứng cử đại biểu Quốc hội khóa 15.") == 2021


def test_a_session_of_the_legislature_falls_two_a_year_into_its_term(dates: Dates) -> None:
    assert dates.text_year("Tại Kỳ họp thứ ba, Quốc hội khóa XIV, đại biểu chất vấn Bộ trưởng.") == 2017
    assert dates.text_year("Chiều 20/11, bế mạc kỳ họp thứ 6 của Quốc hội khoá XIV.") == 2018
    assert dates.text_year("Luật X được thông qua tại kỳ họp thứ 10 Quốc hội khóa XIII. Năm 2018, luật đi vào cuộc sống.") == 2018
    assert dates.text_year("Dự án luật sẽ được trình tại kỳ họp thứ 8 Quốc hội khóa XIV.") == 2019  # a plan, alone
    assert dates.text_year("Năm 2018, Bộ đã sửa luật; dự án sẽ được trình tại kỳ họp thứ 7 Quốc hội khóa XIV.") == 2018


def test_a_deadline_is_not_the_texts_year(dates: Dates) -> None:
    text = "Từ năm 2019 đến nay, Bộ đã cấp thẻ. Lộ trình là chậm nhất đến ngày 1-7-2023 phải xong cơ sở dữ liệu."
    assert dates.text_year(text) == 2019
    assert dates.text_year("Các trạm thu phí chậm nhất đến 30-6-2022 phải chuyển sang thu tự động.") == 2022


def test_the_day_a_rule_takes_effect_is_not_the_texts_year(dates: Dates) -> None:
    text = "Báo cáo số 12 ngày 3/10/2017 nêu rõ điều này. Nghị định có hiệu lực thi hành từ ngày 1/3/2018."
    assert dates.text_year(text) == 2017
    assert dates.text_year("Nghị định có hiệu lực thi hành từ ngày 1/3/2018.") == 2018  # alone: the rule is in force or near


def test_a_text_with_only_a_target_by_a_years_close_is_set_in_that_year(dates: Dates) -> None:
    assert dates.text_year("Ngày 9/11, Ban Chỉ đạo họp. Phấn đấu đến hết năm 2020 kết thúc điều tra 5 vụ án.") == 2020
    assert dates.text_year("Ngày 9/11, Ban Chỉ đạo họp. Năm 2019, Ban đã xử lý 3 vụ. Phấn đấu đến hết năm 2020 xử lý 5 vụ.") == 2019


def test_a_plan_is_for_this_year_or_the_next(dates: Dates) -> None:
    # a year planned for ("năm 2024 sẽ ...") is at most one year ahead of the text
    text = "Từ năm 2020 đến nay, Sở đã số hóa hồ sơ. Năm 2024 sẽ hoàn thành kho dữ liệu."
    assert dates.text_year(text) == 2023
    # a year the text also speaks of plainly is its own, whatever it plans for it
    assert dates.text_year("Năm 2023, chương trình có 20 đội thi. Năm 2023, ban tổ chức sẽ trao 5 giải.") == 2023


def test_a_late_day_in_a_text_that_plans_its_year_is_in_the_year_before(dates: Dates) -> None:
    text = "Sở cho biết năm 2024 sẽ hoàn thành kho dữ liệu. Từ năm 2024, Sở sẽ mở rộng việc cấp mã cho 2 triệu người."
    year = dates.text_year(text)
    late = dates.late_month(text, year)
    assert year == 2024
    assert iso_at_late(dates, "Chiều 18-12, tại hội thảo", year, late) == "2023-12-18"
    assert iso_at_late(dates, "Chiều 18-3, tại hội thảo", year, late) == "2024-03-18"  # early in the year: this year's plans
    text = "Diện tích năm 2023 là 900 ha. Sau khi chạy được 6 tháng (tháng 6/2024), công ty sẽ đánh giá lại chương trình."
    year = dates.text_year(text)  # a year in brackets before the clause that plans for it
    assert iso_at_late(dates, "Sáng 20-12, tại hội thảo", year, dates.late_month(text, year)) == "2023-12-20"
    text = "Tháng 10/2024 đã xong phần mềm. Năm 2024, Sở sẽ cấp mã cho 2 triệu người."  # a month of it is past
    assert iso_at_late(dates, "Chiều 18-12, tại hội thảo", 2024, dates.late_month(text, 2024)) == "2024-12-18"


def iso_at_late(dates: Dates, text: str, year: int | None, late: LateMonth) -> str | None:
    dm = dates.at(text, 0)
    assert dm is not None, text
    return dates.iso(dm, None, year, late=late)


def test_a_plan_adopted_for_a_year_is_made_late_in_the_year_before(dates: Dates) -> None:
    text = "Hội đồng nhân dân tỉnh đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025."
    year = dates.text_year(text)
    assert year == 2025
    assert iso_at_late(dates, "Chiều 6/12, tại kỳ họp", year, dates.late_month(text, year)) == "2024-12-06"
    text = "Hội nghị đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025."  # a review: its own year
    assert iso_at_late(dates, "Chiều 6/12, tại hội nghị", 2025, dates.late_month(text, 2025)) == "2025-12-06"


def test_an_early_day_in_a_text_that_sets_the_next_years_tasks_is_in_that_year(dates: Dates) -> None:
    text = "Năm 2025, hội đã giới thiệu việc làm cho 900 người. Ông đề nghị hội làm tốt nhiệm vụ năm 2026."
    year = dates.text_year(text)
    late = dates.late_month(text, year)
    assert year == 2025
    assert iso_at_late(dates, "Sáng 12-2, tại buổi làm việc", year, late) == "2026-02-12"
    assert iso_at_late(dates, "Sáng 8-4, tại buổi làm việc", year, late) == "2026-04-08"  # the review season runs into April
    assert iso_at_late(dates, "Sáng 12-10, tại buổi làm việc", year, late) == "2025-10-12"  # late in the year: its own
    text = "Ngày 9/1/2025, hội đã giới thiệu việc làm cho 900 người. Ông đề nghị hội làm tốt nhiệm vụ năm 2026."
    assert iso_at_late(dates, "Sáng 12-2, tại buổi làm việc", 2025, dates.late_month(text, 2025)) == "2025-02-12"


def test_a_theme_chosen_for_a_year_is_planned_ahead(dates: Dates) -> None:
    text = ("Tại hội nghị tổng kết ngày 20/12, thành phố chọn chủ đề năm 2021 là “Năm chuyển đổi số”. "
            "Các sở sẽ xây dựng chương trình hành động.")
    year = dates.text_year(text)
    assert year == 2021
    late = dates.late_month(text, year)
    dm = dates.at(text, text.index("20/12"))
    assert dm is not None
    assert dates.iso(dm, None, year, "hoi_nghi", None, late) == "2020-12-20"


def test_only_the_period_a_review_names_is_over(dates: Dates) -> None:
    text = ("Tại phiên bế mạc, hai cơ quan sẽ tổng kết chương trình phối hợp giai đoạn 2015-2020 "
            "và ký kết chương trình giai đoạn 2020-2025.")
    assert dates.text_year(text) == 2020


def test_a_year_plan_carried_out_long_after_the_years_recalled_is_the_present(dates: Dates) -> None:
    text = ("Ông Lê Văn Bình từng giữ chức Phó Giám đốc Sở từ năm 2012 đến tháng 3/2015. "
            "Ông đề nghị các sở tập trung hoàn thành các chỉ tiêu kế hoạch năm 2021.")
    year = dates.text_year(text)
    assert year == 2021
    assert iso_at_late(dates, "Sáng 14/7, tại kỳ họp", year, dates.late_month(text, year)) == "2021-07-14"
    assert iso_at_late(dates, "Sáng 14/12, tại kỳ họp", year, dates.late_month(text, year)) == "2020-12-14"


def test_the_day_an_anniversary_span_ends_is_not_a_month_reached(dates: Dates) -> None:
    text = "Buổi lễ chào mừng 70 năm ngày thành lập Sở (5/3/1954 – 5/3/2024) diễn ra tại nhà văn hóa tỉnh."
    assert dates.late_month(text, 2024).month == 0
    assert iso_at_late(dates, "Tối 20/1, tại nhà văn hóa", 2024, dates.late_month(text, 2024)) == "2024-01-20"


def test_a_decision_ceremony_early_in_the_year_follows_the_month_reached(extractor: Extractor) -> None:
    text = ("Chiều 9/1, Ủy ban Kiểm tra Tỉnh ủy Hà Nam công bố quyết định kỷ luật ông Trần Văn Nam. "
            "Trước đó, ngày 22/12/2023, Ban Bí thư đã họp xem xét vụ việc.")
    assert event_date(extractor, text)[1] == "2024-01-09"


def test_a_day_something_runs_from_is_not_a_month_reached(dates: Dates) -> None:
    text = "Bà Trần Thị Mai giữ chức Giám đốc Sở Tư pháp từ ngày 1-5-2024."
    assert dates.late_month(text, 2024).month == 0


def test_a_year_said_to_be_of_some_kind_has_not_come_yet(dates: Dates) -> None:
    text = ("Tỉnh chọn chủ đề năm 2025 là “Năm chuyển đổi số”. Theo Bí thư Tỉnh ủy, 2025 là năm tăng tốc "
            "thực hiện nghị quyết.")
    year = dates.text_year(text)
    assert year == 2025
    assert iso_at_late(dates, "Sáng 22/11, tại hội nghị", year, dates.late_month(text, year)) == "2024-11-22"
    text = "Năm 2022, tỉnh tăng trưởng 7%. Ông cho biết năm 2023 là năm khó khăn của ngành."
    assert dates.text_year(text) == 2023  # no plan for it: its own


def test_a_wronged_yearly_exam_was_held_before_the_story(dates: Dates) -> None:
    text = "Chiều 20/5, đại biểu tỉnh X nói về vụ gian lận điểm trong kỳ thi THPT quốc gia năm 2024 ở địa phương."
    year = dates.text_year(text)
    assert dates.late_month(text, year).month == 7
    assert iso_at_late(dates, "Chiều 20/5, đại biểu", year, dates.late_month(text, year)) == "2025-05-20"
    plain = "Chiều 20/5, tỉnh X họp bàn chuẩn bị kỳ thi THPT quốc gia năm 2024."
    assert iso_at_late(dates, "Chiều 20/5, tỉnh X", year, dates.late_month(plain, year)) == "2024-05-20"


def test_a_year_whose_programme_something_is_put_into_is_ahead(dates: Dates) -> None:
    text = ("Năm 2024, Quốc hội đã xem xét dự án luật. Chủ tịch Quốc hội đề nghị lùi dự án và đưa vào "
            "chương trình năm 2025.")
    assert dates.text_year(text) == 2024


def test_an_event_held_on_a_named_day_is_dated_by_it(extractor: Extractor) -> None:
    [dm] = list(Dates().marked_in("Hội nghị diễn ra đúng vào ngày Thầy thuốc Việt Nam 27/2 tại Huế.", 0, 70))
    assert (dm.day, dm.month) == (27, 2)
    assert not list(Dates().marked_in("Họp mặt nhân ngày Thầy thuốc Việt Nam 27/2 tại Huế.", 0, 60))
    text = ("Bế mạc kỳ họp thứ 9 của Hội đồng nhân dân tỉnh Nam Định khóa XVIII đúng vào ngày Nhà giáo Việt Nam "
            "20/11, Chủ tịch Hội đồng nhân dân tỉnh Nam Định Lê Quốc Chỉnh phát biểu. Đây là kỳ họp cuối năm 2024.")
    assert event_date(extractor, text)[1] == "2024-11-20"
    assert Dates().late_month("Đây là kỳ họp cuối năm 2024 của tỉnh.", 2024).month == 0  # held in its last months


@pytest.mark.parametrize(("day", "year"), [("Sáng 20/12", "2016-12-20"), ("Sáng 10/3", "2017-03-10")])
def test_a_period_closing_as_the_next_opens_sets_the_story_at_the_turn(extractor: Extractor, day: str, year: str) -> None:
    # the new period's first year is planned, not yet the present: a day late in the year falls in the year before it
    text = (f"{day}, Ủy ban nhân dân tỉnh Hà Nam tổ chức hội nghị tổng kết chương trình hợp tác với tỉnh Nam Định "
            "giai đoạn 2012 - 2016, ký kết chương trình hợp tác giai đoạn 2017 - 2020. "
            "Trong giai đoạn 2017 - 2020, hai tỉnh tập trung phát triển du lịch.")
    assert event_date(extractor, text)[1] == year


@pytest.mark.parametrize(("text", "year"), [
    (("Sáng 4/10, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị giao ban công tác tháng 9/2018. "
      "Chủ tịch tỉnh yêu cầu các sở khẩn trương lập danh mục đầu tư giai đoạn 2021-2025."), "2018-10-04"),
    (("Sáng 5/1, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị giao ban công tác tháng 12/2018. "
      "Tỉnh đang lập kế hoạch đầu tư công giai đoạn 2021-2025."), "2019-01-05"),  # December reviewed in January
])
def test_a_meeting_named_for_a_month_or_quarter_is_held_near_its_end(extractor: Extractor, text: str, year: str) -> None:
    # the month or quarter the name gives bounds the year, whatever plans the text sets out
    assert event_date(extractor, text)[1] == year
