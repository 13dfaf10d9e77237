from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_bare_standing_committee_is_that_of_the_party_committee_its_sentence_names(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tâm được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức "
                         "Bí thư Tỉnh ủy Nam Định nhiệm kỳ 2020-2025.")
    assert ("Ban Thường vụ Tỉnh ủy Nam Định", "Tỉnh ủy Nam Định") in pairs(doc, "PART_OF")
    assert "Ban Chấp hành Tỉnh ủy Nam Định" not in agencies(doc)


def test_a_bare_standing_committee_before_the_city_party_executive_is_the_city_committee_s(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Văn Hòa thôi giữ chức Phó Bí thư Thành ủy Cần Thơ, Ủy viên Ban thường vụ, Ủy viên "
                         "Ban Chấp hành Đảng bộ thành phố Cần Thơ.")
    assert ("Ban Thường vụ Thành ủy Cần Thơ", "Thành ủy Cần Thơ") in pairs(doc, "PART_OF")


def test_a_bare_standing_committee_with_no_party_committee_in_its_sentence_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Nông dân Việt Nam tổng kết năm. Ông Tâm cảm ơn Ban Chấp hành, Ban Thường vụ của Hội.")
    assert not any(a.startswith("Ban Thường vụ") for a in agencies(doc))


def test_a_bare_standing_committee_between_two_party_committees_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Tâm thôi tham gia Ban Thường vụ và chuyển từ Tỉnh ủy Nam Định sang Tỉnh ủy Thái Bình.")
    assert not any(a.startswith("Ban Thường vụ") for a in agencies(doc))


def test_a_bare_standing_committee_beside_the_committees_of_a_list_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban giám sát Ban Thường vụ và Ủy ban Kiểm tra các Đảng ủy: Tổng công ty A; Tập đoàn B.")
    assert not any(a.startswith("Ban Thường vụ") for a in agencies(doc))


def test_a_bare_standing_committee_of_a_district_committee_whose_place_is_not_written_is_not_the_province_s(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lâm, Phó ban Tuyên giáo Tỉnh ủy Nam Định, được chỉ định tham gia Ban Chấp hành, "
                         "Ban Thường vụ và giữ chức Bí thư Huyện ủy.")
    assert "Ban Thường vụ Tỉnh ủy Nam Định" not in agencies(doc)


def test_a_bare_inspection_commission_is_that_of_the_party_committee_its_sentence_names(extractor: Extractor) -> None:
    doc = run(extractor, "Bí thư Thành ủy Hải Phòng yêu cầu Ủy ban Kiểm tra của thành phố rà soát lại các vụ việc.")
    assert ("Ủy ban Kiểm tra Thành ủy Hải Phòng", "Thành ủy Hải Phòng") in pairs(doc, "PART_OF")


def test_the_inspection_commissions_of_every_level_are_not_read_as_one(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Nam Định cho biết Ủy ban kiểm tra các cấp đã kiểm tra 12 đảng viên.")
    assert not any(a.startswith("Ủy ban Kiểm tra") for a in agencies(doc))


def test_the_executive_of_the_province_s_party_organisation_named_bare_is_the_context_s_committee(
        extractor: Extractor) -> None:
    doc = run(extractor, "Kỷ luật cán bộ tỉnh Nam Định\n\nÔng Lê Văn Tâm, ủy viên Ban Chấp hành Đảng bộ tỉnh, giám đốc "
                         "Sở Tư pháp tỉnh Nam Định, bị khiển trách.")
    assert ("Lê Văn Tâm", "Tỉnh ủy Nam Định") in pairs(doc, "HOLDS_POSITION")
