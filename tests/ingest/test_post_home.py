"""A bare title held in the one body of its kind the article names (titles.yaml, home_heads), on short texts
written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def test_a_bare_standing_vice_chair_is_held_in_the_one_people_s_committee(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ủy ban nhân dân tỉnh Bình Phước họp phiên thường kỳ tháng 5. "
        "Phó Chủ tịch Thường trực Lê Văn Tám báo cáo tình hình kinh tế.",
    )
    assert ("Lê Văn Tám", "Ủy ban nhân dân tỉnh Bình Phước", "Phó Chủ tịch Thường trực") in labelled(
        doc, "HOLDS_POSITION"
    )


def test_a_bare_department_head_is_held_in_the_one_department(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Cục Thuế tỉnh Nam Định tổ chức hội nghị tổng kết năm. Cục trưởng Trần Văn Hai cho biết số thu tăng.",
    )
    assert ("Trần Văn Hai", "Cục Thuế tỉnh Nam Định", "Cục trưởng") in labelled(doc, "HOLDS_POSITION")


def test_a_bare_chief_inspector_is_held_in_the_one_inspectorate(extractor: Extractor) -> None:
    doc = run(
        extractor, "Thanh tra tỉnh Hà Nam công bố kết luận. Chánh Thanh tra Phạm Văn Bốn nói kết luận đã gửi."
    )
    assert ("Phạm Văn Bốn", "Thanh tra tỉnh Hà Nam", "Chánh Thanh tra") in labelled(doc, "HOLDS_POSITION")


def test_two_departments_leave_a_bare_department_head_unplaced(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Cục Thuế tỉnh Nam Định và Cục Hải quan tỉnh Nam Định ký quy chế. "
        "Sau lễ, Cục trưởng Trần Văn Hai trả lời báo chí.",
    )
    assert not {r for r in labelled(doc, "HOLDS_POSITION") if r[0] == "Trần Văn Hai"}


def test_a_bare_vice_chair_is_held_in_the_one_front_committee(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước tổ chức hội nghị hiệp thương. "
        "Phó Chủ tịch Lê Văn Năm cho biết danh sách đã được lập.",
    )
    assert ("Lê Văn Năm", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước", "Phó Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )


def test_a_bare_general_director_is_held_in_the_one_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Bộ Công an khởi tố vụ án thua lỗ tại Tổng công ty Cổ phần Truyền dẫn Miền Trung. "
        "Cơ quan điều tra đã bắt tạm giam cựu tổng giám đốc Trần Văn Khải.",
    )
    assert ("Trần Văn Khải", "Tổng công ty Cổ phần Truyền dẫn Miền Trung", "Tổng Giám đốc") in labelled(
        doc, "HOLDS_POSITION"
    )


def test_a_bare_deputy_minister_is_held_in_the_ministry_the_article_is_about(extractor: Extractor) -> None:
    text = ("Bộ Y tế vừa gửi văn bản tới Bộ Công an. Bộ Y tế cho biết đã kiểm tra lại hồ sơ. Theo Bộ Y tế, vụ việc đã "
            "rõ. Văn bản do Thứ trưởng Lê Văn Hà ký.")
    assert ("Lê Văn Hà", "Bộ Y tế", "Thứ trưởng") in labelled(run(extractor, text), "HOLDS_POSITION")
    text = ("Bộ Y tế vừa gửi văn bản tới Bộ Công an. Bộ Công an cho biết đã kiểm tra lại hồ sơ. Theo Bộ Y tế, vụ việc "
            "đã rõ. Văn bản do Thứ trưởng Lê Văn Hà ký.")
    assert not labelled(run(extractor, text), "HOLDS_POSITION")
