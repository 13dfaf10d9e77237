"""Laws named in the text: a two-word name that goes on in lower case past a comma or "và", and a name that
ends where the sentence goes on. Short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, run


def test_a_law_name_goes_on_past_a_comma_or_and_when_it_ends_there(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội đã thông qua Luật Thi đua, khen thưởng, Luật Bản đồ và đo đạc và luật sửa đổi, "
                         "bổ sung một số điều của Luật Cán bộ, công chức năm 2019.")
    laws = names(doc, "Agreement")
    assert {"Luật Thi đua, khen thưởng", "Luật Bản đồ và đo đạc",
            "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức năm 2019"} <= laws
    assert not {"Luật Thi đua", "Luật Bản đồ"} & laws


def test_a_law_name_stops_where_the_sentence_goes_on(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ông A, Luật Đầu tư, vi phạm quy định thì phải xử lý. Luật Báo chí không hạn chế quyền "
                         "của người dân. Luật Hàng không dân dụng được sửa đổi.")
    laws = names(doc, "Agreement")
    assert {"Luật Đầu tư", "Luật Báo chí", "Luật Hàng không dân dụng"} <= laws


def test_a_law_named_again_with_its_year_is_the_same_law(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội thông qua Luật Khiếu nại, luật sửa đổi, bổ sung một số điều của Luật Thi đua, "
                         "khen thưởng và Luật sửa đổi, bổ sung một số điều của 9 luật có liên quan đến quy hoạch. "
                         "Trình bày Luật Khiếu nại năm 2020, ông A nói luật mới khắc phục hạn chế của Luật Khiếu "
                         "nại 2011.")
    laws = names(doc, "Agreement")
    assert {"Luật Khiếu nại", "Luật Khiếu nại 2011", "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng",
            "Luật sửa đổi, bổ sung một số điều của 9 luật có liên quan đến quy hoạch"} <= laws
    assert "Luật Khiếu nại năm 2020" not in laws
