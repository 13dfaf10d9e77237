"""A sentence opening with a noun that stands for the event told ("Hội thi do A, B và C phối hợp tổ chức.")
gives the event, when no body holds it yet, the bodies after "do"."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_the_bodies_hosting_the_contest_hold_its_ceremony(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12-10, hội thi Tin học trẻ tỉnh Bình Dương lần thứ 9 đã tổ chức lễ tổng kết, trao giải cho 30 thí sinh. "
        "Hội thi do Sở Giáo dục và Đào tạo tỉnh Bình Dương và Tỉnh đoàn Bình Dương phối hợp tổ chức.",
    )
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {
        "Sở Giáo dục và Đào tạo tỉnh Bình Dương", "Tỉnh đoàn Bình Dương"}


def test_a_stand_in_noun_not_followed_by_a_body_gives_no_host(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12-10, hội thi Tin học trẻ tỉnh Bình Dương lần thứ 9 đã tổ chức lễ tổng kết, trao giải cho 30 thí sinh. "
        "Hội thi do nhiều đơn vị phối hợp tổ chức.",
    )
    assert not pairs(doc, "ORGANIZES")
