"""A party committee named bare before an item whose body is a head alone, or a bare board, that stands for the
company the article named before ("Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn"): the committee is that
company's; so is one named bare as the last post of its chain ("bà A (nguyên Phó Bí thư Đảng ủy)")."""

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


def test_a_bare_committee_last_in_its_chain_is_the_company_named_before(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Tổng công ty Cà phê Tây Nguyên (Cafetay) bị thanh tra. Ủy ban Kiểm tra khiển trách bà Hà Thị Lựu "
        "(nguyên Phó Bí thư Đảng ủy).",
    )
    assert ("Hà Thị Lựu", "Đảng ủy Tổng công ty Cà phê Tây Nguyên", "Phó Bí thư") in rels(doc, "HOLDS_POSITION")


def test_a_bare_committee_with_no_company_named_before_is_left_alone(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Tỉnh ủy Gia Lai khiển trách bà Hà Thị Lựu (nguyên Phó Bí thư Đảng ủy).")
    assert not any(body.startswith("Đảng ủy") for _, body, _ in rels(doc, "HOLDS_POSITION"))
