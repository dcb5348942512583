"""A site's logo in a text scrape's header: a short name over the menu of sections, or a broadcaster's news brand
opening the menu line itself. Split from clean/outlet_finders.py."""
from __future__ import annotations

import re

from storyline.clean.site_links import page_texts
from storyline.clean.title_lines import LOGO_NAME, acronym_logo
from storyline.model import Article

# menu items apart by a bar or a dot, or by a run of blanks (a text scrape of a nav bar's links)
_MENU_ITEMS = re.compile(r"\s+[|·•]\s+|\s{2,}")


def logo_over_menu(article: Article, titles: set[str]) -> str | None:
    """A page opening with a short capitalised name right above its menu of sections ('The
    Continental' / 'U.S. | Politics | Climate | Opinion' / headline): the site's logo, as a header
    prints it. Three menu items or more ('English' alone is a language switch under a headline,
    dates-dev dev), and the name is not one of the page's `titles` (its headline)."""
    texts = page_texts(article)
    menus = {d.text.strip() for d in article.dropped if d.reason == "navigation"}
    # a menu of links apart by blanks only is set apart as boilerplate, not as a navigation bar
    # (and a line the batch's other pages print too is the site's, as a menu item printed on every page is)
    furniture = menus | {d.text.strip() for d in article.dropped if d.reason in ("boilerplate", "repeated")}
    # the site's slogan may sit between its logo and the menu ('Inkwell' / 'Independent journalism. No
    # paywall.' / 'Politics | Money | …': the lead's twenty-first invented story): a short dropped line
    at = 2 if len(texts) > 2 and _tagline(texts[1].strip(), furniture) else 1
    if len(texts) <= at or not (_menu_bar(texts[at].strip(), furniture) or _menu_column(texts[at:], furniture)):
        return None
    first = " ".join(texts[0].split())
    # a call to action heading the page ('Subscribe' / 'Sign in' / 'e-Paper' / menu: probe42's Hindu-shaped
    # scrape) is set aside as a promo, as no site's logo is
    promos = {d.text.strip() for d in article.dropped if d.reason == "promo"}
    if first in menus | titles | promos:
        return None
    return first if LOGO_NAME.fullmatch(first) else acronym_logo(first)


def _menu_bar(text: str, furniture: set[str]) -> bool:
    return text in furniture and len(_MENU_ITEMS.split(text)) >= 3


def _menu_column(texts: list[str], furniture: set[str]) -> bool:
    """A menu printed one link per line (title_lines.VERTICAL_MENU_ITEMS of them or more, each set aside by
    cleaning): a nav list's block links as a scrape prints them."""
    from storyline.clean.title_lines import VERTICAL_MENU_ITEMS, is_menu_item

    items = texts[:VERTICAL_MENU_ITEMS]
    return len(items) == VERTICAL_MENU_ITEMS and all(t.strip() in furniture and is_menu_item(t) for t in items)


# a broadcaster's logo printed as the first item of the menu on its own line ('SCB News  Just In  Politics  World'):
# a news brand of initials and 'News' (ABC News, CBS News, ITV News), never a section's name
_INITIALS_NEWS = re.compile(r"[A-Z]{2,5}\s+News")


def logo_opening_menu(article: Article, titles: set[str]) -> str | None:
    texts = page_texts(article)
    items = _MENU_ITEMS.split(texts[0].strip()) if texts else []
    if len(items) < 4 or texts[0].strip() in titles:
        return _masthead_opening_crumbs(texts[0].strip(), titles) if texts else None
    if _INITIALS_NEWS.fullmatch(items[0]) or _registered_home_link(items):
        return items[0]
    return _masthead_opening_crumbs(texts[0].strip(), titles)


def _registered_home_link(items: list[str]) -> bool:
    """'Nation.Africa | Business | Markets | Opinion', 'Monitor | News | National | Sport': a menu bar whose first
    link is the site's home link under its own name, an outlet the registry knows, and whose other links are
    sections. Nation Media Group's, Mwananchi's and Royal Media's sites print their header so (branch probe44's
    Kenyan, Ugandan and Tanzanian scrapes). Not a list of outlets ('CNN | BBC | Reuters | AP': a partner strip),
    where another item is an outlet too."""
    from storyline.clean.outlet import registry_outlet

    if registry_outlet(items[0]) is None:
        return False
    return not any(registry_outlet(item) for item in items[1:])


def _masthead_opening_crumbs(first: str, titles: set[str]) -> str | None:
    from storyline.clean.title_lines import masthead_crumbs

    return None if first in titles else masthead_crumbs(first)


# a slogan under a logo is a few words ('Nonprofit. Nonpartisan. Maryland.', 'The magazine for structural
# engineers'), dropped as boilerplate, with no menu bar in it
TAGLINE_WORDS = 8


def _tagline(text: str, furniture: set[str]) -> bool:
    return text in furniture and len(text.split()) <= TAGLINE_WORDS and len(_MENU_ITEMS.split(text)) < 2
