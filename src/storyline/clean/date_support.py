"""How well a page's publication day is supported, and a calibrated confidence to abstain on.

The rules in storyline.clean.pubdate pick one day. `support_features` describes that day by where
it came from and how many of the page's other, independent sources agree with it (the markup's
published fields, a dateline printed near the article, a date the page labels as its publication,
the URL's day or month) or name another day. `confidence` is a logistic regression over those
features (weights in `date_support.json`, trained by scripts/train_date_support.py on dates-dev's
dev half only, sites kept whole across cross-validation folds); below its threshold the day is
given as unknown, bounded by the candidates.

EXPERIMENT, not wired into pubdate: on the dev half, keeping out-of-fold wrong days at 2 % cost 180
of 560 right ones (see docs/metadata.md, "What was tried").
"""
from __future__ import annotations

import json
import math
import re
from datetime import date
from functools import cache
from importlib import resources

from storyline.model import Article, PublishedDate

FEATURES: tuple[str, ...] = (
    "src_markup", "src_guess", "src_dateline", "src_labelled", "src_other", "updated", "utc",
    "printed", "markup_agrees", "url_agrees", "url_conflicts", "others", "far_others", "latest",
    "text", "headline_block", "first_dateline",
)
_URL_DAY = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:/|\b)")
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{2})(?:[/-]|$)")


def _source(evidence: str) -> str:
    if evidence.startswith("HTML metadata"):
        return "src_guess" if "htmldate" in evidence and "field whose day" not in evidence else "src_markup"
    if evidence.startswith(("dateline", "update dateline")):
        return "src_dateline"
    if evidence.startswith("labelled date"):
        return "src_labelled"
    return "src_other"


def _url_parts(article: Article) -> tuple[str | None, str | None]:
    """The URL's day ('YYYY-MM-DD') and month ('YYYY-MM'), when it names them."""
    url = article.url or ""
    m = _URL_DAY.search(url)
    if m:
        try:
            day = date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
            return day, day[:7]
        except ValueError:
            pass
    m = _URL_MONTH.search(url)
    return None, (f"{m['year']}-{m['month']}" if m and 1 <= int(m["month"]) <= 12 else None)


def candidate_days(article: Article) -> dict[str, set[str]]:
    """The days each independent source of the page gives: 'markup' (published-date fields),
    'printed' (dateline-shaped lines near the article, a labelled date), 'url'."""
    from storyline.clean.pubdate import _printed_days

    markup = set(article.metadata.get("markup_days", "").split())
    given = article.metadata.get("published", "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given) and "htmldate" not in article.evidence.get("published", ""):
        markup.add(given)
    url_day, _month = _url_parts(article)
    return {"markup": markup, "printed": _printed_days(article), "url": {url_day} if url_day else set()}


def support_features(article: Article, published: PublishedDate) -> dict[str, float]:
    """The features of the day `published` names (see FEATURES)."""
    from storyline.clean.dateline import find_dateline
    from storyline.clean.pubdate import below_headline, top_lines

    day = published.value or ""
    evidence = published.evidence
    found = candidate_days(article)
    features = dict.fromkeys(FEATURES, 0.0)
    features[_source(evidence)] = 1.0
    features["updated"] = float(evidence.startswith("update dateline"))
    features["utc"] = float("UTC time" in evidence)
    features["printed"] = float(day in found["printed"])
    features["markup_agrees"] = float(day in found["markup"])
    url_day, url_month = _url_parts(article)
    features["url_agrees"] = float(url_day == day or (url_day is None and url_month == day[:7]))
    features["url_conflicts"] = float(url_month is not None and url_month != day[:7])
    others = set().union(*found.values()) - {day}
    features["others"] = min(len(others), 3) / 3
    features["far_others"] = float(any(_days_apart(day, other) > 1 for other in others))
    features["latest"] = float(bool(others) and day > max(others))
    features["text"] = float(article.kind == "text")
    languages = [article.language or ""]
    lines = top_lines(article)
    block = find_dateline(below_headline(article, lines), languages)
    features["headline_block"] = float(block is not None and block.value.isoformat() == day)
    first = find_dateline(lines, languages)
    features["first_dateline"] = float(first is not None and first.value.isoformat() == day)
    return features


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


@cache
def _model() -> dict[str, object]:
    text = resources.files("storyline.clean").joinpath("date_support.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def confidence(features: dict[str, float]) -> float:
    """P(the day is right) under the shipped logistic regression."""
    model = _model()
    weights = dict(zip(model["features"], model["coef"], strict=True))  # type: ignore[call-overload]
    score = float(model["intercept"]) + sum(float(w) * features.get(f, 0.0) for f, w in weights.items())  # type: ignore[arg-type]
    return 1 / (1 + math.exp(-score))


def threshold() -> float:
    return float(_model()["threshold"])  # type: ignore[arg-type]


def calibrated(article: Article, published: PublishedDate) -> PublishedDate:
    """`published` when its support is at or above the model's threshold; else unknown, bounded by
    the page's candidate days (earliest and latest of them) when they differ."""
    if published.precision != "day" or published.value is None or article.kind not in ("html", "text"):
        return published
    if "the document's own" in published.evidence:
        return published  # a feed's or JSONL's own field: the caller's word, not a page's markup
    features = support_features(article, published)
    score = confidence(features)
    if score >= threshold():
        return published
    days = sorted(set().union(*candidate_days(article).values()) | {published.value})
    tried = (f"{published.evidence}: support {score:.2f} below {threshold():.2f} "
             f"(sources agreeing and disagreeing, docs/models/date_support.md)",)
    low, high = (days[0], days[-1]) if len(days) > 1 else (None, None)
    return PublishedDate(None, "unknown", "", tried, low, high)
