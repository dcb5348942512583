"""The outlet a byline's credit names ('By Ana Ruiz, Tri-County Herald', 'by NAME, WKVB 7 Sports'): one
the registry knows, or a name shaped as an outlet's or a station's. Split from clean/byline.py."""
from __future__ import annotations

import re

from storyline.clean.outlet import registry_outlet
from storyline.rules import words

# An outlet's name on a credit line: a few capitalised words ending in a newspaper's, agency's or
# broadcaster's head word ('Tri-County Herald', 'The Harbour Ledger'; rules/citations.toml
# [outlet_heads]), less a role after it ('… Staff Writers', rules/bylines.toml [credit_roles]).
CREDIT_NAME_WORDS = 5


def credited_outlet(text: str) -> str | None:
    """The outlet a byline's credit names: one the registry knows, else a name shaped as an outlet's."""
    known = registry_outlet(text)
    if known:
        return known.name
    name = " ".join(text.split())
    roles = sorted(words("bylines", "credit_roles"), key=len, reverse=True)
    for role in roles:
        if name.casefold().endswith(" " + role):
            name = name[: -len(role) - 1].rstrip()
            break
    known = registry_outlet(name)
    if known:
        return known.name
    if _station(name):
        from storyline.extract.outlet_names import station_prefix

        return station_prefix(name) or name
    parts = name.split()
    heads = words("citations", "outlet_heads") | words("credits", "masthead_heads")
    shaped = 2 <= len(parts) <= CREDIT_NAME_WORDS and all(p[:1].isupper() for p in parts) \
        and (parts[-1] in heads or " ".join(parts[-2:]) in heads)
    return name if shaped or _glued_head(name, heads) or _web_brand(name) else None


def _web_brand(name: str) -> bool:
    """'MailOnline', 'POSTONLINE', 'Dailymail.com': one word that is a site's web brand (a name glued to
    'Online', the Daily Mail's byline credit 'By NAME FOR MAILONLINE'; or a domain) — no person's name."""
    return re.fullmatch(r"(?i)[a-z]{2,}online|[a-z][\w-]+\.(?:com|co\.uk|net|org|com\.au)", name) is not None


def _glued_head(name: str, heads: frozenset[str]) -> bool:
    """'VoltaFM', 'CitiTV': a brand written as one word with its capitalised medium glued to it, as
    radio and TV stations style themselves (Ghana's 'JoyFM', 'CitiFM'; lead36) — the head word of
    [outlet_heads] ends it in capitals, so no person's name has that shape."""
    m = re.fullmatch(r"[A-Z][a-z]{2,}(?P<head>[A-Z]{2,3})", name)
    return m is not None and m["head"] in heads


def _station(name: str) -> bool:
    """A broadcaster's call sign with its channel, suffix or 'News' ('KTVN News 4', 'WHFR-TV'; FCC 47 CFR
    73.3550, extract.outlet_names.station_key): a station's name, no person's, though it ends in no head word."""
    from storyline.extract.outlet_names import station_key, station_prefix

    key = " ".join(name.casefold().split())
    sign = station_key(key) if name[:1].isupper() and name.split()[0].isupper() else None
    return (sign is not None and sign != key) or station_prefix(name) is not None


def name_before_outlet(name: str) -> str:
    """'MARY CLAYTON Associated Press' -> 'MARY CLAYTON': an outlet the registry knows printed after the
    names without a comma, as AP copy on member papers' sites credits it ('By JANE DOE and JOHN ROE
    Associated Press': AP Stylebook 'bylines'); two name words stay, and the outlet is a name of two words
    or more, or the names are set in capitals and it is not (a one-word surname may be a title's name)."""
    tokens = name.split()
    for k in range(2, len(tokens)):
        head, tail = tokens[:k], tokens[k:]
        contrast = all(t.isupper() for t in head) and not all(t.isupper() for t in tail)
        if ((len(tail) >= 2 or contrast) and registry_outlet(" ".join(tail))) or _the_outlet(tail):
            return " ".join(head)
    return name


# 'The' and up to three capitalised words ending in a newsroom's head word ('The Canadian Press', 'The Dominion
# Press'): an outlet after the names with no comma, as a member site prints an agency's copy ('By NAME The
# Canadian Press'); a person's name holds no 'The' (branch probe25; the dates-dev texts' one such line, 'By
# NAME The Associated Press', the registry knows)
_MAX_THE_OUTLET = 4


def _the_outlet(tail: list[str]) -> bool:
    heads = words("citations", "outlet_heads")
    return 2 <= len(tail) <= _MAX_THE_OUTLET and tail[0] == "The" and tail[-1] in heads \
        and all(t[:1].isupper() for t in tail)
