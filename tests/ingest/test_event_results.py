"""Documents an event reviews by weighing the results of carrying them out in its own sentence."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_an_event_on_the_results_of_years_of_a_document_reviews_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 9/11, tại Nam Định đã diễn ra hội thảo Kết quả 5 năm thực hiện Chỉ thị số 12-CT/TU "
        "của Ban Thường vụ Tỉnh ủy Nam Định. Hội thảo do Ban Tuyên giáo Tỉnh ủy Nam Định tổ chức.",
    )
    assert any("12-CT/TU" in d for _, d in rels(doc, "REVIEWS"))


def test_an_event_held_after_a_year_of_a_document_reviews_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 3/5, Sở Tư pháp tỉnh Nam Định tổ chức hội nghị đánh giá sau một năm thực hiện Kế hoạch "
        "số 45/KH-UBND của Ủy ban nhân dân tỉnh Nam Định.",
    )
    assert any("45/KH-UBND" in d for _, d in rels(doc, "REVIEWS"))


def test_a_review_dated_by_a_signing_reviews_the_document_rather_than_signing_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 5/11, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị sơ kết hai năm ký kết thỏa thuận hợp tác giữa "
        "Ủy ban nhân dân tỉnh Nam Định và Tập đoàn Viễn thông Quân đội.",
    )
    assert any("Thỏa thuận hợp tác" in d for _, d in rels(doc, "REVIEWS"))
    assert not rels(doc, "SIGNS")


def test_a_document_merely_carried_out_after_an_event_is_not_reviewed(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 3/5, Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tập huấn sau khi thực hiện Kế hoạch "
        "số 45/KH-UBND của Ủy ban nhân dân tỉnh Nam Định.",
    )
    assert not rels(doc, "REVIEWS")


def test_a_speech_dating_its_words_by_years_of_a_document_does_not_review_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 3/5, phát biểu bế mạc hội nghị toàn quốc về công tác dân vận, ông Trần Văn Bình nói, "
        "sau hơn 3 năm thực hiện Chỉ thị số 12-CT/TW, công tác này có nhiều chuyển biến.",
    )
    assert not rels(doc, "REVIEWS")


def test_a_meeting_on_how_a_document_is_being_carried_out_reviews_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12/4, Ủy ban nhân dân tỉnh Nam Định có cuộc họp với các sở về tình hình thực hiện Kết luận số 30 "
        "của Ban Thường vụ Tỉnh ủy Nam Định.",
    )
    assert any("Kết luận số 30" in d for _, d in rels(doc, "REVIEWS"))
    doc = run(
        extractor,
        "Chiều 8/6, Bộ trưởng Lê Văn Hải làm việc với lãnh đạo Sở Tư pháp tỉnh Nam Định để đánh giá việc thực hiện "
        "Quy chế phối hợp số 7 giữa hai cơ quan.",
    )
    assert any("Quy chế phối hợp số 7" in d for _, d in rels(doc, "REVIEWS"))
    doc = run(
        extractor,
        "Chiều 8/6, Sở Tư pháp tỉnh Nam Định tổ chức tọa đàm Báo chí đồng hành cùng tỉnh trong việc thực hiện "
        "Nghị quyết số 12 của Tỉnh ủy Nam Định.",
    )
    assert not rels(doc, "REVIEWS")  # "trong việc thực hiện": its subject, not a review of it


def test_a_session_dated_by_the_day_of_writing_in_brackets_reviews_its_document(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Bộ trưởng Lê Văn Hải phát biểu như vậy trong buổi làm việc chiều nay (8-6) với lãnh đạo Sở Tư pháp tỉnh "
        "Nam Định để đánh giá việc thực hiện Quy chế phối hợp số 7 giữa hai cơ quan.",
    )
    assert any("Quy chế phối hợp số 7" in d for _, d in rels(doc, "REVIEWS"))


def test_a_coordination_document_titled_only_by_its_usual_words_is_not_a_document_of_its_own(
        extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chiều 8/6, Bộ trưởng Lê Văn Hải làm việc với lãnh đạo Sở Tư pháp tỉnh Nam Định để đánh giá việc thực hiện "
        "quy chế phối hợp công tác theo Nghị quyết liên tịch số 7.",
    )
    assert "Quy chế phối hợp công tác" not in {d for _, d in rels(doc, "REVIEWS")}


def test_a_meeting_that_heard_the_results_of_a_document_reviews_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Sáng 12/4, Tỉnh ủy Nam Định khai mạc Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh. Trong ngày, Hội nghị đã "
        "nghe báo cáo tình hình kinh tế quý một; kết quả thực hiện Kết luận số 30 của Ban Thường vụ Tỉnh ủy Nam Định "
        "về phát triển đô thị.",
    )
    assert any("Kết luận số 30" in d for _, d in rels(doc, "REVIEWS"))
