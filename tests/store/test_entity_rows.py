"""The entity tables written as a difference (perf44, issue 16): `update_entities` leaves the rows
`replace_entities` writes for the same records, table by table, whatever was stored before."""
from __future__ import annotations

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_article
from storyline.store import open_store
from storyline.store.base import EntityRecord, MentionRecord
from storyline.store.entity_rows import StoredEntities, entity_changes
from storyline.store.schema import entities, entity_aliases, entity_mentions, entity_stats

_ARTICLES = [f"a{n}" for n in range(4)]


def _tables(store) -> dict[str, list]:
    """Every row of the four entity tables, sorted (JSON aliases as tuples)."""
    with store.engine.connect() as conn:
        return {
            "entities": sorted((r.id, r.name, r.type, tuple(r.aliases)) for r in conn.execute(sa.select(entities))),
            "mentions": sorted(tuple(r) for r in conn.execute(sa.select(entity_mentions))),
            "stats": sorted(tuple(r) for r in conn.execute(sa.select(entity_stats))),
            "aliases": sorted(tuple(r) for r in conn.execute(sa.select(entity_aliases))),
        }


_IDS = st.sampled_from(["e1", "e2", "e3", "e4", "e5"])
_NAMES = st.sampled_from(["Ada Quill", "Quill", "Borvane Corp", "BVC"])
_KEYS = st.tuples(st.sampled_from(_ARTICLES), st.integers(0, 6)).map(lambda k: (k[0], k[1] * 10, k[1] * 10 + 4))


@st.composite
def _records(draw) -> tuple[list[EntityRecord], dict[str, str]]:
    """A set of entities as a merge could give it: distinct ids, each span owned by one entity."""
    ids = draw(st.lists(_IDS, unique=True, max_size=5))
    owners = draw(st.dictionaries(_KEYS, st.sampled_from(ids), max_size=12)) if ids else {}
    text = draw(st.sampled_from(["Quill", "quill"]))
    records = [EntityRecord(i, draw(_NAMES), draw(st.sampled_from(["PERSON", "ORG"])),
                            tuple(sorted(draw(st.sets(_NAMES, max_size=2)))),
                            [MentionRecord(a, s, e, text) for (a, s, e), o in sorted(owners.items()) if o == i])
               for i in ids]
    aliases = draw(st.dictionaries(st.sampled_from(["o1", "o2", "o3"]), _IDS, max_size=3))
    return records, {k: v for k, v in aliases.items() if v in ids}


def _store(url: str):
    store = open_store(url)
    for n, article_id in enumerate(_ARTICLES):
        store.save_article(make_article(f"Body {n} of a page naming Ada Quill and Borvane Corp.", id=article_id))
    return store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_records(), min_size=1, max_size=4))
def test_the_difference_write_leaves_the_rows_of_the_whole_rewrite(tmp_path_factory, runs):
    folder = tmp_path_factory.mktemp("rows")
    whole, diff = _store(f"sqlite:///{folder / 'whole.db'}"), _store(f"sqlite:///{folder / 'diff.db'}")
    for records, aliases in runs:
        whole.replace_entities(records, aliases)
        kept = diff.update_entities(records, lambda stored, was, aliases=aliases: aliases)
        assert kept == aliases
        assert _tables(diff) == _tables(whole)
    whole.close()
    diff.close()


def test_the_difference_write_on_each_backend(store_url, tmp_path):
    """A renamed entity, a moved mention, a vanished entity and a new one, on SQLite and PostgreSQL."""
    whole, diff = _store(f"sqlite:///{tmp_path / 'whole.db'}"), _store(store_url)
    first = [EntityRecord("e1", "Ada Quill", "PERSON", ("Quill",), [MentionRecord("a0", 0, 4, "Quill")]),
             EntityRecord("e2", "Quill", "PERSON", (), [MentionRecord("a1", 0, 4, "Quill")])]
    second = [EntityRecord("e1", "Ada Quill", "PERSON", ("Ada Quill", "Quill"),
                           [MentionRecord("a0", 0, 4, "Quill"), MentionRecord("a1", 0, 4, "Quill")]),
              EntityRecord("e3", "BVC", "ORG", (), [MentionRecord("a2", 10, 14, "BVC")])]
    for records, aliases in ((first, {}), (second, {"e2": "e1"})):
        whole.replace_entities(records, aliases)
        diff.update_entities(records, lambda stored, was, aliases=aliases: aliases)
        assert _tables(diff) == _tables(whole)
    whole.close()
    diff.close()


def test_only_what_differs_is_written():
    stored = [EntityRecord("e1", "Ada Quill", "PERSON", (), [MentionRecord("a0", 0, 4, "Quill")]),
              EntityRecord("e2", "Borvane Corp", "ORG", (), [MentionRecord("a0", 10, 14, "Borvane")])]
    records = [stored[0], EntityRecord("e2", "Borvane Corp", "ORG", (),
                                       [MentionRecord("a0", 10, 14, "Borvane"), MentionRecord("a1", 0, 4, "BVC")])]
    changes = entity_changes(StoredEntities.of(stored), records)
    assert (changes.gone, changes.added, changes.changed, changes.dropped) == ([], {}, {}, [])
    assert [r["article_id"] for r in changes.written] == ["a1"]
    assert changes.counted == {"e2"}
