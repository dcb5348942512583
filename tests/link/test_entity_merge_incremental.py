"""The merge of only what a batch touches (issue 16.2) against the full merge, batch after batch."""
from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from test_entity_merge_blocking import _ENTITY, _articles, _dump

from storyline.extract.entities import ArticleEntity, Mention
from storyline.link.entity_blocks import components, merge_incremental
from storyline.link.entity_merge import merge_entities

_OUTLETS = ["Harbour Times", "The Times", "National Bank", "Union of Arts", "NB"]
# A wider pool than the blocking test's, so that most names share no key and the corpus falls into
# many components: a key the merge asks under and merge_keys left out then splits what must be one
# (each family of keys left out in turn fails this test)
_GIVEN = ["Anna", "John", "Kathryn", "Katie", "Fred", "Frederick", "Cheryl", "Mark", "W.", "Li"]
_SURNAMES = ["Smith", "Nuñez", "Nunez", "Boone Isaacs", "Isaacs", "Jenkin", "LaRue", "Ford", "Blazers", "Bank"]
_WORDS = ["Portland", "Trail", "Blazers", "National", "Bank", "Times", "Harbour", "Academy", "Arts", "Union", "Ford"]
_WIDE = st.tuples(
    st.sampled_from(["PERSON", "PERSON", "ORG", "GPE", "FAC"]),
    st.one_of(st.builds(lambda g, s: f"{g} {s}", st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES)),
              st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True).map(" ".join),
              st.sampled_from(_GIVEN + _SURNAMES + ["NB", "PTB", "Mrs. Smith", "Mr. Smith", "American Anna Smith",
                                                    "Unemployed John Smith", "the Times", "Academy of Arts"])),
    st.integers(1, 2))


@given(st.one_of(st.lists(st.lists(_ENTITY, min_size=1, max_size=8), min_size=1, max_size=14),
                 st.lists(st.lists(_WIDE, min_size=1, max_size=4), min_size=1, max_size=24)),
       st.randoms(use_true_random=False), st.lists(st.integers(0, 4), max_size=3))
@settings(max_examples=600, deadline=None, derandomize=True)
def test_the_touched_merge_equals_the_full_merge_after_every_batch(drawn, rng, cuts):
    # ids in a random order, so that a later batch's articles sort between the earlier ones
    articles = _articles(drawn)
    ids = sorted(articles)
    rng.shuffle(ids)
    bounds = sorted({0, len(ids), *(rng.randint(0, len(ids)) for _ in cuts)})
    merged: list = []
    outlets: list[str] = []
    for n, (lo, hi) in enumerate(pairwise(bounds)):
        now = outlets + [o for o in _OUTLETS[n::3] if o not in outlets]
        so_far = {a: articles[a] for a in ids[:hi]}
        result = merge_incremental(merged, so_far, ids[lo:hi], now, set(now) - set(outlets))
        merged, outlets = result.entities, now
        assert _dump(merged) == _dump(merge_entities(so_far, now)), f"batch {n + 1}"


def test_a_new_namesake_re_merges_its_block_only():
    # 'Smith' joins the most-mentioned full name ending in it: a new 'Anna Smith' mentioned most
    # moves every earlier 'Smith'; the Jones block is not merged again
    def article(*names: str) -> list[ArticleEntity]:
        return [ArticleEntity("PERSON", n, [Mention(10 * i, 10 * i + len(n), n, "PERSON")]) for i, n in enumerate(names)]

    old = {"a1": article("John Smith", "Smith"), "a2": article("Mary Jones", "Jones")}
    new = {"a0": article("Anna Smith", "Anna Smith", "Smith")}
    result = merge_incremental(merge_entities(old), old | new, new)
    assert result.remerged == 5 and result.referents == 7
    assert [(e.name, len(e.mentions)) for e in result.entities] == \
        [(e.name, len(e.mentions)) for e in merge_entities(old | new)]


def test_components_keep_unrelated_names_apart():
    found = components({"a": [ArticleEntity("PERSON", "Anna Smith", [Mention(0, 10, "Anna Smith", "PERSON")]),
                              ArticleEntity("ORG", "Harbour Bank", [Mention(20, 32, "Harbour Bank", "ORG")])]})
    assert len(found) == 2


def _one(label: str, name: str, at: int = 0) -> ArticleEntity:
    return ArticleEntity(label, name, [Mention(at, at + len(name), name, label)])


def _equal_after(old: dict[str, list[ArticleEntity]], new: dict[str, list[ArticleEntity]]) -> None:
    result = merge_incremental(merge_entities(old), old | new, new)
    assert _dump(result.entities) == _dump(merge_entities(old | new))


def test_a_two_word_surname_tagged_otherwise_finds_its_person():
    # 'Boone Isaacs' tagged ORG is the one person whose name ends in it (the surname tail key only)
    _equal_after({"a1": [_one("PERSON", "Cheryl Boone Isaacs")]}, {"a2": [_one("ORG", "Boone Isaacs")]})


def test_a_new_place_or_short_name_re_merges_the_name_without_the_place():
    # 'Trail Blazers' joins 'Portland Trail Blazers' once 'Portland' is a place the corpus names:
    # the place key ties the long name to the new place, the dropped-name key to the new short name
    team, short, city = _one("ORG", "Portland Trail Blazers"), _one("ORG", "Trail Blazers"), _one("GPE", "Portland")
    _equal_after({"a1": [team], "a2": [short]}, {"a0": [city]})
    _equal_after({"a1": [team], "a2": [city]}, {"a0": [short]})
