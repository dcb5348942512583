"""How a page's own names meet the outlet registry (rules/outlets*.toml): the site name the page declares when
it spells its domain's registry outlet its own way, the one registry outlet a furniture line names alone, and the
letters a host name spells a masthead with (branch html37 moved them here).
Split from clean/outlet_finders.py (branch outlets31)."""
from __future__ import annotations

import re

from storyline.clean.author_check import name_tokens
from storyline.clean.outlet import Outlet, domain_of, fold_name, is_legal_entity, registry_outlet, strip_company_form
from storyline.clean.site_links import linked_names
from storyline.model import Article
from storyline.rules import mapping, words

# a host name printed alone ('braunschweiger-zeitung.de')
BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,13}$", re.I)


def declared_form_of(article: Article, known: Outlet) -> str | None:
    """The site name the page's markup declares, when it spells the registry's outlet for the page's domain
    its own way: it holds the outlet's name ('WIRED UK', 'LN - Lübecker Nachrichten',
    'detikHealth', 'KOMPAS.com'). Not a name holding neither (a slogan, a section, another name the outlet
    goes by: 'The i Paper' for 'i'), a company ('TAZ Verlags- und Vertriebs GmbH'), nor a domain or link.
    dates-dev HTML dev half: 44 pages on a registry domain declare such a form; the declared name is the gold
    outlet on 41 of them, the registry's name on 35 (7 better, 1 worse: 'rbb24 Website' for 'RBB24')."""
    given = " ".join((article.metadata.get("site_name") or "").split())
    if not given or article.metadata.get("site_name_from") == "host" or domain_of(given):
        return None
    # the name itself, not its domain's label: 'WSJ' and 'NYTimes' are handles, not the mastheads
    # (metadata_pages HTML dev: taking a domain's label kept them on 4 pages, and 2 of its 40 outlets were lost)
    forms = {fold_name(known.name)}
    if is_legal_entity(given):  # the masthead and its company form only ('oe24 GmbH'), as _from_site_name keeps it
        return given if fold_name(strip_company_form(given)) in forms else None
    folded = fold_name(given)
    # the masthead in its own script, where the registry's name is its Latin spelling ('اليوم السابع' for
    # 'Youm7'): the page's own name, as a site in that script declares it
    own_script = {fold_name(s) for s in known.short if not re.search(r"[A-Za-z]", s)}
    return given if folded in own_script or any(len(f) >= 3 and f in folded for f in forms) else None


# A group's footer lists its sister titles one a line, a few lines apart at most (a network's links).
LIST_SPAN = 5


def registry_line(article: Article, furniture: list[str]) -> tuple[str, Outlet] | None:
    """The first furniture line that names alone an outlet the registry knows, and no list of outlets: a
    group's footer lists its sister titles one a line ('Leipziger Volkszeitung', 'Kieler Nachrichten',
    'Lübecker Nachrichten', …), so a name with another outlet's within LIST_SPAN lines is a list item
    (branch outlets31: the regional registry files made one dev text page's sister title its outlet)."""
    linked: list[str] | None = None
    hits: list[tuple[int, str, Outlet]] = []
    for at, line in enumerate(furniture):
        # a short name alone on a line is as often a label ('Bild:', 'i', 'ARD' in a menu) as a logo
        plain = 3 < len(line) <= 40 and line[-1].isalnum() and not BARE_DOMAIN.match(line)
        known = registry_outlet(line) if plain else None
        if known:
            # a section ('Metro') or a partner's story list ('The Hill') is a known name alone on a line too; a
            # site linking to itself by another name ('More from FOX 2', 'About New York Post') is not that
            # outlet. dates-dev text dev: of the 5 pages this reader answered, the 3 wrong ones link to
            # themselves under the gold name, the 2 right ones not at all.
            linked = linked_names(article) if linked is None else linked
            if linked and all(registry_outlet(name) != known for name in linked):
                continue
            hits.append((at, line, known))
    listed = {at for at, _l, known in hits for other, _o, name in hits if name != known and abs(other - at) <= LIST_SPAN}
    return next(((line, known) for at, line, known in hits if at not in listed), None)


def host_spellings(name: str) -> set[str]:
    """A masthead's letters as a host name spells them: all its words, and all but an opening definite
    article (rules/outlets.toml [name_articles]: 'L'Écho du Bocage' is echodubocage)."""
    spelled: set[str] = set()
    for tokens in {name_tokens(name), name_tokens(transliterated(name)), name_tokens(transliterated(name, "host_letters"))}:
        spelled.add("".join(tokens))
        if len(tokens) > 1 and tokens[0] in words("outlets", "name_articles"):
            spelled.add("".join(tokens[1:]))
    return spelled


def transliterated(name: str, rule: str = "host_transliterations") -> str:
    """'Hunsrück Kurier' as its host spells it, 'Hunsrueck Kurier' (rules/outlets.toml [host_transliterations]);
    with `rule` "host_letters", 'Sørlandsbladet' as 'Sorlandsbladet' ([host_letters])."""
    table = mapping("outlets", rule)
    return "".join(table.get(c, table.get(c.lower(), c)) for c in name)
