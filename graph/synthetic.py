"""Synthetic document graphs (made-up bodies, people and agreements) for benchmarks and tests."""

from __future__ import annotations

import random

from coordgraph.graph.model import Article, DocGraph, Entity, Evidence, Relation


def synthetic_docs(n: int, *, seed: int = 7, agencies: int = 400, people: int = 800,
                   agreements: int = 300) -> list[DocGraph]:
    """`n` resolved document graphs of about 20 relations each, sharing a pool of entities.

    >>> docs = synthetic_docs(3)
    >>> len(docs), docs[0].article.id
    (3, 'synthetic-00000')
    >>> all(r.source in {e.id for e in d.entities} for d in docs for r in d.relations)
    True
    """
    rnd = random.Random(seed)
    return [_doc(i, rnd, agencies, people, agreements) for i in range(n)]


def _doc(i: int, rnd: random.Random, agencies: int, people: int, agreements: int) -> DocGraph:
    aid = f"synthetic-{i:05d}"
    date = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    ents: dict[str, Entity] = {}
    rels: list[Relation] = []

    def ent(label: str, k: int, name: str, **props: object) -> str:
        eid = f"{label.lower()}:synthetic-{k}"
        ents.setdefault(eid, Entity(eid, label, name, [f"{name} (viết tắt {k})"], dict(props)))
        return eid

    def rel(type_: str, s: str, t: str, **props: object) -> None:
        text = f"Câu {len(rels)} của bài {aid}: {ents[s].name} và {ents[t].name}."
        start = 100 * len(rels)
        rels.append(Relation(type_, s, t, dict(props), Evidence(text, start, start + len(text))))

    bodies = [ent("Agency", k, f"Cơ quan thử nghiệm số {k}") for k in rnd.sample(range(agencies), 8)]
    persons = [ent("Person", k, f"Nguyễn Văn Thử {k}") for k in rnd.sample(range(people), 4)]
    deals = [ent("Agreement", k, f"Quy chế phối hợp số {k}", kind="quy_che_phoi_hop", number=str(k))
             for k in rnd.sample(range(agreements), 2)]
    event = ent("Event", i, f"Hội nghị sơ kết số {i}", kind="so_ket", date=date)
    loc = rnd.randrange(63)
    place = ent("Location", loc, f"Tỉnh thử nghiệm {loc}")
    for p, b in zip(persons, bodies):
        rel("HOLDS_POSITION", p, b, title=rnd.choice(["Trưởng ban", "Phó Trưởng ban", "Bí thư", "Chủ tịch"]))
    for j, g in enumerate(deals):
        for n_party, b in enumerate(bodies[3 * j:3 * j + 3]):
            rel("PARTY_TO", b, g, **({"role": "lead"} if n_party == 0 else {}))
        rel("REVIEWS" if j == 0 else "SIGNS", event, g)
    rel("ORGANIZES", bodies[0], event)
    rel("ORGANIZES", bodies[1], event)
    rel("CHAIRS", persons[0], event)
    rel("ATTENDS", persons[1], event)
    rel("ATTENDS", persons[2], event)
    rel("HELD_IN", event, place)
    rel("PART_OF", bodies[6], bodies[7])
    rel("ISSUED", bodies[0], deals[1])
    return DocGraph(Article(aid, f"Bài thử nghiệm {i}", date, "synthetic", None, f"hash-{i}"),
                    list(ents.values()), rels)
