"""Who attends an event, on short texts written for these tests: the constructions that name a person
taking part after the sentence that reports the event."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, people, run

_OPENING = "Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2019. "


def _attending(doc_text: str, extractor: Extractor) -> set[str]:
    return {p for p, _ in pairs(run(extractor, doc_text), "ATTENDS")}


def test_a_speaker_reported_with_theo_at_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + "Theo ông Nguyễn Văn An - giám đốc Sở Du lịch, tại hội nghị, năm qua lượng khách tăng mạnh."
    assert _attending(text, extractor) == {"Nguyễn Văn An"}
    text = _OPENING + "Theo trung tướng Lê Văn Bảo, Giám đốc Công an tỉnh, tại buổi tổng kết, tình hình năm qua ổn định."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}


def test_a_source_reported_with_theo_alone_does_not_attend(extractor: Extractor) -> None:
    text = _OPENING + "Theo ông Nguyễn Văn An - giám đốc Sở Du lịch, năm qua lượng khách tăng mạnh."
    assert "Nguyễn Văn An" not in _attending(text, extractor)


def test_theo_before_a_thing_names_no_speaker(extractor: Extractor) -> None:
    text = _OPENING + "Theo kế hoạch, ông Nguyễn Văn An sẽ sang thăm tỉnh bạn vào tháng sau."
    assert "Nguyễn Văn An" not in _attending(text, extractor)


def test_a_part_verb_after_theo_is_a_noun_and_names_no_part(extractor: Extractor) -> None:
    text = _OPENING + ("Theo kết luận này, ông Nguyễn Văn An, giám đốc Công ty X, và ông Lê Văn Bảo, phó giám đốc, "
                       "được xác định chưa đến mức phải kỷ luật.")
    assert _attending(text, extractor) == set()


def test_someone_a_speaker_reports_on_takes_no_part_from_the_reporting_verb(extractor: Extractor) -> None:
    text = _OPENING + ("“Vụ việc sẽ được xử lý nghiêm”, ông Bình nói và cho biết ông Lê Văn Cường đã bị cách "
                       "hết các chức vụ.")
    assert "Lê Văn Cường" not in _attending(text, extractor)


def test_a_photo_credit_attends_nothing(extractor: Extractor) -> None:
    text = _OPENING + "Ảnh: Lê Hải Trả lời câu hỏi, Bộ trưởng Trần Văn Bình cho biết năm qua tình hình ổn định."
    assert "Lê Hải" not in _attending(text, extractor)


def test_people_named_right_before_tai_buoi_ky_ket_attend(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Ủy ban nhân dân tỉnh Hà Nam và Công ty FPT tổ chức lễ ký kết thỏa thuận hợp tác. "
            "Tổng Giám đốc FPT Bùi Quang Ngọc và Phó chủ tịch UBND tỉnh Hồ Kỳ Minh tại buổi ký kết.")
    assert _attending(text, extractor) == {"Bùi Quang Ngọc", "Hồ Kỳ Minh"}


def test_a_speech_of_someone_at_another_meeting_is_no_attendance(extractor: Extractor) -> None:
    text = _OPENING + ("Ông Lê Văn Bảo nhắc lại phát biểu của Tổng Bí thư Trần Văn Cường tại hội nghị toàn quốc "
                       "năm trước.")
    assert "Trần Văn Cường" not in _attending(text, extractor)


def test_the_subject_after_a_fronted_phrase_naming_someone_else_attends(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức lễ kỷ niệm 30 năm ngày thành lập. Sau phát biểu khai mạc "
            "của Chủ tịch Hội Nông dân tỉnh Lê Văn An, bà Trần Thị Bích, Phó Chủ tịch Hội Nông dân tỉnh đã trình bày "
            "diễn văn lễ kỷ niệm.")
    assert "Trần Thị Bích" in _attending(text, extractor)
    text = _OPENING + "Trao bằng khen cho ông Lê Văn An, Phó chủ tịch UBND tỉnh Trần Văn Bình cho biết hội đã làm tốt."
    assert "Trần Văn Bình" in _attending(text, extractor)


def test_a_person_who_trao_doi_at_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + "Trong buổi hội nghị, Chủ tịch UBND tỉnh Lê Văn Bảo cũng trao đổi với các hội viên về giá lúa."
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_the_person_whose_report_is_presented_attends(extractor: Extractor) -> None:
    text = _OPENING + "Báo cáo của Phó chủ tịch UBND tỉnh Lê Văn Bảo cho thấy năm qua hội viên tăng mạnh."
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_capitalised_ong_inside_a_sentence_opens_a_run_on_clause(extractor: Extractor) -> None:
    text = _OPENING + "Cần thêm sản phẩm du lịch Ông Nguyễn Văn An - giám đốc Sở Du lịch, trăn trở về lượng khách."
    assert _attending(text, extractor) == {"Nguyễn Văn An"}


def test_a_part_planned_in_the_clause_is_not_taken(extractor: Extractor) -> None:
    text = _OPENING + ("Chiều nay, các hội viên sẽ chia tổ gặp gỡ Giám đốc Sở Nông nghiệp Lê Văn Bảo "
                       "và Phó chủ tịch UBND tỉnh Trần Văn Bình.")
    attending = _attending(text, extractor)
    assert "Lê Văn Bảo" not in attending and "Trần Văn Bình" not in attending
    text = _OPENING + "Dự kiến Chủ tịch UBND tỉnh Trần Văn Bình sẽ phát biểu tại lễ bế mạc."
    assert "Trần Văn Bình" not in _attending(text, extractor)
    text = _OPENING + "Chủ tịch UBND tỉnh Trần Văn Bình phát biểu, đề nghị năm tới hội sẽ mở rộng mô hình."
    assert "Trần Văn Bình" in _attending(text, extractor)


def test_a_reporting_verb_written_inside_a_title_makes_no_speaker(extractor: Extractor) -> None:
    text = _OPENING + ("Ba bộ trưởng chưa là ủy viên Trung ương gồm: Bộ trưởng Y tế Lê Văn Bảo; Bộ trưởng Thông tin Truyền thông "
                       "Trần Văn Bình và Bộ trưởng Tư pháp Ngô Văn Cường.")
    assert not _attending(text, extractor) & {"Lê Văn Bảo", "Trần Văn Bình", "Ngô Văn Cường"}


def test_a_speaker_who_reports_the_event_in_its_own_sentence_does_not_attend(extractor: Extractor) -> None:
    text = ("Ngày 9-1, ông Lê Văn Bảo, Phó chủ tịch UBND huyện Kim Bảng, cho biết Hội Nông dân tỉnh Hà Nam "
            "đã tổ chức hội nghị tổng kết năm 2019.")
    assert "Lê Văn Bảo" not in _attending(text, extractor)
    text = _OPENING + "Ông Lê Văn Bảo, Phó chủ tịch UBND huyện Kim Bảng, cho biết năm qua hội viên tăng mạnh."
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_person_named_inside_a_quotation_is_not_its_speaker(extractor: Extractor) -> None:
    text = _OPENING + ("“Ông Lê Văn Bảo khi còn là Chủ tịch UBND huyện Kim Bảng đã có vi phạm trong quản lý đất đai”, "
                       "thông báo của hội nghị nêu.")
    assert "Lê Văn Bảo" not in _attending(text, extractor)
    text = _OPENING + "“Năm qua hội viên tăng mạnh”, Chủ tịch UBND tỉnh Lê Văn Bảo nhấn mạnh."
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_speaker_talking_to_the_press_on_the_sidelines_of_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + ("Ông Lê Văn Bảo, Giám đốc Sở Nội vụ cho biết như vậy khi trao đổi với báo chí bên lề hội nghị "
                       "chiều cùng ngày.")
    assert "Lê Văn Bảo" in _attending(text, extractor)
    text = _OPENING + "Ông Lê Văn Bảo, Giám đốc Sở Nội vụ cho biết như vậy khi trao đổi với phóng viên chiều cùng ngày."
    assert "Lê Văn Bảo" not in _attending(text, extractor)


def test_a_speaker_who_said_so_at_the_meeting_it_first_names_attends(extractor: Extractor) -> None:
    text = ("Ông Lê Văn Bảo, Giám đốc Sở Nội vụ tỉnh Hà Nam cho biết như vậy tại hội nghị tổng kết công tác năm 2019 "
            "của Sở Nội vụ sáng 5-3.")
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_speaker_at_the_opening_of_the_one_session_recalled_with_truoc_do_attends(extractor: Extractor) -> None:
    opening = "Sáng 5-3, Hội đồng nhân dân tỉnh Hà Nam khai mạc kỳ họp thứ 9 khóa XVIII. "
    text = opening + "Trước đó, phát biểu khai mạc kỳ họp, Chủ tịch HĐND tỉnh Lê Văn Bảo cho biết năm qua tỉnh phát triển."
    assert "Lê Văn Bảo" in _attending(text, extractor)
    text = opening + "Trước đó, tại họp báo, Chánh văn phòng Trần Văn Bình cho biết kỳ họp sẽ kéo dài hai ngày."
    assert "Trần Văn Bình" not in _attending(text, extractor)
    text = opening + "Trước đó, tại kỳ họp 12 của Ủy ban Kiểm tra, ông Ngô Văn Cường đã nhận kỷ luật khiển trách."
    assert "Ngô Văn Cường" not in _attending(text, extractor)


def test_a_ward_or_district_abbreviated_p_or_q_is_no_person(extractor: Extractor) -> None:
    text = _OPENING + "Đại diện P. Trần Quang Khải (Q. 1) cho biết phường đã xử phạt 25 trường hợp lấn chiếm vỉa hè."
    doc = run(extractor, text)
    assert "Trần Quang Khải" not in people(doc)
    assert "Trần Quang Khải" not in _attending(text, extractor)


def test_the_person_a_reporting_verb_introduces_is_the_subject_of_the_clause(extractor: Extractor) -> None:
    text = ("Ngày 9-1, ông Lê Văn Bảo, Chánh văn phòng Huyện ủy Kim Bảng, cho biết ông Trần Văn Bình - Phó trưởng Ban "
            "Dân vận Tỉnh ủy Hà Nam - vừa có buổi làm việc với lãnh đạo huyện về việc giải phóng mặt bằng.")
    attending = _attending(text, extractor)
    assert "Trần Văn Bình" in attending
    assert "Lê Văn Bảo" not in attending


def test_a_verb_of_taking_part_after_cac_is_a_noun(extractor: Extractor) -> None:
    text = _OPENING + "Bà Lê Thị Hoa chịu trách nhiệm chính trong việc ký các báo cáo sai về dự án."
    assert "Lê Thị Hoa" not in _attending(text, extractor)
    text = _OPENING + "Ông Trần Văn Nam không đồng tình với những kết luận của đoàn kiểm tra."
    assert "Trần Văn Nam" not in _attending(text, extractor)


def test_a_speaker_set_at_a_press_conference_is_not_at_the_congress(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức đại hội lần thứ X. Tại họp báo sau đại hội, ông Lê Văn An, "
            "Phó Chủ tịch Hội cho biết hội có thêm nhiều hội viên mới.")
    assert "Lê Văn An" not in _attending(text, extractor)
    text = "Sáng 5-3, Bộ Công an tổ chức họp báo. Tại họp báo, Thiếu tướng Lê Văn An cho biết vụ án đã được khởi tố."
    assert _attending(text, extractor) == {"Lê Văn An"}


def test_a_capitalised_dai_bieu_inside_a_sentence_opens_a_run_on_clause(extractor: Extractor) -> None:
    text = _OPENING + "Mở rộng vùng trồng lúa sạch Đại biểu Lê Văn Bảo (Kim Bảng) đề nghị tỉnh hỗ trợ giống cho hội viên."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}


def test_a_member_who_gop_y_or_dat_van_de_at_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + "Đại biểu Trần Thị Hoa góp ý: cần sớm có quỹ hỗ trợ nông dân vay vốn."
    assert _attending(text, extractor) == {"Trần Thị Hoa"}
    text = _OPENING + "Đại biểu Trần Thị Hoa đặt vấn đề về giá phân bón năm tới."
    assert _attending(text, extractor) == {"Trần Thị Hoa"}


def test_a_speaker_quoted_with_noi_in_an_article_about_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + ("“Năm nay nông dân phải được hỗ trợ giống tốt hơn”, ông Nguyễn Văn An, Chủ tịch Hội Nông dân "
                       "tỉnh, nói.")
    assert _attending(text, extractor) == {"Nguyễn Văn An"}
    text = _OPENING + "Tiến sĩ Lê Văn Bảo thuyết trình về các giống lúa mới cho vụ xuân."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}


def test_a_part_verb_after_a_noun_of_responsibility_names_no_part(extractor: Extractor) -> None:
    text = _OPENING + ("Tại hội nghị, ông Nguyễn Văn An bị phê bình vì thiếu trách nhiệm trong lãnh đạo, chỉ đạo "
                       "công tác thu hoạch.")
    assert "Nguyễn Văn An" not in _attending(text, extractor)
    text = _OPENING + "Năm ngoái, ông Lê Văn Bảo đã ký kết luận về việc thu hồi đất."
    assert "Lê Văn Bảo" not in _attending(text, extractor)


def test_a_given_name_alone_speaking_at_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + ("Theo ông Nguyễn Văn An, Phó chủ tịch Hội, năm qua lượng khách tăng mạnh. "
                       "Phát biểu tại hội nghị, ông An cho biết năm nay sẽ tốt hơn.")
    assert _attending(text, extractor) == {"Nguyễn Văn An"}


def test_a_given_name_alone_spoken_of_or_quoted_elsewhere_does_not_attend(extractor: Extractor) -> None:
    text = _OPENING + ("Theo ông Nguyễn Văn An, Phó chủ tịch Hội, năm qua lượng khách tăng mạnh. "
                       "Ông An cho biết năm nay sẽ tốt hơn. Kho hàng của ông An đã bị kiểm tra. "
                       "“Việc này đã nêu tại hội nghị hôm trước” - ông An nói.")
    assert _attending(text, extractor) == set()


def test_a_speaker_set_at_an_occasion_named_in_full_that_is_not_read_is_not_at_the_event(extractor: Extractor) -> None:
    text = ("Chiều 5-3, Quốc hội họp phiên bế mạc kỳ họp thứ 9. Tại hội nghị tổng kết ngành thanh tra năm ngoái, "
            "Phó Thủ tướng Lê Văn An cho biết ngành đã có nhiều chuyển biến.")
    assert "Lê Văn An" not in _attending(text, extractor)
    text = _OPENING + "Tại hội nghị tổng kết năm 2019, ông Lê Văn An cho biết năm qua hội viên tăng mạnh."
    assert _attending(text, extractor) == {"Lê Văn An"}


def test_who_chairs_an_occasion_named_in_full_that_is_not_read_does_not_chair_the_event(extractor: Extractor) -> None:
    text = ("Ngày 5-3, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về giá điện. Cùng ngày, Phó Thủ tướng Lê Văn An "
            "chủ trì hội nghị trực tuyến với các địa phương về phòng chống dịch bệnh.")
    assert "Lê Văn An" not in {p for p, _ in pairs(run(extractor, text), "CHAIRS")}


def test_the_sentence_going_on_with_an_earlier_occasion_recalled_is_not_at_the_event(extractor: Extractor) -> None:
    opening = "Sáng 12-1, Công an tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2019. "
    recall = "Trước đó, chiều 11-1, Thiếu tướng Lê Văn Bảo đã thăm Trại giam Nam Hà. "
    text = opening + recall + "Thiếu tướng Lê Văn Bảo đánh giá cao kết quả của trại giam trong năm qua."
    assert "Lê Văn Bảo" not in _attending(text, extractor)
    text = opening + recall + "Tại hội nghị, Thiếu tướng Lê Văn Bảo đánh giá cao kết quả của lực lượng trong năm qua."
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_speaker_acting_for_others_in_an_article_about_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + "Thay mặt lãnh đạo tỉnh, Bí thư Tỉnh ủy Lê Văn Bảo xin tiếp thu những ý kiến của hội viên."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}
    text = _OPENING + "Bí thư Tỉnh ủy Lê Văn Bảo xin tiếp thu những ý kiến của hội viên."
    assert _attending(text, extractor) == set()


def test_a_speaker_set_at_a_briefing_or_debate_named_further_down_attends(extractor: Extractor) -> None:
    filler = "Giá rau tăng mạnh trong tuần qua. Nhiều chợ vắng khách. Người dân lo lắng. Thương lái đổi tuyến đường. "
    for noun in ("cuộc giao ban", "phiên thảo luận", "phiên chất vấn"):
        text = (f"Tin tức trong ngày\n\n{filler}Xe tải phải đi vòng. Tại {noun} quý III của tỉnh Hà Nam vào chiều 6/10, "
                "ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy, đề nghị các sở xử lý ngay.")
        assert _attending(text, extractor) == {"Nguyễn Văn An"}, noun


def test_a_speaker_after_a_name_spoken_of_with_a_title_set_off_by_dashes_attends(extractor: Extractor) -> None:
    text = _OPENING + ("Trả lời câu hỏi về trách nhiệm kiểm tra cơ sở của ông Trần Văn Hải, bà Lê Thị Hoa - giám đốc "
                       "Sở Khoa học và Công nghệ (KH&CN) tỉnh Hà Nam - cho biết sở đã làm đúng quy định.")
    assert _attending(text, extractor) == {"Lê Thị Hoa"}


def test_a_speaker_who_confirms_at_the_meeting_attends(extractor: Extractor) -> None:
    text = _OPENING + ("Tại hội nghị, ông Lê Văn Bảo, phó giám đốc Sở Y tế, xác nhận năm qua có 12 trường chưa được "
                       "cấp kinh phí.")
    assert "Lê Văn Bảo" in _attending(text, extractor)


def test_a_voter_speaks_at_a_meeting_held_to_report_on_a_session(extractor: Extractor) -> None:
    text = ("Sáng 27/12, ông Trần Văn Bình, Chủ tịch UBND thành phố Đà Nẵng, có buổi tiếp xúc cử tri quận Hải Châu "
            "để thông báo kết quả kỳ họp thứ 9 HĐND thành phố. Băn khoăn về quy hoạch, cử tri Lê Văn Cường đề nghị "
            "thành phố công khai phương án.")
    assert "Lê Văn Cường" in _attending(text, extractor)


def test_everyone_a_presence_phrase_lists_attends(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2019 với sự tham dự của Thủ tướng "
            "Nguyễn Văn An, các phó thủ tướng Trần Văn Bình, Lê Văn Cường cùng lãnh đạo các bộ.")
    assert _attending(text, extractor) == {"Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"}
    text = ("Sáng 5-3, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2019 với sự chứng kiến của lãnh đạo "
            "Bộ Công an, UBND tỉnh Hà Nam và ông Lê Văn Cường, Phó Tổng Giám đốc BIDV.")
    assert _attending(text, extractor) == {"Lê Văn Cường"}


def test_someone_a_body_asks_or_reports_on_takes_no_part_from_its_verb(extractor: Extractor) -> None:
    text = _OPENING + "Sở Tài chính cho biết, ông Trần Văn Bình - giám đốc Công ty X - chịu trách nhiệm chính."
    assert _attending(text, extractor) == set()


def test_a_speaker_after_an_opening_phrase_with_a_reporting_noun_attends(extractor: Extractor) -> None:
    text = _OPENING + "Trong phần trả lời, ông Lê Văn Bảo - phó chủ tịch UBND huyện - tập trung giải đáp từng câu hỏi."
    assert _attending(text, extractor) == {"Lê Văn Bảo"}
