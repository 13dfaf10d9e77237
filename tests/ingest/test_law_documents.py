"""Laws named as documents: an event reviews or launches a law named after its kind, and a kind's word inside a
law's name marks no event's relation."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_a_conference_reviewing_years_of_a_law_reviews_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 7/3, Ủy ban nhân dân tỉnh Nam Định tổ chức Hội nghị tổng kết 5 năm thực hiện Luật hòa giải ở cơ sở "
        "trên địa bàn tỉnh.",
    )
    assert any(d.startswith("Luật hòa giải ở cơ sở") for _, d in rels(doc, "REVIEWS"))


def test_a_law_named_with_a_signing_word_is_signed_by_no_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 9/4, Kỳ họp thứ 3 Quốc hội khóa XV thảo luận các dự án gồm Luật ký kết, gia nhập điều ước quốc tế "
        "và Luật Thủy lợi.",
    )
    assert not rels(doc, "SIGNS")


def test_a_launch_of_a_group_of_laws_launches_each_law_the_article_lists_for_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 3/7, Văn phòng Chủ tịch nước tổ chức họp báo công bố Luật Thủy lợi và 3 luật khác. "
        "3 luật khác được Quốc hội thông qua là Luật Chăn nuôi, Luật Trồng trọt và Luật Lâm nghiệp.",
    )
    launched = {d for _, d in rels(doc, "LAUNCHES")}
    assert {"Luật Chăn nuôi", "Luật Trồng trọt", "Luật Lâm nghiệp"} <= launched


def test_a_list_of_laws_of_no_launched_group_is_launched_by_no_event(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 3/7, Văn phòng Chủ tịch nước tổ chức họp báo về công tác tháng 6. "
        "Các luật được Quốc hội thông qua là Luật Chăn nuôi, Luật Trồng trọt và Luật Lâm nghiệp.",
    )
    assert not rels(doc, "LAUNCHES")
