"""Events, their dates, places and roles on the genre set (../shared/corpus/genre), scored by the shared
scorer, and event names over a sample of the unlabeled corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.extract import Extractor
from coordgraph.ingest.read import read_path

# What the extractor reached when these were set (Event 0.80, Location 0.83, ORGANIZES 0.82 and a round later 0.894, ATTENDS 0.84 and two rounds later 0.872,
# CHAIRS 1.00, HELD_IN 0.80), less a small margin where there is room (the issue asks 0.80 of Event and ORGANIZES). They started at 0.00, 0.00, 0.08, 0.35, 0.00, 0.00.
MINIMUM = {
    "entity.Event": 0.80,
    "entity.Location": 0.80,
    "relation.ORGANIZES": 0.89,
    "relation.ATTENDS": 0.865,
    "relation.CHAIRS": 0.95,
    "relation.HELD_IN": 0.77,
}

# Words a title never ends with, and words that show a sentence going on inside it.
_DANGLING = re.compile(r"(?<!\w)(?:của|và|với|các|những|tại|để|cho|về|là|có|đã|trong|do|bởi|từ)$", re.IGNORECASE)
_CLAUSE = re.compile(r"(?<!\w)(?:đã|đang|sẽ|cho biết|cho hay|nhấn mạnh|khẳng định|yêu cầu)(?!\w)", re.IGNORECASE)


def read_article(path: Path) -> RawArticle:
    [item] = list(read_path(path))
    assert isinstance(item, RawArticle), f"{path}: {item}"
    return item


def test_genre_events_and_roles_reach_the_levels_set(shared_dir: Path, extractor: Extractor, tmp_path: Path) -> None:
    genre, unlabeled = shared_dir / "corpus" / "genre", shared_dir / "corpus" / "unlabeled"
    scorer = shared_dir / "tools" / "score.py"
    golds = sorted(genre.glob("*.json"))
    if not golds or not scorer.is_file():
        pytest.skip("the genre set (../shared/corpus/genre) or the scorer is absent")
    for g in golds:
        doc = extractor.extract(read_article(unlabeled / f"{g.stem}.txt"))
        (tmp_path / g.name).write_text(json.dumps(doc.to_json(), ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(genre), "--pred", str(tmp_path), "--json"],
                         check=True, capture_output=True, text=True, timeout=300).stdout
    figures = json.loads(next(x for x in out.splitlines() if x.startswith("{")))
    low = {k: figures[k]["f1"] for k, floor in MINIMUM.items() if figures[k]["f1"] < floor}
    assert not low, f"below the floor: {low}\n{out}"


def test_no_event_is_named_by_a_sentence_fragment(shared_dir: Path, extractor: Extractor) -> None:
    paths = sorted((shared_dir / "corpus" / "unlabeled").glob("*.txt"))[::20]
    if not paths:
        pytest.skip("no articles in ../shared/corpus/unlabeled")
    bad, seen = [], 0
    for path in paths:
        for e in extractor.extract(read_article(path)).entities:
            if e.type != "Event":
                continue
            seen += 1
            name = e.name
            if (not name[:1].isupper() or _DANGLING.search(name) or _CLAUSE.search(name) or len(name) > 220
                    or name.count("“") != name.count("”") or name.count("(") != name.count(")")):
                bad.append(f"{path.stem}: {name}")
    assert seen >= 20, seen
    assert not bad, "\n".join(bad)
