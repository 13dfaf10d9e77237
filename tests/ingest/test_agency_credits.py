"""News outlets named only as the source of a report or of a photo are not bodies of the story
(texts written for these tests)."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_an_outlet_credited_for_a_report_or_photo_is_not_a_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Theo TTXVN, chiều 3/5, Tỉnh ủy Nam Định tổ chức hội nghị sơ kết. "
        "Quang cảnh hội nghị. (Ảnh: Minh Hà/TTXVN)",
    )
    assert "Thông tấn xã Việt Nam" not in agencies(doc)
    assert "Tỉnh ủy Nam Định" in agencies(doc)


def test_an_outlet_that_acts_is_a_body(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, Thông tấn xã Việt Nam và Bộ Tư pháp ký kết chương trình phối hợp.")
    assert "Thông tấn xã Việt Nam" in agencies(doc)



def test_the_central_committee_of_an_association_named_bare_is_not_the_party_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/6, Hội Nông dân tỉnh Nam Định họp. Ban Chấp hành Trung ương Hội khóa VIII đã góp ý.")
    assert "Ban Chấp hành Trung ương Đảng" not in agencies(doc)


def test_a_committee_of_the_assembly_keeps_the_earlier_name_its_article_uses(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ nhiệm Ủy ban về các vấn đề xã hội Nguyễn Văn Bình phát biểu tại phiên họp.",
              published="2014-03-02")
    assert "Ủy ban về các vấn đề xã hội" in agencies(doc)
    assert "Ủy ban Xã hội" not in agencies(doc)


def test_a_body_named_in_a_newspaper_s_title_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Theo báo điện tử Đảng Cộng sản Việt Nam, Tỉnh ủy Nam Định vừa tổ chức hội nghị.")
    assert "Đảng Cộng sản Việt Nam" not in agencies(doc)


def test_an_outlet_credited_for_a_video_is_no_body_of_the_story(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch nước trao quà cho các gia đình chính sách tại Quảng Trị. Video: VTV")
    assert "Đài Truyền hình Việt Nam" not in agencies(doc)


def test_an_outlet_that_reports_or_whose_reporter_asks_is_not_a_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Báo Thanh Niên đưa tin, sáng 4/5, Công an tỉnh Bắc Giang đã khởi tố vụ án. "
        "Trả lời PV Báo Tiền Phong, ông Lê Văn Hùng cho biết thêm. Báo Nông thôn ngày nay dẫn kết luận của Thanh tra tỉnh.",
    )
    found = agencies(doc)
    assert "Công an tỉnh Bắc Giang" in found
    assert not {n for n in found if n.startswith("Báo")}


def test_an_outlet_that_works_with_others_is_a_body(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, Báo Thanh Niên phối hợp với Tỉnh ủy Nam Định tổ chức hội thảo.")
    assert "Báo Thanh Niên" in agencies(doc)


def test_a_news_agency_that_reports_is_not_a_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "TTXVN đưa tin, sáng 6/5, Công an tỉnh Hà Nam đã bắt giữ hai đối tượng. "
        "Trước đó, VTV đã phản ánh việc khai thác cát trái phép trên sông Đáy.",
    )
    found = agencies(doc)
    assert "Công an tỉnh Hà Nam" in found
    assert not found & {"Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam"}


def test_a_paper_that_will_keep_reporting_or_a_news_bulletin_is_not_a_body(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Trên bản tin thời sự 19h VTV, ông Trần Văn Nam thừa nhận sai phạm. "
        "Báo Pháp Luật sẽ tiếp tục thông tin về vụ việc.",
    )
    found = agencies(doc)
    assert "Đài Truyền hình Việt Nam" not in found
    assert not {n for n in found if n.startswith("Báo")}
