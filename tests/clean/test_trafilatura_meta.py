"""clean.trafilatura_meta: the fields of trafilatura's metadata pass we read, without its categories,
tags and licence (issue 16), equal to what `extract_metadata` gives. Hand-written pages only."""
from __future__ import annotations

import copy

import pytest

from storyline.clean.html import extract_html
from storyline.clean.html_parse import parse_html
from storyline.clean.trafilatura_meta import page_metadata

from .test_html import METADATA_HEAD, article_page

DATES = {"original_date": True, "extensive_search": False, "max_date": "2026-12-05"}
PAGES = {
    "markup": article_page(head=METADATA_HEAD),
    "bare": article_page(),
    "json-ld": article_page(head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                                 '"Piers crack", "author": {"@type": "Person", "name": "Ana Ruiz"}, "publisher": '
                                 '{"@type": "Organization", "name": "Vellin Herald"}, "datePublished": "2020-02-29"}'
                                 '</script>'),
    "broken json-ld": article_page(head='<script type="application/ld+json">{"@type": "NewsArticle", "author": [}'
                                        '</script>'),
    "one-word author, twitter site": article_page(head='<meta name="author" content="oskar">'
                                                       '<meta name="twitter:site" content="@vellinherald">'),
    "relative canonical": article_page(head='<meta property="og:url" content="https://herald.example/x">'
                                            '<link rel="canonical" href="/news/ferry">'),
    "byline in the page": article_page(inside='<p class="byline">By <a rel="author" href="/ana">Ana Ruiz</a></p>'),
    "tags and licence": article_page(inside='<a rel="tag" href="/tag/ferries/">Ferries</a> <a rel="license" '
                                             'href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>'),
    "no article": f"<html><head><title>Pier closes</title>{METADATA_HEAD}</head><body><div></div></body></html>",
}


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("url", [None, "https://herald.example/2021/03/04/ferry-terminal"])
def test_the_fields_equal_trafilaturas_metadata_pass(name, url):
    from trafilatura.metadata import extract_metadata

    tree = parse_html(PAGES[name])
    expected = extract_metadata(copy.deepcopy(tree), url, dict(DATES))
    found = page_metadata(tree, url, dict(DATES))
    for field in ("title", "author", "url", "date", "sitename"):
        assert getattr(found, field) == getattr(expected, field), field


def test_the_cleaning_looks_for_no_categories_tags_or_licence(monkeypatch):
    import trafilatura.metadata

    def refused(*args, **kwargs):
        raise AssertionError("categories, tags and licence are not read")

    monkeypatch.setattr(trafilatura.metadata, "extract_catstags", refused)
    monkeypatch.setattr(trafilatura.metadata, "extract_license", refused)
    page = extract_html(PAGES["markup"])
    assert (page.author, page.site_name, page.date) == ("Marta Oskarsdottir", "Vellin Herald", "2019-11-18")
