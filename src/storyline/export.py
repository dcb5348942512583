"""The JSON export read by the shared scorers (see ../shared/EXPORT.md), plus storyline's own fields."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.model import Article

if TYPE_CHECKING:
    from storyline.store import Store


def article_record(article: Article) -> dict[str, Any]:
    """One article in export shape: EXPORT.md's fields, then evidence, reprint link and dropped lines."""
    published = article.published
    return {
        "id": article.id,
        "source": article.source,
        "record": article.record,
        "title": article.title,
        "outlet": article.outlet,
        "byline": article.byline,
        "url": article.url,
        "published": {"date": published.value, "precision": published.precision,
                      "evidence": published.evidence, "tried": list(published.tried),
                      "earliest": published.earliest, "latest": published.latest},
        "body": article.body,
        "duplicate_of": article.duplicate_of,
        "republished_by": article.metadata.get("republished_by"),
        "evidence": dict(article.evidence),
        "dropped": [{"line": d.line_no, "text": d.text, "reason": d.reason} for d in article.dropped],
    }


def export_json(store: "Store") -> dict[str, Any]:
    """Everything in the store as one JSON-ready object."""
    articles = store.list_articles()
    return {"articles": [article_record(a) for a in articles],
            "entities": [], "quotes": [], "timex": [], "stories": [], "citations": []}
