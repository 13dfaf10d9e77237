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
