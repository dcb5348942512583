"""Invented pages of unseen sites by kind of CMS field (branch html37): Yoast's and Ghost's labelled Twitter
card author, Parse.ly's parsely-page JSON, Drupal 7's RDFa creation date, other stories' teaser cards printed
as <article> elements, localised 'Posted by' / 'Written by' labels, a role after a comma, an inverted Dublin
Core creator, a writer named on the dateline below the headline, a masthead its host spells with other
letters or fewer words."""

import json

import pytest

from conftest import clean_html_page
from storyline.model import Article

SWEDISH = [
    "Kommunfullmäktige beslutade på torsdagen att bygga om det gamla badhuset vid hamnen, som har varit stängt i "
    "tre år sedan taket började läcka och ventilationen slutade fungera.",
    "Ombyggnaden väntas ta ett och ett halvt år och kosta omkring sextio miljoner kronor, enligt kommunens "
    "fastighetschef, som presenterade planen för fullmäktige.",
    "Simklubben har länge krävt ett besked om när träningen kan flytta tillbaka från grannkommunen.",
]
ITALIAN = [
    "Il consiglio comunale ha approvato giovedì il progetto per ristrutturare le vecchie terme vicino al porto, "
    "chiuse da tre anni dopo le infiltrazioni dal tetto e il guasto dell'impianto di ventilazione.",
    "I lavori dureranno circa diciotto mesi e costeranno sei milioni di euro, secondo l'assessore ai lavori "
    "pubblici che ha presentato il piano in aula.",
    "La società di nuoto chiedeva da mesi una data per tornare ad allenarsi in città.",
]


def clean(html: str, url: str = "https://www.hamnbladet.example/nyheter/badhuset-byggs-om-48213") -> Article:
    return clean_html_page(html, url)


def page(
    lang: str,
    paragraphs: list[str],
    *,
    head: str = "",
    above: str = "",
    after: str = "",
    title: str = "Badhuset byggs om",
    footer: str = "<p>Kontakt</p>",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><nav><ul><li><a href="/">Start</a></li><li><a href="/sport/">Sport</a></li></ul></nav>'
        f"<main><article><h1>Badhuset vid hamnen byggs om</h1>{above}{body}</article>{after}</main>"
        f"<footer>{footer}</footer></body></html>"
    )



def _news_article_head(author: str) -> str:
    """A NewsArticle JSON-LD block of 11 May 2023 naming `author` (the shape Yoast and Arc pages print)."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "datePublished": "2023-05-11T08:00:00+02:00",
        "author": {"@type": "Person", "name": author},
    }
    return f'<script type="application/ld+json">{json.dumps(ld)}</script>'

def test_a_twitter_card_row_labelled_written_by_names_the_author():
    """Yoast SEO's `twitter:label1` 'Written by' (here its Swedish string) with the name in `twitter:data1`."""
    head = (
        '<meta property="article:published_time" content="2023-05-11T08:00:00+02:00">'
        '<meta name="twitter:label1" content="Skriven av"><meta name="twitter:data1" content="Elsa Fogelberg">'
        '<meta name="twitter:label2" content="Beräknad lästid"><meta name="twitter:data2" content="3 minuter">'
    )
    assert clean(page("sv", SWEDISH, head=head, above="<p>11 maj 2023</p>")).byline == "Elsa Fogelberg"


def test_a_reading_time_row_names_no_one():
    head = (
        '<meta property="article:published_time" content="2023-05-11T08:00:00+02:00">'
        '<meta name="twitter:label1" content="Beräknad lästid"><meta name="twitter:data1" content="3 minuter">'
    )
    assert clean(page("sv", SWEDISH, head=head, above="<p>11 maj 2023</p>")).byline is None


def test_the_parsely_page_tag_gives_the_author_and_the_day():
    data = {
        "title": "Badhuset byggs om",
        "link": "https://www.hamnbladet.example/nyheter/badhuset-byggs-om-48213",
        "type": "post",
        "pub_date": "2023-05-11T06:00:00Z",
        "authors": ["Elsa Fogelberg", "Nils Åkerlund"],
    }
    head = f"<meta name='parsely-page' content='{json.dumps(data, ensure_ascii=False)}'>"
    article = clean(page("sv", SWEDISH, head=head, above="<p>Elsa Fogelberg och Nils Åkerlund — 11 maj 2023</p>"))
    assert article.published is not None and article.published.value == "2023-05-11"
    assert article.byline == "Elsa Fogelberg; Nils Åkerlund"


def test_drupal_7s_rdfa_creation_date_settles_its_month_first_slash_date():
    """Drupal 7's node footer prints 'm/d/Y' on a Finnish page; its RDFa span carries the instant."""
    above = (
        '<div class="submitted"><span property="dc:date dc:created" content="2022-09-04T10:22:00+03:00" '
        'datatype="xsd:dateTime">Lähettänyt Aino Virtala su, 09/04/2022 - 10:22</span></div>'
    )
    head = '<meta name="generator" content="Drupal 7 (http://drupal.org)">'
    article = clean(page("fi", FINNISH, head=head, above=above), url="https://www.jokilaakso.example/node/4411")
    assert article.published is not None and article.published.value == "2022-09-04"
    assert article.byline == "Aino Virtala"


FINNISH = [
    "Kaupunginvaltuusto päätti torstaina korjata sataman vanhan uimahallin, joka on ollut kiinni kolme vuotta "
    "katon vuotojen ja ilmanvaihdon rikkoutumisen vuoksi.",
    "Korjaus kestää puolitoista vuotta ja maksaa noin kuusi miljoonaa euroa, kertoi kaupungin tilajohtaja "
    "valtuustolle esittelemässään suunnitelmassa.",
    "Uimaseura on odottanut pitkään tietoa siitä, milloin harjoitukset voivat palata kaupunkiin.",
]


def test_an_author_in_other_stories_teaser_cards_is_not_the_articles():
    """Ghost's Casper theme prints its read-more cards as <article> elements with their authors; the page's
    own <article> holds the headline and its author link."""
    head = '<meta property="article:published_time" content="2023-05-11T06:00:00.000Z">'
    above = '<div class="article-byline"><a href="/author/elsa/">Elsa Fogelberg</a> <time>11 maj 2023</time></div>'
    after = (
        '<aside class="read-more">'
        '<article class="post-card"><h2><a href="/a/">Ny kaj invigd</a></h2><span class="author">Pontus Ek</span></article>'
        '<article class="post-card"><h2><a href="/b/">Färjan försenad</a></h2><span class="author">Pontus Ek</span></article>'
        "</aside>"
    )
    assert clean(page("sv", SWEDISH, head=head, above=above, after=after)).byline == "Elsa Fogelberg"


def test_bloggers_localised_posted_by_is_no_part_of_the_name():
    above = (
        "<div class='post-footer'><span class='post-author vcard'>Upplagd av <span class='fn'>Elsa Fogelberg</span>"
        "</span> <abbr class='published' title='2023-05-11T10:15:00+02:00'>10:15</abbr></div>"
    )
    assert clean(page("sv", SWEDISH, above=above)).byline == "Elsa Fogelberg"


def test_a_role_printed_in_lower_case_after_the_name_is_dropped():
    head = _news_article_head("Elsa Fogelberg, kulturskribent")
    above = '<div class="byline">Elsa Fogelberg, kulturskribent</div><div class="date">11 maj 2023</div>'
    assert clean(page("sv", SWEDISH, head=head, above=above)).byline == "Elsa Fogelberg"


def test_a_dublin_core_creator_is_read_given_name_first():
    head = '<meta name="DC.creator" content="Fogelberg, Elsa"><meta name="DC.date.issued" content="2023-05-11">'
    assert clean(page("sv", SWEDISH, head=head, above="<p>11 maj 2023</p>")).byline == "Elsa Fogelberg"


def test_a_writer_named_on_the_dateline_below_the_headline():
    above = '<div class="meta">Chiara Lombardini · 11 maggio 2023</div>'
    article = clean(page("it", ITALIAN, above=above), url="https://www.gazzettadelporto.example/cronaca/terme-48213")
    assert article.byline == "Chiara Lombardini"


def test_a_section_on_the_dateline_below_the_headline_is_no_writer():
    above = '<div class="meta">Cronaca · 11 maggio 2023</div>'
    article = clean(page("it", ITALIAN, above=above), url="https://www.gazzettadelporto.example/cronaca/terme-48213")
    assert article.byline is None


def test_a_masthead_its_host_writes_with_o_for_o_slash():
    """No markup names the site: the title's 'Sørlandsbladet' is the host's 'sorlandsbladet'."""
    html = page("nb", SWEDISH, title="Badhuset byggs om | Sørlandsbladet", above="<p>11. mai 2023</p>")
    assert clean(html, url="https://www.sorlandsbladet.example/nyheter/badhuset-48213").outlet == "Sørlandsbladet"


def test_a_title_site_the_copyright_notice_prints_too_is_the_outlet():
    """The host drops a word of the masthead ('gazzettaporto'); title and notice agree on the name."""
    html = page(
        "it",
        ITALIAN,
        title="Le terme saranno ristrutturate | Gazzetta del Porto",
        footer="<p>© 2026 Gazzetta del Porto. Tutti i diritti riservati.</p>",
        above="<p>11 maggio 2023</p>",
    )
    assert clean(html, url="https://www.gazzettaporto.example/cronaca/terme-48213").outlet == "Gazzetta del Porto"


def test_a_sidebar_teasers_pubdate_time_does_not_date_the_article():
    """An old theme marks every teaser's <time> with HTML5's pubdate attribute, the sidebar printed before the
    article; the article's own <time pubdate> dates it."""
    side = (
        '<div id="sidebar"><ul><li><a href="/hamnen/">Hamnen muddras</a> <time pubdate datetime="2023-05-08">8 maj 2023'
        '</time></li><li><a href="/faerjan/">Färjan försenad</a> <time pubdate datetime="2023-04-29">29 april 2023</time>'
        "</li></ul></div>"
    )
    html = page(
        "sv",
        SWEDISH,
        above='<div class="entry-meta">Upplagd av Elsa Fogelberg · <time pubdate datetime="2023-05-11">11 maj 2023</time></div>',
    ).replace("<main>", side + "<main>")
    article = clean(html)
    assert article.published is not None and article.published.value == "2023-05-11"


def test_a_link_to_an_author_archive_in_the_sites_language_names_the_writer():
    above = '<div class="firma"><a href="/autori/chiara-lombardini">Chiara Lombardini</a></div><p>11 maggio 2023</p>'
    head = '<meta property="article:published_time" content="2023-05-11T08:00:00+02:00">'
    article = clean(page("it", ITALIAN, head=head, above=above), url="https://www.gazzettaporto.example/terme-48213")
    assert article.byline == "Chiara Lombardini"


def test_a_section_of_dated_stories_under_an_archive_word_names_no_one():
    above = '<p><a href="/journalist/2023-05/10/content_4821.htm">Le terme chiudono</a></p><p>11 maggio 2023</p>'
    head = '<meta property="article:published_time" content="2023-05-11T08:00:00+02:00">'
    article = clean(page("it", ITALIAN, head=head, above=above), url="https://www.gazzettaporto.example/terme-48213")
    assert article.byline is None


def test_a_reviewers_credit_in_the_writers_row_is_cut_off():
    head = '<meta property="article:published_time" content="2022-01-11T08:00:00+02:00">'
    above = '<div class="byline">Νίκος Σταματίου · Έλεγχος Ελένη Καραλή</div><p>11 Ιανουαρίου 2022</p>'
    greek = [
        "Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη την ανακαίνιση των παλιών λουτρών κοντά στο λιμάνι, που είναι "
        "κλειστά εδώ και τρία χρόνια εξαιτίας των διαρροών από τη στέγη.",
        "Οι εργασίες θα διαρκέσουν περίπου δεκαοκτώ μήνες και θα κοστίσουν έξι εκατομμύρια ευρώ, σύμφωνα με τον "
        "αντιδήμαρχο τεχνικών έργων που παρουσίασε το σχέδιο.",
        "Ο κολυμβητικός όμιλος ζητούσε εδώ και μήνες μια ημερομηνία επιστροφής στην πόλη.",
    ]
    article = clean(page("el", greek, head=head, above=above), url="https://www.limani-nea.example/loutra-48213")
    assert article.byline == "Νίκος Σταματίου"


@pytest.mark.parametrize("caption", [
    # a photo credit after the picture's day, printed before the article's own dateline (no date markup)
    "Badhuset i vintras, 5 maj 2023. Foto: Nils Åkerlund",
    # a figcaption's day with no credit is no dateline either
    "Badhuset i vintras, 5 maj 2023",
])
def test_a_pictures_caption_above_the_byline_does_not_date_the_article(caption):
    above = (
        f'<figure><img src="/bad.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        '<p class="byline">Av Elsa Fogelberg</p><p class="date">11 maj 2023</p>'
    )
    article = clean(page("sv", SWEDISH, above=above))
    assert article.published is not None and article.published.value == "2023-05-11"


def test_the_newsrooms_author_field_yields_to_the_reporter_on_the_byline_line():
    head = _news_article_head("Redaktionen")
    above = '<p class="byline">Av Elsa Fogelberg</p><p class="date">11 maj 2023</p>'
    assert clean(page("sv", SWEDISH, head=head, above=above)).byline == "Elsa Fogelberg"


def test_the_newsrooms_author_field_alone_stays_the_byline():
    head = _news_article_head("Redaktionen")
    assert clean(page("sv", SWEDISH, head=head, above='<p class="date">11 maj 2023</p>')).byline == "Redaktionen"


def test_an_agencys_lower_case_acronym_after_the_name_stays():
    """'Elsa Fogelberg, epd': an agency's short credit printed in lower case is no role."""
    head = _news_article_head("Elsa Fogelberg, epd")
    above = '<div class="byline">Elsa Fogelberg, epd</div><div class="date">11 maj 2023</div>'
    assert "Fogelberg" in (clean(page("sv", SWEDISH, head=head, above=above)).byline or "")
    assert "epd" in (clean(page("sv", SWEDISH, head=head, above=above)).byline or "").casefold()
