from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_list_that_ends_in_a_plural_place_names_no_body_of_the_province(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp phiên thường kỳ. Theo quy định mới, Sở Y tế, Sở Tài chính các tỉnh phải "
                         "công khai giá thuốc.")
    assert "Sở Y tế tỉnh Hà Nam" not in agencies(doc)
    assert "Sở Tài chính tỉnh Hà Nam" not in agencies(doc)


def test_a_fused_head_with_a_plural_place_makes_the_list_generic(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp phiên thường kỳ. Cuộc thi do sở Tư pháp, tỉnh đoàn các địa phương tổ chức.")
    assert "Sở Tư pháp tỉnh Hà Nam" not in agencies(doc)
    assert "Tỉnh đoàn Hà Nam" not in agencies(doc)


def test_a_plural_place_of_another_level_is_not_shared_by_the_list(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Hà Nam giao Sở Y tế, UBND các huyện rà soát các cơ sở khám bệnh.")
    assert "Sở Y tế tỉnh Hà Nam" in agencies(doc)


def test_a_local_head_before_a_comma_shares_the_place_of_the_next_local_body(extractor: Extractor) -> None:
    doc = run(extractor, "Đại diện Công an, Viện Kiểm sát, Tòa án tỉnh Hà Nam dự hội nghị sơ kết.")
    assert {"Công an tỉnh Hà Nam", "Viện Kiểm sát nhân dân tỉnh Hà Nam", "Tòa án nhân dân tỉnh Hà Nam"} <= agencies(doc)


def test_a_list_that_ends_in_the_word_for_locality_names_no_body_of_the_province(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp phiên thường kỳ. Theo nghị định, doanh nghiệp phải báo giá với Sở Xây dựng, "
                         "Sở Tài chính địa phương.")
    assert "Sở Xây dựng tỉnh Hà Nam" not in agencies(doc)
    assert "Sở Tài chính tỉnh Hà Nam" not in agencies(doc)


def test_one_head_before_the_word_for_locality_is_the_province_body(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp phiên thường kỳ. Đoàn kiểm tra phối hợp với Sở Xây dựng địa phương rà soát "
                         "các công trình.")
    assert "Sở Xây dựng tỉnh Hà Nam" in agencies(doc)


def test_a_list_of_kinds_after_a_counted_kind_names_no_body_of_the_province(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp phiên thường kỳ. Theo đề án, hai sở còn lại do Chính phủ quy định là Sở Ngoại vụ, "
                         "Sở Du lịch. Sở Tư pháp tỉnh sẽ góp ý.")
    assert "Sở Ngoại vụ tỉnh Hà Nam" not in agencies(doc)
    assert "Sở Du lịch tỉnh Hà Nam" not in agencies(doc)


def test_provinces_named_bare_after_a_province_body_share_its_head(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng chủ trì cuộc họp với lãnh đạo UBND tỉnh Hà Nam, Ninh Bình và Ban ATGT tỉnh Lạng Sơn, "
                         "Cao Bằng, đại diện Bộ Tài chính.")
    assert {"Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Ninh Bình", "Ban An toàn giao thông tỉnh Lạng Sơn",
            "Ban An toàn giao thông tỉnh Cao Bằng"} <= agencies(doc)


def test_a_city_after_a_province_body_is_not_a_body_of_the_province_head(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Hà Nam, Hà Nội và Ninh Bình phối hợp điều tra.")
    assert "Công an thành phố Hà Nội" not in agencies(doc)
    assert "Công an tỉnh Hà Nội" not in agencies(doc)


def test_provinces_named_bare_after_a_body_with_a_bare_province_share_its_head(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ đề nghị Sở GTVT Ninh Bình, Bà Rịa - Vũng Tàu và Cần Thơ báo cáo trước ngày 10.")
    assert {"Sở Giao thông vận tải tỉnh Ninh Bình", "Sở Giao thông vận tải tỉnh Bà Rịa - Vũng Tàu",
            "Sở Giao thông vận tải thành phố Cần Thơ"} <= agencies(doc)


def test_seats_listed_after_a_known_seated_body_name_the_bodies_seated_there(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn công tác làm việc với các TAND cấp cao tại Đà Nẵng và TP. HCM về công tác xét xử.")
    assert {"Tòa án nhân dân cấp cao tại Đà Nẵng", "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh"} <= agencies(doc)


def test_a_local_body_written_in_full_before_a_comma_is_a_list_member_not_a_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Vụ việc được Công an huyện Kim Bảng, Viện Kiểm sát nhân dân huyện Kim Bảng, Công an tỉnh Hà Nam "
                         "phối hợp điều tra.")
    assert "Viện Kiểm sát nhân dân huyện Kim Bảng" in agencies(doc)
    assert ("Viện Kiểm sát nhân dân huyện Kim Bảng", "Công an tỉnh Hà Nam") not in pairs(doc, "PART_OF")


def test_a_sub_unit_written_in_full_before_a_comma_is_still_a_unit_of_the_body_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nguyễn Văn An, cán bộ Chi cục Thuế thành phố Phủ Lý, Cục Thuế tỉnh Hà Nam bị tạm đình chỉ.")
    assert ("Chi cục Thuế thành phố Phủ Lý", "Cục Thuế tỉnh Hà Nam") in pairs(doc, "PART_OF")
