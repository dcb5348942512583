"""The corpus merge's blocked look-ups (issue 16) against the scan of every entity they replace."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.entities import ArticleEntity, Mention
from storyline.link import entity_merge as ents
from storyline.link.entity_merge import merge_entities
from storyline.link.merge_index import _SeenGenders

# Few words, so that names collide as a corpus's do: namesakes, shared given names, middle initials,
# two-word surnames, acronyms of several organisations, one-word names that end several.
_GIVEN = ["Anna", "Ana", "John", "Katie", "Kathryn", "George", "Hillary", "José", "Jose", "Fred", "Bettie", "Betty"]
_SURNAMES = ["Smith", "Nuñez", "Nunez", "Boone Isaacs", "Cabello", "Jenkin", "Bush", "LaRue"]
_ORG_WORDS = ["National", "Bureau", "Times", "Academy", "Arts", "Bank", "Harbour", "Union"]
_PEOPLE = st.builds(lambda g, m, s: " ".join(filter(None, [g, m, s])),
                    st.sampled_from(_GIVEN), st.sampled_from(["", "", "W.", "H. W.", "Cheney"]), st.sampled_from(_SURNAMES))
_ORGS = st.lists(st.sampled_from(_ORG_WORDS), min_size=2, max_size=3, unique=True).flatmap(
    lambda ws: st.sampled_from([" ".join(ws), f"{ws[0]} of {' '.join(ws[1:])}"]))
_SHORT = st.one_of(st.sampled_from(_SURNAMES + _GIVEN), st.sampled_from(_ORG_WORDS), st.sampled_from(["NB", "BT", "NBT", "AA"]),
                   st.sampled_from(["Mr. Smith", "Mrs. Smith", "Mrs. Bush", "Mr. Cabello", "Unemployed John Smith",
                                    "Constable Anna Nuñez"]))
_ENTITY = st.tuples(st.sampled_from(["PERSON", "PERSON", "ORG", "GPE", "FAC"]), st.one_of(_PEOPLE, _ORGS, _SHORT),
                    st.integers(1, 3))


def _articles(drawn: list[list[tuple[str, str, int]]]) -> dict[str, list[ArticleEntity]]:
    out = {}
    for n, article in enumerate(drawn):
        found, pos = [], 0
        for label, text, times in article:
            mentions = [Mention(pos + 20 * i, pos + 20 * i + len(text), text, label) for i in range(times)]
            pos += 20 * times
            found.append(ArticleEntity(label, ents.strip_titles(text) if label == "PERSON" else text, mentions))
        out[f"a{n:03d}"] = found
    return out


def _dump(merged: list[ents.Entity]) -> list[tuple]:
    return [(e.id, e.name, e.type, sorted(e.aliases), [(a, m.start, m.text, m.label) for a, m in e.mentions])
            for e in merged]


@given(st.lists(st.lists(_ENTITY, min_size=1, max_size=8), min_size=1, max_size=12))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_the_blocked_merge_equals_the_scan_of_every_entity(drawn):
    articles = _articles(drawn)
    outlets = ["Harbour Times", "The Times"]
    blocked = _dump(merge_entities(articles, outlets))
    scan = ents.MergeIndex.candidates
    try:  # every entity a candidate: the merge as it was before the blocks
        ents.MergeIndex.candidates = lambda self, canon, kind, label, word: list(canon)  # type: ignore[method-assign]
        unblocked = _dump(merge_entities(_articles(drawn), outlets))
    finally:
        ents.MergeIndex.candidates = scan  # type: ignore[method-assign]
    assert blocked == unblocked


def test_a_bare_surname_is_compared_with_its_namesakes_only(monkeypatch):
    # 300 people with distinct surnames, each also named bare once: the scan compared every bare
    # name with every person (300 × 300 gender checks); the blocks compare it with one
    people = [f"Anna Q{n:03d}x" for n in range(300)]
    articles = {f"a{n:03d}": [ArticleEntity("PERSON", p, [Mention(0, len(p), p, "PERSON")]),
                              ArticleEntity("PERSON", p.split()[1], [Mention(50, 55, p.split()[1], "PERSON")])]
                for n, p in enumerate(people)}
    asked = []
    gender = _SeenGenders.of
    monkeypatch.setattr(_SeenGenders, "of", lambda self, key, entity: asked.append(key) or gender(self, key, entity))
    merged = merge_entities(articles)
    assert len(merged) == 300 and all(len(e.mentions) == 2 for e in merged)
    assert len(asked) <= 300


@given(st.lists(st.lists(_ENTITY, min_size=1, max_size=8), min_size=1, max_size=12))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_the_indexed_name_variants_equal_every_pair_of_a_surname_block(drawn):
    indexed = _dump(merge_entities(_articles(drawn)))
    near = ents._variant_candidates
    try:  # every other name of the block a candidate: _join_variants as it was before the index
        ents._variant_candidates = lambda block, canon: {k: set(block) - {k} for k in block}  # type: ignore[assignment]
        every_pair = _dump(merge_entities(_articles(drawn)))
    finally:
        ents._variant_candidates = near  # type: ignore[assignment]
    assert indexed == every_pair


def test_a_nickname_initial_and_surname_tail_are_candidates():
    canon = {k: ents.Entity(k, name, "PERSON") for k, name in
             [("a", "Fred LaRue"), ("b", "Frederick Cheney LaRue"), ("c", "F. LaRue"), ("d", "Anna LaRue"),
              ("e", "Boone LaRue"), ("f", "Cheryl Boone LaRue"), ("g", "Bettie LaRue"), ("h", "Betty LaRue"),
              ("i", "Unemployed Anna Marie LaRue"), ("j", "Anna Marie LaRue")]}
    near = ents._variant_candidates(list(canon), canon)
    assert near["a"] == {"b", "c"} and near["c"] == {"a", "b"} and "d" not in near["b"]
    assert "f" in near["e"] and "e" in near["f"]
    assert near["g"] == {"h"} and near["h"] == {"g"}
    assert "i" in near["j"] and "j" in near["i"]  # a word run into a name (is_headline_run)
