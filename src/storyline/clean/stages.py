"""The per-document cleaning stages, in order: decode, extract the body, read metadata, date the article.

Each is a step `(work: Work) -> None` declared in storyline.pipeline.registry; `cleaning_stages`
keeps the older `Article -> Article` form for callers that clean outside an ingest (benchmarks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.clean.day_check import checked_day
from storyline.clean.language import assign_language
from storyline.clean.metadata import byline_beside_date, read_metadata
from storyline.clean.pubdate import date_publication
from storyline.errors import EmptyInputError
from storyline.model import Article, DroppedLine
from storyline.stage import FunctionStage, Stage, Work

if TYPE_CHECKING:
    from storyline.clean.text import LineStats


@dataclass(slots=True, frozen=True)
class ExtractBody:
    """Turns the raw document into the cleaned body: trafilatura for HTML, the line classifier for text."""

    line_stats: LineStats | None = None
    min_repeats: int = 3
    max_html_depth: int = 400
    name: str = "body"

    def __call__(self, article: Article) -> Article:
        if article.kind == "html":
            _extract_html(article, self.max_html_depth)
        else:
            _extract_text(article, self.line_stats, self.min_repeats)
        if not article.body.strip():
            raise EmptyInputError("no article text left after cleaning", source=article.source,
                                  fix="check the page holds an article; `storyline show` lists what was dropped")
        article.stages.append(self.name)
        return article


def _extract_html(article: Article, max_depth: int) -> None:
    from storyline.clean.html import extract_html
    from storyline.clean.normalise import normalise_text

    page = extract_html(article.raw, url=article.url, max_depth=max_depth)
    article.body = normalise_text(page.body)
    article.dropped = list(page.dropped)
    article.title = article.metadata.get("title") or page.title
    article.byline = article.metadata.get("author") or page.author
    if article.byline:
        article.evidence["byline"] = ("the document's own author field" if article.metadata.get("author")
                                      else "the page's author markup")
    article.url = article.url or page.url
    if page.author_site:
        article.metadata["author_site"] = page.author_site
    if page.site_name:
        article.metadata.setdefault("site_name", page.site_name)
    if page.head:
        article.metadata["page_head"] = "\n".join(page.head)
    if page.page_title:
        article.metadata["page_title"] = page.page_title
    if page.markup_days:
        article.metadata["markup_days"] = " ".join(page.markup_days)
    if page.item_days:
        article.metadata["item_days"] = " ".join(page.item_days)
    if page.rendered_published:
        article.metadata["published_rendered"] = "\n".join(page.rendered_published)
    if page.labelled:
        article.metadata["page_labelled"] = "\n".join(page.labelled)
    if page.credited:
        article.metadata["page_credited"] = "\n".join(page.credited)
    if page.below_headline:
        article.metadata["below_headline"] = "\n".join(page.below_headline)
    if page.notices:
        article.metadata["page_notices"] = "\n".join(page.notices)
    if page.site_from_host:
        article.metadata["site_name_from"] = "host"
    if page.declared_locale:
        article.metadata["declared_locale"] = page.declared_locale
    if page.date and "published" not in article.metadata:
        article.metadata["published"] = page.date
        article.evidence["published"] = f"HTML metadata ({page.date_evidence})"
    if page.title and article.title == page.title:
        article.evidence["title"] = "HTML title"


def _extract_text(article: Article, stats: LineStats | None, min_repeats: int) -> None:
    from storyline.clean.normalise import normalised_scrape
    from storyline.clean.page_head import credited_lines, labelled_lines
    from storyline.clean.text import clean_text

    text = normalised_scrape(article.raw)  # once: the line classifier and the labelled lines both read it
    cleaned = clean_text(text, repeated=stats, min_repeats=min_repeats, normalised=True)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    labelled = labelled_lines(lines)
    if labelled:
        article.metadata["page_labelled"] = "\n".join(labelled)
    credited = credited_lines(lines)
    if credited:
        article.metadata["page_credited"] = "\n".join(credited)
    article.body = cleaned.body
    article.dropped = list(cleaned.dropped)
    article.title = article.metadata.get("title") or cleaned.title
    # a container's author field (JSONL, a feed entry) is the caller's own word, as for HTML
    article.byline = article.metadata.get("author") or None
    if article.byline:
        article.evidence["byline"] = "the document's own author field"
    if cleaned.title and article.title == cleaned.title:
        article.evidence["title"] = "headline line at the top of the text"


def _assign_publication_date(article: Article) -> Article:
    article.published = date_publication(article)
    # the author printed beside the dateline the date came from is known only now
    article = byline_beside_date(article)
    # then the day itself is checked against the page's other days (clean.day_check): always, text and HTML
    article.published = checked_day(article, article.published)
    return _without_credit_lines(article)


# where a byline line and a dateline can sit inside the body's head: under a standfirst that the body region
# took in ('standfirst' / 'Kavya Menon' / 'Sep 16, 2024 · 08:30 am' / first paragraph: Scroll.in's head, probe42)
_HEAD_PARAGRAPHS = 3
_CREDIT_EVIDENCE = re.compile(r"^(?:name line beside the (?:date's )?dateline|byline line(?: below the headline)?"
                              r"|name line below the headline): (?P<line>.+)$")


def _without_credit_lines(article: Article) -> Article:
    """The line the byline was read from, left in the body's first paragraphs, set aside as a byline: a
    page's credit line is no sentence of its story (a bare name line, no sentence's end)."""
    m = _CREDIT_EVIDENCE.match(article.evidence.get("byline", ""))
    if not m or article.kind != "text":
        return article
    line = m["line"].strip()
    paragraphs = article.paragraphs()
    head = [p.strip() for p in paragraphs[:_HEAD_PARAGRAPHS]]
    if line not in head or len(paragraphs) <= _HEAD_PARAGRAPHS or line[-1:] in ".!?\"”":
        return article
    at = head.index(line)
    article.body = "\n\n".join(paragraphs[:at] + paragraphs[at + 1:])
    raw_no = next((i for i, text in enumerate(article.raw.split("\n"), 1) if text.strip() == line), 0)
    article.dropped.append(DroppedLine(raw_no, line, "byline"))
    return article


def cleaning_stages(line_stats: LineStats | None = None, *, min_repeats: int = 3,
                    max_html_depth: int = 400) -> list[Stage]:
    """The cleaning stages for one batch; `line_stats` counts lines across the batch's text documents."""
    return [ExtractBody(line_stats, min_repeats, max_html_depth),
            FunctionStage("language", assign_language),
            FunctionStage("metadata", read_metadata),
            FunctionStage("pubdate", _assign_publication_date)]


# --- the declared steps (storyline.pipeline.registry) --------------------------------------------

# An unpaired surrogate (from a JSON "\ud800" escape, say) cannot be encoded, tokenised or stored;
# U+FFFD is Unicode's own replacement character for what cannot be represented.
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(work: Work) -> None:
    """Make the document's text and metadata valid Unicode, recording how many characters were replaced."""
    article = work.article
    repaired = 0
    article.raw, n = _SURROGATE.subn("\ufffd", article.raw)
    repaired += n
    for key, value in list(article.metadata.items()):
        article.metadata[key], n = _SURROGATE.subn("\ufffd", value)
        repaired += n
    if repaired:
        article.evidence["decode"] = f"{repaired} unpaired surrogate(s) replaced by U+FFFD"
    article.stages.append("decode")


def extract_body(work: Work) -> None:
    settings = work.settings
    ExtractBody(work.batch.line_stats, settings["repeated_line_min_articles"],
                settings["max_html_depth"])(work.article)


def language(work: Work) -> None:
    work.article = assign_language(work.article)
    work.article.stages.append("language")


def metadata(work: Work) -> None:
    work.article = read_metadata(work.article)
    work.article.stages.append("metadata")


def pubdate(work: Work) -> None:
    work.article = _assign_publication_date(work.article)
    work.article.stages.append("pubdate")
