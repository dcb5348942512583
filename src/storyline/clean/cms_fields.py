"""Author and publication fields that CMSs and analytics tags write outside the common meta names:
Parse.ly's `parsely-page` JSON, Yoast SEO's and Ghost's labelled Twitter card rows, and RDFa dates on
elements other than <meta> (Drupal 7's node markup).

Each reader gives values as the page writes them; html_meta decides their rank among the other fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from storyline.rules import words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A reader comment's markup (the exclusion html_meta uses for author links and <time> elements)
_IN_COMMENTS = "ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')]"
_NOT_IN_COMMENTS = f"[not({_IN_COMMENTS})]"


def parsely_page(tree: HtmlElement) -> dict[str, object]:
    """The `parsely-page` meta tag's JSON (Parse.ly's legacy metadata tag: title, link, pub_date, author,
    authors, section, tags; docs.parse.ly 'parsely-page'), or {} when the page has none or it is no JSON."""
    for value in tree.xpath("//meta[@name='parsely-page']/@content"):
        try:
            data = json.loads(str(value))
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return {}


def parsely_published(tree: HtmlElement) -> str | None:
    """The `pub_date` of the page's parsely-page tag (ISO 8601, UTC as Parse.ly asks for it)."""
    value = parsely_page(tree).get("pub_date")
    return value if isinstance(value, str) else None


def parsely_authors(tree: HtmlElement) -> list[str]:
    """The `authors` list of the page's parsely-page tag, else its single `author`."""
    data = parsely_page(tree)
    listed = data.get("authors")
    names = listed if isinstance(listed, list) else [data.get("author")]
    return [" ".join(n.split()) for n in names if isinstance(n, str) and n.strip()]


def labelled_card_authors(tree: HtmlElement) -> list[str]:
    """The Twitter card row whose label is a byline introducer: Yoast SEO writes `twitter:label1`
    'Written by' (translated: 'Verfasst von', 'Écrit par', 'Scritto da'…) with the post author's name in
    `twitter:data1`, and Ghost does the same; the label is matched against rules/bylines.toml
    [byline_words], so a reading-time row ('Est. reading time') names no one."""
    introducers = words("bylines", "byline_words")
    rows: dict[str, dict[str, str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").casefold()
        for part in ("label", "data"):
            if key.startswith(f"twitter:{part}") and key[len(f"twitter:{part}") :].isdigit():
                rows.setdefault(key[len(f"twitter:{part}") :], {})[part] = " ".join((meta.get("content") or "").split())
    return [
        row["data"]
        for _n, row in sorted(rows.items())
        if row.get("data") and row.get("label", "").casefold().rstrip(":") in introducers
    ]


def rdfa_published(tree: HtmlElement) -> Iterator[str]:
    """The @content of the first element outside reader comments whose RDFa @property names a creation
    date (rules/datelines.toml [rdfa_published]): Drupal 7 marks its comments' dates the same way, and
    the first such element outside them is the node's own (its teasers of other nodes come later)."""
    names = words("datelines", "rdfa_published")
    for element in tree.xpath("//*[@property and @content][not(self::meta)]" + _NOT_IN_COMMENTS):
        if any(token.casefold() in names for token in str(element.get("property")).split()):
            yield str(element.get("content"))
            return


def published_times(tree: HtmlElement) -> list[str]:
    """The datetime of the page's `<time pubdate>` / `<time itemprop="datePublished">` elements, those inside
    the page's own article first: HTML5's draft pubdate attribute dates "the nearest ancestor article
    element", and themes that used it marked every sidebar teaser's `<time>` so, printed before the article
    in the markup (invented pages of branch html37: 4 of 4 old-WordPress-style pages took a teaser's day).
    One inside another `<article>` (a teaser card) dates that card only."""
    from storyline.clean.html_meta import article_element

    # jQuery timeago's <abbr class="timeago" title="ISO 8601"> (timeago.yarp.com), a relative text over the
    # stamp it keeps in its title (invented pages of branch html38: 6 of 8 took a listed story's day instead)
    times = tree.xpath("//time[@pubdate or @itemprop='datePublished'][@datetime]"
                       " | //abbr[contains(concat(' ', normalize-space(@class), ' '), ' timeago ')][@title]")
    own = article_element(tree)
    if own is None or own.tag != "article":
        return [_stamp(t) for t in times]
    inside = [t for t in times if own in t.iterancestors()]
    outside = [t for t in times if own not in t.iterancestors() and not t.xpath("ancestor::article")]
    return [_stamp(t) for t in inside + outside]


def _stamp(element: HtmlElement) -> str:
    return str(element.get("datetime") or element.get("title"))


def archive_link_names(tree: HtmlElement, within: bool) -> Iterator[str]:
    """The text of each link to an author archive, '<segment>/<slug>' with a segment of rules/bylines.toml
    [author_archives] ('/autori/andrei-popescu', '/writers/jane-roe/'), outside reader comments, in page order:
    the slug is the path's last part and has letters. A link to the archives' index ('/authors/') names no one,
    nor does a section of that name holding dated stories ('/journalist/2012-06/01/content_25335209.htm', a
    news agency's reporters' section on a dates-dev dev page)."""
    for element in tree.xpath(("." if within else "") + "//a[@href]" + _NOT_IN_COMMENTS):
        if is_archive_link(str(element.get("href"))):
            yield " ".join(element.text_content().split())


def is_archive_link(href: str) -> bool:
    """Whether a link leads to an author's archive: '<segment>/<slug>' (see `archive_link_names`), or a query
    naming the author by a key of rules/bylines.toml [author_queries] ('/?author=3', '/blog?author=5f3e2')."""
    try:
        parts = urlsplit(href)
    except ValueError:  # a malformed address ('//[ccpa-preferences]', a dates-dev dev page's consent link)
        return False
    path = [p for p in parts.path.casefold().split("/") if p]
    if len(path) > 1 and path[-2] in words("bylines", "author_archives") and "." not in path[-1] \
            and any(c.isalpha() for c in path[-1]):
        return True
    query = parse_qs(parts.query)
    return any(value.strip() for key in words("bylines", "author_queries") for value in query.get(key, []))


# Dublin Core's creator fields, whose personal names are written inverted ('Lastname, Firstname': DCMI
# "Using Dublin Core", Creator; the form library catalogues use)
INVERTED_FIELDS = ("dc.creator", "dcterms.creator")


def uninverted(value: str) -> str:
    """'Kuznetsova, Anna' as a byline prints it, 'Anna Kuznetsova': a creator field of two parts of one word
    each (more parts are a list of names, 'Anna Lee, Tom Roe', and stay as written)."""
    parts = [p.strip() for p in value.split(",")]
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 and all(p and len(p.split()) == 1 for p in parts) else value


MAX_CO_AUTHOR_WORDS = 6  # html_meta.MAX_LINK_NAME_WORDS: a longer link text is a headline, not a name


def co_author_links(tree: HtmlElement) -> list[str]:
    """The names of the author links printed beside the page's first one, in the one element that holds it: the
    byline of a story with several writers, each linked to an archive ('<h4 class="author-name"><a>NAME</a>, <a>NAME
    </a></h4>': Ghost's {{authors}} helper; WordPress's Co-Authors Plus coauthors_posts_links(), 'NAME, NAME and
    NAME'). A page's JSON-LD or meta field often names the primary author alone (Ghost's structured data carries its
    primary_author only; branch byline44's invented Ghost page). Link texts empty (an avatar) or too long are none."""
    first = next((a for a in tree.iter("a") if _author_link(a) and not a.xpath(_IN_COMMENTS)), None)
    if first is None or first.getparent() is None:
        return []
    names = [_link_name(a) for a in first.getparent().iterchildren("a") if _author_link(a)]
    return list(dict.fromkeys(names)) if len(names) > 1 else []


def _author_link(link: HtmlElement) -> bool:
    return bool(link.get("href")) and (link.get("rel") == "author" or is_archive_link(str(link.get("href")))) \
        and bool(_link_name(link))


def _link_name(link: HtmlElement) -> str:
    text = " ".join(link.text_content().split())
    return text if len(text.split()) <= MAX_CO_AUTHOR_WORDS else ""
