"""Resolution against the hand-labelled pairs of ../shared/corpus/unlabeled (resolution_pairs.jsonl):
pairwise precision at least 0.97 and recall at least 0.90 for merges, people and bodies.

The 2,000 articles are extracted once and kept in pytest's cache, keyed by a digest of the
extraction code and data, so later runs only resolve.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from coordgraph.graph.model import DocGraph, parse_doc
from coordgraph.ingest.resolve import Memo, resolve_docs
from coordgraph.ingest.resolve_eval import evaluate, read_pairs

from coordgraph import resource

PAIRS = Path(__file__).with_name("resolution_pairs.jsonl")


def _extraction_digest() -> str:
    h = hashlib.sha1()
    root = resource("ingest")
    for f in sorted([*root.glob("*.py"), *(root / "data").glob("*")]):
        if f.is_file() and f.name not in {"resolve.py", "resolving.py", "judgements.py", "resolve_eval.py",
                                             "cli_resolve.py", "resolution.yaml"}:
            h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:12]


@pytest.fixture(scope="module")
def unlabeled_docs(shared_dir: Path, request: pytest.FixtureRequest) -> list[DocGraph]:
    corpus = shared_dir / "corpus" / "unlabeled"
    if not any(corpus.glob("*.txt")):
        pytest.skip("no articles in ../shared/corpus/unlabeled")
    cache = request.config.cache.mkdir(f"unlabeled-{_extraction_digest()}")  # type: ignore[union-attr]
    done = cache / "docs.jsonl"
    if not done.exists():
        from coordgraph.ingest.ingest import extract_paths

        lines: list[str] = []
        problems: list[str] = []
        summary = extract_paths([corpus], lambda d: lines.append(json.dumps(d.to_json(), ensure_ascii=False)),
                                jobs=2, report=problems.append, progress=False)
        assert summary.failed == 0 and not problems, problems[:5]  # a broken run must not be cached
        tmp = done.with_suffix(".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(done)
    return [parse_doc(json.loads(line)) for line in done.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.slow
def test_merges_are_precise_and_complete_on_the_labelled_pairs(unlabeled_docs: list[DocGraph]) -> None:
    pairs = read_pairs(PAIRS)
    assert sum(p["kind"] == "person" for p in pairs) >= 150 and sum(p["kind"] == "body" for p in pairs) >= 100
    whole = resolve_docs(unlabeled_docs)
    scores = evaluate(whole, unlabeled_docs, pairs)
    for s in scores.values():
        assert s.missing <= s.pairs // 10, s.line()  # extraction changes may lose a few mentions
        assert s.precision >= 0.97, s.line()
        assert s.recall >= 0.90, s.line()


@pytest.mark.slow
def test_resolving_batch_by_batch_gives_what_resolving_all_at_once_gives(unlabeled_docs: list[DocGraph]) -> None:
    docs = sorted(unlabeled_docs, key=lambda d: d.article.id)
    memo, size = Memo(), max(1, len(docs) // 4)
    for k in range(size, len(docs) + size, size):  # as an ingest writes them: each batch on what came before
        step = resolve_docs(docs[:k], memo=memo)
        assert len(step.fresh) < len(docs[:k]) or k == size  # later batches reuse what they do not touch
    whole = resolve_docs(docs)
    assert step.ids == whole.ids and step.members == whole.members
    assert [(x.source, x.target, x.score) for x in step.links] == [(x.source, x.target, x.score) for x in whole.links]
    assert [d.to_json() for d in step.docs] == [d.to_json() for d in whole.docs]


def test_the_labelled_pairs_are_well_formed() -> None:
    pairs = read_pairs(PAIRS)
    seen = set()
    for p in pairs:
        assert p["kind"] in ("person", "body") and isinstance(p["same"], bool) and len(p["note"]) >= 10
        assert p["a"]["article"] != p["b"]["article"], p
        key = frozenset([(p["a"]["article"], p["a"]["name"]), (p["b"]["article"], p["b"]["name"])])
        assert key not in seen, p
        seen.add(key)
