"""The signers of a coordination document written as its subject: bodies joined by "phối hợp với" or "đã cùng",
and parties counted ("hai bên") after the sentence that names them. Short texts written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def parties(doc: DocGraph) -> set[str]:
    return {a for a, _ in pairs(doc, "PARTY_TO")}


def test_bodies_joined_by_phoi_hop_voi_before_signing_are_its_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/3, Hội Luật gia tỉnh Nam Định phối hợp với Sở Tư pháp tỉnh Nam Định ký kết Chương trình "
                         "phối hợp về tư vấn pháp luật cho người dân.")
    assert parties(doc) == {"Hội Luật gia tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định"}


def test_bodies_joined_by_da_cung_before_signing_are_its_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 16/5, Công ty Viettel đã cùng Trung tâm Y tế huyện Vũ Thư ký kết thỏa thuận hợp tác "
                         "đào tạo.")
    assert parties(doc) == {"Công ty Viettel", "Trung tâm Y tế huyện Vũ Thư"}


def test_bodies_that_will_sign_together_are_no_parties_yet(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/3, Hội Luật gia tỉnh Nam Định sẽ phối hợp với Sở Tư pháp tỉnh Nam Định ký kết Chương "
                         "trình phối hợp về tư vấn pháp luật.")
    assert not parties(doc)


def test_two_sides_that_sign_are_the_two_bodies_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, Công ty Viettel làm việc với Trung tâm Y tế huyện Vũ Thư. Hai bên đã ký kết thỏa "
                         "thuận hợp tác đào tạo.")
    assert parties(doc) == {"Công ty Viettel", "Trung tâm Y tế huyện Vũ Thư"}
    doc = run(extractor, "Ngày 5/3, Công ty Viettel làm việc với Trung tâm Y tế huyện Vũ Thư. Hai bên sẽ ký kết thỏa "
                         "thuận hợp tác đào tạo.")
    assert not parties(doc)


def test_a_name_spelt_like_a_modal_word_leaves_the_signing_made(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 16/7, Chủ tịch UBND tỉnh Nam Định Nguyễn Văn An và Chủ tịch UBND tỉnh Long An Trần Văn Cần "
                         "ký kết hợp tác giữa hai địa phương.")
    assert parties(doc) == {"Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Long An"}
    doc = run(extractor, "Cần ký kết quy chế phối hợp giữa Sở Tư pháp tỉnh Nam Định và Công an tỉnh Nam Định.")
    assert not parties(doc)


def test_signers_each_named_with_a_post_after_a_dash_sign_for_their_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Bình - Chủ tịch UBND tỉnh Phú Yên và ông Lê Minh Hải - Tổng giám đốc "
                         "Vietnam Airlines ký kết thỏa thuận hợp tác về du lịch.")
    assert parties(doc) == {"Ủy ban nhân dân tỉnh Phú Yên", "Vietnam Airlines"}


def test_a_speaker_who_reports_making_a_plan_with_another_body_speaks_for_its_own(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Bình, giám đốc Sở GD-ĐT tỉnh Phú Yên, cho biết đã ban hành kế hoạch phối hợp "
                         "với Công an tỉnh Phú Yên bảo đảm an toàn kỳ thi.")
    assert parties(doc) == {"Sở Giáo dục và Đào tạo tỉnh Phú Yên", "Công an tỉnh Phú Yên"}


def test_a_speaker_who_asks_for_a_plan_with_another_body_makes_none(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Bình, giám đốc Sở GD-ĐT tỉnh Phú Yên, đề nghị ban hành kế hoạch phối hợp "
                         "với Công an tỉnh Phú Yên bảo đảm an toàn kỳ thi.")
    assert not parties(doc)
