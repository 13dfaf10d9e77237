"""Names of people that are the names of streets, schools and prizes."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, pairs, people, run


def test_a_name_after_a_junction_prize_or_school_word_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Biển báo mới được dựng ở ngã tư Lê Văn Tám - Trần Quang Khải. Em Hoa nhận giải thưởng "
                         "Võ Thị Sáu và học bổng Phan Bội Châu; cổng trường tiểu học Hoàng Văn Thụ đã sửa xong.")
    assert people(doc) == set()


def test_a_person_after_a_dash_is_still_read_when_no_street_comes_before(extractor: Extractor) -> None:
    doc = run(extractor, "Phát biểu tại hội nghị, ông Trần Quang Khải - Giám đốc Sở Tư pháp tỉnh Nam Định cho biết "
                         "kế hoạch đã xong.")
    assert people(doc) == {"Trần Quang Khải"}


def test_a_name_after_a_house_number_is_a_street_but_not_after_a_district_s_number_or_a_year(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Gia đình đã trả lại căn nhà 105 Nguyễn Trọng Tuyển và nhà số 60B Nguyễn Huy Tưởng.")
    assert people(doc) == set()
    doc = run(extractor, "Chủ tịch UBND quận 12 Lê Trương Hải cho biết, từ năm 2014 Nguyễn Minh Hùng đã làm ở đây.")
    assert people(doc) == {"Lê Trương Hải", "Nguyễn Minh Hùng"}


def test_a_name_after_a_block_s_code_is_a_street_unless_a_title_stands_before_the_code(extractor: Extractor) -> None:
    doc = run(extractor, "Thành phố thu hồi căn nhà số 17 C3 Trần Quang Diệu và lô đất A9 Lê Văn Hưu Lô đất này rộng.")
    assert people(doc) == set()
    doc = run(extractor, "Phó cục trưởng C46 Nguyễn Văn Thành cho biết, khách đến Đền Lạc Long Quân rất đông.")
    assert people(doc) == {"Nguyễn Văn Thành"}


def test_a_photo_s_credit_is_a_person_and_ends_before_the_next_sentence_s_first_word(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Thủ tướng phát biểu tại hội nghị. Ảnh: Võ Hải Trả lời câu hỏi, ông Trần Văn Nam cho biết. "
                         "Bài viết: Võ Hải.")
    assert people(doc) == {"Võ Hải", "Trần Văn Nam"}


def test_a_photographer_named_only_in_a_photo_s_credit_is_no_person_of_the_story(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Thủ tướng phát biểu tại hội nghị. Ảnh: Võ Hải Trả lời câu hỏi, ông Trần Văn Nam cho biết.")
    assert people(doc) == {"Trần Văn Nam"}


def test_a_name_ends_before_the_next_sentence_s_opening_word_a_heading_runs_into(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra kỷ luật đại tá Lê Minh Hòa Tại kỳ họp, ông Trần Văn Nam cho biết. "
                         "Ảnh: Phạm Văn Hùng Về hợp tác, hai bên đã ký kết. Bài: Phạm Văn Hùng.")
    assert people(doc) == {"Lê Minh Hòa", "Trần Văn Nam", "Phạm Văn Hùng"}


def test_a_name_ends_before_two_words_that_open_the_next_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Công an đã khởi tố ông Lê Minh Hòa Liên quan đến vụ án, ông Trần Văn Nam cho biết. "
                         "Ảnh: Phạm Văn Hùng Phát biểu tại buổi làm việc, Bộ trưởng nhấn mạnh. Bài: Phạm Văn Hùng.")
    assert people(doc) == {"Lê Minh Hòa", "Trần Văn Nam", "Phạm Văn Hùng"}


def test_every_item_of_a_list_of_streets_is_a_street_past_items_no_surname_opens(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn kiểm tra các tuyến đường chính như Hai Bà Trưng, Bà Triệu, Lê Văn Hưu và cả "
                         "đường Kim Mã, Văn Cao, Trần Huy Liệu; hầm chui Kim Liên - Phạm Ngọc Thạch đã thông xe.")
    assert people(doc) == set()


def test_a_name_after_a_park_or_a_secondary_school_word_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Học sinh trường THCS Trần Văn Ơn và THPT Lê Hồng Phong dọn vệ sinh ở công viên Lê Văn Tám.")
    assert people(doc) == set()


def test_a_person_after_a_street_and_a_title_is_still_read(extractor: Extractor) -> None:
    doc = run(extractor, "Trên đường Kim Mã, Phó Chủ tịch UBND quận Ba Đình Nguyễn Văn Hòa kiểm tra việc thu gom rác.")
    assert people(doc) == {"Nguyễn Văn Hòa"}


def test_a_name_after_a_company_s_legal_form_is_the_company_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty TNHH XD-TM Lê Gia Phát và Công ty CP Hồ Tâm bị phạt; Giám đốc Công ty TNHH "
                         "Sông Đà Trần Văn Lộc đã nộp phạt.")
    assert "Lê Gia Phát" not in people(doc) and "Hồ Tâm" not in people(doc)
    assert "Trần Văn Lộc" in people(doc)


def test_a_highland_name_opening_with_a_prefix_after_a_word_of_address_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn đã làm việc với ông Y Blim Niê (Chủ tịch UBND huyện Krông Búk) và bà H’ Lan - "
                         "nguyên phó chủ tịch xã Ea Kao.")
    assert {"Y Blim Niê", "H’ Lan"} <= people(doc)


def test_a_family_name_of_the_highlands_opens_a_name_after_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Phiên họp có Chủ tịch UBND tỉnh Gia Lai Siu Hưng và Phó Chủ tịch Ksor Minh Tâm.")
    assert {"Siu Hưng", "Ksor Minh Tâm"} <= people(doc)


def test_a_person_named_later_by_the_given_name_alone_keeps_the_posts_read_there(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị có sự tham dự của ông Trần Văn Khoa. Ông Khoa từng là Giám đốc Sở Tư pháp "
                         "tỉnh Nam Định.")
    assert people(doc) == {"Trần Văn Khoa"}
    assert ("Trần Văn Khoa", "Sở Tư pháp tỉnh Nam Định") in pairs(doc, "HOLDS_POSITION")


def test_a_given_name_two_people_read_share_is_left_unresolved(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Khoa và ông Lê Minh Khoa dự họp. Ông Khoa từng là Giám đốc Sở Tư pháp "
                         "tỉnh Nam Định.")
    assert ("Trần Văn Khoa", "Sở Tư pháp tỉnh Nam Định") not in pairs(doc, "HOLDS_POSITION")
    assert ("Lê Minh Khoa", "Sở Tư pháp tỉnh Nam Định") not in pairs(doc, "HOLDS_POSITION")


def test_a_bare_delegate_at_the_one_council_the_article_names_is_its_delegate(extractor: Extractor) -> None:
    doc = run(extractor, "Tại kỳ họp HĐND tỉnh Nam Định, Đại biểu Trần Văn Khoa đề nghị làm rõ chỉ tiêu nhà ở.")
    assert ("Trần Văn Khoa", "Hội đồng nhân dân tỉnh Nam Định") in pairs(doc, "HOLDS_POSITION")


def test_names_with_the_rarer_family_names_lo_mao_tap_and_tram_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan điều tra truy nã đối tượng Lô Văn Khánh; sách viết về Chủ tịch Tập Minh Hòa "
                         "và Mao Quốc Dũng, cùng ông Trầm Bình được trưng bày.")
    assert people(doc) == {"Lô Văn Khánh", "Tập Minh Hòa", "Mao Quốc Dũng", "Trầm Bình"}


def test_a_chinese_name_with_its_pinyin_in_brackets_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Nhiều quan chức bị kết án, có cựu phó chủ tịch Thành Khắc Kiệt (Cheng Kejie), cựu phó chủ "
                         "tịch chính hiệp Tô Vinh (Su Rong) và cựu bí thư tỉnh ủy Quý Châu Lưu Phương Nhân (Liu Fangren).")
    assert people(doc) == {"Thành Khắc Kiệt", "Tô Vinh", "Lưu Phương Nhân"}
    doc = run(extractor, "Dự án ở Đức Hoà (Long An) và Quân khu Quảng Châu (Guang Zhou) được báo South China "
                         "Morning Post (Hong Kong) đưa tin.")
    assert people(doc) == set()



def test_a_latin_name_with_a_middle_initial_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/6/2003, Tổng thống Mỹ George W. Bush gặp Tổng thống Pháp Jacques Chirac ở Evian.")
    assert people(doc) == {"George W. Bush", "Jacques Chirac"}


def test_a_street_opening_a_sentence_is_no_person_of_the_rare_family_name(extractor: Extractor) -> None:
    doc = run(extractor, "Nhiều tuyến phố bị cấm để diễn tập. Đường Trần Quang Khải bị cấm từ 7h đến 9h. Ông Đường "
                         "Văn Phú, Trưởng phòng Cảnh sát giao thông, cho biết.")
    assert people(doc) == {"Đường Văn Phú"}


def test_a_name_of_an_unlisted_family_name_is_read_after_a_word_of_address_by_its_middle_name(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Bà Hữu Thị Lợi (mẹ cháu K.) đã gửi đơn lên Công an huyện.")
    assert people(doc) == {"Hữu Thị Lợi"}


def test_a_name_of_an_unlisted_family_name_is_read_after_dong_chi_and_before_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Đồng chí Sơn Ngọc Khải, Bí thư Đảng ủy Khối các cơ quan Trung ương, phát biểu.")
    assert labelled(doc, "HOLDS_POSITION") == {("Sơn Ngọc Khải", "Đảng ủy Khối các cơ quan Trung ương", "Bí thư")}


def test_a_latin_name_after_a_foreign_minister_s_title_and_country_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 1950, Ngoại trưởng Liên Xô Andrei Petrovich Volkov đến thăm Hà Nội.")
    assert people(doc) == {"Andrei Petrovich Volkov"}


def test_a_latin_name_after_a_title_and_ivory_coast_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/10, Tổng thống Bờ Biển Ngà Moussa Traore Kone tiếp đoàn đại biểu Việt Nam.")
    assert "Moussa Traore Kone" in people(doc)


def test_a_leader_named_like_a_city_after_his_title_is_a_person_unless_a_monument_is_named(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "UBND tỉnh Nam Định tổ chức hội thảo về Di chúc của Chủ tịch Hồ Chí Minh.")
    assert people(doc) == {"Hồ Chí Minh"} and labelled(doc, "HOLDS_POSITION") == set()
    doc = run(extractor, "Đoàn đại biểu tỉnh Nam Định vào lăng viếng Chủ tịch Hồ Chí Minh.")
    assert people(doc) == set()


def test_a_latin_name_after_a_title_and_the_foreign_ministry_it_names_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Bộ trưởng Ngoại giao Indonesia Budi Karya Wijaya tiếp đoàn công tác của Bộ Công an.")
    assert ("Budi Karya Wijaya", "Bộ Ngoại giao Indonesia", "Bộ trưởng") in labelled(doc, "HOLDS_POSITION")


def test_a_name_of_an_unlisted_family_name_is_read_after_anh_or_chi_and_before_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Tại diễn đàn, anh Lộc Minh Toàn - Phó Bí thư Tỉnh đoàn Cao Bằng và chị Lộc Thị Hoa, Bí thư "
                         "Huyện đoàn Hòa An đã trả lời các câu hỏi.")
    assert {("Lộc Minh Toàn", "Tỉnh đoàn Cao Bằng", "Phó Bí thư")} <= labelled(doc, "HOLDS_POSITION")
    assert "Lộc Thị Hoa" in people(doc)
