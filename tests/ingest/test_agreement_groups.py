"""Coordination documents whose other side is a group no list names ("với Ủy ban nhân dân các quận, huyện",
"giữa A và một số bộ ngành"). Short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def _parties(text: str, extractor: Extractor) -> set[str]:
    return {a for a, _ in rels(run(extractor, text), "PARTY_TO")}


def test_a_body_that_signs_with_a_group_of_local_committees_is_a_party(extractor: Extractor) -> None:
    text = "Tháng trước, Sở Tư pháp tỉnh Nam Định đã ký quy chế phối hợp với Ủy ban nhân dân các huyện - thị xã để rà soát văn bản."
    assert _parties(text, extractor) == {"Sở Tư pháp tỉnh Nam Định"}


def test_a_body_named_between_with_a_group_of_ministries_is_a_party(extractor: Extractor) -> None:
    for text in (
        "Năm ngoái, theo chương trình phối hợp giữa Bộ Tư pháp và một số bộ ngành, đoàn công tác đã đến ba tỉnh.",
        "Ông B nhắc lại quy chế phối hợp giữa Bộ Công Thương và Ủy ban nhân dân các tỉnh có cửa khẩu về kiểm soát hàng hóa.",
    ):
        parties = _parties(text, extractor)
        assert len(parties) == 1 and parties < {"Bộ Tư pháp", "Bộ Công Thương"}, text


def test_several_programmes_with_a_group_name_no_document(extractor: Extractor) -> None:
    text = "Năm 2018, Hội Nông dân Việt Nam ký kết các chương trình phối hợp giữa Hội Nông dân Việt Nam và các cơ quan, tổ chức."
    assert not _parties(text, extractor)


def test_a_group_whose_members_are_listed_after_a_colon_is_read_through_its_list(
    extractor: Extractor,
) -> None:
    text = (
        "Tháng 5, Trung ương Hội Nông dân Việt Nam đã ký kết chương trình hợp tác với một số cơ quan ở Trung ương: "
        "Bộ Tư pháp, Bộ Công Thương để phối hợp tuyên truyền."
    )
    assert {"Bộ Tư pháp", "Bộ Công Thương"} <= _parties(text, extractor)


def test_a_document_enacted_by_a_decision_is_named_by_its_title_and_issued_by_its_issuer(
    extractor: Extractor,
) -> None:
    text = (
        "Các hội viên thực hiện Quy định trang phục của hội viên Hội Nông dân Việt Nam ban hành kèm theo Quyết định số "
        "12/QĐ-HND ngày 5/3/2019 của Hội Nông dân Việt Nam."
    )
    issued = rels(run(extractor, text), "ISSUED")
    assert ("Hội Nông dân Việt Nam", "Quy định trang phục của hội viên Hội Nông dân Việt Nam") in issued


def test_a_body_that_has_issued_a_numbered_plan_issued_it(extractor: Extractor) -> None:
    text = "Để thực hiện thông tư này, Ủy ban nhân dân tỉnh Nam Định có ban hành kế hoạch số 31 về nuôi chim yến."
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Kế hoạch số 31") in rels(run(extractor, text), "ISSUED")


def test_two_bodies_that_keep_up_a_regulation_over_a_year_are_its_parties(extractor: Extractor) -> None:
    text = "Ông A nói Bộ Tư pháp và Bộ Nội vụ trong năm qua đã duy trì tốt quy chế phối hợp công tác."
    assert _parties(text, extractor) == {"Bộ Tư pháp", "Bộ Nội vụ"}


def test_two_bodies_that_carry_out_a_regulation_together_are_its_parties(extractor: Extractor) -> None:
    text = "Năm 2020, Sở Y tế tỉnh Ninh Bình và Công an tỉnh Ninh Bình đã thực hiện nghiêm túc quy chế phối hợp."
    assert _parties(text, extractor) == {"Sở Y tế tỉnh Ninh Bình", "Công an tỉnh Ninh Bình"}


def test_a_body_that_carries_out_a_plan_well_with_another_is_a_party(extractor: Extractor) -> None:
    text = "Hội Nông dân tỉnh Ninh Bình thực hiện tốt kế hoạch phối hợp với Sở Tư pháp tỉnh Ninh Bình."
    assert _parties(text, extractor) == {"Hội Nông dân tỉnh Ninh Bình", "Sở Tư pháp tỉnh Ninh Bình"}
