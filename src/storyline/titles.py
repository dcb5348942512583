"""A story's title by a rule one new article cannot flip.

The clustering titles a story by its most central article, re-chosen at every refresh: one new
article moves the centre and can retitle a story readers know by name (seen on the seed story).
Here the title in place stays unless a clear majority of the story's titled articles support
another one, and that one beats it by more than one article:

    choose_title("Wells are clean, ministry says", titles) → the same title, or a clearly better one

An article supports a candidate title when their content words overlap (Jaccard ≥ SUPPORT), so
rewordings of one headline count together. One new article changes each support by at most one,
so it can never give a candidate both the majority and the margin it lacked.

The corpus stage (storyline.link.stories) stores the titles `keep_titles` gives; the pages and the
API show the stored title.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.store.base import StoryRecord

#: word overlap at which an article's title counts as the same headline reworded
SUPPORT = 0.5
#: a replacement needs more than this share of the titled articles ...
MAJORITY = 0.5
#: ... and more supporters than the title in place, by more than this many articles
MARGIN = 1

_SHORT = 3  # words this short ("the", "in", "of") say nothing about the headline

#: an article that printed no headline is shown by its lead, cut at this many words: a story of bare
#: bodies was listed by its id (seen on polnear-dev's bodies, which carry no headline line)
LEAD_WORDS = 12
_MIN_SENTENCE = 4
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*(?=\s)")


def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", title.casefold()) if len(w) > _SHORT)


def _supports(title: str, others: Sequence[frozenset[str]]) -> int:
    mine = _words(title)
    return sum(1 for w in others if mine and w and len(mine & w) / len(mine | w) >= SUPPORT)


def _support_counts(words: Sequence[frozenset[str]]) -> list[int]:
    """`_supports` of every title among all of them, equal to it (the same test, exactly) but
    not pair by pair: a long story's titles, compared all with all at every refresh that changed
    it, made titling quadratic in its size (issue 16). Two word sets with Jaccard ≥ SUPPORT share a
    word among the first |A| − ⌈SUPPORT·|A|⌉ + 1 of each, words ordered rarest first (prefix
    filtering, Chaudhuri et al. 2006), so only sets sharing such a word are compared."""
    import math
    from collections import Counter

    counts = Counter(w for w in words if w)
    frequency = Counter(word for w in counts for word in w)
    prefixes = {w: sorted(w, key=lambda word: (frequency[word], word))[:len(w) - math.ceil(SUPPORT * len(w)) + 1]
                for w in counts}
    posted: dict[str, list[frozenset[str]]] = {}
    for w, prefix in prefixes.items():
        for word in prefix:
            posted.setdefault(word, []).append(w)
    support: dict[frozenset[str], int] = {}
    for w, prefix in prefixes.items():
        near = {other for word in prefix for other in posted[word]}
        support[w] = sum(counts[o] for o in near if len(w & o) / len(w | o) >= SUPPORT)
    return [support.get(w, 0) for w in words]


def lead_title(body: str) -> str | None:
    """The label of an article with no headline: its first sentence, cut after LEAD_WORDS words
    ('…' marks a cut); None for an empty body."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    # a period after fewer than four words is an abbreviation's ('Mr.', 'U.S.'), no sentence end
    end = next((m.end() for m in _SENTENCE_END.finditer(first) if len(first[:m.end()].split()) >= _MIN_SENTENCE), None)
    sentence = first[:end] if end else first
    words = sentence.split()
    if not words:
        return None
    return " ".join(words) if len(words) <= LEAD_WORDS else " ".join(words[:LEAD_WORDS]) + " …"


def choose_title(previous: str | None, titles: Sequence[str]) -> str | None:
    """The title to show for a story whose articles have `titles`, given the one shown before
    (None for a new story: the best-supported title, ties to the earliest listed)."""
    titled = [t for t in titles if t and t.strip()]
    if not titled:
        return previous
    words = [_words(t) for t in titled]
    support = _support_counts(words)
    first_best = max(range(len(titled)), key=support.__getitem__)  # max keeps the first of equals
    best = titled[first_best]
    if not previous:
        return best
    held, challenger = _supports(previous, words), support[first_best]
    clear = challenger > MAJORITY * len(titled) and challenger - held > MARGIN
    return best if clear else previous


def keep_titles(records: Sequence[StoryRecord], previous: Sequence[StoryRecord],
                titles: Mapping[str, str]) -> list[StoryRecord]:
    """`records` (a fresh clustering) titled by `choose_title`: the title each story had in
    `previous` (by id) against the `titles` of its articles (article id -> title), earliest first.
    A story with no titled article keeps the title the clustering gave it."""
    before = {r.id: r.title for r in previous if r.title != r.id}  # a story titled by its id had no title
    return [replace(r, title=choose_title(before.get(r.id), [titles[a] for a in r.article_ids if a in titles])
                    or r.title) for r in records]
