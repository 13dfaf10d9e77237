"""Resolution across articles in a real FalkorDB: namesakes, one official across articles, document
numbers, and judgements that hold through later ingests and can be undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coordgraph.graph.model import Article, DocGraph, Entity, Relation
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.ingest.ingest import ingest_paths
from coordgraph.ingest.judgements import JudgementError, Log
from coordgraph.ingest.person_clusters import Cluster, Memo, Mention, cluster_people
from coordgraph.ingest.resolve import bare_alias, body_name, document_id, resolve_docs
from coordgraph.ingest.resolving import Resolver

HEAD = "\n\nThứ {day}, {d}/06/2020, 10:00 [GMT+7]\n"
ARTICLES = {
    "a": ("Hà Giang tăng cường phòng chống dịch", "Hai", 22,
          ("Sáng 22/6, Giám đốc Sở Y tế tỉnh Hà Giang Nguyễn Văn Sơn chủ trì hội nghị triển khai công tác phòng "
          "chống dịch. UBND tỉnh Hà Giang đã ban hành Kế hoạch số 41/KH-UBND về phòng chống dịch bệnh.")),
    "b": ("Cà Mau sơ kết công tác phòng chống thiên tai", "Ba", 23,
          ("Chiều 23/6, Phó Chủ tịch UBND tỉnh Cà Mau Nguyễn Văn Sơn dự hội nghị sơ kết công tác phòng chống "
          "thiên tai. UBND tỉnh Cà Mau đã ban hành Kế hoạch số 41/KH-UBND về phòng chống thiên tai.")),
    "c": ("Đà Nẵng đẩy nhanh giải ngân vốn đầu tư công", "Tư", 24,
          "Sáng 24/6, Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ chủ trì cuộc họp về giải ngân vốn đầu tư công."),
    "d": ("Thành ủy Đà Nẵng họp về công tác cán bộ", "Năm", 25,
          "Chiều 25/6, Phó Bí thư Thành ủy Đà Nẵng Huỳnh Đức Thơ dự hội nghị về công tác cán bộ của thành phố."),
}


def write(folder: Path, name: str, extra: str = "") -> None:
    title, day, d, body = ARTICLES[name]
    (folder / f"{name}.txt").write_text(title + HEAD.format(day=day, d=d) + body + extra + "\n", encoding="utf-8")


def quiet(message: str) -> None:
    raise AssertionError(f"unexpected error: {message}")


def posts(store: FalkorStore, name: str) -> dict[str, set[str]]:
    """Person node id -> the bodies it holds a post at, for every node of that name."""
    rows = store.view().read("MATCH (p:Person {name: $n}) OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(a) "
                             "RETURN p.id, a.id", {"n": name}).rows
    out: dict[str, set[str]] = {}
    for pid, aid in rows:
        out.setdefault(pid, set()).update({aid} if aid else set())
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    return tmp_path / "in"


def test_namesakes_with_posts_in_other_provinces_stay_apart(store: FalkorStore, folder: Path) -> None:
    write(folder, "a")
    write(folder, "b")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    nodes = posts(store, "Nguyễn Văn Sơn")
    assert sorted(map(sorted, nodes.values())) == [["agency:so-y-te-tinh-ha-giang"],
                                                    ["agency:uy-ban-nhan-dan-tinh-ca-mau"]]
    assert len(nodes) == 2 and "person:nguyen-van-son" in nodes  # one keeps the plain id, the other a suffix


def test_one_official_with_compatible_posts_is_one_node(store: FalkorStore, folder: Path) -> None:
    write(folder, "c")
    write(folder, "d")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    assert posts(store, "Huỳnh Đức Thơ") == {
        "person:huynh-duc-tho": {"agency:uy-ban-nhan-dan-thanh-pho-da-nang", "agency:thanh-uy-da-nang"}}


def test_a_plan_numbered_alike_by_two_issuers_is_two_documents(store: FalkorStore, folder: Path) -> None:
    write(folder, "a")
    write(folder, "b")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    rows = store.view().read("MATCH (i:Agency)-[:ISSUED]->(g:Agreement {number: '41/KH-UBND'}) "
                             "RETURN g.id, i.id ORDER BY i.id").rows
    assert [r[1] for r in rows] == ["agency:uy-ban-nhan-dan-tinh-ca-mau", "agency:uy-ban-nhan-dan-tinh-ha-giang"]
    assert rows[0][0] != rows[1][0]


def test_a_merge_judgement_survives_new_articles_and_a_changed_one_and_undo_restores(
        store: FalkorStore, folder: Path) -> None:
    write(folder, "a")
    write(folder, "b")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    before = posts(store, "Nguyễn Văn Sơn")
    first, second = sorted(before)
    j = Resolver(store).judge("same", first, second, "the same man moved from Hà Giang to Cà Mau")
    merged = posts(store, "Nguyễn Văn Sơn")
    assert list(merged.values()) == [before[first] | before[second]]

    write(folder, "c")  # a new article
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    write(folder, "a", " Hội nghị kết thúc vào buổi trưa.")  # a changed one
    s = ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    assert (s.extracted, s.skipped) == (1, 2)
    assert posts(store, "Nguyễn Văn Sơn") == merged

    Resolver(store).undo(j.id)
    assert posts(store, "Nguyễn Văn Sơn") == before
    assert Resolver(store).log.active() == []
    with pytest.raises(JudgementError):
        Resolver(store).undo(j.id)


def test_a_wrong_relation_is_dropped_and_comes_back_on_undo(store: FalkorStore, folder: Path) -> None:
    write(folder, "c")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    j = Resolver(store).judge("wrong", "person:huynh-duc-tho", "agency:uy-ban-nhan-dan-thanh-pho-da-nang",
                              "the article misnames his post", relation="HOLDS_POSITION")
    assert posts(store, "Huỳnh Đức Thơ") == {"person:huynh-duc-tho": set()}
    write(folder, "c", " Cuộc họp kéo dài hai giờ.")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    assert posts(store, "Huỳnh Đức Thơ") == {"person:huynh-duc-tho": set()}
    Resolver(store).undo(j.id)
    assert posts(store, "Huỳnh Đức Thơ") == {"person:huynh-duc-tho": {"agency:uy-ban-nhan-dan-thanh-pho-da-nang"}}


def test_judgements_export_and_import_between_installations(store: FalkorStore, folder: Path, tmp_path: Path) -> None:
    write(folder, "a")
    write(folder, "b")
    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    first, second = sorted(posts(store, "Nguyễn Văn Sơn"))
    r = Resolver(store)
    r.judge("same", first, second, "one man")
    other = Log(tmp_path / "other" / "judgements.jsonl")
    assert other.import_records(r.log.records()) == 1
    assert other.import_records(r.log.records()) == 0  # nothing twice
    assert [j.to_json() for j in other.active()] == [j.to_json() for j in r.log.active()]
    (tmp_path / "bad.jsonl").write_text('{"kind": "merge", "a": "x", "b": "y", "reason": "r"}\n', encoding="utf-8")
    with pytest.raises(JudgementError, match="record 1: unknown judgement .merge."):
        other.import_records([json.loads((tmp_path / "bad.jsonl").read_text())])


# --- the rules, without a store ------------------------------------------------------


def test_body_names_spell_out_the_common_variants() -> None:
    assert body_name("Tập đoàn Điện lực VN") == "Tập đoàn Điện lực Việt Nam"
    assert body_name("Ngân hàng TMCP Đông Á") == "Ngân hàng Thương mại Cổ phần Đông Á"
    assert body_name("Công ty CP Du lịch") == "Công ty Cổ phần Du lịch"
    assert body_name("Ban Tuyên giáo T.Ư") == "Ban Tuyên giáo Trung ương"
    assert body_name("UBND TP.HCM") == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert body_name("Công an Tp. Huế") == "Công an thành phố Huế"
    assert body_name("Quyết định 102-QĐ/TW") == "Quyết định 102-QĐ/TW"  # never inside a number


def test_bare_abbreviations_and_level_words_never_stay_as_aliases() -> None:
    hcm = Entity("agency:uy-ban-nhan-dan-thanh-pho-ho-chi-minh", "Agency", "Ủy ban nhân dân thành phố Hồ Chí Minh",
                 ["UBND", "UBND TP.HCM", "UBND thành phố"], {"locality": "Hồ Chí Minh", "level": "tỉnh"})
    ministry = Entity("agency:bo-cong-an", "Agency", "Bộ Công an", ["bộ Công an", "Bộ", "Tỉnh ủy"], {})
    assert [a for a in hcm.aliases if not bare_alias(a, hcm)] == ["UBND TP.HCM"]
    assert [a for a in ministry.aliases if not bare_alias(a, ministry)] == ["bộ Công an"]
    doc = DocGraph(Article("x"), [hcm], [])
    [out] = resolve_docs([doc]).docs[0].entities
    assert out.aliases == ["UBND TP.HCM"]


def test_a_bare_document_number_stays_in_its_article() -> None:
    plan = Entity("agreement:ke-hoach-41", "Agreement", "Kế hoạch số 41", [], {"kind": "ke_hoach", "number": "41"})
    assert document_id(plan, [], [], "a1") == "agreement:ke-hoach-41-a1"
    assert document_id(plan, ["agency:x"], [], "a1") == document_id(plan, ["agency:x"], [], "a2")
    assert document_id(plan, ["agency:x"], [], "a1") != document_id(plan, ["agency:y"], [], "a1")
    rule = Entity("agreement:quy-dinh-102-qd-tw", "Agreement", "Quy định 102", [],
                  {"kind": "quy_dinh", "number": "102-QĐ/TW"})
    assert document_id(rule, [], [], "a1") == document_id(rule, [], [], "a2") == "agreement:quy-dinh-102-qd-tw"


def test_weak_evidence_keeps_apart_with_a_possibly_same_as_link() -> None:
    def m(key: str, posts: set[tuple[str, str]], context: set[str]) -> Mention:
        return Mention(key, key.split("#")[0], "Lê Văn A", "lê văn a", posts=posts, context=context)

    ms = [m("1#p", {("uy vien", "agency:hoi-x")}, {"a:agency:b"}),  # no full-time post to conflict
          m("2#p", {("uy vien", "agency:hoi-y")}, {"a:agency:b"})]
    clusters, links = cluster_people(ms, weight={"a:agency:b": 0.5})
    assert len(clusters) == 2 and len(links) == 1
    assert 0.3 <= links[0].score < 0.7 and any("both articles name" in r for r in links[0].reasons)
    same, _ = cluster_people(ms, same=[({"1#p"}, {"2#p"})])
    assert len(same) == 1 and isinstance(same[0], Cluster)
    apart, links = cluster_people([m("1#p", set(), {"a:agency:b"}), m("2#p", set(), {"a:agency:b"})],
                                  apart=[({"1#p"}, {"2#p"})], weight={"a:agency:b": 1.0})
    assert len(apart) == 2 and links == []


def test_ids_are_deterministic_for_the_same_input() -> None:
    def doc(aid: str, body: str) -> DocGraph:
        return DocGraph(Article(aid), [Entity("person:le-van-a", "Person", "Lê Văn A"),
                                       Entity(body, "Agency", body.split(":")[1], [], {"locality": body})],
                        [Relation("HOLDS_POSITION", "person:le-van-a", body, {"title": "Giám đốc"})])

    docs = [doc("1", "agency:so-x"), doc("2", "agency:so-y"), doc("3", "agency:so-x")]
    one, two = resolve_docs(docs), resolve_docs(list(reversed(docs)))
    assert one.ids == two.ids
    assert len(set(one.members)) == 2 and one.members["person:le-van-a"] == ["1#person:le-van-a",
                                                                               "3#person:le-van-a"]


def graph_dump(store: FalkorStore) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    view = store.view()
    nodes = view.read("MATCH (n) RETURN n.id, n.name, n.aliases").rows
    rels = view.read("MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, r.title, r.score").rows
    norm = [tuple(sorted(x) if isinstance(x, list) else x for x in row) for row in nodes]
    return sorted(norm, key=repr), sorted((tuple(r) for r in rels), key=repr)


def test_ingest_in_batches_of_five_gives_the_graph_of_one_batch(store: FalkorStore, shared_dir: Path,
                                                                tmp_path: Path) -> None:
    from coordgraph.ingest import resolving

    papers = sorted((shared_dir / "corpus" / "unlabeled").glob("*.txt"))[:14]
    if not papers:
        pytest.skip("no articles in ../shared/corpus/unlabeled")
    src = tmp_path / "src"
    src.mkdir()
    for p in papers:
        (src / p.name).write_bytes(p.read_bytes())
    for name in ("a", "b", "c", "d"):  # namesakes and one official across articles
        write(src, name)
    s = ingest_paths([src], store, jobs=1, batch_size=5, report=quiet, progress=False)
    assert s.loaded == len(papers) + 4
    batched = graph_dump(store)
    memo = resolving.resolver_for(store).memo
    assert memo.blocks and memo.rebuilt  # the run kept what it resolved
    store.clear()
    resolving._RESOLVERS.clear()  # as a new process would
    ingest_paths([src], store, jobs=1, batch_size=1000, report=quiet, progress=False)
    assert graph_dump(store) == batched
    assert any(str(n[0]).startswith("person:") for n in batched[0])


def test_a_memo_gives_what_resolving_all_at_once_gives() -> None:
    def doc(aid: str, body: str, other: str) -> DocGraph:
        return DocGraph(Article(aid, title=f"tin {aid}"),
                        [Entity("person:le-van-a", "Person", "Lê Văn A"), Entity("person:tran-b", "Person", other),
                         Entity(body, "Agency", body.split(":")[1], [], {"locality": body})],
                        [Relation("HOLDS_POSITION", "person:le-van-a", body, {"title": "Giám đốc"})])

    docs = [doc(str(i), f"agency:so-{'xy'[i % 2]}", "Trần B" if i % 3 else "Trần C") for i in range(12)]
    memo = Memo()
    for k in range(3, 13, 3):  # four batches, as an ingest writes them
        step = resolve_docs(docs[:k], memo=memo)
        assert step.fresh >= {d.article.id for d in docs[k - 3:k]}
    whole = resolve_docs(docs)
    assert step.ids == whole.ids and step.members == whole.members
    assert [d.to_json() for d in step.docs] == [d.to_json() for d in whole.docs]
    again = resolve_docs(docs, memo=memo)  # nothing new: nothing rebuilt
    assert again.fresh == set() and again.ids == whole.ids
