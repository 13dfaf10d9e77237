"""Cue phrases of events and meetings, read from `ingest/data/events.yaml` (one list per kind of cue).

`alt(name)` gives a list as a regex alternation for the patterns of events.py and meetings.py, which
keep only the shape (punctuation, numbers, order). `CueMatcher` finds the cue words of a person's part
in an event with spaCy's `PhraseMatcher`, token by token over the syllables of the normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import spacy
import yaml
from coordgraph.ingest.knowledge import WS, alternation
from spacy.matcher import PhraseMatcher

from coordgraph import resource


@cache
def event_cues() -> dict[str, Any]:
    return yaml.safe_load((resource("ingest", "data") / "events.yaml").read_text(encoding="utf-8")) or {}


def alt(name: str) -> str:
    """The phrases of list `name` as one regex alternation, longest first."""
    return alternation(event_cues()[name])


# Bodies of a list joined by a comma or "và" ("A, B và C"), a parenthesis or plural word allowed between.
LIST_JOIN = re.compile(rf"(?:\s*\([^()\n]{{1,30}}\))?(?:,{WS}|{WS}(?:{alt('subject_join_words')}){WS})"
                       rf"(?:(?:{alt('subject_join_plural')}){WS})?", re.IGNORECASE)
SKIP_ONE = re.compile(rf",{WS}[^,.;:()\n]{{1,20}},{WS}")  # a member of a list not known as a body


@cache
def words(name: str) -> re.Pattern[str]:
    """The cue list `name` as whole words in any case."""
    return re.compile(rf"(?<!\w)(?:{alt(name)})(?!\w)", re.IGNORECASE)


class CueMatcher:
    """Cue phrases matched as whole syllables, case-insensitively: `find(text)` gives, per list, the
    (start, end) character spans of its phrases, leftmost-longest and not overlapping, as a regex
    alternation would. `not_before` names lists of syllables that, right after a phrase, make it part of
    another word ("dự thảo" is no "dự")."""

    def __init__(self, lists: dict[str, Iterable[str]], not_before: dict[str, Iterable[str]] | None = None) -> None:
        self.nlp = spacy.blank("xx")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for name, phrases in lists.items():
            self.matcher.add(name, [self.nlp.make_doc(p) for p in phrases if p.strip()])
        self.not_before = {name: re.compile(rf"{WS}(?:{alternation(list(words))})", re.IGNORECASE)
                           for name, words in (not_before or {}).items()}

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        doc = self.nlp.make_doc(text)
        found: dict[str, list[tuple[int, int]]] = {}
        for match_id, a, b in self.matcher(doc):
            name = self.nlp.vocab.strings[match_id]
            start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            nb = self.not_before.get(name)
            if nb is not None and nb.match(text, end):
                continue
            found.setdefault(name, []).append((start, end))
        out: dict[str, list[tuple[int, int]]] = {}
        for name, spans in found.items():
            kept: list[tuple[int, int]] = []
            for start, end in sorted(spans, key=lambda x: (x[0], -x[1])):
                if not kept or start >= kept[-1][1]:
                    kept.append((start, end))
            out[name] = kept
        return out
