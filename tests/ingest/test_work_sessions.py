"""Working sessions led by a person: a dated sentence whose subject is a titled person who works with a body."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_a_titled_person_working_with_a_body_on_a_stated_day_holds_a_session(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/3, Phó Thủ tướng Lê Văn Thành làm việc với lãnh đạo Bộ Tư pháp để đánh giá việc "
                         "thực hiện Quy chế phối hợp giữa Chính phủ và Bộ Tư pháp.")
    [(name, date)] = events(doc)
    assert name.startswith("Buổi làm việc của Phó Thủ tướng với") and date == "2021-03-09"
    assert rels(doc, "ATTENDS") == {("Lê Văn Thành", name)}
    assert {e for e, _ in rels(doc, "REVIEWS")} == {name}
    assert not rels(doc, "ORGANIZES")


def test_a_person_who_chairs_a_working_session_chairs_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 2/11, Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh đã chủ trì buổi làm việc với "
                         "các sở, ngành về công tác phòng cháy.")
    [(name, _)] = events(doc)
    assert rels(doc, "CHAIRS") == {("Bùi Văn Khánh", name)}


def test_a_person_working_with_others_on_no_stated_day_holds_no_session(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Thủ tướng Lê Văn Thành thường làm việc với lãnh đạo các bộ về việc thực hiện quy chế.")
    assert not events(doc)


def test_the_basis_of_the_document_reviewed_is_not_reviewed(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/3, Phó Thủ tướng Lê Văn Thành làm việc với lãnh đạo Bộ Tư pháp để đánh giá việc "
                         "thực hiện quy chế phối hợp công tác theo Nghị quyết liên tịch số 27.")
    reviewed = {d for _, d in rels(doc, "REVIEWS")}
    assert reviewed and not any("27" in d for d in reviewed)


def test_a_titled_person_leading_a_delegation_to_work_with_a_body_attends_the_session(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 14/5, Phó Trưởng ban Nội chính Trung ương Hoàng Văn Minh dẫn đầu đoàn công tác "
                         "làm việc với Tỉnh ủy Quảng Trị về công tác phòng, chống tham nhũng.")
    [(name, date)] = events(doc)
    assert name.startswith("Buổi làm việc của Phó Trưởng ban với") and date == "2021-05-14"
    assert rels(doc, "ATTENDS") == {("Hoàng Văn Minh", name)}



def test_a_meeting_on_the_progress_of_a_programme_reviews_it_not_launches_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/3, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức cuộc họp về tiến độ triển khai "
                         "thực hiện Chương trình phối hợp số 12 về vệ sinh môi trường.")
    [(name, _)] = events(doc)
    assert rels(doc, "REVIEWS") == {(name, "Chương trình phối hợp số 12")}
    assert not rels(doc, "LAUNCHES")


def test_a_body_coming_in_to_work_at_a_province_on_a_stated_day_holds_a_session(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 6/10, Ủy ban Kiểm tra Trung ương đã vào làm việc tại Quảng Trị, thông báo kết quả "
                         "kiểm tra.")
    [(name, date)] = events(doc)
    assert name.startswith("Buổi làm việc của Ủy ban Kiểm tra Trung ương tại") and date == "2021-10-06"
    assert rels(doc, "ORGANIZES") == {("Ủy ban Kiểm tra Trung ương", name)}


def test_someone_taken_on_to_work_at_a_company_holds_no_session(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3-8-2012, ông được nhận vào làm việc tại chi nhánh miền Trung của một công ty xây dựng.")
    assert not events(doc)


def test_a_titled_person_holding_talks_on_a_stated_day_holds_them(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 14-9, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội "
                         "Lào Xay-xổm-phon Phôm-vi-hản. Hai bên nhất trí tăng cường hợp tác.")
    [(name, date)] = events(doc)
    assert name.startswith("Hội đàm với Chủ tịch Quốc hội Lào") and date == "2021-09-14"


def test_talks_a_delegation_had_on_a_stated_day_are_held_that_day(extractor: Extractor) -> None:
    doc = run(extractor, "Nhân dịp này, Thủ tướng Lào và đoàn đại biểu đã có cuộc hội đàm với Thủ tướng Chính phủ "
                         "Phạm Minh Chính chiều ngày 12/4/2021. Hai bên nhất trí tăng cường hợp tác.")
    [(name, date)] = events(doc)
    assert name.startswith("Cuộc hội đàm với Thủ tướng Chính phủ") and date == "2021-04-12"


def test_a_titled_person_chairing_a_bodys_meeting_on_a_stated_day_chairs_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 8-3, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng chủ trì họp Bộ Chính trị để cho ý kiến "
                         "về đề án sắp xếp đơn vị hành chính.")
    [(name, date)] = events(doc)
    assert name.startswith("Cuộc họp Bộ Chính trị") and date == "2021-03-08"
    assert rels(doc, "CHAIRS") == {("Nguyễn Phú Trọng", name)}


def test_the_body_named_right_after_chu_tri_hop_holds_the_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5-9, Bí thư Tỉnh ủy Nguyễn Văn An chủ trì họp Ban Thường vụ Tỉnh ủy Hà Nam để bàn "
                         "về công tác cán bộ. Chiều cùng ngày, ông An chủ trì họp với các sở về việc chống hạn.")
    hosts = rels(doc, "ORGANIZES")
    assert {h for h, _ in hosts} == {"Ban Thường vụ Tỉnh ủy Hà Nam"}
    assert all(e.startswith("Cuộc họp Ban Thường vụ Tỉnh ủy Hà Nam") for _, e in hosts)


def test_talks_told_after_the_visit_they_are_part_of_are_dated(extractor: Extractor) -> None:
    doc = run(extractor, "Tiếp tục chuyến thăm chính thức Ấn Độ, chiều 11-2, tại Niu Đê-li, Chủ tịch Quốc hội Lê Văn Hùng "
                         "đã hội đàm với Chủ tịch Hạ viện Ấn Độ.")
    [(name, date)] = events(doc)
    assert name.startswith("Hội đàm với Chủ tịch Hạ viện") and date == "2021-02-11"
