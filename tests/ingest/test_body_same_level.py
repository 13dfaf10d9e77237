from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_procuracy_of_the_same_level_is_that_of_the_police_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định đã khởi tố bị can. Quyết định đã được "
                         "Viện kiểm sát nhân dân cùng cấp phê chuẩn.")
    assert "Viện Kiểm sát nhân dân tỉnh Nam Định" in agencies(doc)


def test_a_court_of_the_same_level_takes_the_district_of_the_police(extractor: Extractor) -> None:
    doc = run(extractor, "Công an huyện Hải Hậu, tỉnh Nam Định đã hoàn tất hồ sơ, chuyển Tòa án nhân dân cùng cấp xét xử.")
    assert "Tòa án nhân dân huyện Hải Hậu" in agencies(doc)


def test_a_same_level_body_with_no_police_named_before_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hồ sơ đã được chuyển sang Viện kiểm sát nhân dân cùng cấp để truy tố.")
    assert not any(a.startswith("Viện Kiểm sát") for a in agencies(doc))
