from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_ctcp_is_a_joint_stock_company(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, HĐQT CTCP Đầu tư Sao Mai thông qua nghị quyết thoái vốn tại dự án.")
    assert "Công ty Cổ phần Đầu tư Sao Mai" in agencies(doc)
    assert ("Hội đồng quản trị Công ty Cổ phần Đầu tư Sao Mai", "Công ty Cổ phần Đầu tư Sao Mai") in pairs(doc, "PART_OF")


def test_vietcombank_is_a_listed_bank(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Cổ phần Đầu tư Sao Mai đã ký hợp đồng tín dụng với ngân hàng Vietcombank để làm dự án.")
    assert "Vietcombank" in agencies(doc)


def test_the_petroleum_construction_corporation_is_one_body_under_its_spellings(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Thanh tra làm rõ thua lỗ tại Tổng công ty xây lắp dầu khí Việt Nam (PVC). Ông Lê Văn Minh, "
        "nguyên Chủ tịch HĐQT PVC, đã bị khởi tố.",
    )
    names = {a for a in agencies(doc) if "PVC" in a or "lắp" in a}
    assert names == {"Tổng công ty Xây lắp Dầu khí Việt Nam",  # the name it went by, the only one written
                     "Hội đồng quản trị Tổng công ty Xây lắp Dầu khí Việt Nam"}


def test_a_head_and_a_listed_companys_initials_are_that_company(extractor: Extractor) -> None:
    doc = run(extractor, "Dự án nhà máy được giao cho Tổng công ty PVC từ năm 2011 nhưng chậm tiến độ nhiều năm.")
    assert agencies(doc) == {"Tổng công ty Cổ phần Xây lắp Dầu khí Việt Nam"}


def test_a_companys_name_in_dotted_initials_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Hùng, nguyên Giám đốc Công ty TNHH K.T. B, bị khởi tố hôm qua.")
    assert "Công ty TNHH K.T. B" in agencies(doc)


def test_a_brand_of_capitals_among_small_letters_closes_a_name_joined_by_va(extractor: Extractor) -> None:
    doc = run(extractor, "Lãnh đạo Công ty CP Nhựa và bao bì dầu khí (PVPack) bị xét xử. PVPack được lập năm 2009.")
    assert "Công ty Cổ phần Nhựa và bao bì dầu khí" in agencies(doc)


def test_a_two_syllable_word_inside_an_enterprises_name_does_not_cut_it(extractor: Extractor) -> None:
    doc = run(extractor, "Nhà ga mới do Tổng công ty Cảng hàng không Miền Đông Việt Nam làm chủ đầu tư.")
    assert "Tổng công ty Cảng hàng không Miền Đông Việt Nam" in agencies(doc)


def test_a_company_written_with_cp_and_in_full_is_one_company(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty thoái vốn khỏi Công ty cổ phần Hoa Lan. Việc bán cổ phần tại Công ty CP Hoa Lan"
                         " gây thất thoát lớn.")
    assert [a for a in agencies(doc) if a.endswith("Hoa Lan")] == ["Công ty Cổ phần Hoa Lan"]


def test_a_company_written_only_with_cp_is_named_with_the_form_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Bình, giám đốc Công ty CP Hoa Lan, cho biết doanh thu tăng.")
    assert "Công ty Cổ phần Hoa Lan" in agencies(doc)


def test_the_board_of_a_company_written_with_cp_takes_the_form_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình (nguyên chủ tịch HĐQT Công ty CP Dệt Tân Phong) bị truy tố.")
    assert ("Lê Văn Bình", "Hội đồng quản trị Công ty Cổ phần Dệt Tân Phong", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert ("Hội đồng quản trị Công ty Cổ phần Dệt Tân Phong", "Công ty Cổ phần Dệt Tân Phong") in pairs(doc, "PART_OF")


def test_a_bank_written_with_tmcp_is_named_with_the_form_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Bình, Phó chủ tịch HĐQT Ngân hàng TMCP Hoa Lan, bị khởi tố. Ngân hàng thương mại cổ phần"
                         " Hoa Lan đã bị kiểm soát đặc biệt.")
    assert [a for a in agencies(doc) if a.startswith("Ngân hàng")] == ["Ngân hàng Thương mại Cổ phần Hoa Lan"]
    assert ("Hội đồng quản trị Ngân hàng Thương mại Cổ phần Hoa Lan", "Ngân hàng Thương mại Cổ phần Hoa Lan") \
        in pairs(doc, "PART_OF")


def test_a_joint_stock_bank_is_read_with_its_legal_form_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Bình, cựu chủ tịch HĐQT Ngân hàng cổ phần Hoa Lan, bị khởi tố.")
    assert "Ngân hàng Cổ phần Hoa Lan" in agencies(doc)
    assert ("Hội đồng quản trị Ngân hàng Cổ phần Hoa Lan", "Ngân hàng Cổ phần Hoa Lan") in pairs(doc, "PART_OF")
