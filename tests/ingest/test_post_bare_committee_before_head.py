"""A party committee named bare before an item whose body is a head alone, or a bare board, that stands for the
company the article named before ("Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn"): the committee is that
company's."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_committee_before_a_head_alone_is_the_company_named_before(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tập đoàn Than Khoáng sản Việt Nam ký kết quy chế. Về phía Tập đoàn có ông Lê Quang Định, "
        "Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn.",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Lê Quang Định", "Đảng ủy Tập đoàn Than Khoáng sản Việt Nam", "Phó Bí thư") in found
    assert ("Lê Quang Định", "Tập đoàn Than Khoáng sản Việt Nam", "Tổng Giám đốc") in found


def test_a_bare_committee_before_a_bare_board_is_the_board_s_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tổng công ty Cà phê Tây Nguyên (Cafetay) bị thanh tra. Ông Đào Minh Sơn (Phó Bí thư Đảng ủy, "
        "Chủ tịch Hội đồng thành viên) đã bị tạm giam.",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Đào Minh Sơn", "Đảng ủy Tổng công ty Cà phê Tây Nguyên", "Phó Bí thư") in found
    assert ("Đào Minh Sơn", "Hội đồng thành viên Tổng công ty Cà phê Tây Nguyên", "Chủ tịch") in found
