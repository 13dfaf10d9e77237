"""Acts a body holds on a sentence's opening day, named by their verb alone after "tổ chức", and meetings a body "has"."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, run
from reading import pairs as rels


def test_a_body_holding_an_apology_on_the_day_holds_an_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 12-3, Công an tỉnh Nam Định tổ chức xin lỗi ông Trần Văn Bình và gia đình sau nhiều năm bị oan.",
    )
    events = names(doc, "Event")
    assert any(e.startswith("Buổi xin lỗi ông Trần Văn Bình") for e in events)
    assert {b for b, _ in rels(doc, "ORGANIZES")} == {"Công an tỉnh Nam Định"}


def test_a_body_handing_out_rewards_on_the_day_holds_a_ceremony(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 9/5, Công an tỉnh Nam Định tổ chức trao thưởng cho các đơn vị phá chuyên án ma túy.",
    )
    assert any(e.startswith("Lễ trao thưởng") for e in names(doc, "Event"))


def test_a_body_launching_a_movement_on_the_day_holds_a_ceremony(extractor: Extractor) -> None:
    doc = run(extractor, "Tối 3/9, Hội Nông dân tỉnh Nam Định tổ chức phát động phong trào \"Nông thôn sạch\" tại nhà văn hóa.")
    assert rels(doc, "ORGANIZES") == {("Hội Nông dân tỉnh Nam Định", 'Lễ phát động phong trào "Nông thôn sạch" tại nhà văn hóa')}


def test_a_person_holding_a_meeting_gives_no_body_event(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, ông Trần Văn Bình tổ chức gặp mặt bạn học cũ tại nhà riêng.")
    assert not names(doc, "Event")


def test_an_act_only_planned_is_not_held(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 12-3, Công an tỉnh Nam Định sẽ tổ chức xin lỗi ông Trần Văn Bình.")
    assert not names(doc, "Event")


def test_a_body_that_has_a_meeting_holds_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 14/5, Sở Y tế tỉnh Nam Định đã có cuộc họp với các bệnh viện về phòng chống dịch.")
    assert {b for b, _ in rels(doc, "ORGANIZES")} == {"Sở Y tế tỉnh Nam Định"}


def test_a_body_that_has_a_working_session_with_another_does_not_hold_it_thereby(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 14/5, Tập đoàn Hòa Phát đã có buổi làm việc với Sở Y tế tỉnh Nam Định về dự án.")
    assert not rels(doc, "ORGANIZES")


def test_a_place_right_after_the_opening_date_is_no_organiser(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 3-4 tại trụ sở Bộ Y tế, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị tổng kết "
                         "công tác phòng chống dịch.")
    assert {b for b, _ in rels(doc, "ORGANIZES")} == {"Ủy ban nhân dân tỉnh Nam Định"}


def test_a_camp_a_body_holds_is_an_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 4/5, Tỉnh đoàn Nam Định tổ chức hội trại truyền thống cho đoàn viên tại khu di tích.")
    assert any(e.startswith("Hội trại truyền thống") for e in names(doc, "Event"))


def test_a_programme_a_body_holds_on_the_day_is_an_event_held_at_its_bridges(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 6-4, Hội Nông dân tỉnh Nam Định tổ chức chương trình giao lưu trực tuyến hỗ trợ nông dân "
                         "khởi nghiệp. Tại điểm cầu Thái Bình, ông Trần Văn Bình cho biết nhiều hộ đã vay được vốn.")
    event = "Chương trình giao lưu trực tuyến hỗ trợ nông dân khởi nghiệp"
    assert rels(doc, "ORGANIZES") == {("Hội Nông dân tỉnh Nam Định", event)}
    assert rels(doc, "HELD_IN") == {(event, "Thái Bình")}


def test_a_festival_day_held_on_the_day_is_an_event(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 31-5, Tỉnh đoàn Nam Định tổ chức Ngày hội thiếu nhi vui khỏe tại công viên trung tâm.")
    assert any(e.startswith("Ngày hội thiếu nhi vui khỏe") for e in names(doc, "Event"))
