"""The extraction stages: entities, quotes, time expressions, claims, citations.

Each is a step `(work: Work) -> None` declared in storyline.pipeline.registry: `parse` gives the
article one spaCy Doc (parsed in batches by the runner, `parse_batch`), and every extractor after
it reads that Doc and the spans of the stages it needs from `work.found`, and adds its own there.
Each span records the stage that made it; re-running replaces those spans.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.model import Article, Span
from storyline.payloads import CitationPayload, ClaimPayload, MentionPayload, QuotePayload, TimexPayload
from storyline.stage import Work

if TYPE_CHECKING:
    from storyline.extract.claims import Attribution

EXTRACTION_STAGES = ("entities", "quotes", "times", "claims", "citations")


def _anchor(article: Article) -> tuple[dt.date | None, str]:
    """The publication date as an anchor for relative times, with how much of it is known."""
    published = article.published
    if published.precision == "day" and published.value:
        return dt.date.fromisoformat(published.value), "day"
    if published.precision in ("month", "year") and published.value:
        parts = [int(p) for p in published.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], 1), published.precision
    return None, "unknown"


def time_spans(article: Article) -> list[Span]:
    from storyline.extract.times import find_times

    anchor, precision = _anchor(article)
    found = find_times(article.body, anchor, anchor_precision=precision if anchor else "day")
    return [Span(t.start, t.end, "TIMEX", "times", t.text, TimexPayload(t.type, t.value, t.mod, t.anchored))
            for t in found]


def entity_spans(doc, body: str | None = None) -> list[Span]:
    """The entity mentions of a parsed body (`body`: its text, when at hand; else doc.text)."""
    from storyline.extract.entities import find_mentions, link_mentions

    spans = []
    for ref, entity in enumerate(link_mentions(find_mentions(doc, body))):
        for m in entity.mentions:
            spans.append(Span(m.start, m.end, m.label, "entities", m.text, MentionPayload(entity.name, ref)))
    return sorted(spans, key=lambda s: s.start)


def quote_spans(article: Article, doc, times: Sequence[Span] = ()) -> list[Span]:
    from storyline.extract.quotes import find_quotes
    from storyline.extract.sentences import split_sentences

    sentences = split_sentences(article.body)
    spans = []
    for q in find_quotes(article.body, doc):
        s = q.speaker
        said_at, basis = _said_at(article, sentences, q, times)
        spans.append(Span(q.start, q.end, "QUOTE", "quotes", q.text, QuotePayload(
            kind=q.kind, speaker_name=s.name, speaker_descriptor=s.descriptor, speaker_kind=s.kind,
            speaker_start=s.start, speaker_end=s.end, cue=q.cue, cue_start=q.cue_start, cue_end=q.cue_end,
            said_at=said_at, said_at_basis=basis)))
    return spans


_CALENDAR = frozenset("0123456789X")  # a calendar value, anchored or not: "now" (PRESENT_REF) dates nothing


def _said_at(article: Article, sentences, quote, times: Sequence[Span]) -> tuple[str | None, str]:
    """When a quote was said: the date in its attribution sentence nearest its cue ("the envoy said on
    Tuesday"; a dateline opening the sentence is farther from it), never one inside what was said ("said
    the library would close at the end of June": June is what the quote is about), else at the latest
    the publication date (said on or before it), else unknown."""
    from storyline.extract.sentences import sentence_at

    cue = quote.cue_start if quote.cue_start is not None else quote.start
    sentence = sentence_at(sentences, cue)
    if sentence is not None:
        dated = [t for t in times if t.timex and sentence.start <= t.start < sentence.end and t.timex.value
                 and t.timex.is_date and t.timex.value[:1] in _CALENDAR and not quote.start <= t.start < quote.end]
        if dated:
            t = min(dated, key=lambda t: abs(t.start - cue))
            anchored = "" if t.timex and t.timex.anchored else " (not anchored: the publication date is unknown)"
            return t.timex.value if t.timex else None, f"attribution sentence: {t.text}{anchored}"
    if article.published.precision == "day":
        return article.published.value, "on or before the publication date"
    return None, "unknown: no date in the attribution sentence and no publication day"


def _attributions(quotes: Sequence[Span]) -> list[Attribution]:
    from storyline.extract.claims import Attribution

    found = []
    for q in quotes:
        p = q.quote or QuotePayload()
        found.append(Attribution(q.start, q.end, p.speaker, p.speaker_kind or "unknown"))
    return found


def claim_spans(article: Article, doc, times: Sequence[Span], quotes: Sequence[Span]) -> list[Span]:
    from storyline.extract.claims import find_claims

    timexes = [_TimeView(t) for t in times]
    spans = []
    for c in find_claims(doc, timexes, _attributions(quotes), outlet=article.outlet):
        spans.append(Span(c.start, c.end, "CLAIM", "claims", c.text, ClaimPayload(
            predicate=c.predicate, negated=c.negated, polarity=c.polarity, modality=c.modality, agent=c.agent,
            theme=c.theme, keywords=tuple(c.keywords), asserter=c.asserter, asserter_kind=c.asserter_kind,
            cue=c.cue, time=c.time, time_text=c.time_text, figures=tuple(c.figures),
            rejected=tuple(c.rejected), time_of=c.time_of, presupposed=tuple(c.presupposed))))
    return spans


class _TimeView:
    """A TIMEX span seen as a time expression (start, value, type, text) by the claim and citation stages."""

    __slots__ = ("end", "start", "text", "type", "value")

    def __init__(self, span: Span) -> None:
        self.start, self.end, self.text = span.start, span.end, span.text
        timex = span.timex or TimexPayload()
        self.value, self.type = timex.value, timex.type


def warm() -> None:
    """Ready this process for extraction before its first document: load the model and compile the
    citation forms (~0.65 s of CPU, once per process since they no longer depend on the chunk)."""
    from storyline.extract.citations import warm as compile_citation_forms
    from storyline.extract.nlp import load_nlp

    load_nlp()
    compile_citation_forms()


def citation_spans(article: Article, times: Sequence[Span], known_outlets: Iterable[str]) -> list[Span]:
    from storyline.extract.citations import find_citations

    return [Span(c.start, c.end, "CITATION", "citations", c.text, CitationPayload(c.outlet, c.time))
            for c in find_citations(article.body, [_TimeView(t) for t in times], known_outlets, article.outlet)]


def extract_article(article: Article, doc, known_outlets: Iterable[str] = ()) -> Article:
    """The article with every extraction stage's spans (earlier spans of those stages replaced)."""
    from storyline.stage import Batch

    work = Work(article, Batch(outlets=tuple(known_outlets)), {}, doc=doc)
    for step in (entities, times, quotes, claims, citations):
        step(work)
    return with_found(work.article, work.found)


def with_found(article: Article, found: dict[str, list[Span]]) -> Article:
    """The article with the spans each extraction stage found, in EXTRACTION_STAGES order (earlier
    spans of those stages replaced)."""
    spans = [s for s in article.spans if s.stage not in found]
    for stage in EXTRACTION_STAGES:
        spans += found.get(stage, [])
    stages = [s for s in article.stages if s not in found] + [s for s in EXTRACTION_STAGES if s in found]
    return replace(article, spans=spans, stages=stages)


# --- the declared steps (storyline.pipeline.registry) --------------------------------------------

def parse_batch(texts: Sequence[str]) -> list[object]:
    """One parsed Doc per text, the texts piped together (spaCy batches well; parse once per article)."""
    from storyline.extract.nlp import parse_selectively

    return list(parse_selectively(texts))


def parse(work: Work) -> None:
    """Parse the body alone (the runner parses a chunk's bodies together first: then this is skipped)."""
    if work.doc is None:
        work.doc = parse_batch([work.article.body])[0]


def entities(work: Work) -> None:
    from storyline.extract.cited_outlets import cited_outlet_spans

    spans = entity_spans(work.doc, work.article.body)
    outlets = (*work.batch.outlets, *([work.article.outlet] if work.article.outlet else []))
    work.found["entities"] = sorted(spans + cited_outlet_spans(work.article.body, spans, outlets), key=lambda s: s.start)


def times(work: Work) -> None:
    work.found["times"] = time_spans(work.article)


def quotes(work: Work) -> None:
    work.found["quotes"] = quote_spans(work.article, work.doc, work.found.get("times", []))


def claims(work: Work) -> None:
    work.found["claims"] = claim_spans(work.article, work.doc, work.found.get("times", []),
                                       work.found.get("quotes", []))


def citations(work: Work) -> None:
    work.found["citations"] = citation_spans(work.article, work.found.get("times", []), work.batch.outlets)


def extract_articles(articles: Sequence[Article], known_outlets: Iterable[str] = (),
                     batch_size: int = 16) -> Iterator[Article]:
    """Parse the bodies in batches and run every extractor; yields articles in input order."""
    from storyline.extract.nlp import parse_selectively

    outlets = tuple(known_outlets)
    docs = parse_selectively((a.body for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield extract_article(article, doc, outlets)
