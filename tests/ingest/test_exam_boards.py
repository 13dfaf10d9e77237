"""An exam's boards: "Ban Chỉ đạo kỳ thi X 2020" and "... năm 2020" are one board, and so are a name with the
province ("... 2020 của Lào Cai", "... tỉnh Lào Cai năm 2019") and one without; "Hội đồng thi THPT quốc gia 2020"
is a council of its own; "Phó trưởng Ban Chỉ đạo thi, Chủ tịch Hội đồng thi X" names no unit of the council."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run
from reading import labelled as rels

_NAMED = "Ông Trần Văn An (Phó chủ tịch UBND tỉnh Lào Cai, Trưởng Ban chỉ đạo kỳ thi THPT quốc gia 2020 tại địa phương) bị kỷ luật. "


def test_a_year_written_with_or_without_nam_names_one_board(extractor: Extractor) -> None:
    doc = run(extractor, _NAMED + "Ông Ngô Văn Cường (Phó giám đốc Công an tỉnh, Phó trưởng Ban Chỉ đạo kỳ thi THPT quốc "
                                  "gia năm 2020) bị khiển trách.")
    assert ("Ngô Văn Cường", "Ban Chỉ đạo kỳ thi THPT quốc gia 2020", "Phó Trưởng ban") in rels(doc, "HOLDS_POSITION")
    assert "Ban Chỉ đạo kỳ thi THPT quốc gia năm 2020" not in agencies(doc)


def test_an_exam_council_after_a_title(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình, Giám đốc Sở Giáo dục và Đào tạo, là Chủ tịch Hội đồng thi tốt nghiệp THPT "
                         "năm 2021 tỉnh Lào Cai.")
    assert ("Lê Văn Bình", "Hội đồng thi tốt nghiệp THPT năm 2021 tỉnh Lào Cai", "Chủ tịch") in rels(doc, "HOLDS_POSITION")


def test_a_steering_board_in_a_chain_is_no_unit_of_the_next_body(extractor: Extractor) -> None:
    doc = run(extractor, _NAMED + "Ông Lê Văn Bình (Giám đốc Sở Giáo dục và Đào tạo, Phó trưởng Ban Chỉ đạo thi, Chủ tịch "
                                  "Hội đồng thi THPT quốc gia 2020 Lào Cai) bị cách chức.")
    assert ("Lê Văn Bình", "Hội đồng thi THPT quốc gia 2020 Lào Cai", "Chủ tịch") in rels(doc, "HOLDS_POSITION")
    assert ("Lê Văn Bình", "Ban Chỉ đạo kỳ thi THPT quốc gia 2020", "Phó Trưởng ban") in rels(doc, "HOLDS_POSITION")
    assert not any(a.startswith("Ban Chỉ đạo thi") for a, _ in pairs(doc, "PART_OF"))


def test_the_province_after_the_year_stays_in_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Hội đồng thi THPT quốc gia 2020 "
                         "của Lào Cai bị đề nghị cách chức.")
    assert ("Lê Văn Bình", "Hội đồng thi THPT quốc gia 2020 của Lào Cai", "Chủ tịch") in rels(doc, "HOLDS_POSITION")


def test_a_later_mention_without_the_province_is_the_board_of_the_province(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình là Chủ tịch Hội đồng thi THPT quốc gia 2020 của Lào Cai. Công an điều tra sai "
                         "phạm tại Hội đồng thi THPT quốc gia năm 2020 của địa phương.")
    assert {a for a in agencies(doc) if a.startswith("Hội đồng thi")} == {"Hội đồng thi THPT quốc gia 2020 của Lào Cai"}


def test_a_year_after_the_province_names_the_same_board(extractor: Extractor) -> None:
    doc = run(extractor, "Ban chỉ đạo thi THPT quốc gia tỉnh Lào Cai năm 2019 gồm 45 người. Ông Trần Văn An đề xuất thay "
                         "trưởng ban chỉ đạo thi THPT quốc gia tỉnh Lào Cai.")
    assert len([a for a in agencies(doc) if a.startswith("Ban Chỉ đạo thi")]) == 1


def test_the_province_after_cua_and_its_level_word_stays_in_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn An - phó chủ tịch UBND tỉnh, trưởng Ban chỉ đạo thi THPT quốc gia của tỉnh Lào Cai "
                         "- cho biết đã họp.")
    assert ("Trần Văn An", "Ban Chỉ đạo thi THPT quốc gia của tỉnh Lào Cai", "Trưởng ban") in rels(doc, "HOLDS_POSITION")


def test_an_exam_board_named_by_thi_alone_and_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay, trưởng ban chỉ đạo thi của tỉnh Lào Cai là ông Trần Văn An - chủ tịch UBND tỉnh.")
    assert ("Trần Văn An", "Ban Chỉ đạo thi của tỉnh Lào Cai", "Trưởng ban") in rels(doc, "HOLDS_POSITION")
