"""Events named as still to come or called off, and settings that open after a photo's credit."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, pairs, run


def test_a_session_expected_next_month_is_not_an_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hội nghị lần thứ nhất Hội đồng nhân dân tỉnh Nam Định khóa mới dự kiến vào tháng 12, "
        "các đại biểu sẽ bầu Chủ tịch tỉnh.",
    )
    assert not names(doc, "Event")


def test_a_ceremony_put_off_until_tomorrow_is_not_an_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tối 10/10, Ủy ban nhân dân huyện Ý Yên yêu cầu các xã tạm hoãn lễ khánh thành nhà văn hóa vào ngày mai (11/10).",
    )
    assert not names(doc, "Event")


def test_a_setting_after_a_photo_credit_opens_the_report(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Bình phát biểu. Ảnh: Minh Hà Tại cuộc họp trực tuyến của Ủy ban nhân dân tỉnh Nam Định "
        "với các huyện sáng 12/10, Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Bình đề nghị các huyện "
        "báo cáo kết quả.",
    )
    assert any(n.startswith("Cuộc họp trực tuyến") for n in names(doc, "Event"))


def test_a_session_being_prepared_for_lends_its_body_to_no_meeting(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12/6, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội đã bế mạc Phiên họp thứ 20. Chủ tịch Quốc hội "
        "đề nghị các cơ quan khẩn trương hoàn thiện các dự án luật để phục vụ cho Kỳ họp thứ 5 của Quốc hội "
        "vào tháng 10/2021 tới.",
    )
    assert pairs(doc, "ORGANIZES") == {("Ủy ban Thường vụ Quốc hội", "Phiên họp thứ 20 của Ủy ban Thường vụ Quốc hội")}


def test_a_session_named_inside_a_speakers_quotation_is_not_an_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 20/3, Văn phòng Quốc hội tổ chức họp báo công bố chương trình kỳ họp thứ 6. Ông Trần Văn Nam, "
        "Phó Chủ nhiệm Văn phòng Quốc hội, nói: \"Việc bầu các chức danh phải chờ vì đến tháng 7 mới diễn ra "
        "kỳ họp thứ nhất của Quốc hội khóa mới\".",
    )
    assert len(names(doc, "Event")) == 1
    assert ("Trần Văn Nam", next(iter(names(doc, "Event")))) in pairs(doc, "ATTENDS")
