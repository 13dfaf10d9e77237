"""A body written short once and in full once in an article is one body, named in full (texts written
for these tests)."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_a_body_written_with_its_place_later_is_one_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Bình từng là Trưởng Phòng Kinh tế – Hạ tầng. "
        "Năm 2019, Phòng Kinh tế - Hạ tầng huyện Đông Anh đã trình phương án mới.",
    )
    found = agencies(doc)
    assert "Phòng Kinh tế - Hạ tầng huyện Đông Anh" in found
    assert "Phòng Kinh tế – Hạ tầng" not in found


def test_the_rest_of_a_name_written_later_names_the_same_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hiệp hội Chế biến gỗ đã gửi kiến nghị. Ông Lê Văn Nam, Chủ tịch Hiệp hội Chế biến gỗ xuất khẩu Việt Nam, cho biết thêm.",
    )
    assert agencies(doc) == {"Hiệp hội Chế biến gỗ xuất khẩu Việt Nam"}


def test_a_central_body_and_its_local_namesake_stay_two(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 2/3, Ban Nội chính Trung ương làm việc với Đảng đoàn Mặt trận Tổ quốc Việt Nam. "
        "Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh Nam Định cũng báo cáo.",
    )
    assert "Đảng đoàn Mặt trận Tổ quốc Việt Nam" in agencies(doc)


def test_a_branch_written_after_its_body_stays_apart(extractor: Extractor) -> None:
    doc = run(extractor, "Kiểm toán Nhà nước đã công bố. Kiểm toán Nhà nước khu vực IV sẽ kiểm toán tỉnh Bình Định.")
    assert {"Kiểm toán Nhà nước", "Kiểm toán Nhà nước khu vực IV"} <= agencies(doc)
    assert labelled(doc, "HOLDS_POSITION") == set()


def test_a_word_written_twice_in_a_name_is_read_once(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tập đoàn Hòa Phát ký hợp đồng với Ủy ban nhân dân tỉnh Nam Định. "
        "Về Tập đoàn Hòa Phát Hòa Phát Group: đây là tập đoàn đa ngành.",
    )
    assert "Tập đoàn Hòa Phát" in agencies(doc)
    assert not any("Group" in n for n in agencies(doc))


def test_a_company_written_short_or_by_its_initials_is_the_one_named_in_full(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Phạm Văn Tâm, Giám đốc Công ty Minh Khang, cho biết Công ty cổ phần Thiết bị điện Minh Khang đã ký hợp "
        "đồng với Tập đoàn Than Khoáng sản Việt Nam. Trước đó, Tập đoàn TKSVN đã mời thầu.",
    )
    found = agencies(doc)
    assert "Công ty Minh Khang" not in found
    assert "Tập đoàn TKSVN" not in found
    assert "Tập đoàn Than Khoáng sản Việt Nam" in found


def test_a_sentence_after_an_abbreviated_city_does_not_name_it(extractor: Extractor) -> None:
    doc = run(extractor, "Vụ án do TAND TP. Vinh thụ lý. Sở Tư pháp đã báo cáo UBND TP. Sự phối hợp còn chậm.")
    assert not any(n.endswith(" Sự") for n in agencies(doc))


def test_a_department_named_for_prevention_keeps_its_head_twice(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tâm, Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh Kiên Giang, "
                         "cho biết. Bà Trần Thị Mai, phó trưởng phòng phòng chống tham nhũng thuộc Thanh tra Bộ Tài chính, "
                         "làm trưởng đoàn.")
    assert {("Lê Văn Tâm", "Phòng Phòng chống ma túy và tội phạm"),
            ("Trần Thị Mai", "Phòng Phòng chống tham nhũng")} <= pairs(doc, "HOLDS_POSITION")
