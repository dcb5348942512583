"""The check on a chosen publication day: a day the page shows only weakly is left unknown, with bounds.

The date finders (clean.pubdate) take the strongest evidence they know, and on sites never seen that
evidence is sometimes another item's day: a list's, a comment's, the header's day of today. A logistic
regression over how the page shows each of its candidate days (clean.day_evidence) gives every candidate a
probability of being the page's own day; the chosen day's share of the page's odds is its support against
the other days the page offers (with a markup day a day off it, the same moment in another zone; capped
by its own probability). Below the threshold the day is given up: unknown, bounded as clean.pubdate
bounds any unknown, with the day and its share among the evidence tried. Weights, threshold and their
cross-validation are in docs/models/day_check.md (trained by scripts/train_day_check.py on the dev sets only).
"""
from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from storyline.errors import ConfigError
from storyline.model import Article, PublishedDate
from storyline.shipped import read_shipped_json

MODEL_PATH = Path(__file__).with_name("day_check.json")


@dataclass(slots=True, frozen=True)
class DayModel:
    """Standardised logistic regression weights over clean.day_evidence.FEATURES, and the support a day
    needs on a plain-text scrape and on an HTML page (docs/models/day_check.md: one cross-validated
    threshold for both since HTML's own cost more right days than it could save)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    text_threshold: float
    html_threshold: float

    def threshold(self, kind: str) -> float:
        return self.html_threshold if kind == "html" else self.text_threshold

    def odds(self, x: list[float]) -> float:
        z = self.intercept + sum(c * (v - m) / (s or 1.0) for c, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True))
        return math.exp(max(-30.0, min(30.0, z)))


@cache
def load_day_model(path: str | None = None) -> DayModel:
    """The shipped model (or another file of the same shape); its features must be day_evidence's."""
    from storyline.clean.day_evidence import FEATURES

    record = read_shipped_json("storyline.clean", MODEL_PATH.name, path, what="publication-day check",
                               fix="run scripts/train_day_check.py")
    if tuple(record.get("features", ())) != FEATURES:
        raise ConfigError(f"{path or MODEL_PATH.name} was trained on other features than clean.day_evidence.FEATURES",
                          fix="re-train with scripts/train_day_check.py")
    return DayModel(tuple(record["features"]), tuple(record["mean"]), tuple(record["scale"]), tuple(record["coef"]),
                    float(record["intercept"]), float(record["threshold"]["text"]), float(record["threshold"]["html"]))


def day_support(article: Article, day: date, model: DayModel | None = None) -> float:
    """The day's share of the odds of every candidate day the page offers, and no more than its own
    probability: a page's only day shares with nothing, yet may be shown weakly."""
    from storyline.clean.day_evidence import candidate_days, day_features, page_days

    model = model or load_day_model()
    page = page_days(article)
    languages = tuple(sorted({article.language or ""} - {""}))
    odds = {d: model.odds(day_features(page, d, languages)) for d in candidate_days(page, day)}
    return moment_support(odds, day, page.markup)


def moment_support(odds: dict[date, float], day: date, markup: Collection[date] = ()) -> float:
    """The share of the odds held by `day` and the markup's days within SAME_MOMENT_DAYS of it, capped by the
    probability of the likeliest of them. A markup day a day off a printed day is the same moment in another
    zone (clean.pubdate_checks: a UTC field beside the newsroom's local day, which the finders then print), so
    it supports the day rather than competing with it; another printed day a day off still competes."""
    from storyline.clean.pubdate_checks import SAME_MOMENT_DAYS

    near = [o for d, o in odds.items() if d == day or (d in markup and abs((d - day).days) <= SAME_MOMENT_DAYS)]
    total = sum(odds.values())
    if not near or total <= 0:
        return 0.0
    return min(sum(near) / total, max(near) / (1 + max(near)))


def checked_day(article: Article, published: PublishedDate, model: DayModel | None = None) -> PublishedDate:
    """`published` when it is no day or the page supports its day, else unknown with bounds."""
    from storyline.clean.pubdate import bounded_unknown

    if published.precision != "day" or not published.value:
        return published
    model = model or load_day_model()
    share, needed = day_support(article, date.fromisoformat(published.value), model), model.threshold(article.kind)
    if share >= needed:
        return published
    tried = (*published.tried, f"{published.evidence}: the page shows {published.value} too weakly against its other "
                               f"days (support {share:.3f} < {needed}; clean.day_check)")
    return bounded_unknown(PublishedDate(None, "unknown", "", tried), article)
