"""The packed story centroid holds what summing the members' field dicts would: the same sums per
word, the squared norms of those sums, and the same dot products, whichever run's vocabulary a
member was numbered in."""
from __future__ import annotations

import math
import random

from storyline.link.story_centroid import Centroid
from storyline.link.story_features import FIELDS, ArticleFeatures, Vocabulary, normalised

WORDS = [f"w{i}" for i in range(40)]


def member(rng: random.Random, n: int, vocabulary: Vocabulary | None) -> ArticleFeatures:
    def vector(size: int) -> dict[str, float]:
        return normalised({w: rng.random() for w in rng.sample(WORDS, size)})

    lead = vector(4) if n % 2 else None  # some members have no lead: that field adds nothing
    return ArticleFeatures(f"a{n}", vector(12), vector(3), None, lead, vector(2), vocabulary)


def summed(members: list[ArticleFeatures], name: str) -> dict[str, float]:
    total: dict[str, float] = {}
    for f in members:
        for word, weight in f.field(name).items():
            total[word] = total.get(word, 0.0) + weight
    return total


def test_sums_norms_and_dots_match_the_dict_sums():
    rng, vocabulary = random.Random(3), Vocabulary()
    members = [member(rng, n, vocabulary) for n in range(9)]
    centroid = Centroid()
    for f in members:
        centroid.add(f)
    probe = member(rng, 99, vocabulary)
    dots = centroid.dots(centroid.pack(probe))
    for slot, name in enumerate(FIELDS):
        expected = summed(members, name)
        assert centroid.field(name) == expected  # the same doubles, added in member order
        assert math.isclose(centroid.norms[slot], sum(w * w for w in expected.values()), rel_tol=1e-9)
        want = sum(w * expected.get(t, 0.0) for t, w in probe.field(name).items())
        assert math.isclose(dots[slot], want, rel_tol=1e-9, abs_tol=1e-12)


def test_members_numbered_in_another_vocabulary_meet_on_their_words():
    rng = random.Random(5)
    ours, theirs = member(rng, 1, Vocabulary()), member(rng, 2, Vocabulary())
    centroid = Centroid()
    centroid.add(ours)
    centroid.add(theirs)
    assert centroid.field("terms") == summed([ours, theirs], "terms")
    assert centroid.dots(centroid.pack(theirs))[0] > 0.99  # its own words found, not others' numbers


def test_an_empty_centroid_has_no_fields_and_zero_dots():
    centroid = Centroid()
    assert centroid.field("terms") == {} and len(centroid) == 0
    probe = member(random.Random(1), 1, None)
    assert centroid.dots(centroid.pack(probe)).tolist() == [0.0] * len(FIELDS)


def test_a_stored_centroid_reads_back_with_its_sums_norms_and_days():
    import datetime as dt

    from storyline.link.story_centroid import decode_centroid, encode_centroid

    rng, vocabulary = random.Random(7), Vocabulary()
    members = [member(rng, n, vocabulary) for n in range(5)]
    centroid = Centroid()
    for f in members:
        centroid.add(f)
    first, last = dt.date(2024, 3, 1), dt.date(2024, 4, 2)
    again, day_one, day_last = decode_centroid(encode_centroid(centroid, first, last), Vocabulary())
    assert (day_one, day_last) == (first, last)
    probe = member(rng, 99, vocabulary)
    for slot, name in enumerate(FIELDS):
        assert again.field(name) == centroid.field(name)  # JSON round-trips the doubles exactly
        assert math.isclose(again.norms[slot], centroid.norms[slot], rel_tol=1e-9)
    for got, want in zip(again.dots(again.pack(probe)), centroid.dots(centroid.pack(probe))):
        assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    assert decode_centroid(encode_centroid(Centroid(), None, None), vocabulary)[1:] == (None, None)


def test_a_stored_centroid_scores_as_the_story_built_from_its_members_without_numbering_its_words():
    import datetime as dt

    from storyline.link.stories import StoryParams, _Story, similarity
    from storyline.link.story_centroid import Unpacked, encode_centroid
    from storyline.link.story_refresh import best_fit

    rng, built = random.Random(11), Vocabulary()
    story = _Story("s1")
    for n in range(7):
        f = member(rng, n, built)
        f.day = dt.date(2024, 3, 1) + dt.timedelta(days=3 * n)
        story.add(f)
    blob = encode_centroid(story.centroid, story.first, story.last)
    run = Vocabulary()  # the refresh's: only the new originals' words
    new = [member(rng, 50 + n, run) for n in range(4)]
    for n, f in enumerate(new):
        f.day = dt.date(2024, 1, 1) + dt.timedelta(days=40 * n)  # before, within and after the story
    words = len(run.words)
    params = StoryParams()
    want = max(similarity(f, story, params) for f in new)
    assert math.isclose(best_fit("s1", blob, [Unpacked.of(f) for f in new], params), want, rel_tol=1e-9)
    assert len(run.words) == words  # the candidate's words are not added to the run's vocabulary
