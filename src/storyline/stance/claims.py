"""Who says a claim is true, who denies it: the stance of every stored article and quote toward it.

    from storyline.stance.claims import assess_claim
    found = assess_claim(store, "the ministry hid the test results", story_id=None)
    found.articles  # agree / disagree / discuss, by outlet and date, with the deciding sentences

Used by `storyline claim` and `/api/claims?q=`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.errors import InputError
from storyline.model import Article, Span
from storyline.stance import Stance, StanceJudge

SIDES = ("agree", "disagree", "discuss")
MAX_CLAIM_CHARS = 1000   # a claim is a sentence or a headline, not an article


@dataclass(slots=True, frozen=True)
class ArticleStance:
    article_id: str
    outlet: str | None
    published: str | None
    title: str | None
    stance: Stance
    by: str = "model"   # "model" (the article model) | "claims" (a claim of the article denies it: own_claims)


@dataclass(slots=True, frozen=True)
class QuoteStance:
    article_id: str
    outlet: str | None
    published: str | None
    speaker: str | None
    text: str
    stance: Stance


@dataclass(slots=True, frozen=True)
class ClaimAssessment:
    claim: str
    story_id: str | None
    articles: tuple[ArticleStance, ...]     # agree, disagree or discuss only; by date, undated last
    quotes: tuple[QuoteStance, ...]


def check_claim(text: str) -> str:
    """The claim, stripped; a named error when it is empty or an article's worth of text."""
    claim = (text or "").strip()
    if not claim:
        raise InputError("empty claim", fix='give the claim in words, e.g. storyline claim "the talks failed"')
    if len(claim) > MAX_CLAIM_CHARS:
        raise InputError(f"claim of {len(claim)} characters", fix=f"give one sentence (≤ {MAX_CLAIM_CHARS} characters)")
    return claim


def assess_claim(store: Any, text: str, story_id: str | None = None,
                 judge: StanceJudge | None = None) -> ClaimAssessment:
    """Every article (of the story, or of the store) and every quote in them that agrees with,
    disagrees with or discusses `text`. Reprints are left out: they repeat their original."""
    claim = check_claim(text)
    articles = _articles(store, story_id)
    judge = judge or StanceJudge()
    from storyline.stance.own_claims import with_own_claims

    sided = with_own_claims(claim, article_stances(judge, claim, articles), articles)
    on_topic = {a.article_id for a in sided}
    return ClaimAssessment(claim, story_id, tuple(sided),
                           tuple(quote_stances(judge, claim, [a for a in articles if a.id in on_topic])))


def _articles(store: Any, story_id: str | None) -> list[Article]:
    if story_id is None:
        found = store.list_articles(with_raw=False)
    else:
        from storyline.link.stories import resolve_story_id

        story = store.get_story(resolve_story_id(store, story_id))
        found = store.get_articles(list(story.article_ids), dropped=False)
    return [a for a in found if not a.duplicate_of and a.body.strip()]


def _by_date(item: ArticleStance | QuoteStance) -> tuple[bool, str, str]:
    return item.published is None, item.published or "", item.article_id


def article_stances(judge: StanceJudge, claim: str, articles: Sequence[Article]) -> list[ArticleStance]:
    verdicts = judge.judge([(claim, a.body) for a in articles])
    found = [ArticleStance(a.id, a.outlet, a.published.value, a.title, v)
             for a, v in zip(articles, verdicts, strict=True) if v.label in SIDES]
    return sorted(found, key=_by_date)


def quote_stances(judge: StanceJudge, claim: str, articles: Sequence[Article]) -> list[QuoteStance]:
    """The stance of each quote in `articles` (articles already judged to be about the claim)."""
    quotes = [(a, s) for a in articles for s in a.spans if s.label == "QUOTE" and s.text.strip()]
    verdicts = judge_quotes(judge, claim, [s.text for _, s in quotes], [s.quote.cue if s.quote else None for _, s in quotes])
    found = [QuoteStance(a.id, a.outlet, a.published.value, _speaker(s), s.text, v)
             for (a, s), v in zip(quotes, verdicts, strict=True) if v.label in SIDES]
    return sorted(found, key=_by_date)


def judge_quotes(judge: StanceJudge, claim: str, quotes: Sequence[str], cues: Sequence[str | None] = ()) -> list[Stance]:
    """The stance of each quote's text toward `claim` (benchmarks/quote_stance.py scores this): from
    the claims each states (storyline.stance.quotes), the article model only confirming that a quote
    sharing no word with the claim is unrelated; alone, the model judged quotes near chance
    (docs/models/stance.md, quote stance)."""
    from storyline.stance.quotes import quote_verdicts

    return quote_verdicts(claim, quotes, judge=judge, cues=cues)


def _speaker(quote: Span) -> str | None:
    q = quote.quote
    return (q.speaker_name or q.speaker_descriptor) if q is not None else None


def _stance_record(s: Stance) -> dict[str, Any]:
    return {"stance": s.label, "confidence": round(s.confidence, 3), "sentences": list(s.sentences)}


def claim_record(found: ClaimAssessment) -> dict[str, Any]:
    """JSON shape of an assessment (the CLI's --json and /api/claims)."""
    return {"claim": found.claim, "story": found.story_id,
            "articles": [{"article": a.article_id, "outlet": a.outlet, "published": a.published, "title": a.title,
                          **_stance_record(a.stance), "by": a.by} for a in found.articles],
            "quotes": [{"article": q.article_id, "outlet": q.outlet, "published": q.published, "speaker": q.speaker,
                        "text": q.text, **_stance_record(q.stance)} for q in found.quotes],
            "counts": {side: sum(1 for a in found.articles if a.stance.label == side) for side in SIDES}}
