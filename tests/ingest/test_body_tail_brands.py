from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, run


def test_a_brand_that_closes_a_company_s_full_name_names_it_alone_before_and_after(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Khải, tổng giám đốc ZetaNet, bị tạm giam. Tổng công ty Truyền dẫn ZetaNet cho biết "
        "ZetaNet vẫn hoạt động bình thường.",
    )
    assert "Tổng công ty Truyền dẫn ZetaNet" in agencies(doc)
    assert "ZetaNet" not in agencies(doc)
    assert ("Trần Văn Khải", "Tổng công ty Truyền dẫn ZetaNet", "Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_brand_after_the_head_alone_is_no_full_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty ZetaNet và Tổng công ty Truyền dẫn Miền Trung ký kết. ZetaNet sẽ đầu tư.")
    assert "Tổng công ty Truyền dẫn Miền Trung" in agencies(doc)
    assert "Tổng công ty Truyền dẫn Miền Trung" not in {a for a in agencies(doc) if "ZetaNet" in a}


def test_a_brand_with_one_capital_is_read_when_it_is_no_vietnamese_syllable(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty Truyền dẫn Zetanet ký kết với tỉnh. Phó tổng giám đốc Zetanet Lê Văn Minh phát biểu.")
    assert "Zetanet" not in agencies(doc)
    assert ("Lê Văn Minh", "Tổng công ty Truyền dẫn Zetanet", "Phó Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_name_closing_with_an_unmarked_syllable_gives_no_brand(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Xây dựng Minh Thanh thi công. Ông Thanh cho biết công trình sẽ xong.")
    assert "Thanh" not in agencies(doc)


def test_a_company_described_in_lower_case_before_another_s_brand_does_not_take_the_brand(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Tổng công ty Zetanet góp vốn vào Công ty cổ phần bất động sản Zetanet. Zetanet nắm 30% vốn.")
    assert {"Tổng công ty Zetanet", "Công ty Cổ phần bất động sản Zetanet"} <= agencies(doc)


def test_a_lower_case_company_head_with_its_legal_form_capitalised_gives_its_brand(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Quỹ đầu tư nắm 60% vốn công ty Cổ phần Bất động sản Zetaland. Ông Lê Văn Minh là Phó Chủ tịch HĐQT của Zetaland.",
    )
    assert "Zetaland" not in agencies(doc)
    assert ("Lê Văn Minh", "Hội đồng quản trị Công ty Cổ phần Bất động sản Zetaland", "Phó Chủ tịch") \
        in labelled(doc, "HOLDS_POSITION")
