"""Decisions handed over or announced on the day a sentence opens with: a ceremony that launches the decision."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, run
from reading import pairs as rels


def _events(doc):  # type: ignore[no-untyped-def]
    return [e for e in doc.entities if e.type == "Event"]


def test_a_decision_handed_over_by_a_person_is_a_ceremony_the_giver_and_receiver_attend(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Sáng 14/9, tại trụ sở Tỉnh ủy Lào Cai, Trưởng ban Tổ chức Trung ương Lê Văn Hòa đã trao "
        "quyết định của Bộ Chính trị chỉ định ông Trần Văn Nam giữ chức Bí thư Tỉnh ủy Lào Cai.",
    )
    [ev] = _events(doc)
    assert (
        ev.properties["kind"] == "trien_khai"
        and ev.properties["date"] == "2021-09-14"
        and ev.name.startswith("Lễ trao quyết định")
    )
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Lê Văn Hòa", "Trần Văn Nam"}
    assert not rels(doc, "ORGANIZES")


def test_a_decision_announced_by_a_body_is_organised_by_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 3/8, Ủy ban Kiểm tra Tỉnh ủy Hà Nam công bố quyết định kỷ luật ông Trần Văn Nam, "
        "nguyên Giám đốc Sở Xây dựng tỉnh Hà Nam.",
    )
    [ev] = _events(doc)
    assert ev.properties["kind"] == "trien_khai" and ev.name.startswith("Lễ công bố quyết định")
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Ủy ban Kiểm tra Tỉnh ủy Hà Nam"}


def test_a_decision_only_reported_or_planned_is_no_ceremony(extractor: Extractor) -> None:
    for said in (
        "ông Lê Văn Hòa cho biết Ủy ban Kiểm tra Tỉnh ủy Hà Nam đã công bố",
        "Ủy ban Kiểm tra Tỉnh ủy Hà Nam sẽ công bố",
    ):
        doc = run(extractor, f"Ngày 3/8, {said} quyết định kỷ luật ông Trần Văn Nam.")
        assert not _events(doc), said
    assert names(run(extractor, "Ngày 3/8, trời mưa to."), "Event") == set()


def test_a_decision_to_prosecute_is_no_ceremony(extractor: Extractor) -> None:
    doc = run(
        extractor, "Ngày 3/8, Công an tỉnh Hà Nam công bố quyết định khởi tố bị can đối với ông Trần Văn Nam."
    )
    assert not _events(doc)


def test_a_decision_handed_over_at_a_ceremony_already_read_is_that_ceremony(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 3/8, Bộ Công an tổ chức Lễ công bố quyết định bổ nhiệm Giám đốc Công an tỉnh Hà Nam. "
        "Sáng cùng ngày, Thứ trưởng Lê Văn Hòa đã trao quyết định cho ông Trần Văn Nam.",
    )
    assert len(_events(doc)) == 1


def test_a_session_set_with_its_days_in_brackets_is_held_by_the_body_acting_at_it(
    extractor: Extractor,
) -> None:
    for text in (
        (
            "Ngày 5/8, kỳ họp thứ 14 đã bế mạc. Tại kỳ họp thứ 14 (từ 3 đến 5/8), Ủy ban Kiểm tra Trung ương đã quyết "
            "định thi hành kỷ luật ông Trần Văn Nam."
        ),
        "Tới kỳ họp 14, Ủy ban Kiểm tra Trung ương đã quyết định thi hành kỷ luật ông Trần Văn Nam.",
    ):
        assert "Ủy ban Kiểm tra Trung ương" in {a for a, _ in rels(run(extractor, text), "ORGANIZES")}, text


def test_a_decision_handed_over_at_a_named_seat_is_held_where_that_seat_is(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 9/3, tại trụ sở Tỉnh ủy Phú Thọ, ông Lê Văn Hòa đã công bố quyết định của Bộ Chính trị "
        "phân công ông Trần Văn Nam làm Bí thư Tỉnh ủy Phú Thọ.",
    )
    [ev] = _events(doc)
    assert rels(doc, "HELD_IN") == {(ev.name, "Phú Thọ")}


def test_a_delegation_sent_to_a_province_to_announce_a_decision_is_its_body_s_ceremony(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 8/3, đoàn công tác của Ủy ban Kiểm tra Trung ương do ông Lê Văn Tâm làm trưởng đoàn đã đến "
        "tỉnh Nghệ An công bố quyết định kỷ luật ông Phạm Văn Hùng.",
    )
    [ev] = _events(doc)
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", ev.name)}


def test_a_delegation_gone_to_a_venue_not_a_province_is_not_read_as_its_body_s(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 8/3, đoàn công tác của Ủy ban Kiểm tra Trung ương đã đến trụ sở Công ty Minh Long công bố "
        "quyết định kỷ luật ông Phạm Văn Hùng.",
    )
    assert not rels(doc, "ORGANIZES")


def test_a_heading_run_into_the_dated_sentence_after_it_does_not_hide_its_date(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Nam làm Bí thư Tỉnh ủy Lào Cai Sáng 14/9, Trưởng ban Tổ chức Trung ương Lê Văn Hòa đã trao "
        "quyết định của Bộ Chính trị chỉ định ông Trần Văn Nam giữ chức Bí thư Tỉnh ủy Lào Cai.",
    )
    [ev] = _events(doc)
    assert ev.properties["date"] == "2021-09-14" and ev.name.startswith("Lễ trao quyết định")
