"""The spaCy pipeline: a Vietnamese tokenizer (syllables and punctuation; pyvi's word segmentation
only where it decides a name) and our components.

    from coordgraph.ingest.pipeline import load
    nlp = load()
    doc = nlp("Ngày 26/12/2018, Ban Nội chính Trung ương tổ chức hội nghị ...")
    doc.ents                # bodies (AGENCY) and people (PERSON), for displaCy
    doc.spans["events"]     # the events reported (EVENT); doc.spans["agencies"], ["people"]
    doc._.cg                # everything read (a `Findings`): bodies, posts, documents, events

Each component is a registered spaCy factory; everything one article needs lives on its Doc
(`doc._.cg`, with the article's own copy of the agency grammar, which holds per-article state),
so one pipeline serves any number of documents, one after another or interleaved. To pass an
article's title, date or source, set `doc._.cg = Findings(RawArticle(...))` on `nlp.make_doc(text)`
and call `nlp(doc)`. The components are regex and trie work over the text, linear in its length.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import spacy
from coordgraph.ingest.agencies import Body, Grammar
from coordgraph.ingest.agreements import DocMention, Document, Documents
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.body import PROVINCE_LEVELS
from coordgraph.ingest.body_front_group import FrontGroups
from coordgraph.ingest.body_same_level import same_level
from coordgraph.ingest.ceremonies import done_signing, recalled_signing, signed, signed_at_event
from coordgraph.ingest.credits import drop_credits
from coordgraph.ingest.decisions import handed_decisions
from coordgraph.ingest.event_acts import organised_acts
from coordgraph.ingest.event_concluded import concluded_meetings
from coordgraph.ingest.event_results import results_reviewed
from coordgraph.ingest.events import Event, Events
from coordgraph.ingest.knowledge import Knowledge
from coordgraph.ingest.knowledge import load as knowledge
from coordgraph.ingest.localities import Context, context, resolve
from coordgraph.ingest.loose_parties import loose_parties
from coordgraph.ingest.people import People, PersonMention
from coordgraph.ingest.session_hosts import session_hosts
from coordgraph.ingest.text import Text, build
from coordgraph.ingest.visits import visits
from spacy.lang.vi import VietnameseTokenizer
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@dataclass
class Findings:
    article: RawArticle
    text: Text | None = None
    bodies: list[Body] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    named_again: list[PersonMention] = field(default_factory=list)  # "ông Bình" after "Trương Hòa Bình", holding no post
    doc_mentions: list[DocMention] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    text_date: str | None = None  # the article's own date read from its text, when the input gives none
    title_span: tuple[int, int] | None = None
    context: Context | None = None
    grammar: Grammar | None = None  # this article's copy of the agency grammar (it keeps per-article state)


if not Doc.has_extension("cg"):
    Doc.set_extension("cg", default=None)




def _grammar(template: Grammar) -> Grammar:
    """A fresh grammar for one article: the compiled patterns are shared, the per-article state
    (word segmentation, the article's brands and enterprises) is the copy's own."""
    g = copy.copy(template)
    g.words = {}
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
    kb = knowledge()

    def component(doc: Doc) -> Doc:
        if doc._.cg is None:  # nlp(text): an article with no metadata
            doc._.cg = Findings(RawArticle("text", doc.text))
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


def _enterprise_words(t: Text, g: Grammar, segmenter: VietnameseTokenizer) -> dict[int, int]:
    """pyvi's multi-syllable capitalised words, read only in the sentences that name an enterprise:
    the one place a word's end decides a name ("Công ty Cổ phần Tập đoàn Mai Linh ...")."""
    words: dict[int, int] = {}
    if g.enterprise_re is None:
        return words
    for ss, se in t.sentences:
        if not g.enterprise_re.search(t.x, ss, se):
            continue
        sent, a, _ = t.evidence(ss)  # the article's own spelling: pyvi reads it as the tokenizer would
        pos = 0
        for w in segmenter.pyvi_tokenize(sent):
            at = sent.find(w, pos)
            if at < 0:
                continue
            pos = at + len(w)
            if " " in w and w[:1].isupper():
                words[t.from_orig(a + at)] = t.from_orig(a + pos, end=True)
    return words


@Language.factory("cg_agencies")
def make_agencies(nlp: Language, name: str) -> Any:
    kb = knowledge()
    template = Grammar(kb)
    segmenter = VietnameseTokenizer(nlp.vocab, use_pyvi=True)
    front = FrontGroups(kb)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        t = f.text
        g = f.grammar = _grammar(template)
        if any(" " in tok.text for tok in doc):  # the tokenizer segmented words (pyvi over the whole text)
            g.words = {t.from_orig(tok.idx): t.from_orig(tok.idx + len(tok.text), end=True)
                       for tok in doc if " " in tok.text and tok.text[:1].isupper()}
        else:
            g.words = _enterprise_words(t, template, segmenter)
        f.bodies = loose_parties(kb, g, t.x, drop_credits(kb, t.x, same_level(kb, t.x, g.scan(t.x))))
        f.context = context(kb, f.text.x, f.bodies, f.text.sentences, f.article.title, f.article.source)
        resolve(kb, f.text.x, f.bodies, f.context)
        front.read(f.text.x, f.bodies, f.context)
        doc.spans["agencies"] = _spans(doc, f.text, f.bodies, "AGENCY")
        return doc

    return component


@Language.factory("cg_people")
def make_people(nlp: Language, name: str) -> Any:
    kb = knowledge()
    template = People(kb, Grammar(kb))

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None and f.grammar is not None
        people = copy.copy(template)
        people.g = f.grammar  # the grammar that read this article's bodies
        f.people = people.find(f.text.x, f.bodies, f.text.sentences)
        f.named_again = people.named_again
        for p in f.people:
            chain = [post.body for post in p.posts if post.body is not None]
            _chain_places(kb, chain)
            assert f.context is not None
            resolve(kb, f.text.x, chain, f.context)
        doc.spans["people"] = _spans(doc, f.text, f.people, "PERSON")
        doc.ents = filter_spans([*doc.spans["agencies"], *doc.spans["people"]])
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
                if n.kind == "local" and not n.place and n.level in PROVINCE_LEVELS:
                    prov = kb.province(place)
                    if prov and (not n.fused or prov.get("kind") == n.level):
                        n.place, n.place_from = place, "chain"


@Language.factory("cg_documents")
def make_documents(nlp: Language, name: str) -> Any:
    kb = knowledge()
    documents = Documents(kb)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        f.doc_mentions = documents.find(f.text.x, f.bodies, f.article.published, f.people)
        f.documents = documents.merge(kb, f.doc_mentions)
        return doc

    return component


@Language.factory("cg_events")
def make_events(nlp: Language, name: str) -> Any:
    kb = knowledge()
    events = Events(kb)

    def component(doc: Doc) -> Doc:
        f: Findings = doc._.cg
        assert f.text is not None
        f.events = events.find(f.text.x, f.text.sentences, f.bodies, f.doc_mentions, f.article.published,
                               f.title_span)
        results_reviewed(f.text.x, f.events, f.doc_mentions)
        signed(f.text.x, f.events, f.doc_mentions)
        signed_at_event(f.text.x, f.text.sentences, f.events, f.doc_mentions)
        recalled_signing(f.text.x, f.text.sentences, f.events, f.doc_mentions)
        handed_decisions(f.text.x, f.text.sentences, f.events, f.bodies, f.doc_mentions, f.people, events,
                         f.article.published)
        organised_acts(f.text.x, f.text.sentences, f.events, f.bodies, events, f.article.published)
        concluded_meetings(f.text.x, f.text.sentences, f.events, f.bodies, f.people, events)
        session_hosts(f.text.x, f.text.sentences, f.events, f.bodies, kb)
        visits(f.text.x, f.text.sentences, f.events, f.people, events, kb, f.article.published)
        done_signing(f.text.x, f.text.sentences, f.events, f.doc_mentions, f.documents, events,
                     f.article.published)
        events.named_places(f.events)
        named = sorted(f.people + f.named_again, key=lambda p: p.start)
        events.roles(f.text.x, f.text.sentences, f.events, named, f.bodies)
        if not f.article.published:
            main = f.events[0].date if f.events else None
            f.text_date = main or events.article_date(f.text.x, f.text.sentences, f.title_span)
        doc.spans["events"] = _event_spans(doc, f.text, f.events)
        return doc

    return component


def _event_spans(doc: Doc, text: Text, events: list[Event]) -> list[Span]:
    """Each event's name where the text writes it (names built from a verb, "Cuộc họp của A", have none)."""
    out = []
    for ev in events:
        end = min(ev.head + len(ev.name), ev.end)
        if text.x[ev.head:end].lower() == ev.name[:end - ev.head].lower():
            a, b = text.to_orig(ev.head, end)
            span = doc.char_span(a, b, label="EVENT", alignment_mode="expand")
            if span is not None:
                out.append(span)
    return out


COMPONENTS = ("cg_text", "cg_agencies", "cg_people", "cg_documents", "cg_events")


class SyllableTokenizer(VietnameseTokenizer):
    """Syllables and punctuation (pyvi's syllabifier, without its word-segmentation model)."""

    def __init__(self, vocab: Any) -> None:
        super().__init__(vocab, use_pyvi=False)

    def __call__(self, text: str) -> Doc:
        segs = [w for w in self.pyvi_sylabelize_with_ws(text) if not w.isspace()] if text.strip() else []
        words, spaces = spacy.util.get_words_and_spaces(segs, text)
        return Doc(self.vocab, words=words, spaces=spaces)


@spacy.registry.tokenizers("coordgraph.vi_syllables.v1")
def make_syllable_tokenizer() -> Callable[[Language], SyllableTokenizer]:
    def create(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return create


def load(use_pyvi: bool = False) -> Language:
    """coordgraph's pipeline: a Vietnamese tokenizer followed by our components. By default the Doc is
    tokenized into syllables and punctuation, and pyvi's word segmentation (most of spaCy's Vietnamese
    tokenizer's time) runs only on the sentences that name an enterprise, the one place it helps;
    `use_pyvi=True` takes spaCy's tokenizer with pyvi over the whole text instead."""
    tokenizer = {"use_pyvi": True} if use_pyvi else {"@tokenizers": "coordgraph.vi_syllables.v1"}
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": tokenizer}})
    for c in COMPONENTS:
        nlp.add_pipe(c)
    return nlp


build_nlp = load


def run(nlp: Language, article: RawArticle) -> Doc:
    """The pipeline over one article, with its metadata (title, date, source) on the Doc."""
    doc = nlp.make_doc(article.text)
    doc._.cg = Findings(article)
    return nlp(doc)
