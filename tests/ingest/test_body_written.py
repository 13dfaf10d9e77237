from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, run


def test_a_listed_committee_keeps_the_dash_its_article_writes(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ nhiệm Ủy ban Tài chính - Ngân sách Lê Văn Hùng đã trình bày báo cáo thẩm tra.")
    assert "Ủy ban Tài chính - Ngân sách" in agencies(doc)


def test_a_listed_committee_keeps_its_dash_for_and(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Quốc phòng - An ninh đã họp phiên toàn thể về dự án luật.")
    assert "Ủy ban Quốc phòng - An ninh" in agencies(doc)


def test_an_office_keeps_the_separators_of_the_body_it_serves(extractor: Extractor) -> None:
    doc = run(extractor, "Văn phòng Ủy ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn đã gửi báo cáo.")
    assert "Văn phòng Ủy ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn" in agencies(doc)


def test_a_short_form_still_yields_to_the_listed_name(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng Bộ LĐ-TB&XH Nguyễn Văn Bình cho biết như vậy.")
    assert not any("LĐ" in a for a in agencies(doc))


def test_a_dash_between_an_agency_and_its_ministry_keeps_the_listed_name(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan cảnh sát điều tra - Bộ Công an đã mở rộng điều tra vụ việc.")
    assert "Cơ quan Cảnh sát điều tra Bộ Công an" in agencies(doc)


def test_a_comma_between_an_agency_and_its_ministry_keeps_the_listed_name(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Cơ quan An ninh điều tra, Bộ Công an đã khởi tố thêm hai bị can.")
    assert "Cơ quan An ninh điều tra Bộ Công an" in agencies(doc)


def test_a_body_listed_by_its_number_goes_by_the_full_name_the_article_writes(extractor: Extractor) -> None:
    doc = run(extractor, "Ông L, Phó Trưởng ban chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả, "
                         "đã kiểm tra cửa khẩu.")
    assert "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả" in agencies(doc)


def test_a_body_listed_by_its_number_keeps_it_where_the_article_writes_it(extractor: Extractor) -> None:
    doc = run(extractor, "Văn bản của Ban chỉ đạo 389 quốc gia đã được gửi tới các tỉnh biên giới.")
    assert "Ban Chỉ đạo 389 quốc gia" in agencies(doc)


def test_a_ministry_written_without_its_va_goes_by_its_listed_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/4/2019, ông Đỗ Văn Tâm, Thứ trưởng Bộ Kế hoạch Đầu tư, đến thăm.")
    assert ("Đỗ Văn Tâm", "Bộ Kế hoạch và Đầu tư", "Thứ trưởng") in labelled(doc, "HOLDS_POSITION")


def test_a_department_written_without_its_va_is_the_listed_department(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lò Thị Mai, Giám đốc Sở Giáo dục Đào tạo tỉnh Sơn La, phát biểu.")
    assert ("Lò Thị Mai", "Sở Giáo dục và Đào tạo tỉnh Sơn La", "Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_general_department_written_only_by_its_number_goes_by_that_number(extractor: Extractor) -> None:
    doc = run(extractor, "Tòa cho rằng ông K đã không chỉ đạo Tổng cục V kiểm tra việc góp vốn của hai công ty.")
    assert "Tổng cục V" in agencies(doc)


def test_a_general_department_written_by_its_name_too_goes_by_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông K, nguyên Phó Tổng cục trưởng Tổng cục Tình báo, bị bắt. Ông từng công tác ở Tổng cục 5 "
                         "nhiều năm.")
    assert "Tổng cục Tình báo" in agencies(doc)
    assert "Tổng cục 5" not in agencies(doc)


def test_a_second_number_of_a_general_department_names_it_too(extractor: Extractor) -> None:
    doc = run(extractor, "Ông K từng là cán bộ của Tổng cục 2 trước khi về địa phương công tác.")
    assert "Tổng cục 2" in agencies(doc)
