"""What makes an event worth reporting, and how it is dated and told apart from others."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_an_undated_meeting_no_one_is_read_to_take_part_in_is_not_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Người dân trong khu phố đã tổ chức hội nghị nhà văn hóa để bàn việc sửa đường.",
              published=None)
    assert not events(doc)


def test_a_press_briefing_named_with_the_body_that_holds_it_is_organised_by_that_body(extractor: Extractor) -> None:
    doc = run(extractor, "Thông tin được đưa ra tại buổi họp giao ban báo chí của Ban Tuyên giáo Tỉnh ủy Ninh Thuận "
                         "sáng 4-3.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Ban Tuyên giáo Tỉnh ủy Ninh Thuận"}


def test_a_press_conference_named_with_the_government_that_holds_it_is_organised_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 3/7, tại cuộc họp báo Chính phủ thường kỳ tháng 6, Bộ trưởng Lê Văn Nam cho biết kinh tế "
                         "tiếp tục tăng trưởng.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Chính phủ"}


def test_those_who_sign_an_agreement_at_a_conference_attend_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng dịch. Tại hội nghị, ông Trần Văn An "
                         "và bà Lê Thị Hoa đã ký thỏa thuận hợp tác về đào tạo cán bộ y tế.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Trần Văn An", "Lê Thị Hoa"}


def test_one_who_signs_a_decision_does_not_attend_by_signing(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/9, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng dịch. Trước đó, ông Trần Văn An "
                         "đã ký Quyết định số 12/QĐ-BYT về việc thành lập tổ công tác.")
    assert not rels(doc, "ATTENDS")


def test_a_city_that_closes_a_sports_hall_or_post_office_is_where_the_event_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/4 tại Nhà thi đấu quận Hải Châu, Đà Nẵng, Liên đoàn Lao động thành phố Đà Nẵng đã tổ chức "
                         "Lễ khai mạc Hội thao công nhân năm 2021.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Đà Nẵng"}
    doc = run(extractor, "Sáng 10-5, Sở Nội vụ tổ chức hội nghị giới thiệu dịch vụ công tại Bưu điện tỉnh Nghệ An.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Nghệ An"}


def test_a_control_commission_acting_at_a_session_holds_that_session(extractor: Extractor) -> None:
    doc = run(extractor, "Theo thông báo, sau khi xem xét đề nghị của các chi bộ, tại kỳ họp ngày 5/7, Ủy ban Kiểm tra "
                         "Tỉnh ủy Gia Lai đã kết luận ông Trần Văn Bình vi phạm quy định.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Ủy ban Kiểm tra Tỉnh ủy Gia Lai"}


def test_a_ministry_answering_at_a_session_does_not_hold_it(extractor: Extractor) -> None:
    doc = run(extractor, "Trả lời cử tri tại kỳ họp ngày 5/7, Bộ Nội vụ đã hướng dẫn thực hiện quy định về biên chế.")
    assert not rels(doc, "ORGANIZES")


def test_an_event_said_to_come_right_after_its_name_is_not_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 16/10, Hội Nông dân tỉnh và Công ty Hòa Phát đã ký kết hợp tác. Trong đó, sự kiện chính sẽ "
                         "diễn ra trong ngày 07/12/2021 tới đây với nhiều hoạt động.")
    assert all(date != "2021-12-07" for _, date in events(doc))


def test_a_sentence_opening_with_came_to_attend_lists_those_present(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/8, Hội Nông dân tỉnh Nghệ An tổ chức Lễ khai mạc Hội thi nhà nông giỏi năm 2021. Đến dự "
                         "lễ khai mạc có ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Nghệ An; bà Lê Thị Hoa, Giám đốc Sở "
                         "Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Trần Văn Bình", "Lê Thị Hoa"}


def test_a_voter_who_speaks_at_a_meeting_with_voters_attends_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, Đoàn đại biểu Quốc hội tỉnh Quảng Nam tiếp xúc cử tri huyện Duy Xuyên. Tại buổi tiếp "
                         "xúc, cử tri Trần Văn Bình cho rằng cần xử lý nghiêm các sai phạm về đất đai.")
    assert "Trần Văn Bình" in {p for p, _ in rels(doc, "ATTENDS")}


def test_a_review_and_plan_meeting_named_with_its_body_is_organised_by_that_body(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021 của Sở Tư pháp tỉnh Nam Định "
                         "được tổ chức sáng 8-1.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Sở Tư pháp tỉnh Nam Định"}


def test_a_meeting_the_article_does_not_name_is_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Khi cơ quan điều tra đến khám xét, giám đốc công ty đang dự một cuộc họp với các cổ đông.",
              published=None)
    assert not events(doc)


def test_those_a_sentence_opening_with_chaired_lists_chair_the_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/2, Hội Nông dân tỉnh Nam Định tổ chức hội nghị tổng kết năm 2020. Chủ trì hội nghị có "
                         "Chủ tịch Hội Nông dân tỉnh Nam Định Trần Văn Bình; Phó Chủ tịch Lê Thị Hoa.")
    assert {p for p, _ in rels(doc, "CHAIRS")} == {"Trần Văn Bình", "Lê Thị Hoa"}
    doc = run(extractor, "Sáng 5/2, Tỉnh ủy Nam Định tổ chức hội nghị. Chủ trì hội nghị, Bí thư Tỉnh ủy yêu cầu các đơn vị "
                         "rà soát lại, ông Trần Văn Bình cho biết thêm.")
    assert not rels(doc, "CHAIRS")  # what the chair said comes between: the person named after is no chair


def test_the_province_in_brackets_after_a_city_is_where_the_event_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9-3, tại TP. Tuy Hòa (tỉnh Phú Yên), Sở Công Thương tổ chức hội thảo về tiết kiệm điện.")
    assert {p for _, p in rels(doc, "HELD_IN")} >= {"Phú Yên"}


def test_a_body_named_with_its_term_before_its_verb_holds_the_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/4/2018, Tỉnh ủy Bình Dương khóa IX đã tổ chức hội nghị lần thứ 12 để bàn công tác cán bộ.",
              published=None)
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Tỉnh ủy Bình Dương"}
    doc = run(extractor, "Trong hai ngày 10-11/5/2018, Ủy ban Kiểm tra Trung ương khóa XII đã họp để xem xét nhiều vụ việc.",
              published=None)
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Ủy ban Kiểm tra Trung ương"}


def test_the_work_of_organising_a_congress_reports_no_congress(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2019, Hội Nông dân tỉnh Hà Nam đã tập huấn cán bộ; triển khai công tác tổ chức Đại hội "
                         "đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2019-2024; ký kết chương trình phối hợp.")
    assert not any(name.startswith("Đại hội") for name, _ in events(doc))


def test_a_review_early_in_the_year_of_another_event_is_held_in_the_text_s_year(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 13/3, Văn phòng Chính phủ tổ chức Hội nghị tổng kết công tác phục vụ Hội nghị Thượng "
                         "đỉnh ASEAN. Đây là sự kiện quan trọng của đất nước trong năm 2019.", published=None)
    assert ("Hội nghị tổng kết công tác phục vụ Hội nghị Thượng đỉnh ASEAN", "2019-03-13") in events(doc)
    doc = run(extractor, "Chiều 13/1, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị tổng kết công tác Hội. Năm 2018, "
                         "số hội viên tăng mạnh.", published=None)
    assert [date for _, date in events(doc)] == ["2019-01-13"]


def test_an_event_named_undated_is_dated_by_the_day_part_date_that_follows(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Y tế tỉnh Bình Định vừa tổ chức Họp báo giới thiệu tuần lễ hiến máu tình nguyện. Để hưởng ứng "
                         "phong trào, sáng 14/6, Sở Y tế tỉnh Bình Định phối hợp với Hội Chữ thập đỏ tổ chức các hoạt động "
                         "hiến máu.", published="2019-06-20")
    assert [d for _, d in events(doc)] == ["2019-06-14"]


def test_a_body_closing_a_meetings_name_before_a_dash_apposition_organises_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 8/1, lãnh đạo Chính phủ dự hội nghị tổng kết công tác năm 2020 của Thanh tra Chính phủ - "
                         "cơ quan giúp việc của Chính phủ về thanh tra.")
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Thanh tra Chính phủ"}


def test_the_main_event_named_again_with_its_province_was_held_there(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/3, Ủy ban nhân dân tỉnh Phú Yên tổ chức hội nghị xúc tiến đầu tư năm 2021. Các doanh nghiệp "
                         "đánh giá cao hội nghị xúc tiến đầu tư lần này tại Phú Yên.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Phú Yên"}


def test_another_kind_of_meeting_named_with_a_place_does_not_place_the_main_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/3, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác phục vụ cuộc gặp thượng đỉnh. "
                         "Cuộc gặp thượng đỉnh ở Đà Nẵng đã thành công.")
    assert not rels(doc, "HELD_IN")


def test_a_sentence_opening_with_chaired_lists_its_chairs_before_the_event_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Trung ương Hội Cựu chiến binh gặp mặt cán bộ hưu trí nhân dịp Tết. Chủ trì buổi gặp mặt có "
                         "Chủ tịch Hội Cựu chiến binh Việt Nam Trần Văn Bình; Phó Chủ tịch Lê Thị Hoa. Buổi gặp mặt "
                         "diễn ra trong không khí ấm cúng.")
    assert {p for p, _ in rels(doc, "CHAIRS")} == {"Trần Văn Bình", "Lê Thị Hoa"}


def test_a_setting_dated_this_morning_without_brackets_is_reported_on_that_day(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Nam, cục trưởng Cục Quản lý thị trường, khẳng định điều này tại buổi họp báo "
                         "sáng nay 12-3 của Bộ Công Thương.", published="2021-03-12")
    assert events(doc) == [("Họp báo", "2021-03-12")]
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Lê Văn Nam"}


def test_a_named_festival_day_is_an_event_but_a_day_of_a_conference_or_a_figure_of_speech_is_not(
        extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/6, hàng trăm thiếu nhi tham gia Ngày hội Sắc màu tuổi thơ do Tỉnh đoàn Hà Nam tổ chức.")
    assert events(doc) == [("Ngày hội Sắc màu tuổi thơ", "2021-06-02")]
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Tỉnh đoàn Hà Nam"}
    doc = run(extractor, "Sáng 2/6, cử tri nói cuộc bầu cử là ngày hội của toàn dân.")
    assert not events(doc)


def test_an_awards_ceremony_set_as_the_scene_with_its_host_is_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Tại buổi lễ khen thưởng thành tích phá án ma túy do Công an tỉnh Nghệ An tổ chức chiều 5-4, "
                         "ông Trần Văn An cho biết lực lượng sẽ tiếp tục đấu tranh.")
    assert events(doc) == [("Lễ khen thưởng thành tích phá án ma túy", "2021-04-05")]
    assert {o for o, _ in rels(doc, "ORGANIZES")} == {"Công an tỉnh Nghệ An"}


def test_a_dialogue_or_citizens_reception_named_as_held_is_reported(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12-5, buổi đối thoại giữa lãnh đạo huyện với tiểu thương chợ Bình Tây đã diễn ra tại hội trường "
                         "huyện.")
    assert [n for n, _ in events(doc)] == ["Buổi đối thoại giữa lãnh đạo huyện với tiểu thương chợ Bình Tây"]
    doc = run(extractor, "Chiều 8-6, buổi tiếp công dân định kỳ của Ủy ban nhân dân tỉnh Long An đã diễn ra tại trụ sở tiếp "
                         "dân.")
    assert [n for n, _ in events(doc)] == ["Buổi tiếp công dân định kỳ của Ủy ban nhân dân tỉnh Long An"]
