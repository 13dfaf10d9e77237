from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_sentence_after_an_abbreviated_city_is_no_place(extractor: Extractor) -> None:
    doc = run(extractor, "Đó là nhiệm vụ năm nay của Thanh tra TP. Báo cáo tại cuộc họp cho thấy nhiều tồn đọng.")
    assert not any(a.endswith(" Báo") for a in agencies(doc))


def test_a_place_the_divisions_know_still_begins_with_such_a_word(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch UBND thành phố Quy Nhơn Lê Văn Nam đã dự hội nghị.")
    assert "Ủy ban nhân dân thành phố Quy Nhơn" in agencies(doc)


def test_a_verb_after_a_title_is_no_board_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn An kiến nghị Thủ tướng ban hành cơ chế phối hợp giữa TP. HCM và các bộ, ngành.")
    assert not any(a.lower().startswith("ban hành") for a in agencies(doc))


def test_a_sentence_opening_word_after_an_abbreviated_city_is_no_place(extractor: Extractor) -> None:
    doc = run(extractor, "Việc này đã được Thanh tra TP Kết luận tại cuộc họp cho thấy nhiều sai phạm.")
    assert not any(a.endswith(" Kết") for a in agencies(doc))


def test_a_sentence_opening_with_a_committee_or_a_verb_after_an_abbreviated_city_does_not_name_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tờ trình đã gửi UBND TP. Ban thường vụ Thành ủy họp ngay. Kết luận gửi HĐND TP. Giao Sở Tài chính "
                         "rà soát. Báo cáo gửi Thanh tra TP. Chi sai 13 tỉ đồng. Huyện ủy Đại Lộc đã họp.")
    found = agencies(doc)
    assert not any(n.split()[-1] in ("Ban", "Giao", "Chi") for n in found)
    assert "Huyện ủy Đại Lộc" in found
