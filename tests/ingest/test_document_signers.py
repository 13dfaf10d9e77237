"""Documents issued by whoever signs them ("Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký Quyết định số 12"), and
numbered documents dated before their issuer ("số 5-QĐ/TW, ngày 2-3-2019 của Bộ Chính trị"). Short texts written
for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_a_numbered_document_signed_by_a_post_holder_is_issued_by_the_posts_body(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư vừa ký Quyết định số 215/QĐ-UBND về "
                         "việc thành lập tổ công tác liên ngành.")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Quyết định số 215/QĐ-UBND") in rels(doc, "ISSUED")


def test_a_document_signed_by_the_prime_minister_is_issued_by_his_office(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Lê Văn Tám đã ký Quyết định số 88/QĐ-TTg phê duyệt đề án đào tạo nghề.")
    assert ("Thủ tướng Chính phủ", "Quyết định số 88/QĐ-TTg") in rels(doc, "ISSUED")


def test_a_numbered_document_a_post_holder_sends_out_is_issued_by_the_posts_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/4, Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư đã có Công văn số 412 giao "
                         "Sở Xây dựng kiểm tra.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Công văn số 412")}
    doc = run(extractor, "Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư đã ban hành Quyết định số 57 về việc thành "
                         "lập đoàn kiểm tra.")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Quyết định số 57") in rels(doc, "ISSUED")


def test_a_document_named_by_its_topic_that_a_post_holder_has_out_is_issued_by_the_posts_body(
        extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Lê Văn Tám vừa có Chỉ thị về việc tăng cường phòng, chống cháy rừng trong mùa khô.")
    assert rels(doc, "ISSUED") == {("Thủ tướng Chính phủ", "Chỉ thị về việc tăng cường phòng, chống cháy rừng trong mùa khô")}
    doc = run(extractor, "Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư đã ban hành quyết định về việc thành lập "
                         "đoàn kiểm tra liên ngành.")
    assert {i for i, _ in rels(doc, "ISSUED")} == {"Ủy ban nhân dân tỉnh Nam Định"}


def test_a_letter_a_body_has_out_about_a_topic_is_no_named_document(extractor: Extractor) -> None:
    doc = run(extractor, "Văn phòng Ủy ban nhân dân tỉnh Nam Định đã có công văn về việc bàn giao khu di tích cho địa phương.")
    assert not rels(doc, "ISSUED")


def test_a_document_just_out_named_by_its_topic_is_issued_by_its_holders_office(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Lê Văn Tám vừa có Chỉ thị về việc tăng cường quản lý đất rừng ven biển. Theo đó, "
                         "các tỉnh phải rà soát.")
    assert ("Thủ tướng Chính phủ", "Chỉ thị về việc tăng cường quản lý đất rừng ven biển") in rels(doc, "ISSUED")
    doc = run(extractor, "Ban Thường vụ Tỉnh ủy Nam Định vừa có chỉ thị về việc tổ chức lễ hội mùa xuân năm nay.")
    assert ("Ban Thường vụ Tỉnh ủy Nam Định", "Chỉ thị về việc tổ chức lễ hội mùa xuân năm nay") in rels(doc, "ISSUED")


def test_a_document_only_proposed_for_signing_has_no_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị đề nghị Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư ký Quyết định số 215/QĐ-UBND.")
    assert not rels(doc, "ISSUED")


def test_a_title_that_names_a_person_ends_with_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Ủy ban nhân dân tỉnh Nam Định vừa ký Quyết định thi hành kỷ luật đối với ông Trần Văn "
                         "Hai - Giám đốc Sở Xây dựng tỉnh Nam Định, với hình thức khiển trách.")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Quyết định thi hành kỷ luật đối với ông Trần Văn Hai") in rels(doc, "ISSUED")


def test_a_numbered_document_dated_after_a_comma_is_issued_by_the_body_after_the_date(extractor: Extractor) -> None:
    doc = run(extractor, "Các cấp ủy thực hiện nghiêm Quy định số 45-QĐ/TW, ngày 2-3-2019 của Bộ Chính trị về công tác "
                         "kiểm tra.")
    assert ("Bộ Chính trị", "Quy định số 45-QĐ/TW") in rels(doc, "ISSUED")


def test_a_coordination_regulation_a_body_issues_is_named_by_the_topic_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Nam Định vừa ban hành quy chế phối hợp quản lý hoạt động khai thác cát "
                         "trên các tuyến sông và chỉ đạo các sở thực hiện.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định",
                                    "Quy chế phối hợp quản lý hoạt động khai thác cát trên các tuyến sông")}
    doc = run(extractor, "Ủy ban nhân dân tỉnh Nam Định có ban hành quy chế phối hợp để quản lý các cơ sở lưu trú.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Quy chế phối hợp quản lý các cơ sở lưu trú")}


def test_a_coordination_regulation_only_asked_for_has_no_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn kiểm tra đề nghị Ủy ban nhân dân tỉnh Nam Định ban hành quy chế phối hợp quản lý hoạt "
                         "động khai thác cát.")
    assert not rels(doc, "ISSUED")


def test_a_numbered_document_of_a_post_holder_is_issued_by_the_posts_body(extractor: Extractor) -> None:
    doc = run(extractor, "Các trường làm theo Thông tư số 12/2016 của Bộ trưởng Bộ Giáo dục và Đào tạo về quy chế thi.")
    assert rels(doc, "ISSUED") == {("Bộ Giáo dục và Đào tạo", "Thông tư số 12/2016")}
    doc = run(extractor, "Theo Quyết định số 74/QĐ-UBND ngày 2/3/2019 của Chủ tịch Ủy ban nhân dân tỉnh Nam Định, đoàn "
                         "kiểm tra đã làm việc.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Quyết định số 74/QĐ-UBND")}


def test_a_document_named_only_by_kind_and_issuer_refers_to_the_one_numbered_document_of_its_kind(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 7/12, Chỉ thị số 61 về công tác tiếp dân được công bố. Chỉ thị của Bộ Chính trị yêu cầu "
                         "các cấp ủy làm tốt công tác này.")
    assert rels(doc, "ISSUED") == {("Bộ Chính trị", "Chỉ thị số 61")}


def test_several_documents_named_by_their_issuer_are_no_one_document(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội xem xét kết quả thực hiện các Nghị quyết của Quốc hội về kế hoạch phát triển kinh tế.")
    assert not rels(doc, "ISSUED")


def test_a_document_signed_in_the_passive_by_a_post_holder_is_issued_by_the_posts_body(extractor: Extractor) -> None:
    doc = run(extractor, "Kế hoạch tuyên truyền phòng chống thiên tai vừa được Chủ tịch Ủy ban nhân dân tỉnh Nam Định "
                         "Trần Văn Tư ký ban hành. Theo đó, các huyện phải rà soát.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Kế hoạch tuyên truyền phòng chống thiên tai")}
    doc = run(extractor, "Quyết định số 215/QĐ-UBND do Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư ký đã bị hủy.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Quyết định số 215/QĐ-UBND")}


def test_a_document_whose_title_gives_a_cause_with_do_has_no_issuer_from_it(extractor: Extractor) -> None:
    doc = run(extractor, "Quyết định kỷ luật ông Trần Văn Tư do Ủy ban nhân dân tỉnh Nam Định đề nghị đã được công bố.")
    assert not rels(doc, "ISSUED")


def test_a_body_that_issues_in_the_passive_in_the_next_clause_issued_no_title(extractor: Extractor) -> None:
    doc = run(extractor, "Đã hai năm kể từ ngày có Quyết định chủ trương đầu tư, Công ty Hoa Sen vẫn chưa được Ủy ban "
                         "nhân dân tỉnh Nam Định ban hành quyết định giao đất.")
    assert not rels(doc, "ISSUED")


def test_a_document_signed_in_the_passive_by_a_post_named_without_its_holder_is_issued_by_the_post(
        extractor: Extractor) -> None:
    doc = run(extractor, "Quyết định số 41/QĐ-TTg do Thủ tướng ký ngày 3/5 đã nêu rõ.")
    assert rels(doc, "ISSUED") == {("Thủ tướng Chính phủ", "Quyết định số 41/QĐ-TTg")}
    doc = run(extractor, "Quyết định số 215 được Chủ tịch Ủy ban nhân dân tỉnh Nam Định ký ngày 3/5.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Nam Định", "Quyết định số 215")}


def test_a_document_signed_with_its_classifier_before_it_is_issued_by_the_signers_body(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm 28-5, Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Nam Định Trần Văn Tư đã ký ban hành bản "
                         "cáo trạng số 12/CT-VKS dài 20 trang.")
    assert rels(doc, "ISSUED") == {("Viện Kiểm sát nhân dân tỉnh Nam Định", "Cáo trạng số 12/CT-VKS")}


def test_a_numbered_document_issued_and_carried_out_is_issued_by_the_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, Ban Thường vụ Tỉnh ủy Nam Định đã ban hành và triển khai Kế hoạch số 27-KH/TU về "
                         "việc kiểm tra công tác cán bộ.")
    assert ("Ban Thường vụ Tỉnh ủy Nam Định", "Kế hoạch số 27-KH/TU") in rels(doc, "ISSUED")
    doc = run(extractor, "Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Văn Tư đã ký ban hành và tổ chức thực hiện "
                         "Kế hoạch số 41 về việc thu hồi đất.")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Kế hoạch số 41") in rels(doc, "ISSUED")
