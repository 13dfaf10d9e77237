"""The spaCy pipeline: `spacy.blank("vi")` (pyvi word segmentation) and our components.

Each component reads the working text built by the first one and leaves its findings on the
Doc: `doc._.cg` (a `Findings`) and `doc.spans` ("agencies", "people") aligned to the tokens.
The components are regex and trie work over the text, linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

import spacy
from coordgraph.ingest.agencies import Body, Context, Grammar, context, resolve
from coordgraph.ingest.agreements import DocMention, Document, Documents
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import Knowledge, load
from coordgraph.ingest.people import People, PersonMention
from coordgraph.ingest.text import Text, build
from spacy.language import Language
from spacy.tokens import Doc, Span


@dataclass
class Findings:
    article: RawArticle
    text: Text | None = None
    bodies: list[Body] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    doc_mentions: list[DocMention] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    text_date: str | None = None  # the article's own date read from its text, when the input gives none
    title_span: tuple[int, int] | None = None
    context: Context | None = None


if not Doc.has_extension("cg"):
    Doc.set_extension("cg", default=None)


_GRAMMARS: WeakKeyDictionary[Language, Grammar] = WeakKeyDictionary()


def _grammar(nlp: Language) -> Grammar:
    """One grammar per pipeline, shared by its components: it holds the current article's word
    segmentation, so a pipeline (an Extractor) serves one article at a time."""
    g = _GRAMMARS.get(nlp)
    if g is None:
        g = _GRAMMARS[nlp] = Grammar(load())
    return g


def _spans(doc: Doc, text: Text, items: list[Any], label: str) -> list[Span]:
    out = []
    for it in items:
        a, b = text.to_orig(it.start, it.end)
        span = doc.char_span(a, b, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


@Language.factory("cg_text")
def make_text(nlp: Language, name: str) -> Any:
    kb = load()

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        f.text = build(f.article.text, kb)
        title = " ".join((f.article.title or "").split())
        if title and f.text.sentences:  # the headline, when the text opens with it
            s0, e0 = f.text.sentences[0]
            first = " ".join(f.text.evidence(s0)[0].split())
            if first and (first.startswith(title[:40]) or title.startswith(first[:40])):
                f.title_span = (s0, e0)
        return doc

    return component


@Language.factory("cg_agencies")
def make_agencies(nlp: Language, name: str) -> Any:
    kb = load()
    g = _grammar(nlp)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        t = f.text
        g.words = {t.from_orig(tok.idx): t.from_orig(tok.idx + len(tok.text), end=True)
                   for tok in doc if " " in tok.text and tok.text[:1].isupper()}
        f.bodies = g.scan(t.x)
        f.context = context(kb, f.text.x, f.bodies, f.text.sentences, f.article.title, f.article.source)
        resolve(kb, f.text.x, f.bodies, f.context)
        doc.spans["agencies"] = _spans(doc, f.text, f.bodies, "AGENCY")
        return doc

    return component


@Language.factory("cg_people")
def make_people(nlp: Language, name: str) -> Any:
    kb = load()
    people = People(kb, _grammar(nlp))

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        f.people = people.find(f.text.x, f.bodies, f.text.sentences)
        for p in f.people:
            chain = [post.body for post in p.posts if post.body is not None]
            _chain_places(kb, chain)
            assert f.context is not None
            resolve(kb, f.text.x, chain, f.context)
        doc.spans["people"] = _spans(doc, f.text, f.people, "PERSON")
        return doc

    return component


def _chain_places(kb: Knowledge, chain: list[Body]) -> None:
    """Bare local bodies in one title chain take the province another post of it names."""
    places = {n.place for b in chain for n in b.nodes() if n.kind == "local" and n.place and n.place_from == "text"
              and kb.province(n.place)}
    if len(places) == 1:
        place = places.pop()
        for b in chain:
            for n in b.nodes():
                if n.kind == "local" and not n.place and (n.level in ("tỉnh", "thành phố")):
                    prov = kb.province(place)
                    if prov and (not n.fused or prov.get("kind") == n.level):
                        n.place, n.place_from = place, "chain"


@Language.factory("cg_documents")
def make_documents(nlp: Language, name: str) -> Any:
    kb = load()
    documents = Documents(kb)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        f.doc_mentions = documents.find(f.text.x, f.bodies, f.article.published)
        f.documents = documents.merge(kb, f.doc_mentions)
        return doc

    return component


@Language.factory("cg_events")
def make_events(nlp: Language, name: str) -> Any:
    kb = load()
    events = Events(kb)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        f.events = events.find(f.text.x, f.text.sentences, f.bodies, f.doc_mentions, f.article.published,
                               f.title_span)
        events.roles(f.text.x, f.text.sentences, f.events, f.people)
        if not f.article.published:
            main = f.events[0].date if f.events else None
            f.text_date = main or events.article_date(f.text.x, f.text.sentences, f.title_span)
        return doc

    return component


COMPONENTS = ("cg_text", "cg_agencies", "cg_people", "cg_documents", "cg_events")


def build_nlp() -> Language:
    """spaCy's Vietnamese tokenizer (pyvi) followed by our components."""
    nlp = spacy.blank("vi")
    for c in COMPONENTS:
        nlp.add_pipe(c)
    return nlp


def run(nlp: Language, article: RawArticle) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.cg = Findings(article)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
