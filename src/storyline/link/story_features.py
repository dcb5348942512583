"""What story clustering compares: each article's TF-IDF terms, its named entities, its day.

    features = article_features(articles)
    features[0].terms      {"amnesty": 0.31, "maduro": 0.22, …}   (L2-normalised, top terms only)
    features[0].entities   {"maduro", "trump", "venezuela", …}     (folded; people by surname)

TF-IDF over content words, as Miranda et al. (2018) found it beats dense embeddings for
streaming news clustering; the IDF is fitted on the articles given (the whole store on refresh).
Only the top terms of each article are kept, which bounds the cost of each comparison.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from storyline.extract.names import fold
from storyline.model import Article

TOP_TERMS = 60
# IDF as if the corpus sat among this many unrelated background documents: in a small store (the
# five seeds) a story's own core words ("maduro", "amnesty") are in every article, and plain IDF
# would weigh them least; with many stories stored, the prior fades.
BACKGROUND_DOCUMENTS = 50
# Entity types that identify what a story is about; dates, numbers and money do not.
ENTITY_TYPES = frozenset("PERSON ORG GPE NORP LOC FAC EVENT PRODUCT WORK_OF_ART LAW".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{3,}")


@dataclass(slots=True, frozen=True)
class ArticleFeatures:
    article_id: str
    terms: dict[str, float]
    entities: dict[str, float]
    day: dt.date | None


@cache
def _stopwords() -> frozenset[str]:
    from storyline.clean.stopwords import DEFAULT_LANGUAGE, stoplists

    extra = "said says say told would could also one two new like just year years mr mrs ms".split()
    return stoplists()[DEFAULT_LANGUAGE] | frozenset(extra)


def content_words(text: str) -> list[str]:
    """Folded words of three letters or more that are not function words."""
    stop = _stopwords()
    words = (fold(w) for w in _WORD.findall(text))
    return [w for w in words if len(w) >= 3 and w not in stop]


def entity_keys(article: Article) -> Counter:
    """The article's named entities as folded keys with their mention counts; a person by surname,
    so 'Mr Maduro' and 'Nicolás Maduro' meet."""
    keys: Counter = Counter()
    for span in article.spans:
        if span.stage != "entities" or span.label not in ENTITY_TYPES:
            continue
        name = fold(span.attrs.get("name") or span.text)
        if name:
            keys[name.split()[-1] if span.label == "PERSON" else name] += 1
    return keys


def publication_day(article: Article) -> dt.date | None:
    value = article.published.value
    if article.published.precision != "day" or not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _idf(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    df = Counter(t for doc in documents for t in set(doc))
    n = len(documents) + BACKGROUND_DOCUMENTS
    return {t: math.log(n / (c + 1)) for t, c in df.items()}


def _weighted(counts: Counter, idf: dict[str, float]) -> dict[str, float]:
    return {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items()}


def _top_normalised(weights: dict[str, float]) -> dict[str, float]:
    top = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    norm = math.sqrt(sum(w * w for w in top.values())) or 1.0
    return {t: w / norm for t, w in top.items()}


def _shares(weights: dict[str, float]) -> dict[str, float]:
    total = sum(weights.values()) or 1.0
    return {k: w / total for k, w in weights.items()}


def article_features(articles: Sequence[Article]) -> list[ArticleFeatures]:
    """Features of every article, with one IDF fitted over all of them. Entities carry their share
    of the article's entity weight (mentions × IDF): the protagonist named ten times outweighs a
    place named once."""
    words = [Counter(content_words(f"{a.title or ''}\n{a.body}")) for a in articles]
    entities = [entity_keys(a) for a in articles]
    term_idf, entity_idf = _idf(words), _idf(entities)
    return [ArticleFeatures(a.id, _top_normalised(_weighted(w, term_idf)), _shares(_weighted(e, entity_idf)),
                            publication_day(a))
            for a, w, e in zip(articles, words, entities)]
