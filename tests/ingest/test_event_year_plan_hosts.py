"""A conference that reviews one year and launches the next year's plan "của <body>" is that body's own:
the year's plan before "của" does not take the body away from the meeting."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_the_body_after_a_years_plan_holds_the_review_conference(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ngày 9/1, Hội nghị tổng kết công tác năm 2020 và triển khai kế hoạch năm 2021 "
        "của Sở Tư pháp tỉnh Bình Định đã diễn ra.",
    )
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {"Sở Tư pháp tỉnh Bình Định"}


def test_a_plan_listed_after_the_tasks_keeps_the_host(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12/1, Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ, kế hoạch năm 2021 "
        "của Bộ Tư pháp diễn ra tại Hà Nội.",
    )
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {"Bộ Tư pháp"}


def test_a_numbered_plan_is_still_the_documents(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12/1, Sở Tư pháp tỉnh Bình Định tổ chức Hội nghị triển khai Kế hoạch số 15 "
        "của Ủy ban nhân dân tỉnh Bình Định.",
    )
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {"Sở Tư pháp tỉnh Bình Định"}


def test_the_body_closing_the_name_holds_the_meeting_that_opens_or_begins(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 9/1, Hội nghị tổng kết công tác năm 2020 của Sở Tư pháp tỉnh Bình Định khai mạc tại Quy Nhơn.")
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {"Sở Tư pháp tỉnh Bình Định"}
    doc = run(extractor, "Phát biểu tại phiên thảo luận kinh tế - xã hội của Quốc hội bắt đầu sáng 26-10, nhiều đại biểu "
                         "bày tỏ trăn trở.")
    assert {body for body, _ in pairs(doc, "ORGANIZES")} == {"Quốc hội"}
