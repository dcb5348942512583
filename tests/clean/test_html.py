"""storyline.clean.html: article body, our boilerplate rules, metadata, hostile input.

Every page here is hand-written; none is copied from a real site.
"""
from __future__ import annotations

import time

import pytest

from storyline.clean.html import ExtractedPage, extract_html
from storyline.clean.html_meta import authors_from_markup, site_name_from_markup
from storyline.clean.html_parse import cap_nesting, parse_html
from storyline.clean.html_rules import apply_rules, match_rule
from storyline.clean.html_split import add_split_blocks
from storyline.errors import EmptyInputError, InputError, MalformedInputError

STORY = [
    "The harbour authority of Port Vellin voted on Tuesday to close the old ferry terminal after "
    "inspectors found deep cracks in the concrete piers that hold up the passenger hall.",
    "Engineers told the council that the piers had been patched three times since 1998, and that "
    "each repair had bought less time than the one before it, according to the written report.",
    "Mayor Ilse Rondane said the ferries would move to the cargo quay until a new terminal is "
    "built, a project the council expects to cost about forty million over six years.",
    "Residents who commute to the islands said the cargo quay is a long walk from the bus "
    "station, and several asked the authority to run a shuttle during the morning rush hours.",
    "The authority said it would publish a timetable for the move before the end of the month "
    "and hold a public meeting in the library hall on the first Monday of next month.",
]


def article_page(*, head: str = "", inside: str = "", between: str = "", body: str = "") -> str:
    """A news page: navigation, an article of STORY paragraphs (or `body`), sidebar and footer."""
    paragraphs = body or f"\n{between}\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry terminal to close | Vellin Herald</title>
{head}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Ferry terminal to close after piers crack</h1>
{paragraphs}
{inside}
</article>
<aside class="sidebar"><h2>Most read</h2><ul>
<li><a href="/a">Bakery wins regional bread prize</a></li>
<li><a href="/b">Storm warning for the northern coast</a></li></ul></aside>
</main>
<footer><p>Vellin Herald, 12 Quay Street. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
</body></html>"""


METADATA_HEAD = """
<meta property="og:site_name" content="Vellin Herald">
<meta name="author" content="Marta Oskarsdottir">
<meta property="article:published_time" content="2019-11-18T09:30:00+01:00">
<meta property="article:modified_time" content="2019-11-20T14:00:00+01:00">
<link rel="canonical" href="https://herald.example/news/ferry-terminal">"""


def test_body_is_the_article_without_page_chrome() -> None:
    page = extract_html(article_page())
    assert isinstance(page, ExtractedPage)
    assert page.body.split("\n\n") == STORY
    for chrome in ("Home", "Most read", "Bakery wins", "All rights reserved", "Privacy"):
        assert chrome not in page.body


def test_boilerplate_inside_the_article_is_dropped_with_reasons() -> None:
    page = extract_html(article_page(between="<p>Advertisement</p>",
                                     inside="<p>Comments (34)</p><p>Share this article</p>"))
    assert page.body.split("\n\n") == STORY
    reasons = {d.text: d.reason for d in page.dropped}
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Comments (34)"] == "comments counter"
    assert reasons["Share this article"] == "share prompt"


def test_headline_and_image_caption_echoed_in_the_body_are_dropped() -> None:
    picture = ('<p><img src="pier.jpg" alt="Cracked concrete pier under the passenger hall"></p>'
               '<p><em>Cracked concrete pier under the passenger hall</em></p>')
    page = extract_html(article_page(between=picture))
    assert page.body.split("\n\n") == STORY
    reasons = {d.reason for d in page.dropped}
    assert "headline" in reasons  # the <h1> trafilatura repeats as the first body line
    assert "image caption" in reasons


def test_short_alt_text_does_not_drop_a_matching_subheading() -> None:
    section = '<h2>Pier repairs</h2><p><img src="p.jpg" alt="Pier repairs"></p>'
    page = extract_html(article_page(between=section))
    assert "Pier repairs" in page.body.split("\n\n")


def grid_block(paragraphs: list[str], block_class: str) -> str:
    """One row of a grid layout: a body block and an (empty) ad rail beside it."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<div class="grid"><div class="grid-item {block_class}">{text}</div>'
            '<div class="grid-item aside"><div class="ad"></div></div></div>')


AD_ROW = '<div class="row ad-row"><span class="ad-label">Advertisement</span></div>'


def test_body_split_by_an_ad_row_is_joined_in_page_order() -> None:
    body = grid_block(STORY[:2], "article__body") + AD_ROW + grid_block(STORY[2:], "article__body")
    assert extract_html(article_page(body=body)).body.split("\n\n") == STORY


@pytest.mark.parametrize(("block_class", "joined"), [("article__body", True), ("column", False)])
def test_only_body_like_blocks_are_joined(block_class: str, joined: bool) -> None:
    teaser = "Bakery wins regional bread prize after a long wait for the judges to decide."
    tree = parse_html(article_page(body=grid_block(STORY, block_class) + AD_ROW
                                   + grid_block([teaser], block_class)))
    assert add_split_blocks(tree, STORY) == ([*STORY, teaser] if joined else STORY)


def test_embedded_post_is_kept_as_a_quote() -> None:
    tweet = ('<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">'
             "The cargo quay is a twenty minute walk from the bus station with no shelter at all."
             '</p>&mdash; Harbour Commuters (@commuters_example) <a href="https://t.example/1">'
             "November 18, 2019</a></blockquote></div>")
    page = extract_html(article_page(between=tweet))
    assert "twenty minute walk from the bus station" in page.body


def test_dropped_line_numbers_are_paragraph_indexes() -> None:
    kept, dropped = apply_rules(["First real paragraph.", "Advertisement", "Second real one."])
    assert kept == ["First real paragraph.", "Second real one."]
    assert [(d.line_no, d.text, d.reason) for d in dropped] == [(1, "Advertisement", "advertisement")]


@pytest.mark.parametrize(("paragraph", "reason"), [
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("34 Comments", "comments counter"),
    ("Comments (34)", "comments counter"),
    ("Share this article", "share prompt"),
    ("Sign up for our newsletter to get the day's news in your inbox.", "newsletter pitch"),
    ("Related: Council approves budget for new library", "related links"),
    ("Read more: How the old terminal was built in 1931", "related links"),
    ("You may also like", "related links"),
    ("Photo: Anna Berg/AFP", "photo credit"),
    ("Image credit: Vellin Herald archive", "photo credit"),
    ("© Getty Images", "photo credit"),
    ("We use cookies to improve your experience. By browsing you accept our cookie policy.",
     "cookie notice"),
    ("Follow us on Twitter and Facebook for the latest updates.", "follow prompt"),
    ("(Reporting by Jan Holm; Editing by Sara Lind)", "reporting credit"),
    ("Filed under: Transport, Harbour", "tags line"),
])
def test_rules_name_the_boilerplate(paragraph: str, reason: str) -> None:
    assert match_rule(paragraph) == reason


@pytest.mark.parametrize("paragraph", [
    STORY[0],
    "The newsletter, which the mayor sends to every household, announced the closure first.",
    "An official declined to comment on the figures to Reuters when asked about the deadline.",
    "Related questions will be answered at the public meeting, the authority said on Tuesday.",
    "Bakers say cookies and cakes sell best in the week before the harbour festival begins.",
    "More than 300 residents signed the petition against the move to the cargo quay.",
    "Comments from residents were mostly about the walk from the bus station.",
])
def test_rules_keep_real_sentences(paragraph: str) -> None:
    assert match_rule(paragraph) is None


def test_title_author_site_url_and_published_date_from_markup() -> None:
    page = extract_html(article_page(head=METADATA_HEAD))
    assert page.title is not None and "Ferry terminal" in page.title
    assert page.author == "Marta Oskarsdottir"
    assert page.site_name == "Vellin Herald"
    assert page.url == "https://herald.example/news/ferry-terminal"
    # the published date, not the modified one
    assert (page.date, page.date_evidence) == ("2019-11-18", "meta article:published_time")


def test_date_from_json_ld_when_no_meta_tag() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2020-02-29T08:00:00Z"}</script>')
    page = extract_html(article_page(head=head))
    assert page.date == "2020-02-29" and page.date_evidence.startswith("json-ld datePublished")


def test_json_ld_date_of_the_article_node_before_a_video_or_listed_story() -> None:
    head = ('<script type="application/ld+json">{"@graph": ['
            '{"@type": "VideoObject", "datePublished": "2019-05-01T08:00:00+02:00"}, '
            '{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "datePublished": "2018-01-01"}]}, '
            '{"@type": ["NewsArticle"], "datePublished": "2020-02-27T08:00:00+01:00"}]}</script>')
    page = extract_html(article_page(head=head))
    assert page.date == "2020-02-27" and page.date_evidence.startswith("json-ld datePublished")


def test_date_falls_back_to_htmldate_using_the_url() -> None:
    page = extract_html(article_page(), url="https://herald.example/2021/03/04/ferry-terminal")
    assert page.url == "https://herald.example/2021/03/04/ferry-terminal"
    assert (page.date, page.date_evidence) == ("2021-03-04", "htmldate original")


def test_page_without_an_article_keeps_its_metadata() -> None:
    page = extract_html(f"<html><head><title>Pier closes</title>{METADATA_HEAD}</head>"
                        "<body><div></div></body></html>")
    assert page.body == ""
    assert (page.title, page.author) == ("Pier closes", "Marta Oskarsdottir")
    assert (page.date, page.date_evidence) == ("2019-11-18", "meta article:published_time")


def test_no_date_evidence_gives_none_and_empty_evidence() -> None:
    page = extract_html(article_page())
    assert (page.date, page.date_evidence) == (None, "")


def test_invalid_calendar_day_in_meta_is_ignored() -> None:
    head = '<meta property="article:published_time" content="2019-02-31T10:00:00Z">'
    page = extract_html(article_page(head=head))
    assert page.date_evidence != "meta article:published_time"


def test_deeply_nested_page_keeps_its_text_and_finishes() -> None:
    depth = 100_000
    html = ("<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in STORY)
            + "</div>" * depth + "</body></html>")
    started = time.perf_counter()
    page = extract_html(html)
    assert time.perf_counter() - started < 10
    # libxml2 alone would silently drop everything below depth 256
    assert STORY[0] in page.body


def test_unclosed_deep_nesting_finishes() -> None:
    page = extract_html("<html><body>" + "<div><span>" * 100_000 + "text")
    assert isinstance(page.body, str)


def test_cap_nesting_flattens_only_beyond_the_cap() -> None:
    html = "<div><div><div><p>deep</p></div></div></div>"
    assert cap_nesting(html, 10) == html
    assert cap_nesting(html, 2) == "<div><div>deep</div></div>"


def test_cap_nesting_ignores_tags_inside_scripts_and_comments() -> None:
    html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --><p>x</p></div>"
    assert cap_nesting(html, 2) == html


def test_unclosed_paragraphs_do_not_count_as_nesting() -> None:
    html = "<div>" + "<p>para" * 1000 + "</div>"
    assert cap_nesting(html, 5) == html


def test_parse_keeps_depth_up_to_the_cap() -> None:
    tree = parse_html("<html><body>" + "<div>" * 300 + "<p>deep text</p>" + "</div>" * 300,
                      max_depth=400)
    assert tree.xpath("count(//div)") == 300
    assert "deep text" in tree.text_content()


@pytest.mark.parametrize("html", ["<a " * 20_000, "<" * 100_000, "<!--" * 50_000 + "<p>x</p>",
                                  "<script>" * 50_000, "</div>" * 50_000])
def test_hostile_markup_is_fast_and_never_crashes(html: str) -> None:
    started = time.perf_counter()
    try:
        page = extract_html(html)
    except MalformedInputError:
        pass
    else:
        assert isinstance(page.body, str)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize("html", ["", "   \n\t ", "\x00\x00\x01"])
def test_empty_input_is_an_input_error(html: str) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        extract_html(html)


def test_comment_only_input_is_malformed() -> None:
    with pytest.raises(MalformedInputError, match="cannot parse HTML"):
        extract_html("<!-- nothing but a comment -->")


def test_garbage_text_is_cleaned_not_an_error() -> None:
    page = extract_html("\x01\x02 \x0b}{ ;; \x00")
    assert not any(ch in page.body for ch in "\x00\x01\x02\x0b")
    assert page.title is None and page.date is None and page.dropped == ()


def test_xml_declaration_and_foreign_charset_meta_are_parsed() -> None:
    html = ('<?xml version="1.0" encoding="iso-8859-1"?>'
            + article_page().replace('charset="utf-8"', 'charset="iso-8859-1"')
            .replace("Port Vellin", "Port Vellín"))
    assert "Port Vellín" in extract_html(html).body


def test_errors_belong_to_the_input_branch() -> None:
    assert issubclass(MalformedInputError, InputError) and issubclass(EmptyInputError, InputError)


def test_every_author_of_a_json_ld_author_array() -> None:
    # trafilatura keeps one name of a schema.org author array; the agency credited beside it counts too
    head = ('<meta name="author" content="Marta Oskarsdottir">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
            '{"@type": "Person", "name": "Marta Oskarsdottir"}, {"@type": "Organization", "name": "Nordwire"}]}'
            '</script>')
    assert extract_html(article_page(head=head)).author == "Marta Oskarsdottir; Nordwire"
    assert extract_html(article_page(head=METADATA_HEAD)).author == "Marta Oskarsdottir"


YOAST_GRAPH = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
               '{"@type": "Article", "@id": "https://vellin.example/a/#article", '
               '"author": {"@id": "https://vellin.example/#/schema/person/1"}, '
               '"publisher": {"@id": "https://vellin.example/#organization"}}, '
               '{"@type": "Organization", "@id": "https://vellin.example/#organization", "name": "Vellin Blog"}, '
               '{"@type": "Person", "@id": "https://vellin.example/#/schema/person/1", "name": "%s"}]}</script>')


def test_json_ld_author_and_publisher_given_by_their_id() -> None:
    # Yoast SEO's @graph names the article's author and publisher by @id only; their nodes hold the names
    tree = parse_html(article_page(head=YOAST_GRAPH % "Marta Oskarsdottir"))
    assert site_name_from_markup(tree) == "Vellin Blog"
    assert authors_from_markup(tree) == ["Marta Oskarsdottir"]


def test_a_user_name_with_digits_as_the_markup_writes_it() -> None:
    # trafilatura drops a name's digits ('happyface313' -> 'Happyface'); the markup's name is the author's
    head = '<meta name="author" content="vellinfan313">' + YOAST_GRAPH % "vellinfan313"
    assert extract_html(article_page(head=head)).author == "vellinfan313"


def test_lines_below_the_headline_are_kept_for_the_byline() -> None:
    from storyline.clean.page_head import below_headline

    lines = ["Home", "Wärmepumpe im Altbau", "Eignet sich eine Wärmepumpe im Altbau?", "von Alexander Rosenkranz",
             "09.03.2022", "Seite teilen:", "Erster Absatz", "Eignet sich eine Wärmepumpe im Altbau? Ja, wenn die Vorlauftemperatur stimmt."]
    assert below_headline(lines, "Eignet sich eine Wärmepumpe im Altbau?")[:2] == ["von Alexander Rosenkranz", "09.03.2022"]
    # a paragraph that opens with the headline's words is prose, not a copy of it
    assert below_headline(lines[6:], "Eignet sich eine Wärmepumpe im Altbau?") == []


def test_a_user_name_with_digits_as_the_author_label_prints_it() -> None:
    # no markup author: trafilatura reads the author box and cuts the name at its digit ('Bo2man' -> 'Bo')
    inside = '<div class="left author">Author: <a href="index.php?site=profile&amp;id=58"><b>Vell2fan</b></a> am 29.12.2010, 13:36 Uhr</div>'
    assert extract_html(article_page(inside=inside)).author == "Vell2fan"


def test_a_json_ld_publisher_given_as_a_plain_name() -> None:
    # schema.org's data model accepts text where a node is expected: "publisher": "NAME" (branch htmlmeta)
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": "Lakeshore Ledger"}</script>'
    assert site_name_from_markup(parse_html(article_page(head=head))) == "Lakeshore Ledger"


def test_an_email_after_the_name_in_a_meta_author_field() -> None:
    # trafilatura's normalize_authors turns 'NAME a.b@paper.example' into 'NAME a b example' (branch htmlmeta)
    head = '<meta name="author" content="Marta Oskarsdottir marta.osk@vellin.example">'
    assert extract_html(article_page(head=head)).author == "Marta Oskarsdottir"


def test_the_application_name_when_no_open_graph_or_json_ld_field_names_the_site() -> None:
    # HTML's standard 'application-name' metadata name (branch htmlmeta)
    head = '<meta name="application-name" content="Lakeshore Ledger">'
    assert site_name_from_markup(parse_html(article_page(head=head))) == "Lakeshore Ledger"
    head += '<meta property="og:site_name" content="The Lakeshore Ledger">'
    assert site_name_from_markup(parse_html(article_page(head=head))) == "The Lakeshore Ledger"
