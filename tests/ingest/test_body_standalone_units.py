from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_units_named_alone_in_a_list_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Thứ trưởng trực tiếp chỉ đạo Vụ Pháp chế, Vụ Thương mại biên giới và miền núi.")
    assert {"Vụ Pháp chế", "Vụ Thương mại biên giới và miền núi"} <= agencies(doc)


def test_a_centre_named_alone_before_a_full_stop_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Các quận lấy mẫu nước cùng Trung tâm Quan trắc môi trường.")
    assert "Trung tâm Quan trắc môi trường" in agencies(doc)


def test_a_case_opening_a_sentence_is_no_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Vụ Formosa, theo các chuyên gia, còn nhiều bài học.")
    assert not any(a.startswith("Vụ") for a in agencies(doc))


def test_a_unit_whose_run_turns_into_a_clause_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Lãnh đạo Cục Quản lý giá làm việc với doanh nghiệp hôm qua.")
    assert not any(a.startswith("Cục Quản lý giá") for a in agencies(doc))


def test_a_name_that_may_go_on_past_a_comma_is_not_cut(extractor: Extractor) -> None:
    doc = run(extractor, "Quân đội có thêm Trung tâm Phát thanh, truyền hình Quân đội.")
    assert "Trung tâm Phát thanh" not in agencies(doc)


def test_a_head_before_another_body_names_no_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Tâm (nguyên Phó Cục trưởng, Cục Bộ Tư pháp) phát biểu.")
    assert "Cục Bộ Tư pháp" not in agencies(doc)


def test_an_act_after_a_unit_named_alone_closes_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Sau vụ việc, Chi cục Quản lý đất đai chủ trì họp với các xã.")
    assert "Chi cục Quản lý đất đai" in agencies(doc)


def test_an_inspection_after_a_numbered_unit_is_no_name(extractor: Extractor) -> None:
    doc = run(extractor, "Theo kế hoạch, Cục II thanh tra việc quản lý đất đai và thực hiện dự án ở tỉnh.")
    assert not any(a.startswith("Cục II ") for a in agencies(doc))


def test_an_adverb_or_a_verb_after_a_unit_named_alone_ends_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bến cảng này nhiều năm do Cục Đường sông trực tiếp quản lý, sau đó giao cho tỉnh.")
    assert "Cục Đường sông" in agencies(doc)
    doc = run(extractor, "Hội vừa mở Trung tâm Hỗ trợ pháp lý giúp người nghèo ở vùng sâu.")
    assert "Trung tâm Hỗ trợ pháp lý" in agencies(doc)
