"""Event anchors: the date of "since the inquiry began", read from the story's own sentences.

A claim scoped "since <something> began" holds from when that thing began; the date is rarely in
the claim's sentence but often elsewhere in the story ("The inquiry, which opened six months ago",
"since the government inquiry began in March"). An anchor is the resolved time expression of a
sentence in which the same noun is followed by a verb of starting (rules/stance.toml
[event_start_verbs]); the claim's own article is asked first, then the story's other articles.
Nothing is guessed when no sentence dates the start: the claim keeps its other scope.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storyline import rules
from storyline.link.event_anchored import dated_mentions
from storyline.model import Article

START_FORMS = rules.words("stance", "event_start_verbs")
_FORMS = "|".join(sorted(START_FORMS, key=len, reverse=True))
# "since the (government) inquiry (into the water) began": up to six words between "since" and the
# starting verb; the anchor noun is the last word before a preposition, else the word before the verb.
SINCE_EVENT = re.compile(rf"(?i)\bsince\s+((?:[\w'’-]+\s+){{0,6}}?)(?:{_FORMS})\b")
_PREPOSITIONS = frozenset(["into", "of", "on", "in", "at", "for", "by", "over", "about", "against"])
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")


@dataclass(slots=True, frozen=True)
class Anchor:
    article_id: str
    words: frozenset[str]   # the words just before the starting verb ("the inquiry, which")
    value: str              # TIMEX value of the start ("2023-03")
    # "start": a thing's dated start (for 'since'); "dated": a sentence with one day, for a time told from
    # an event ('the day after the blast'; link/event_anchored.py), its words the whole sentence's
    kind: str = "start"


# The start's date follows its verb closely ("opened six months ago", "began in March"); 40
# characters hold a preposition, a modifier and the expression, not the next clause's date.
DATE_AFTER_VERB = 40
WORDS_BEFORE_VERB = 40


def since_noun(text: str) -> str | None:
    """The thing whose start scopes the claim ('since the inquiry into the water began' → inquiry)."""
    m = SINCE_EVENT.search(text)
    if not m:
        return None
    words = [w.lower().strip("'’") for w in m.group(1).split()]
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i > 0:
            return words[i - 1]
    return words[-1] if words else None


def _sentences(body: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(body):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(body)))
    return bounds


def event_anchors(articles: Sequence[Article]) -> list[Anchor]:
    """Every '<noun> … began/opened/started <date>' of the articles, as anchors, and every sentence with one
    day-precise date (kind 'dated', for event-anchored times)."""
    out = []
    verbs = re.compile(rf"(?i)\b(?:{_FORMS})\b")
    for article in articles:
        times = [(t, x.value) for t in article.spans
                 if (x := t.timex) and x.type == "DATE" and x.value and re.match(r"\d{4}", x.value)]
        for start, end in _sentences(article.body):
            sentence = article.body[start:end]
            for m in verbs.finditer(sentence):
                verb_end = start + m.end()
                dated = [v for t, v in times if verb_end <= t.start <= verb_end + DATE_AFTER_VERB and t.start < end]
                if dated:
                    before = sentence[max(0, m.start() - WORDS_BEFORE_VERB):m.start()]
                    words = frozenset(w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", before))
                    out.append(Anchor(article.id, words, dated[0]))
    return out + [Anchor(article_id, words, day, "dated") for article_id, words, day in dated_mentions(articles)]


def resolve(noun: str, article_id: str, anchors: Sequence[Anchor]) -> str | None:
    """The start date of `noun`: its own article's anchor, else the value most of the others give."""
    starts = [a for a in anchors if a.kind == "start"]
    own = [a.value for a in starts if noun in a.words and a.article_id == article_id]
    if own:
        return own[0]
    others = Counter(a.value for a in starts if noun in a.words)
    return max(sorted(others), key=others.__getitem__) if others else None
