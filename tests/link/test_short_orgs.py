"""The short-name index (link/short_orgs.py) against the scan it replaced: every organisation name tried for
every mention. Names are drawn from a few invented words, generic tails and partnership forms so that
prefixes, tails, partners and a mention's own name all collide often."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_entity
from storyline.extract.entities import ArticleEntity
from storyline.extract.names import TITLE_WORDS, alias_key, fold
from storyline.extract.person_names import is_given_name
from storyline.link.org_merge import _DROPPED_TAILS
from storyline.link.short_orgs import OrgNames, _partners, as_short_org

_WORDS = ["Harwick", "Brandt", "Lowe", "Garrity", "Ostrander", "Flats", "Dr."]
_TAILS = sorted(t.capitalize() for t in _DROPPED_TAILS if t.isalpha())[:6]


def _scanned(words: list[str], person: bool, names: list[str]) -> tuple[set[str], bool]:
    """The former as_short_org loop: the names the mention's words shorten, and whether one is its own."""
    found, own = set(), False
    for name in names:
        full = alias_key(name).split()
        if full == words:
            own = True
            continue
        rest = full[len(words):]
        if (person and full[:len(words)] == words and rest and all(w.rstrip(".") in _DROPPED_TAILS for w in rest)) \
                or (len(_partners(name)) > len(words) and _partners(name)[:len(words)] == words):
            found.add(name)
    return found, own


def _former_as_short_org(e: ArticleEntity, names: list[str]) -> ArticleEntity:
    """The former as_short_org: its guards (a given name, a gender, a title call a person), then the scan."""
    words = alias_key(e.name).split()
    if e.label not in ("PERSON", "ORG") or len(words) < 2 or is_given_name(e.name.split()[0]) or e.gender \
            or any(fold(m.text).split()[0].strip(".") in TITLE_WORDS for m in e.mentions if m.text.strip()):
        return e
    found, own = _scanned(words, e.label == "PERSON", names)
    if len(found) != 1 and not own:
        return e
    return ArticleEntity("ORG", found.pop() if len(found) == 1 else e.name, [replace(m, label="ORG") for m in e.mentions])


_plain = st.lists(st.sampled_from(_WORDS + _TAILS), min_size=2, max_size=4).map(" ".join)
_firm = st.tuples(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3), st.sampled_from(_WORDS),
                  st.sampled_from(["&", "and"]), st.sampled_from(["", " LLP"])) \
    .map(lambda t: f"{', '.join(t[0])} {t[2]} {t[1]}{t[3]}")
_names = st.lists(st.one_of(_plain, _firm), max_size=12)


@settings(max_examples=300, deadline=None)
@given(names=_names, mention=st.lists(st.sampled_from(_WORDS + _TAILS), min_size=2, max_size=3), person=st.booleans())
def test_the_index_finds_what_the_scan_found(names, mention, person):
    words = alias_key(" ".join(mention)).split()
    index = OrgNames.of(names)
    found, own = _scanned(words, person, names)
    assert index.shortened(tuple(words), person) == found
    assert (tuple(words) in index.own) == own
    entity = make_entity("PERSON" if person else "ORG", " ".join(mention))
    result = as_short_org(entity, index)
    assert result == _former_as_short_org(entity, names)
    assert as_short_org(entity, names) == result  # a plain list of names reads the same


def test_a_name_a_generic_tail_ends_is_keyed_before_the_tail_only():
    index = OrgNames.of(["Harwick State University", "Whitlock, Baines & Ostrander"])
    assert index.shortened(("harwick", "state"), True) == {"Harwick State University"}
    assert index.shortened(("harwick", "state"), False) == set()
    assert index.shortened(("harwick",), True) == set()  # 'State University' is no generic tail
    assert index.shortened(("whitlock", "baines"), False) == {"Whitlock, Baines & Ostrander"}
