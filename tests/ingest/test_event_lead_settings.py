"""An article that reports no event by a verb or a day, but whose opening sets what it tells at an occasion named in
full ("Tại hội nghị chuyên đề X, ông Y đề nghị ..."): that occasion is its event, and those who speak there attend."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, pairs, run


def test_an_occasion_the_opening_is_set_at_is_the_articles_event(extractor: Extractor) -> None:
    doc = run(extractor, "Đề nghị tăng kiểm tra hàng lậu\n\nTại hội nghị chuyên đề về chống buôn lậu thuốc lá ở vùng biên "
                         "giới, Phó giám đốc Sở Công thương tỉnh Hà Nam Lê Văn Bảo đề nghị tăng cường kiểm tra.")
    assert any(n.startswith("Hội nghị chuyên đề về chống buôn lậu thuốc lá") for n in names(doc, "Event"))
    assert {p for p, _ in pairs(doc, "ATTENDS")} == {"Lê Văn Bảo"}


def test_a_bare_or_planned_setting_gives_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Đề nghị tăng kiểm tra hàng lậu\n\nTại hội nghị, Phó giám đốc Sở Công thương tỉnh Hà Nam "
                         "Lê Văn Bảo đề nghị tăng cường kiểm tra.")
    assert not names(doc, "Event")
    doc = run(extractor, "Đề nghị tăng kiểm tra hàng lậu\n\nDự kiến tại hội nghị chuyên đề về chống buôn lậu thuốc lá, "
                         "Sở Công thương tỉnh Hà Nam sẽ đề nghị tăng cường kiểm tra.")
    assert not names(doc, "Event")


def test_a_setting_recalled_as_past_gives_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Luật mới có hiệu lực\n\nĐây là các luật đã được Quốc hội thông qua tại kỳ họp thứ 6 vừa qua.")
    assert not names(doc, "Event")
