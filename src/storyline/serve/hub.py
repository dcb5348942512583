"""An entity page as a hub: how often it is in the news over time, the stories it is part of, and
the entities named beside it. Quotes by and about it are storyline.serve.views.entity_view.

    entity_hub(store, "e2") → EntityHub(years=[("2019", 12), ...], undated=3, stories=[...], beside=[...])

Each is one grouped query of the store over the entity's mentions (indexed by entity); co-occurrence
looks at the entity's most recent SAMPLE articles only, so a name in 30,000 articles costs what one
in 2,000 does. Kept per store revision.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.serve.memo import counted

if TYPE_CHECKING:
    from storyline.store.base import ReadStore, Tally

#: stories and co-occurring entities listed
TOP = 15
#: articles of the entity that co-occurrence is counted over (the most recently published)
SAMPLE = 2000


@dataclass(slots=True, frozen=True)
class EntityHub:
    years: list[tuple[str, int]]     # articles mentioning it, per publication year
    undated: int                     # articles mentioning it with no publication date
    stories: list[Tally]             # its stories, most of its articles first
    beside: list[Tally]              # entities named in the same articles, most shared articles first

    @property
    def peak(self) -> int:
        return max((n for _, n in self.years), default=0)


def entity_hub(store: ReadStore, entity_id: str) -> EntityHub:
    """The hub of one entity (an id the store has: see ReadStore.get_entity)."""
    return counted(store, ("entity-hub", entity_id), lambda: _hub(store, entity_id))


def _hub(store: ReadStore, entity_id: str) -> EntityHub:
    years = store.entity_years(entity_id)
    return EntityHub([(y, n) for y, n in years.items() if y], years.get(None, 0),
                     store.entity_stories(entity_id, limit=TOP),
                     store.entities_beside(entity_id, limit=TOP, sample=SAMPLE))
