"""The grammar of bodies, lists and posts for the genre at large, on short texts written for
these tests (the genre set itself is scored in test_genre.py)."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from coordgraph.ingest.knowledge import divisions, load
from reading import agencies, run
from reading import labelled as rels


def test_the_current_provinces_and_communes_come_from_the_divisions_library() -> None:
    provinces, communes = divisions()
    assert len(provinces) == 34 and len(communes) > 2500
    kb = load()
    assert all(kb.province(p) for p in provinces)  # provinces.yaml and the library agree on the names
    assert "từ sơn" in kb.communes


def test_a_locality_shared_by_a_list_goes_to_each_member(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, Viện Kiểm sát, Công an, Hải quan tỉnh An Giang ký kết quy chế phối hợp.")
    assert {"Viện Kiểm sát nhân dân tỉnh An Giang", "Công an tỉnh An Giang", "Cục Hải quan tỉnh An Giang"} \
        <= agencies(doc)


def test_a_head_shared_by_a_counted_list_of_places_gives_one_body_per_place(extractor: Extractor) -> None:
    doc = run(extractor, "Quy chế phối hợp giữa Công an 3 huyện Tri Tôn, Tịnh Biên và An Phú được ký kết.")
    parties = {a for a, _, _ in rels(doc, "PARTY_TO")}
    assert parties == {"Công an huyện Tri Tôn", "Công an huyện Tịnh Biên", "Công an huyện An Phú"}


def test_a_regulation_that_is_only_needed_has_no_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy An Giang cho rằng cần có quy chế phối hợp giữa Công an tỉnh và Bộ Chỉ huy Quân sự "
                         "tỉnh.")
    assert not rels(doc, "PARTY_TO")
    doc = run(extractor, "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh An Giang đã ký kết quy chế phối hợp.")
    assert {a for a, _, _ in rels(doc, "PARTY_TO")} == {"Công an tỉnh An Giang", "Bộ Chỉ huy Quân sự tỉnh An Giang"}


def test_a_name_inside_a_body_keeps_its_and_between_parties_splits(extractor: Extractor) -> None:
    doc = run(extractor, "Quy chế phối hợp giữa Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An với Bộ đội Biên "
                         "phòng tỉnh, Viện Kiểm sát quân sự khu vực 92 được ký kết.")
    assert {a for a, _, role in rels(doc, "PARTY_TO") if role == "lead"} == {
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"}
    assert {a for a, _, _ in rels(doc, "PARTY_TO")} == {
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An", "Bộ đội Biên phòng tỉnh Long An",
        "Viện Kiểm sát quân sự khu vực 92"}


def test_a_provincial_department_named_bare_takes_the_province_of_the_article(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Gia Lai họp. Ông Nguyễn Văn An, Giám đốc Sở Tư pháp, báo cáo.")
    assert ("Nguyễn Văn An", "Sở Tư pháp tỉnh Gia Lai", "Giám đốc") in rels(doc, "HOLDS_POSITION")


def test_a_place_name_never_begins_with_a_function_word(extractor: Extractor) -> None:
    doc = run(extractor, "Kế hoạch của UBND thành phố Trong thời gian tới sẽ được công bố. UBND huyện Ba Vì họp.")
    names = agencies(doc)
    assert not any(n.endswith(" Trong") for n in names)
    assert "Ủy ban nhân dân huyện Ba Vì" in names  # a known division keeps its "Vì"


def test_former_posts_are_marked_and_committee_members_named_by_one_word(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Sơn Hải, nguyên Phó Chủ tịch UBND tỉnh Khánh Hòa và ông Đào Công Thiên, Tỉnh ủy "
                         "viên, Phó Chủ tịch UBND tỉnh Khánh Hòa bị kỷ luật.")
    by_id = {e.id: e for e in doc.entities}
    former = {(by_id[r.source].name, by_id[r.target].name): r.properties.get("former", False)
              for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert former[("Trần Sơn Hải", "Ủy ban nhân dân tỉnh Khánh Hòa")] is True
    assert former[("Đào Công Thiên", "Ủy ban nhân dân tỉnh Khánh Hòa")] is False
    assert ("Đào Công Thiên", "Tỉnh ủy Khánh Hòa", "Ủy viên") in rels(doc, "HOLDS_POSITION")


def test_a_foreign_official_holds_a_post_in_their_own_country(extractor: Extractor) -> None:
    doc = run(extractor, "Đồng chí Võ Văn Thưởng đã tiếp kiến Thủ tướng Morocco Saad Eddine El Othmani.")
    assert ("Saad Eddine El Othmani", "Chính phủ Morocco", "Thủ tướng") in rels(doc, "HOLDS_POSITION")
    assert ("Saad Eddine El Othmani", "Chính phủ", "Thủ tướng") not in rels(doc, "HOLDS_POSITION")


def test_units_beside_their_parent_and_offices_named_after_it_are_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Thiếu tướng Bùi Minh Giám - Cục trưởng Cục Đào tạo Bộ Công an cho biết. Văn phòng Chính "
                         "phủ đã có văn bản.")
    part_of = {(a, b) for a, b, _ in rels(doc, "PART_OF")}
    assert {("Cục Đào tạo", "Bộ Công an"), ("Văn phòng Chính phủ", "Chính phủ")} <= part_of
    assert ("Bùi Minh Giám", "Cục Đào tạo", "Cục trưởng") in rels(doc, "HOLDS_POSITION")


def test_a_ministers_short_title_names_the_ministry(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Thành Long (Thứ trưởng Tư pháp) và ông Trần Đại Quang (Bộ trưởng Công an) dự.")
    assert {("Lê Thành Long", "Bộ Tư pháp", "Thứ trưởng"), ("Trần Đại Quang", "Bộ Công an", "Bộ trưởng")} \
        <= rels(doc, "HOLDS_POSITION")
