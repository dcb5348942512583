"""The days a page prints only beside its article: in reader comments, a related-stories list, an aside or
an embedded post.

htmldate reads a page's first plausible date when its markup gives none; on a page whose article prints
only a relative stamp ('3 hours ago'), that is a teaser's or a comment's day. Apart from clean.html_meta,
which had reached 600 lines.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# The blocks beside an article whose dates are others': reader comments, related and recommended stories'
# lists, asides (the same 'comment' exclusion as _IN_COMMENTS; 'related' in a class or id, HTML's <aside>),
# and an embedded social post (Twitter's and Instagram's embed code: a blockquote of class 'twitter-tweet' /
# 'instagram-media', dated by its post). Not the site's header: a top bar's today widget ('Štvrtok, 21. marca
# 2024') is a dateline-shaped line the dateline finder takes anyway (html31 found the same).
_BESIDE = ("//aside | //*[contains(@class, 'comment') or contains(@id, 'comment') or contains(@class, 'related') "
           "or contains(@id, 'related')] | //blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')]")


def printed_only_beside(tree: HtmlElement, day: str) -> bool:
    """Whether htmldate's day is printed on the page only in blocks beside the article (reader comments,
    a related-stories list, an aside) and not in the rest of it: a comment's or a teaser's day, not the
    page's (invented pages of unseen sites, branch html33: an article stamped only '3 hours ago' was dated
    by its related list's first teaser, another only 'yesterday' by its first comment, both wrong; the
    `<time>` elements of comments were html31's `_only_comments_time`). A day read from an attribute,
    printed nowhere, is left to htmldate."""
    from storyline.clean.dateline import find_dates

    blocks = tree.xpath(_BESIDE)
    if not blocks:
        return False
    languages = ((tree.getroottree().getroot().get("lang") or "")[:2].casefold(),)
    beside = "\n".join(block.text_content() for block in blocks)
    if day not in {m.value.isoformat() for m in find_dates(beside, languages, any_year=True)}:
        return False
    rest = copy.deepcopy(tree.getroottree().getroot())
    for element in rest.xpath(_BESIDE + " | //script | //style | //template"):
        if element.getparent() is not None:
            element.getparent().remove(element)
    if day in {m.value.isoformat() for m in find_dates(rest.text_content(), languages, any_year=True)}:
        return False
    # nor in an attribute outside them: a link's dated path ('/2014/05/18/…', the post's own permalink), a
    # COinS 'rft.date=2014-05-18' (dates-dev dev: a blog whose only printed copy of its day is its first
    # comment's, dated by its own links)
    from lxml.html import tostring

    markup = tostring(rest, encoding="unicode")
    return not any(form in markup for form in (day, day.replace("-", "/"), day.replace("-", "")))
