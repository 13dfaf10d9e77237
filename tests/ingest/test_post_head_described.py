"""A head with a word or two in lower case after a title ("Phó Trưởng ban Ban Chỉ đạo thi") names the one body of
that head named before whose name holds those words; not a body whose name lacks them."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run

_NAMED = "UBND tỉnh Nam Định thành lập Ban Chỉ đạo kỳ thi tốt nghiệp năm 2021 tỉnh Nam Định. "


def test_a_short_name_after_a_title_that_absorbs_the_head(extractor: Extractor) -> None:
    doc = run(extractor, _NAMED + "Ông Đỗ Văn Thành (Giám đốc Sở Tài chính, Phó trưởng Ban Chỉ đạo thi) bị kỷ luật.")
    assert ("Đỗ Văn Thành", "Ban Chỉ đạo kỳ thi tốt nghiệp năm 2021 tỉnh Nam Định", "Phó Trưởng ban") \
        in rels(doc, "HOLDS_POSITION")


def test_a_short_name_after_a_standing_deputy_s_title(extractor: Extractor) -> None:
    doc = run(extractor, _NAMED + "Ông Đỗ Văn Thành, Giám đốc Sở Tài chính tỉnh Nam Định, Phó trưởng ban Thường trực "
                                  "Ban Chỉ đạo thi, Chủ tịch Hội đồng thi bị kỷ luật.")
    assert ("Đỗ Văn Thành", "Ban Chỉ đạo kỳ thi tốt nghiệp năm 2021 tỉnh Nam Định", "Phó Trưởng Ban Thường trực") \
        in rels(doc, "HOLDS_POSITION")


def test_words_the_body_named_before_lacks_name_another(extractor: Extractor) -> None:
    doc = run(extractor, _NAMED + "Ông Đỗ Văn Thành (Phó trưởng Ban Chỉ đạo phòng dịch) bị kỷ luật.")
    assert not any(b.startswith("Ban Chỉ đạo kỳ thi") for _, b, _ in rels(doc, "HOLDS_POSITION"))
