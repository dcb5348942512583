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
