"""Names of people that are the names of streets, schools and prizes."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import people, run


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
