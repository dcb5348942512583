"""An entity page as a hub: how often it is in the news over time, the stories it is part of, and
the entities named beside it. Quotes by and about it are storyline.serve.views.entity_view.

    entity_hub(store, "e2") → EntityHub(years=[("2019", 12), ...], undated=3, stories=[...], beside=[...])

Each is one grouped query over the entity's mentions (indexed by entity); co-occurrence looks at
the entity's most recent SAMPLE articles only, so a name in 30,000 articles costs what one in 2,000
does. Kept per store revision.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.serve.memo import counted

if TYPE_CHECKING:
    from storyline.store.base import ReadStore

#: stories and co-occurring entities listed
TOP = 15
#: articles of the entity that co-occurrence is counted over (the most recently published)
SAMPLE = 2000


@dataclass(slots=True, frozen=True)
class Named:
    id: str
    name: str
    detail: str      # a story's or entity's kind of count, ready to show ("4 articles", "PERSON")
    count: int


@dataclass(slots=True, frozen=True)
class EntityHub:
    years: list[tuple[str, int]]     # articles mentioning it, per publication year
    undated: int                     # articles mentioning it with no publication date
    stories: list[Named]             # its stories, most of its articles first
    beside: list[Named]              # entities named in the same articles, most shared articles first

    @property
    def peak(self) -> int:
        return max((n for _, n in self.years), default=0)


def entity_hub(store: ReadStore, entity_id: str) -> EntityHub:
    """The hub of one entity (an id the store has: see ReadStore.get_entity)."""
    return counted(store, ("entity-hub", entity_id), lambda: _hub(store, entity_id))


def _hub(store: ReadStore, entity_id: str) -> EntityHub:
    import sqlalchemy as sa

    from storyline.store.schema import articles, entities, entity_mentions, stories, story_articles

    mine = sa.select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id == entity_id).distinct()
    year = sa.func.substr(articles.c.published_value, 1, 4)
    per_year = (sa.select(year.label("year"), sa.func.count()).where(articles.c.id.in_(mine))
                .group_by(year).order_by(year))
    n = sa.func.count().label("n")
    in_stories = (sa.select(stories.c.id, stories.c.title, n)
                  .join(story_articles, story_articles.c.story_id == stories.c.id)
                  .where(story_articles.c.article_id.in_(mine))
                  .group_by(stories.c.id, stories.c.title).order_by(n.desc(), stories.c.id).limit(TOP))
    recent = (sa.select(articles.c.id).where(articles.c.id.in_(mine))
              .order_by(articles.c.published_value.desc()).limit(SAMPLE))
    shared = sa.func.count(sa.distinct(entity_mentions.c.article_id)).label("n")
    beside = (sa.select(entities.c.id, entities.c.name, entities.c.type, shared)
              .join(entity_mentions, entity_mentions.c.entity_id == entities.c.id)
              .where(entity_mentions.c.article_id.in_(recent), entities.c.id != entity_id)
              .group_by(entities.c.id, entities.c.name, entities.c.type)
              .order_by(shared.desc(), entities.c.name).limit(TOP))
    # the store has no public queries for these; read-only, on the mention and membership indexes
    with store.read_connection() as conn:
        counts = [(y, c) for y, c in conn.execute(per_year)]
        found_stories = [Named(r.id, r.title, f"{r.n} article{'s' if r.n != 1 else ''}", r.n)
                         for r in conn.execute(in_stories)]
        found_beside = [Named(r.id, r.name, r.type, r.n) for r in conn.execute(beside)]
    return EntityHub([(y, c) for y, c in counts if y], sum(c for y, c in counts if not y), found_stories, found_beside)
