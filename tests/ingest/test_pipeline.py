"""coordgraph's spaCy pipeline on its own: `load()` from a fresh interpreter, `nlp(text)` on a real
article of ../shared/corpus, per-document state on the Doc, and displaCy rendering what was read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from coordgraph.ingest.pipeline import load
from spacy import displacy
from spacy.language import Language

ARTICLE = "00188"  # a genre article: a press conference of two party bodies on a Central Committee plenum

_FRESH = """
import json, sys
from coordgraph.ingest.pipeline import load
nlp = load()
doc = nlp(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"ents": [[e.text, e.label_] for e in doc.ents],
                  "events": [e.name for e in doc._.cg.events],
                  "pipe": nlp.pipe_names}))
"""


def _article(shared_dir: Path) -> tuple[str, dict]:
    text = shared_dir / "corpus" / "unlabeled" / f"{ARTICLE}.txt"
    gold = shared_dir / "corpus" / "genre" / f"{ARTICLE}.json"
    if not text.exists() or not gold.exists():
        pytest.skip(f"{ARTICLE} is absent from ../shared/corpus")
    return text.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))


def _names(gold: dict, type_: str) -> set[str]:
    return {e["name"] for e in gold["entities"] if e["type"] == type_}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def test_nlp_of_text_works_from_a_fresh_interpreter(shared_dir: Path) -> None:
    _, gold = _article(shared_dir)
    path = shared_dir / "corpus" / "unlabeled" / f"{ARTICLE}.txt"
    out = subprocess.run([sys.executable, "-c", _FRESH, str(path)], capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout)
    assert got["pipe"] == ["cg_text", "cg_agencies", "cg_people", "cg_documents", "cg_events"]
    people = {t for t, label in got["ents"] if label == "PERSON"}
    agencies = {t for t, label in got["ents"] if label == "AGENCY"}
    missed = _names(gold, "Person") - people
    assert len(missed) <= 1 < len(people), missed
    assert len(_names(gold, "Agency") & agencies) >= 3, agencies
    assert any(name.startswith("Họp báo") for name in got["events"]), got["events"]


def test_each_document_keeps_its_own_state(shared_dir: Path, nlp: Language) -> None:
    text, _ = _article(shared_dir)
    other = "Sáng 5/7, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp. Ông Tô Lâm, Bộ trưởng Bộ Công an phát biểu."
    first = nlp(text)
    docs = list(nlp.pipe([other, text]))
    assert [(e.text, e.label_) for e in docs[1].ents] == [(e.text, e.label_) for e in first.ents]
    assert first._.cg is not docs[1]._.cg and first._.cg.grammar is not docs[1]._.cg.grammar
    assert ("Tô Lâm", "PERSON") in [(e.text, e.label_) for e in docs[0].ents]
    assert not {e.text for e in docs[0].ents} & {"Ban Tuyên giáo Trung ương", "Văn phòng Trung ương Đảng"}


def test_displacy_renders_what_was_read(shared_dir: Path, nlp: Language) -> None:
    text, gold = _article(shared_dir)
    doc = nlp(text)
    html = displacy.render(doc, style="ent")
    assert "AGENCY" in html and "PERSON" in html
    assert any(name in html for name in _names(gold, "Agency")), "no body of the gold graph is rendered"
    spans = displacy.render(doc, style="span", options={"spans_key": "events"})
    assert "EVENT" in spans


def test_a_saved_pipeline_loads_by_name_in_a_fresh_interpreter(nlp: Language, tmp_path: Path) -> None:
    """spaCy finds the components and the tokenizer through the package's entry points."""
    nlp.to_disk(tmp_path / "nlp")
    code = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "doc = nlp('Sáng 5/7, Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp. Ông Tô Lâm phát biểu.'); "
            "print(json.dumps([[e.text, e.label_] for e in doc.ents]))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "nlp")], capture_output=True, text=True,
                         timeout=300, check=False, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == [["Bộ Công an", "AGENCY"], ["Bộ Quốc phòng", "AGENCY"], ["Tô Lâm", "PERSON"]]
