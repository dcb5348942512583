"""Branch byline40: an author field naming the page's publisher (Dublin Core's DC.publisher, the 'publisher' meta
name) credits the organisation, not a writer: a person the page credits by a label comes first, the publisher
only when no one else is credited (invented pages; gold written before the first run)."""
from __future__ import annotations

import pytest

from conftest import clean_html_page

GERMAN = [
    "Im Frühjahr stehen die Barsche noch tief, deshalb lohnt sich ein schwerer Jig am Grund der Kante, langsam "
    "geführt und mit langen Pausen zwischen den Sprüngen.",
    "Ab Mai ziehen die Schwärme ins Flache, dann reichen leichte Köder und eine feine Schnur, sagt der Gewässerwart.",
    "Der Verein bietet im Juni wieder einen Kurs für Einsteiger an.",
]


def _page(head: str, subline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in GERMAN)
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Barsche im Frühjahr | Fischer Post</title>'
            f'<meta property="og:site_name" content="Fischer Post">{head}</head><body>'
            '<nav><ul><li><a href="/">Start</a></li><li><a href="/praxis/">Praxis</a></li></ul></nav>'
            f'<main><article><h1>Barsche im Frühjahr</h1><div class="subline"><span>26 | 01 | 2022</span>{subline}</div>'
            f'{body}</article></main><footer><p>© 2022 Fischer Post</p></footer></body></html>')


@pytest.mark.parametrize(("head", "subline", "gold"), [
    # the publisher's name in the author field, the writer's credit printed with its label
    ('<meta name="author" content="Weiden Verlag"><meta name="DC.publisher" content="Weiden Verlag">',
     '<span class="author">Text &amp; Fotos: Jonas Wendtland</span>', "Jonas Wendtland"),
    ('<meta name="author" content="Weiden Verlag"><meta name="publisher" content="Weiden Verlag">',
     '<span class="author">Text: Mara Quist</span>', "Mara Quist"),
    # no one else credited: the publisher, as before
    ('<meta name="author" content="Weiden Verlag"><meta name="DC.publisher" content="Weiden Verlag">', "",
     "Weiden Verlag"),
    # a person in the author field beside the publisher's: the person
    ('<meta name="author" content="Jonas Wendtland"><meta name="DC.publisher" content="Weiden Verlag">', "",
     "Jonas Wendtland"),
])
def test_an_author_field_naming_the_publisher(head: str, subline: str, gold: str) -> None:
    article = clean_html_page(_page(head, subline), "https://www.fischerpost.example/praxis/barsche-fruehjahr-4821")
    assert article.byline == gold


@pytest.mark.parametrize(("line", "names"), [
    ("Author: Lene Haarstad, Datum: 03.Mär.19", ("Lene Haarstad",)),
    ("By Ana Ruiz, Date: March 3, 2021", ("Ana Ruiz",)),
    ("Von Lene Haarstad und Tom Berg, Datum: 03.03.2019", ("Lene Haarstad", "Tom Berg")),
])
def test_the_next_fields_date_label_is_no_co_author(line: str, names: tuple[str, ...]) -> None:
    # a row of labelled fields, the date's after the writer's: its label is no second name (byline40: a dev page
    # read 'NAME, Datum' once its publisher's author field gave way to the printed credit)
    from storyline.clean.byline import read_byline

    found = read_byline(line, ["de"])
    assert found is not None and found.names == names


_COMMENTS = ('<div id="comments" class="comments-area"><ol class="comment-list">'
             '<li id="comment-1550832" class="comment byuser comment-author-d-zug even thread-odd depth-1">'
             '<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
             '<img alt="Profilbild von Dampfwalze" src="/a.jpg"><b class="fn">Dampfwalze</b></div>'
             '<div class="comment-metadata"><time datetime="2022-01-26T16:18:00+01:00">26.01.2022, 16:18</time></div>'
             '</footer><div class="comment-content"><p>Danke für die Tipps, am Samstag hat es bei mir endlich geklappt '
             'mit zwei schönen Barschen.</p></div></article></li></ol></div>')


@pytest.mark.parametrize(("subline", "gold"), [
    # a commenter's name in WordPress's comment list is no author of the post: the printed credit is
    ('<span class="byline">Von Jonas Wendtland</span>', "Jonas Wendtland"),
    # and with no credit printed, no one
    ("", None),
])
def test_a_commenters_name_is_no_author(subline: str, gold: str | None) -> None:
    html = _page("", subline).replace("</article>", "</article>" + _COMMENTS)
    article = clean_html_page(html, "https://www.fischerpost.example/praxis/barsche-fruehjahr-4821")
    assert article.byline == gold


def _ld(person: dict[str, str]) -> str:
    import json

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Barsche im Frühjahr", "datePublished": "2022-01-26T08:00:00+01:00",
         "author": {"@id": "https://www.fischerpost.example/#/schema/person/7a1"}},
        {"@type": "Person", "@id": "https://www.fischerpost.example/#/schema/person/7a1", **person}]}
    return f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(("person", "gold"), [
    # Yoast SEO's Person node: the display name, and the biography that opens with the full name
    ({"name": "Lutz", "description": "Lutz Brenneke – Schreiner, Bergsteiger und seit 2011 Redakteur."}, "Lutz Brenneke"),
    ({"name": "Lutz", "description": "Lutz Brenneke ist Schreiner und seit 2011 Redakteur der Fischer Post."},
     "Lutz Brenneke"),
    # a biography that does not give the surname, or names someone else: the display name
    ({"name": "Lutz", "description": "Lutz schreibt seit 2011 über Holz, Berge und Fische."}, "Lutz"),
    ({"name": "Lutz", "description": "Mara Quist gründete den Blog 2009."}, "Lutz"),
])
def test_a_one_word_author_fields_full_name_in_its_biography(person: dict[str, str], gold: str) -> None:
    article = clean_html_page(_page(_ld(person), ""), "https://www.fischerpost.example/praxis/barsche-fruehjahr-4821")
    assert article.byline == gold
