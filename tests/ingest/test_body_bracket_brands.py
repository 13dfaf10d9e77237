from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_a_brand_in_brackets_after_a_dashed_company_name_names_its_board(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tổng công ty Gạo - Chè - Cà phê Đà Nẵng (Tanaco) vừa công bố kết quả kinh doanh. "
        "Chủ tịch HĐQT Tanaco Lê Minh Quân cho biết công ty sẽ tăng vốn.",
    )
    company = "Tổng công ty Gạo - Chè - Cà phê Đà Nẵng"
    board = f"Hội đồng quản trị {company}"
    assert ("Lê Minh Quân", board, "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert (board, company) in pairs(doc, "PART_OF")


def test_a_brand_opening_a_remark_in_brackets_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Khu đất do Tổng công ty Chè Sơn La (Tanaco - khi đó còn là doanh nghiệp nhà nước) quản lý. "
        "Năm 2010, HĐQT Tanaco ban hành nghị quyết góp vốn.",
    )
    assert ("Hội đồng quản trị Tổng công ty Chè Sơn La", "Tổng công ty Chè Sơn La") in pairs(doc, "PART_OF")
    assert ("Tổng công ty Chè Sơn La", "Tổng công ty Chè Sơn La") not in pairs(doc, "PART_OF")


def test_a_brand_of_capitals_then_small_letters_in_brackets_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Công ty cổ phần Sợi tổng hợp Miền Trung (MTFiber) thua lỗ nặng. "
        "Ông Đỗ Văn Lâm, nguyên tổng giám đốc MTFiber, bị khởi tố.",
    )
    assert ("Đỗ Văn Lâm", "Công ty Cổ phần Sợi tổng hợp Miền Trung", "Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_brand_of_one_capital_after_a_dash_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tổng công ty Lâm nghiệp Tây Nguyên - Tanifor bị thanh tra. "
        "Ông Vũ Văn Hòa, Phó tổng giám đốc Tanifor, bị kỷ luật.",
    )
    assert ("Vũ Văn Hòa", "Tổng công ty Lâm nghiệp Tây Nguyên", "Phó Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_brand_written_again_in_another_case_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Hòa, nguyên Chủ tịch Ngân hàng Thương mại cổ phần Hồng Lam (HongLamBank), bị truy tố. "
        "Ông Đỗ Minh Khang, nguyên Tổng giám đốc Honglambank, cũng bị truy tố.",
    )
    assert "Honglambank" not in agencies(doc)
    assert "Ngân hàng Thương mại Cổ phần Hồng Lam" in agencies(doc)


def test_a_brand_of_capitals_written_again_capitalised_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Công ty cổ phần Gang thép Bắc Sơn (BASICO) vừa công bố kết quả kinh doanh. "
        "Tổng giám đốc Basico Phan Văn Lực cho biết công ty sẽ tăng vốn.",
    )
    assert "Basico" not in agencies(doc)
