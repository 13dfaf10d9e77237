"""Names of people given to streets, projects and firms, read through the article; foreign names with an age."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import people, run


def test_a_name_the_article_gives_a_street_is_that_street_where_nothing_marks_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Xe tải bị cấm trên đường Lê Văn Hưu từ tháng 5. Các tuyến được chọn gồm Lê Văn Hưu, "
                         "Bà Triệu và Hàng Bài; ông Trần Văn Nam, Giám đốc Sở Giao thông vận tải cho biết.")
    assert people(doc) == {"Trần Văn Nam"}


def test_a_name_given_a_street_stays_a_person_where_a_word_of_address_marks_it(extractor: Extractor) -> None:
    doc = run(extractor, "Thành phố đặt tên đường Phạm Văn Lâm cho con đường mới. Ông Phạm Văn Lâm từng là Bí thư "
                         "Thành ủy.")
    assert people(doc) == {"Phạm Văn Lâm"}


def test_a_name_on_a_statue_stays_a_person_elsewhere(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn dâng hoa ở tượng đài Trần Quốc Toản. Năm ấy Trần Quốc Toản mới mười sáu tuổi.")
    assert people(doc) == {"Trần Quốc Toản"}


def test_a_name_after_a_project_or_an_avenue_word_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra đã rà soát dự án Lê Đình Khôi, khu dân cư Hoàng Minh Phát và đại lộ Trần Văn Lực.")
    assert people(doc) == set()


def test_a_name_after_a_town_word_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Khang mở cửa hàng ở thị trấn Lê Hữu Trác, huyện Mỹ Hào.")
    assert people(doc) == {"Đỗ Văn Khang"}


def test_four_words_ending_in_a_province_are_a_firm_unless_a_middle_name_opens_the_given_name(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Hội chợ có gian hàng của Hoàng Long Quảng Nam và Kim Sơn Thái Bình; bà Lê Thị Bình "
                         "Thuận, Giám đốc Sở Tài chính dự lễ.")
    assert people(doc) == {"Lê Thị Bình Thuận"}


def test_a_name_in_latin_letters_followed_by_an_age_or_a_year_of_birth_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Những người bị bắt gồm Peter Lang Moss, 31 tuổi và Wang Li Hsin (SN 1990, quốc tịch "
                         "Singapore); tàu Ocean Star bị giữ lại.")
    assert people(doc) == {"Peter Lang Moss", "Wang Li Hsin"}


def test_a_name_ends_before_the_date_that_opens_the_next_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Hội đồng kỷ luật đã xem xét trách nhiệm của ông Trần Văn Khôi Chiều 12/3, cơ quan điều tra "
                         "làm việc với ông Đỗ Minh Sáng (45 tuổi).")
    assert people(doc) == {"Trần Văn Khôi", "Đỗ Minh Sáng"}


def test_a_name_after_a_house_number_and_a_comma_a_dash_or_other_numbers_is_a_street(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra đề nghị thu hồi căn nhà số 9, Hoàng Văn Thụ và thửa đất 41 - Đinh Công Tráng; "
                         "khách sạn ở 12,14,16 Lê Văn Sỹ cũng bị xem xét. Danh sách: 1 - Nguyễn Văn Hùng, Bí thư Tỉnh ủy.")
    assert people(doc) == {"Nguyễn Văn Hùng"}


def test_four_names_joined_by_dashes_are_a_route_of_streets(extractor: Extractor) -> None:
    doc = run(extractor, "Xe buýt đi theo lộ trình: Trần Phú - Lê Hồng Phong - Nguyễn Trãi - Phan Bội Châu trong "
                         "thời gian sửa cầu, ông Lê Văn Tâm, Giám đốc Sở Giao thông vận tải cho biết.")
    assert people(doc) == {"Lê Văn Tâm"}


def test_a_name_ends_before_a_word_that_opens_the_next_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Trung ương kỷ luật ông Trần Văn Khải Sau khi xem xét, cơ quan này cũng "
                         "nhắc nhở bà Lê Thị Thu Tại kỳ họp thứ 5.")
    assert people(doc) == {"Trần Văn Khải", "Lê Thị Thu"}


def test_a_name_in_latin_letters_after_a_head_of_state_title_or_a_rank_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng thống Marcus Holloway đã gặp Đại sứ Peter Grant; chuẩn đô đốc Louis Carrel "
                         "cũng dự, cùng đại diện Tập đoàn Hoàng Anh Gia Lai.")
    assert people(doc) == {"Marcus Holloway", "Peter Grant", "Louis Carrel"}
