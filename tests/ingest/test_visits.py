"""Official visits: a titled person who makes an official visit to a country reports the visit, held there."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def events(doc: DocGraph) -> list[tuple[str, str | None]]:
    return [(e.name, e.properties.get("date")) for e in doc.entities if e.type == "Event"]


def test_a_titled_person_on_an_official_visit_takes_part_in_it_where_it_is_held(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Chủ tịch nước Võ Minh Hải bắt đầu thăm chính thức Campuchia theo lời mời "
                         "của Quốc vương nước này.")
    [(name, date)] = events(doc)
    assert name == "Chuyến thăm chính thức Campuchia của Chủ tịch nước Võ Minh Hải" and date == "2021-06-12"
    assert rels(doc, "ATTENDS") == {("Võ Minh Hải", name)}
    assert rels(doc, "HELD_IN") == {(name, "Campuchia")}


def test_a_visit_to_the_home_country_or_one_still_planned_is_not_read(extractor: Extractor) -> None:
    assert not events(run(extractor, "Thủ tướng Lào Pha Văn Sỏn thăm chính thức Việt Nam để bàn về hợp tác."))
    assert not events(run(extractor, "Chủ tịch nước Võ Minh Hải sẽ thăm chính thức Campuchia vào tháng tới."))


def test_a_visit_without_a_word_making_it_official_is_not_read(extractor: Extractor) -> None:
    assert not events(run(extractor, "Chủ tịch nước Võ Minh Hải thăm Campuchia và gặp bà con kiều bào."))


def test_a_delegation_visiting_to_congratulate_on_a_stated_day_reports_the_visit(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 20/9, tại Hà Nội, Đoàn đại biểu Ủy ban Trung ương MTTQ Việt Nam do Phó Chủ tịch Hoàng Minh Tú "
        "làm Trưởng đoàn đã tới thăm, chúc mừng Hội Thánh Tin lành Việt Nam nhân dịp Lễ Giáng sinh.",
    )
    [(name, date)] = events(doc)
    assert name.startswith("Đoàn đại biểu Ủy ban Trung ương") and "thăm, chúc mừng Hội Thánh" in name and date == "2021-09-20"
    assert ("Hoàng Minh Tú", name) in rels(doc, "ATTENDS")
    assert rels(doc, "HELD_IN") == {(name, "Hà Nội")}


def test_an_undated_greeting_visit_is_not_read(extractor: Extractor) -> None:
    assert not events(run(extractor, "Lãnh đạo tỉnh không tổ chức đi thăm, chúc Tết lãnh đạo các địa phương."))
