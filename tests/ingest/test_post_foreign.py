"""A foreign official's post in a body named as one of ours is held in their own country's body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run
from reading import labelled as rels


def test_a_politburo_post_beside_a_foreign_city_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/3/2018, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thiên Tân Trương Cao Lệ đã đến thăm.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trương Cao Lệ", "Bộ Chính trị Trung Quốc", "Ủy viên"),
        ("Trương Cao Lệ", "Thành ủy Thiên Tân", "Bí thư"),
    }


def test_our_own_politburo_post_stays_ours(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/3/2018, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Lê Văn Hải đã đến thăm.")
    assert ("Lê Văn Hải", "Bộ Chính trị", "Ủy viên") in rels(doc, "HOLDS_POSITION")


def test_a_foreign_body_named_with_capitals_or_a_lower_case_head(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/4/2019, Tòa án Nhân dân Tối cao Hàn Quốc xử vụ án. Sau đó, bộ Quốc phòng Nga ra thông cáo.")
    assert agencies(doc) == {"Tòa án nhân dân tối cao Hàn Quốc", "Bộ Quốc phòng Nga"}


def test_a_body_of_the_soviet_union(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 1955, Bộ Ngoại giao Liên Xô gửi công hàm tới các nước.")
    assert agencies(doc) == {"Bộ Ngoại giao Liên Xô"}


def test_a_lower_case_foreign_government_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/4/2019, bà Lan cho biết chính phủ Pháp đã cấp thị thực.")
    assert agencies(doc) == set()


def test_a_foreign_party_discipline_commission_is_that_party_own(extractor: Extractor) -> None:
    doc = run(extractor, "Tháng 5/2019, Ủy ban Kiểm tra Kỷ luật Trung ương đảng Cộng sản Trung Quốc điều tra một quan chức.")
    assert agencies(doc) == {"Ủy ban Kiểm tra Kỷ luật Trung ương Đảng Cộng sản Trung Quốc", "Đảng Cộng sản Trung Quốc"}
    assert pairs(doc, "PART_OF") == {("Ủy ban Kiểm tra Kỷ luật Trung ương Đảng Cộng sản Trung Quốc", "Đảng Cộng sản Trung Quốc")}


def test_a_foreign_party_s_politburo_is_part_of_that_party_and_ours_keeps_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2012, Bộ Chính trị Đảng Cộng sản Trung Quốc họp. Bộ Chính trị Đảng Cộng sản Việt Nam cũng họp.")
    assert pairs(doc, "PART_OF") == {("Bộ Chính trị Đảng Cộng sản Trung Quốc", "Đảng Cộng sản Trung Quốc")}
    assert "Bộ Chính trị" in agencies(doc)


def test_a_foreign_politburo_named_with_its_central_committee_is_part_of_that_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2012, ông Bạc là Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc.")
    assert {("Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc",
             "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
            ("Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "Đảng Cộng sản Trung Quốc")} == pairs(doc, "PART_OF")


def test_a_foreign_official_s_bare_politburo_post_goes_to_the_politburo_the_article_names_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2012, Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc họp. "
                         "Ông Bạc Hy Lai, Ủy viên Bộ Chính trị, Bí thư Thành ủy Trùng Khánh, bị cách chức.")
    assert ("Bạc Hy Lai", "Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "Ủy viên") \
        in rels(doc, "HOLDS_POSITION")
    assert "Bộ Chính trị Trung Quốc" not in agencies(doc)
