"""Citations that name no time and no figure, resolved by what they say was reported.

'According to the Tidewater Record, the city had not inspected the garage for almost seven years before
the evacuation.' in an article eighteen months after the cited report: no time (citation_recent reaches a
week back, or to a time the sentence dates), no amount of ten or more (provenance._figures_matched), no
first-report wording. What such a sentence attributes is the cited report's own finding, told in most of
its words ('last inspected the parking garage … in 2015, nearly seven years before the city ordered the
building evacuated'): the lead's twentieth invented story. The citation resolves to the cited outlet's one
earlier article holding a sentence with most of the citing sentence's content words, sharing an actor
with the citing article; two such articles, or none, leave it unresolved.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.link.citation_recent import _day, shares_actors

if TYPE_CHECKING:
    from storyline.link.provenance import OutletIndex
    from storyline.model import Article
    from storyline.store.base import CitationLink, CorpusRow

# the share of the citing sentence's content words (less the outlet's name) one sentence of the cited
# report must hold, and the fewest words that share may be: a retelling keeps the finding's nouns and
# numbers and changes its frame ('had not inspected … for almost seven years' / 'last inspected … nearly
# seven years before'); half with three words is what a paraphrase of one sentence keeps and a sentence
# of another report on the same story rarely does
SHARED = 0.5
FEWEST = 3
# the cited outlet's latest earlier articles read per citation (as provenance.FIGURE_CANDIDATES)
CANDIDATES = 200
# sentence ends for the cited body: a full stop, question or exclamation mark before a space
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+|\n+")


def content_matched(links: list[CitationLink], citing: dict[str, Article | CorpusRow], index: OutletIndex,
                    load: Callable[[Sequence[str]], dict[str, Article | CorpusRow]],
                    people: Callable[[Article | CorpusRow], set[str]],
                    span_text: Callable[[Article | CorpusRow, int, int], str]) -> list[CitationLink]:
    """`links` with each still unresolved time-less citation resolved to the cited outlet's one earlier
    article that retells its sentence (module doc), and each dated one whose time holds several of the
    outlet's reports to the one of them that does. `load` gives articles with body and entities by id."""
    from storyline.extract.citations import Citation
    from storyline.link.provenance import time_agrees

    asks: dict[int, list[str]] = {}
    for i, link in enumerate(links):
        if link.resolves_to is not None:
            continue
        row = citing[link.article_id]
        cited = Citation(link.start, link.end, "", link.outlet, None)
        candidates = index.earlier(cited, {row.id, row.duplicate_of}, row.published.value)[-CANDIDATES:]
        if link.time is not None:
            # a time holding several of the outlet's reports ('told Capital Wire last week' of a week with
            # two): what the sentence retells picks among them (the lead's fiftieth invented story)
            candidates = [c for c in candidates if time_agrees(link.time, index.published[c])]
            if len(candidates) < 2:
                continue
        if candidates and len(_words(span_text(row, link.start, link.end))) >= FEWEST:
            asks[i] = candidates
    if not asks:
        return links
    rows = load(sorted({links[i].article_id for i in asks} | {c for found in asks.values() for c in found}))
    out = list(links)
    for i, candidates in asks.items():
        own = rows.get(links[i].article_id)
        if own is None:
            continue
        words = _reported(citing[links[i].article_id], own, links[i], span_text)
        # the time already ties a dated citation to the outlet's reports of those days, as the story's actors
        # tie a time-less one
        sharing = [c for c in candidates if c in rows and (
            links[i].time is not None or shares_actors(own, rows[c], index.outlets, people))]
        matches = [c for c in sharing if _retells(words, rows[c].body)] if len(words) >= FEWEST else []
        if not matches and links[i].time is None and len(sharing) == 1 and _within(index.published.get(sharing[0]), own.published.value, SOLE_REPORT_DAYS):
            # the cited outlet's only earlier report on the story's actors is the one cited, however the
            # sentence words its finding ('reported that the company denied any EPA investigation' of a report
            # quoting 'has not opened any investigation'; lead33); two such reports leave it unresolved
            matches = sharing
        if len(matches) == 1:
            out[i] = replace(links[i], resolves_to=matches[0])
    return out


# how old the outlet's only earlier report on the story's actors may be for a time-less citation to mean it, however
# the sentence words its finding: three weeks, between lead33's citation of a report 15 days old and the month-old
# reports that lead19's and probe15's invented stories show are not the one meant (a newer one, not ingested, is)
SOLE_REPORT_DAYS = 21


def _within(published: str | None, citing: str | None, days: int) -> bool:
    then, now = _day(published), _day(citing)
    return then is not None and now is not None and (now - then).days <= days


# names are who the report is about, which shares_actors asks of the cited article already; what it
# retells is the rest ('Brenn was charged last month after an investigation' is not retold by every
# report naming Brenn)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "LOC"})


def _reported(row: Article | CorpusRow, named: Article | CorpusRow, link: CitationLink,
              span_text: Callable[[Article | CorpusRow, int, int], str]) -> set[str]:
    """The citing sentence's content words (`row`: the article with its citations) less the outlet's, the
    attribution's and the names' (`named`: the same article with its entities; the store reads them apart)."""
    names = {w for s in named.spans if s.label in _NAME_LABELS and link.start <= s.start < link.end
             for w in _words(s.text)}
    text = span_text(row, link.start, link.end)
    # the appositive that says what the outlet is ('according to PharmaWatch Weekly, an American trade
    # publication'): it describes the source, not what the source reported (lead23)
    text = _appositive(link.outlet).sub(link.outlet, text)
    return _words(text) - _words(link.outlet) - _attribution() - names


def _appositive(outlet: str) -> re.Pattern[str]:
    """The outlet's name and an appositive ending in a medium's noun (rules/citations.toml
    [appositive_media_nouns]: 'a Toronto nonprofit newsroom', 'an American trade publication')."""
    nouns = "|".join(re.escape(n) for n in sorted(rules.words("citations", "appositive_media_nouns"), key=len, reverse=True))
    return re.compile(rf"{re.escape(outlet)},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{nouns})\b")


def _attribution() -> set[str]:
    return {w for table in ("attribution_words", "report_verbs", "document_nouns", "media_nouns")
            for phrase in rules.words("citations", table) for w in _words(phrase)}


# inflections a retelling changes ('tests' / 'testing', 'shipped' / 'ships'): stripped before the
# six-letter stem the claim checks compare by (link/propositions.content_stems)
_INFLECTION = re.compile(r"(?:ing|ed|es|s)$")


def _words(text: str) -> set[str]:
    from storyline.link.story_features import content_words

    return {_INFLECTION.sub("", w)[:6] if len(w) > 4 else w for w in content_words(text)}


def _retells(words: set[str], body: str) -> bool:
    """Whether one sentence of `body` holds SHARED of `words`, at least FEWEST of them."""
    for sentence in _SENTENCE_END.split(body or ""):
        shared = len(words & _words(sentence))
        if shared >= FEWEST and shared >= SHARED * len(words):
            return True
    return False


# the fewest words one report of the week must share with the citing sentence to go before the latest one: two,
# as a choice among reports already tied to the citation by outlet, week and actors needs less than a report found
# by its words alone (FEWEST); the sentence's names and attribution nouns are not counted ('RTÉ reported that the
# Health and Safety Authority had opened an investigation into the collapse' keeps 'opened', 'collapse' and
# 'run': branch probe32)
RANK_FEWEST = 2


def retelling_first(candidates: list[str], rows: dict[str, Article | CorpusRow], row: Article | CorpusRow,
                    link: CitationLink, span_text: Callable[[Article | CorpusRow, int, int], str]) -> list[str]:
    """`candidates` (the cited outlet's reports of the week, latest first) with the one whose sentence retells
    most of the citing sentence moved first, when one alone retells more of it than every other and at least
    RANK_FEWEST words: the latest report of the citing day may have been published after the citing one (pages
    are dated to the day; a Melbourne morning page and a Dublin evening one share a date), and the report
    meant is the one holding what the sentence says the outlet reported (branch probe32: two of four
    citations of a broadcaster's and a regional paper's reports went to their next day's article, which
    retold none of it). `rows` hold the citing article (with its entities) and the candidates' bodies."""
    own = rows.get(link.article_id)
    if own is None or len(candidates) < 2:
        return candidates
    words = _reported(row, own, link, span_text)
    shared = {c: _most_shared(words, rows[c].body) for c in candidates if c in rows}
    best = max(shared.values(), default=0)
    top = [c for c, n in shared.items() if n == best]
    if best < RANK_FEWEST or len(top) != 1:
        return candidates
    return top + [c for c in candidates if c != top[0]]


def _most_shared(words: set[str], body: str | None) -> int:
    return max((len(words & _words(s)) for s in _SENTENCE_END.split(body or "")), default=0)
