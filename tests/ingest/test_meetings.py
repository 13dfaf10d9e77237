"""Meetings, visits and ceremonies: which are events, what they are called, who organises, chairs and
attends them and where they take place, on short texts written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[str]:
    return [e.name for e in doc.entities if e.type == "Event"]



def test_a_body_that_holds_its_session_organises_it_and_chairs_need_chu_tri(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 23-4, Ủy ban Kiểm tra Trung ương họp kỳ 24 do ông Trần Quốc Vượng chủ trì. "
                         "Ông Nguyễn Văn Bình phát biểu kết luận kỳ họp.")
    assert events(doc) == ["Kỳ họp thứ 24 của Ủy ban Kiểm tra Trung ương"]
    [event] = events(doc)
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", event)}
    assert rels(doc, "CHAIRS") == {("Trần Quốc Vượng", event)}
    assert rels(doc, "ATTENDS") == {("Nguyễn Văn Bình", event)}
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-04-23"]


def test_a_session_number_after_thu_is_kept(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 12-5, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 18 để xem xét một số việc.")
    assert events(doc) == ["Kỳ họp thứ 18 của Ủy ban Kiểm tra Trung ương"]


def test_a_plenum_named_by_convention_is_the_central_committees(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 16/5, Hội nghị Trung ương 10 khai mạc tại Hà Nội.")
    assert events(doc) == ["Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng"]
    assert rels(doc, "ORGANIZES") == {("Ban Chấp hành Trung ương Đảng", events(doc)[0])}
    assert rels(doc, "HELD_IN") == {(events(doc)[0], "Hà Nội")}


def test_the_youth_unions_congress_is_held_by_the_union(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/12, Đại hội Đoàn toàn quốc lần thứ 12 khai mạc tại Hà Nội.")
    [event] = events(doc)
    assert rels(doc, "ORGANIZES") == {("Đoàn Thanh niên Cộng sản Hồ Chí Minh", event)}
    doc = run(extractor, "Sáng 9/12, Đại hội Đoàn Luật sư tỉnh Nam Định khai mạc tại Nam Định.")
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", events(doc)[0]) not in rels(doc, "ORGANIZES")


def test_a_meeting_numbered_in_words_is_its_bodys(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3-6, Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XV khai mạc.")
    [event] = events(doc)
    assert rels(doc, "ORGANIZES") == {("Tỉnh ủy Lào Cai", event)}


def test_planned_and_recalled_meetings_are_no_events(extractor: Extractor) -> None:
    assert not events(run(extractor, "Ủy ban nhân dân thành phố Hà Nội dự kiến ngày 25-11 sẽ họp báo công bố đề án."))
    assert not events(run(extractor, "Trước đó ngày 12/7, Bộ Chính trị đã họp để xem xét kỷ luật."))
    assert not events(run(extractor, "Ông A đã tổ chức các cuộc hội thảo, thành lập trang mạng xã hội."))


def test_organisers_listed_after_bo_i(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 13/7, Thủ tướng Nguyễn Xuân Phúc dự Diễn đàn cấp cao về công nghiệp 4.0. "
                         "Diễn đàn được phối hợp tổ chức bởi Văn phòng Chính phủ, Bộ Ngoại giao và Bộ Công an.")
    [event] = events(doc)
    assert event == "Diễn đàn cấp cao về công nghiệp 4.0"
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Văn phòng Chính phủ", "Bộ Ngoại giao", "Bộ Công an"}
    assert rels(doc, "ATTENDS") == {("Nguyễn Xuân Phúc", event)}


def test_only_the_subject_of_a_speech_verb_attends(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/6, Bộ Y tế tổ chức hội nghị sơ kết. Ông Lê Văn Hùng cho biết, hội nghị đã "
                         "xem xét kỷ luật ông Nguyễn Văn An, liên quan đến ông Trần Văn Bảo.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Lê Văn Hùng"}


def test_a_city_or_country_after_a_level_word_is_the_place(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5-4, Bộ Công an tổ chức họp báo tại TP Hạ Long.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hạ Long"}
    doc = run(extractor, "Ngày 17-6, tại Vương quốc Morocco, Ban Tuyên giáo Trung ương tổ chức hội thảo.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Morocco"}


def test_an_event_noun_inside_a_bodys_name_is_no_event(extractor: Extractor) -> None:
    # "Quốc hội thảo luận": "hội thảo" here is the end of the assembly's name and a verb, not a seminar
    doc = run(extractor, "Chiều 3/6, đại biểu Quốc hội thảo luận về dự án Luật Đất đai sửa đổi.")
    assert not any(name.startswith("Hội thảo") for name in events(doc))


def test_an_assembly_that_sits_on_a_stated_day_holds_a_sitting(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Quốc hội thảo luận ở hội trường về dự án Luật Thanh niên sửa đổi. "
                         "Đại biểu Trần Văn Hòa phát biểu đề nghị làm rõ trách nhiệm của bộ chủ quản.")
    assert events(doc) == ["Phiên họp Quốc hội thảo luận ở hội trường về dự án Luật Thanh niên sửa đổi"]
    [event] = events(doc)
    assert rels(doc, "ORGANIZES") == {("Quốc hội", event)}
    assert ("Trần Văn Hòa", event) in rels(doc, "ATTENDS")
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-06-12"]
    doc = run(extractor, "Chiều 20/9, Ủy ban Thường vụ Quốc hội cho ý kiến về báo cáo công tác dân nguyện.")
    assert rels(doc, "ORGANIZES") == {("Ủy ban Thường vụ Quốc hội", e) for e in events(doc)} and events(doc)


def test_an_assembly_named_as_agent_of_a_passive_holds_no_sitting_here(extractor: Extractor) -> None:
    # the law was passed at an earlier sitting; this sentence does not report one
    doc = run(extractor, "Luật Thanh niên được Quốc hội thông qua ngày 16-6-2020 với đa số đại biểu tán thành.")
    assert events(doc) == []


def test_a_meeting_of_another_body_on_another_day_is_another_event(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 11/6, Quốc hội biểu quyết thông qua Luật Thanh niên. Ban chỉ đạo quốc gia về "
                         "phát triển thanh niên được thành lập năm 2020; phiên họp đầu tiên của Ban diễn ra vào ngày 28/4.")
    assert len(events(doc)) == 2


def test_an_events_name_ends_where_a_new_clause_opens(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/6, tại hội nghị sơ kết 2 năm thực hiện quy chế phối hợp bảo đảm an ninh cảng biển, "
                         "đại diện Cảng vụ Hải Phòng kiến nghị sớm lập trạm kiểm soát tại cảng.")
    assert events(doc) == ["Hội nghị sơ kết 2 năm thực hiện quy chế phối hợp bảo đảm an ninh cảng biển"]
    doc = run(extractor, "Chiều 2/3, Sở Tư pháp tỉnh Hà Nam tổ chức buổi gặp mặt các cơ quan báo chí, qua đó "
                         "cung cấp thông tin về công tác cải cách hành chính.")
    assert events(doc) == ["Buổi gặp mặt các cơ quan báo chí"]


def test_a_bodys_numbered_meeting_named_as_the_setting_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Bí thư Tỉnh ủy Nam Định Đoàn Hồng Phong đã chỉ đạo như trên tại hội nghị Ban Chấp hành Đảng bộ "
                         "tỉnh Nam Định lần thứ 9 mới đây, trước tình trạng chậm giải ngân vốn.")
    [event] = events(doc)
    assert event == "Hội nghị Ban Chấp hành Đảng bộ tỉnh Nam Định lần thứ 9"
    assert rels(doc, "ATTENDS") == {("Đoàn Hồng Phong", event)}
    assert {o for o, _ in rels(doc, "ORGANIZES")} and all(e == event for _, e in rels(doc, "ORGANIZES"))


def test_a_numbered_meeting_a_draft_is_put_before_is_still_to_come(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Thường vụ hoàn thiện các dự thảo để trình tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Nam Định "
                         "lần thứ 10.")
    assert events(doc) == []


def test_an_assemblys_debate_or_question_time_is_an_event(extractor: Extractor) -> None:
    doc = run(extractor, "Khi phát biểu tại phiên thảo luận về tình hình kinh tế - xã hội sáng 2-11, đại biểu "
                         "Trần Văn Hòa đề nghị Chính phủ làm rõ nguyên nhân.")
    [event] = events(doc)
    assert event == "Phiên thảo luận về tình hình kinh tế - xã hội"
    assert rels(doc, "ATTENDS") == {("Trần Văn Hòa", event)}
    doc = run(extractor, "Tại phiên chất vấn chiều 5-6, Bộ trưởng Bộ Tư pháp Lê Thành Long trả lời các câu hỏi.")
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-06-05"]


def test_a_delegates_province_in_brackets_is_not_where_the_sitting_was_held(extractor: Extractor) -> None:
    text = ("Phát biểu tại phiên thảo luận về tình hình kinh tế - xã hội sáng 2-11, đại biểu Trần Văn Hòa "
            "(Cà Mau) đề nghị Chính phủ làm rõ nguyên nhân.")
    doc = run(extractor, text)
    assert len(events(doc)) == 1 and rels(doc, "HELD_IN") == set()
    doc = run(extractor, text.replace("đại biểu Trần Văn Hòa (Cà Mau)", "tại Hội trường Diên Hồng (Hà Nội), ông Trần Văn Hòa"))
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hà Nội"}


def test_a_sentence_run_on_from_a_photo_credit_still_reports_its_event(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng phát biểu tại hội nghị. Ảnh: Minh Anh Sáng 14/9, tại Hà Nội, Bộ Tư pháp tổ "
                         "chức hội nghị sơ kết công tác thi hành án.")
    assert events(doc) == ["Hội nghị sơ kết công tác thi hành án"]
    assert rels(doc, "ORGANIZES") == {("Bộ Tư pháp", "Hội nghị sơ kết công tác thi hành án")}
    assert rels(doc, "HELD_IN") == {("Hội nghị sơ kết công tác thi hành án", "Hà Nội")}


def test_a_sentence_run_on_from_a_video_caption_still_reports_its_event(extractor: Extractor) -> None:
    doc = run(extractor, "Video: Tỉnh sẽ tiếp tục hỗ trợ các nhóm khởi nghiệp trẻ Chiều 8/4, ông Lê Văn An, Giám đốc "
                         "Sở Công Thương tỉnh Phú Yên đã chủ trì họp báo thông tin về hội chợ thương mại.")
    assert events(doc) == ["Họp báo thông tin về hội chợ thương mại"]
    assert rels(doc, "CHAIRS") == {("Lê Văn An", "Họp báo thông tin về hội chợ thương mại")}


def test_a_review_held_with_no_event_noun_on_a_stated_day_is_a_review_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/4, Bộ Tư pháp và Bộ Nội vụ tổ chức sơ kết 5 năm thực hiện quy chế phối hợp "
                         "trong công tác cải cách hành chính.")
    [name] = events(doc)
    kinds = {e.properties["kind"] for e in doc.entities if e.type == "Event"}
    assert name.startswith("Hội nghị sơ kết 5 năm thực hiện quy chế phối hợp") and kinds == {"so_ket"}
    assert rels(doc, "ORGANIZES") == {("Bộ Tư pháp", name), ("Bộ Nội vụ", name)}


def test_a_review_only_planned_or_undated_is_no_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Tư pháp thường tổ chức tổng kết công tác vào cuối năm.")
    assert events(doc) == []


def test_the_body_after_cua_that_closes_a_meetings_name_holds_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 9/6, tại hội nghị trực tuyến sơ kết công tác quý II của Bộ Xây dựng, Thứ trưởng "
                         "Lê Văn An yêu cầu các sở đẩy nhanh cấp phép.")
    assert rels(doc, "ORGANIZES") == {("Bộ Xây dựng", "Hội nghị trực tuyến sơ kết công tác quý II của Bộ Xây dựng")}
    doc = run(extractor, "Sáng 2/6, Sở Nội vụ tổ chức Hội nghị quán triệt quyết định của Ban Bí thư về công tác cán bộ.")
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Sở Nội vụ"}  # the decision is the Ban Bí thư's, not the meeting


def test_the_body_after_cua_followed_by_a_day_part_holds_the_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Trần Thị Hoa, Phó giám đốc Sở Tài chính tỉnh Hà Nam, nói vậy bên lề hội nghị tổng kết "
                         "công tác năm 2020 của Bộ Tài chính sáng 12-1.")
    assert rels(doc, "ORGANIZES") == {("Bộ Tài chính", "Hội nghị tổng kết công tác năm 2020 của Bộ Tài chính")}
    doc = run(extractor, "Tại cuộc họp báo của Bộ Ngoại giao chiều 7-4, người phát ngôn Lê Văn Bảo trả lời câu hỏi.")
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Bộ Ngoại giao"}


def test_a_session_numbered_without_thu_is_its_bodys(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 20/5, Quốc hội khai mạc Kỳ họp 7 Quốc hội khóa XV.")
    assert rels(doc, "ORGANIZES") == {("Quốc hội", "Kỳ họp 7 Quốc hội khóa XV")}


def test_undated_meetings_of_two_bodies_on_two_days_are_two_events(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 11-3, Ban Bí thư họp dưới sự chủ trì của ông Trần Văn Hùng. Ngày 15-1, Bộ Tài chính "
                         "họp báo công bố số liệu thu ngân sách.", published=None)
    assert rels(doc, "CHAIRS") == {("Trần Văn Hùng", "Cuộc họp của Ban Bí thư")}
    assert len(events(doc)) == 2


def test_ceremonies_named_by_their_act_are_events(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 4/3, tại Đà Nẵng, Bộ Giao thông vận tải tổ chức lễ thông xe cầu Rồng Vàng.")
    assert events(doc) == ["Lễ thông xe cầu Rồng Vàng"]
    assert rels(doc, "ORGANIZES") == {("Bộ Giao thông vận tải", "Lễ thông xe cầu Rồng Vàng")}
    assert rels(doc, "HELD_IN") == {("Lễ thông xe cầu Rồng Vàng", "Đà Nẵng")}


def test_a_foreign_city_before_its_country_is_where_it_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 8/4, tại Busan, Hàn Quốc, Bộ Công Thương tổ chức hội nghị xúc tiến thương mại vào sáng.")
    [event] = events(doc)
    assert event == "Hội nghị xúc tiến thương mại"  # the name stops before a part of the day
    assert rels(doc, "HELD_IN") == {(event, "Busan"), (event, "Hàn Quốc")}


def test_a_long_name_pointing_back_inside_it_is_still_a_name(extractor: Extractor) -> None:
    doc = run(extractor, "Lãnh đạo Sở Công Thương nêu rõ điều này tại hội nghị sơ kết hai năm thí điểm mô hình chợ "
                         "văn minh của ngành này ngày 6-5.")
    assert events(doc) == ["Hội nghị sơ kết hai năm thí điểm mô hình chợ văn minh của ngành này"]
    doc = run(extractor, "Dự kiến thời gian làm việc của Hội đồng nhân dân tại kỳ họp thứ 9 khoảng 3 ngày, trong đó "
                         "có một ngày chất vấn.")
    assert events(doc) == []


def test_a_date_after_hom_between_a_body_and_its_meeting_verb(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Huyện ủy Đông Anh hôm 14-8 đã họp và thi hành kỷ luật ông Trần Văn Bảy.")
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Huyện ủy Đông Anh", "Cuộc họp của Ủy ban Kiểm tra Huyện ủy Đông Anh")}
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-08-14"]


def test_a_body_working_with_another_on_a_stated_day_holds_a_working_session(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 9/5, Ủy ban Kiểm tra Trung ương đã làm việc với Ban Thường vụ Tỉnh ủy Gia Lai, yêu cầu "
                         "báo cáo về các dự án.")
    name = "Buổi làm việc của Ủy ban Kiểm tra Trung ương với Ban Thường vụ Tỉnh ủy Gia Lai"
    assert events(doc) == [name]
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", name)}
    assert events(run(extractor, "Bộ Công an đang làm việc với các bên liên quan để làm rõ vụ việc.")) == []


def test_a_person_meeting_voters_on_a_stated_day_holds_an_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị Nguyễn Văn B tiếp xúc cử tri huyện Cam Lộ.")
    assert events(doc) == ["Tiếp xúc cử tri huyện Cam Lộ"]
    assert rels(doc, "ATTENDS") == {("Nguyễn Văn B", "Tiếp xúc cử tri huyện Cam Lộ")}
    assert not events(run(extractor, "Ông Nguyễn Văn B thường tiếp xúc cử tri huyện Cam Lộ."))  # no day: no event


def test_a_person_in_a_photo_caption_does_not_attend(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Đoàn đại biểu Quốc hội tỉnh Quảng Trị đã có buổi tiếp xúc cử tri huyện Cam Lộ. "
                         "Bà Trần Thị C trong cuộc tiếp xúc cử tri ở huyện Cam Lộ - Ảnh: D.")
    assert ("Trần Thị C", events(doc)[0]) not in rels(doc, "ATTENDS")


def test_a_dated_setting_opening_the_sentence_is_the_event(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/9, tại hội nghị trực tuyến Chính phủ với các địa phương, ông Trần Văn D đề nghị "
                         "sửa luật; trình Quốc hội xem xét tại kỳ họp cuối năm.")
    assert events(doc) == ["Hội nghị trực tuyến Chính phủ với các địa phương"]
    assert rels(doc, "ATTENDS") == {("Trần Văn D", events(doc)[0])}


def test_a_setting_late_in_a_dated_sentence_was_held(extractor: Extractor) -> None:
    text = ("Chiều 9/3, việc chậm giải ngân vốn đầu tư công tại nhiều dự án giao thông trọng điểm ở các tỉnh miền núi phía Bắc "
            "và Tây Nguyên trong những năm gần đây được nhiều phóng viên đặt ra trong cuộc họp báo thường kỳ của Bộ Tài chính.")
    doc = run(extractor, text)
    assert len(events(doc)) == 1
    assert rels(doc, "ORGANIZES") == {("Bộ Tài chính", events(doc)[0])}


def test_a_speaker_talking_to_the_press_did_not_attend_for_that(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12-3, Ủy ban nhân dân tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2020. "
                         "Trao đổi với PV, ông Lê Văn Tám, Chủ tịch Ủy ban nhân dân xã Tân Lập, cho biết xã đã hoàn thành kế hoạch. "
                         "Ông Trần Văn Hai trả lời phóng viên rằng huyện sẽ rà soát lại. "
                         "Ông Phạm Văn Năm, Giám đốc Sở Nội vụ, cho biết tỉnh đã vượt chỉ tiêu.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Phạm Văn Năm"}


def test_people_of_a_linked_story_do_not_attend_the_articles_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 8-6, Tỉnh ủy Bình Định tổ chức hội nghị giao ban quý II. "
                         "Ông Nguyễn Văn Sáu cho biết tỉnh đã rà soát các dự án. "
                         "Chấn chỉnh việc cấp phép khai thác cát TTO - Ông Lê Văn Bảy, Phó Chủ tịch tỉnh, cho biết sẽ "
                         "kiểm tra lại các giấy phép.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Nguyễn Văn Sáu"}


def test_a_body_that_opens_its_numbered_session_holds_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 8-3, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng tổ chức phiên họp thứ 21, "
                         "bàn về công tác năm tới.")
    assert events(doc) == ["Phiên họp thứ 21 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]
    assert rels(doc, "ORGANIZES") == {("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", events(doc)[0])}
    doc = run(extractor, "Sáng 2-6, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 40, cho ý kiến về ba dự án luật.")
    assert events(doc) == ["Phiên họp thứ 40 của Ủy ban Thường vụ Quốc hội"]
    assert rels(doc, "ORGANIZES") == {("Ủy ban Thường vụ Quốc hội", events(doc)[0])}


def test_the_body_right_before_khai_mac_holds_the_session_it_opens(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/7, Hội đồng nhân dân tỉnh Bình Định khai mạc Kỳ họp thứ 8, khoá XII để bầu bổ sung các "
                         "chức danh của HĐND, UBND tỉnh. Tại kỳ họp này, ông Lê Văn K được bầu làm Chủ tịch.")
    assert rels(doc, "ORGANIZES") == {("Hội đồng nhân dân tỉnh Bình Định", events(doc)[0])}
    doc = run(extractor, "Sáng 9/7, thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Trần Thị M đã có bài phát biểu "
                         "khai mạc kỳ họp thứ 5, Quốc hội khoá XV.")
    assert ("Ủy ban Thường vụ Quốc hội", events(doc)[0]) not in rels(doc, "ORGANIZES")  # a speech, not its subject


def test_a_gathering_named_as_the_setting_runs_on_past_a_list_of_bodies_to_when_it_was_held(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn An phát biểu tại buổi họp mặt của lãnh đạo Tỉnh ủy, Ủy ban nhân dân tỉnh Nam Định "
                         "với các văn nghệ sĩ nhân dịp đầu xuân, tổ chức chiều 12-2.")
    assert events(doc) == [("Buổi họp mặt của lãnh đạo Tỉnh ủy, Ủy ban nhân dân tỉnh Nam Định với các văn nghệ sĩ "
                            "nhân dịp đầu xuân")]
    assert rels(doc, "ATTENDS") == {("Lê Văn An", events(doc)[0])}


def test_the_years_an_anniversary_counts_in_brackets_are_no_events_day(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 20/3/2021 tại thành phố Vinh.\n\nHội Nông dân tỉnh Nghệ An tổ chức Lễ kỷ niệm 30 năm "
                         "ngày thành lập Hội (15/4/1991 – 15/4/2021).")
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-03-20"]


def test_a_person_named_in_what_a_speaker_says_did_not_attend(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9-3, Sở Tư pháp tỉnh Bình Định tổ chức hội nghị tổng kết công tác. "
                         "Tại hội nghị, Giám đốc Sở Tư pháp Trần Văn Hải cho biết, ông Lê Quốc Bảo đã nghỉ hưu từ tháng trước.")
    [event] = events(doc)
    assert rels(doc, "ATTENDS") == {("Trần Văn Hải", event)}


def test_the_date_written_after_an_events_name_is_its_day(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Hải được nghỉ công tác từ ngày 1-3-2021, ông đã xin thôi chức "
                         "tại kỳ họp Hội đồng nhân dân tỉnh Bình Định ngày 15-12-2020.")
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2020-12-15"]


def test_a_speaker_who_hopes_calls_or_analyses_at_the_one_event_attends(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9-3, Sở Du lịch tỉnh Bình Định tổ chức hội thảo phát triển du lịch biển. "
                         "Ông Trần Văn Hải - giám đốc Sở Du lịch - kỳ vọng lượng khách sẽ tăng. "
                         "Bà Lê Thị Mai - phó giám đốc Sở Du lịch - phân tích: nguồn khách còn ít.")
    [event] = events(doc)
    assert rels(doc, "ATTENDS") == {("Trần Văn Hải", event), ("Lê Thị Mai", event)}


def test_one_who_steers_the_session_or_hands_flowers_attends(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9-3, Hội Nông dân tỉnh Bình Định tổ chức hội nghị tổng kết công tác năm. "
                         "Ông Trần Văn Hải, Phó Chủ tịch Hội Nông dân tỉnh, điều hành hội nghị. "
                         "Bà Lê Thị Mai, Phó Chủ tịch UBND tỉnh, tặng hoa chúc mừng hội nghị.")
    [event] = events(doc)
    assert rels(doc, "ATTENDS") == {("Trần Văn Hải", event), ("Lê Thị Mai", event)}


def test_a_meeting_only_called_for_leaves_the_reported_one_the_articles_one_event(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 21-6, Sở Du lịch tỉnh Bình Định tổ chức hội thảo phát triển du lịch biển. "
                         "Ông Trần Văn Hải - giám đốc Sở Du lịch - cho biết lượng khách sẽ tăng. "
                         '"Phải tổ chức ngay hội nghị giữa các huyện ven biển", ông Lê Văn Tâm nói.')
    [event] = events(doc)
    assert ("Trần Văn Hải", event) in rels(doc, "ATTENDS")


def test_the_session_a_meeting_is_set_after_is_not_held_by_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 12/8, trong cuộc tiếp xúc cử tri sau kỳ họp HĐND tại huyện Hòa Vang, "
                         "Chủ tịch UBND TP Đà Nẵng Trần Văn Hải đã trả lời nhiều câu hỏi của cử tri.")
    assert not rels(doc, "ORGANIZES")


def test_a_session_of_a_council_named_short_is_held_by_the_council_named_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Tại phiên bế mạc kỳ họp thứ 9 HĐND TP HCM khoá X ngày 5/12, Chủ tịch UBND TP HCM Trần Văn Hải "
                         "đã trả lời chất vấn. Chủ tịch HĐND thành phố Lê Thị Mai cho biết nhiều ý kiến đã được tiếp thu.")
    hosts = {a for a, _ in rels(doc, "ORGANIZES")}
    councils = {e.id for e in doc.entities if e.type == "Agency" and e.name.lower().startswith("hội đồng nhân dân")}
    assert len(councils) == 1 and len(hosts) == 1


def test_the_places_after_a_venue_are_read_after_either_place_word(extractor: Extractor) -> None:
    doc = run(extractor, "Tối 1-11, Trung ương Đoàn tổ chức lễ kỷ niệm 50 năm chiến thắng Đồng Lộc ở khu di tích lịch "
                         "sử Đồng Lộc, tỉnh Hà Tĩnh.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Hà Tĩnh"}
    doc = run(extractor, "Chiều 5/6, Ủy ban Kiểm tra Trung ương tổ chức hội nghị tại trụ sở Tỉnh ủy Quảng Nam, TP Tam "
                         "Kỳ để công bố kết luận.")
    assert {p for _, p in rels(doc, "HELD_IN")} == {"Quảng Nam", "Tam Kỳ"}


def test_a_person_after_a_comma_ends_the_settings_name(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 8-3, tại buổi giao ban báo chí tháng 3 của tỉnh Nam Định, ông Trần Văn Bình - giám đốc "
                         "Sở Y tế tỉnh Nam Định - cho biết đã kiểm tra các bệnh viện.")
    assert events(doc) == ["Buổi giao ban báo chí tháng 3 của tỉnh Nam Định"]
    doc = run(extractor, "Chiều 8-3, tại buổi giao ban báo chí, thượng tá Lê Văn Nam - trưởng Công an huyện Ý Yên - "
                         "cho biết đã tạm giữ 2 người.")
    assert events(doc) == ["Buổi giao ban báo chí"]


def test_a_body_that_inaugurates_a_building_organises_the_ceremony(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 7/5, Ủy ban nhân dân tỉnh Nam Định đã chính thức khánh thành nhà văn hóa tỉnh.")
    assert rels(doc, "ORGANIZES") == {("Ủy ban nhân dân tỉnh Nam Định", "Lễ khánh thành nhà văn hóa tỉnh")}


def test_a_count_of_meetings_names_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Trong năm 2018, Văn phòng Chính phủ đã tổ chức 118 cuộc họp với đại diện các bộ về các đề án.")
    assert events(doc) == []


def test_a_numbered_session_named_with_its_body_after_cua_is_held_by_it(extractor: Extractor) -> None:
    name = "Kỳ họp lần thứ 12 của Ủy ban Kiểm tra Trung ương"
    doc = run(extractor, "Trong kết luận kỳ họp lần thứ 12 của Ủy ban Kiểm tra Trung ương, ba vụ việc được nêu ra.")
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", name)}
    doc = run(extractor, "Tại kỳ họp thứ 7 của Ủy ban Kiểm tra Trung ương (tháng 3), cơ quan này đã kỷ luật ông A.")
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", "Kỳ họp thứ 7 của Ủy ban Kiểm tra Trung ương")}
