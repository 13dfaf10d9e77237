"""Speakers quoted in an article about one event who spoke elsewhere: on a day of their own, or as former
officials commenting from outside. Short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run

_PLENUM = ("Sáng 5-3, Ban Chấp hành Đảng bộ tỉnh Hà Nam khai mạc hội nghị lần thứ 12. "
           "Bí thư Tỉnh ủy Lê Văn An cho biết năm qua tỉnh tăng trưởng khá. ")


def _attending(text: str, extractor: Extractor) -> set[str]:
    return {p for p, _ in pairs(run(extractor, text), "ATTENDS")}


def test_a_speaker_on_a_day_of_their_own_does_not_attend(extractor: Extractor) -> None:
    text = _PLENUM + "Ngày 9-3, ông Trần Văn Bình, Chủ tịch UBND huyện Kim Bảng, cho biết huyện đã nộp báo cáo."
    assert "Trần Văn Bình" not in _attending(text, extractor)
    assert "Lê Văn An" in _attending(text, extractor)


def test_a_speaker_on_the_event_day_still_attends(extractor: Extractor) -> None:
    text = _PLENUM + "Sáng 5-3, ông Trần Văn Bình, Chủ tịch UBND huyện Kim Bảng, cho biết huyện đã nộp báo cáo."
    assert "Trần Văn Bình" in _attending(text, extractor)


def test_a_former_official_commenting_does_not_attend(extractor: Extractor) -> None:
    text = _PLENUM + "Ông Phạm Văn Cường, nguyên Phó Bí thư Tỉnh ủy, cho rằng kết quả đó rất đáng ghi nhận."
    assert "Phạm Văn Cường" not in _attending(text, extractor)


def test_a_resident_commenting_does_not_attend(extractor: Extractor) -> None:
    text = _PLENUM + "Ông Phạm Văn Cường (52 tuổi, ngụ xã Thanh Hà) cho biết đường làng vẫn ngập."
    assert "Phạm Văn Cường" not in _attending(text, extractor)
    assert "Lê Văn An" in _attending(text, extractor)


def test_a_resident_speaking_to_deputies_attends(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Đoàn đại biểu Quốc hội tỉnh Hà Nam tiếp xúc cử tri huyện Kim Bảng. "
            "Ông Phạm Văn Cường (52 tuổi, ngụ xã Thanh Hà) cho biết đường làng vẫn ngập.")
    assert "Phạm Văn Cường" in _attending(text, extractor)


def test_a_former_official_speaking_at_a_workshop_attends(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Hội Luật gia tỉnh Hà Nam tổ chức hội thảo về cải cách tư pháp. "
            "Ông Phạm Văn Cường, nguyên Phó Chánh án Tòa án nhân dân tỉnh, cho rằng cần sửa quy trình xét xử.")
    assert "Phạm Văn Cường" in _attending(text, extractor)


def test_a_speaker_set_at_an_occasion_named_indefinitely_does_not_attend(extractor: Extractor) -> None:
    text = _PLENUM + "Bên lề một hội nghị ở Hà Nội, ông Trần Văn Bình, Giám đốc Công an tỉnh, khẳng định sẽ làm rõ vụ việc."
    assert "Trần Văn Bình" not in _attending(text, extractor)
    assert "Lê Văn An" in _attending(text, extractor)


_OTHER_MATTER = ("Huyện Kim Bảng chậm giải phóng mặt bằng dự án đường ven sông. "
                 "Nhiều hộ dân chưa nhận tiền bồi thường. "
                 "Dự án khởi công từ năm 2019 nhưng mới làm được một nửa. "
                 "Nhà thầu đã nhiều lần xin gia hạn. "
                 "Người dân phải đi đường tạm suốt hai năm. "
                 "Tháng trước, Ủy ban nhân dân tỉnh Hà Nam tổ chức hội nghị về giải phóng mặt bằng. ")
_SPEAKER = "Ông Trần Văn Bình, Chủ tịch UBND huyện Kim Bảng, cho biết huyện sẽ chi trả trong tháng tới."


def test_a_speaker_in_a_story_that_names_its_event_late_does_not_attend(extractor: Extractor) -> None:
    assert "Trần Văn Bình" not in _attending(_OTHER_MATTER + _SPEAKER, extractor)


def test_a_speaker_in_a_story_that_opens_with_its_event_attends(extractor: Extractor) -> None:
    text = ("Sáng 5-3, Ủy ban nhân dân tỉnh Hà Nam tổ chức hội nghị về giải phóng mặt bằng. "
            "Huyện Kim Bảng chậm giải phóng mặt bằng dự án đường ven sông. " + _SPEAKER)
    assert "Trần Văn Bình" in _attending(text, extractor)


def test_the_people_a_disciplinary_sitting_rules_on_do_not_attend(extractor: Extractor) -> None:
    text = ("Tại kỳ họp thứ 9 (từ 3 đến 5-6-2019), UBKTTƯ đã xem xét, kết luận việc kiểm tra đối với Ban Thường vụ "
            "Tỉnh ủy Hà Nam. Qua kiểm tra cho thấy: - Ông Trần Văn Bình, nguyên Phó Chủ tịch UBND tỉnh, đã vi phạm "
            "quy chế làm việc, buông lỏng lãnh đạo, chỉ đạo, kiểm tra. - Ông Phạm Văn Cường, Giám đốc Sở Xây dựng, "
            "cùng chịu trách nhiệm về những vi phạm, khuyết điểm trong lãnh đạo, chỉ đạo dự án.")
    doc = run(extractor, text)
    assert ("Ủy ban Kiểm tra Trung ương", "Kỳ họp thứ 9 của Ủy ban Kiểm tra Trung ương") in pairs(doc, "ORGANIZES")
    assert not {"Trần Văn Bình", "Phạm Văn Cường"} & _attending(text, extractor)
