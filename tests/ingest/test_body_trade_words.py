from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, people, run


def test_a_company_name_cut_after_its_trade_words_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Tâm làm việc tại Công ty CP Vận tải đường sông số 3 từ năm 2010.")
    assert not any(a.lower().endswith("vận tải") for a in agencies(doc))


def test_a_name_after_the_legal_form_and_trade_words_is_the_company_own(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty TNHH TM DV Lâm Phát (chủ đầu tư) chưa nộp tiền thuê đất.")
    assert "Công ty TNHH TM DV Lâm Phát" in agencies(doc)
    assert "Lâm Phát" not in people(doc)


def test_an_association_or_group_cut_after_its_trade_word_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tư, thành viên Hiệp hội Doanh nghiệp du lịch huyện đảo, nói. "
                         "Bà Lê Thị Hoa làm việc tại công ty Xuất nhập khẩu thiết bị từ năm 2001.")
    assert not any(a.endswith(("Doanh nghiệp", "Xuất nhập khẩu")) for a in agencies(doc))


def test_letters_joined_by_an_ampersand_are_one_word_of_a_company_name(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty K&M đã nộp đủ tiền thuê đất cho Ủy ban nhân dân tỉnh Nam Định.")
    assert "Công ty K&M" in agencies(doc)
    assert "Công ty K" not in agencies(doc)
