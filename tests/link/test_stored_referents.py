"""The entity merge's stored referents (perf40, issue 16): a refresh that reads each article's referents
from its stored row merges what a merge of every stored entity span gives."""
from __future__ import annotations

import dataclasses
from itertools import pairwise

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import benchmark_module
from storyline.extract.descriptions import DESC
from storyline.link.entities import canonical_entities, link_entities
from storyline.link.stored_referents import article_entities, decode_referents, encode_referents
from storyline.model import PublishedDate, Span
from storyline.payloads import MentionPayload
from storyline.store import open_store
from storyline.store.base import CorpusQuery, CorpusRow
from storyline.store.schema import entity_stats


def _records(records) -> list:
    return sorted((e.id, e.name, e.type, tuple(sorted(e.aliases)),
                   tuple(sorted((m.article_id, m.start, m.end, m.text) for m in e.mentions))) for e in records)


def _from_every_span(store) -> list:
    """The full rebuild: the merge of every article's entity spans, read from the spans themselves."""
    return _records(canonical_entities(store.corpus_rows(CorpusQuery(stages=("entities",)))))


def _refresh_entities(store) -> None:
    link_entities(store, since=store.refreshed_generation())
    store.mark_refreshed(store.refresh_generation())


def _counted(store) -> list:
    """The stored mention counts (entity_stats, written with the entities' rows since perf44 only where
    they changed) beside those of the stored mentions."""
    with store.engine.connect() as conn:
        stats = sorted(tuple(r) for r in conn.execute(sa.select(entity_stats)))
    return [stats, sorted((e.id, len(e.mentions), len({m.article_id for m in e.mentions}))
                          for e in store.list_entities())]


def test_entities_merged_from_stored_referents_equal_the_merge_of_every_span(store_url):
    """Each refresh reads only its batch's spans and writes only the entity rows that changed (perf44);
    the tables equal the merge of every span, on SQLite and PostgreSQL."""
    articles, _ = benchmark_module("clustering_scale").generate(600, 11)
    store = open_store(store_url)
    for n in range(3):
        batch = articles[n * 200:(n + 1) * 200]
        for article in batch:
            store.save_article(article)
        # only the new batch's spans are read: every earlier article's referents are stored
        assert sum(row.referents is None for row in store.referent_rows()) == len(batch), f"batch {n + 1}"
        _refresh_entities(store)
        assert _records(store.list_entities()) == _from_every_span(store), f"after batch {n + 1}"
        stats, counted = _counted(store)
        assert stats == counted, f"after batch {n + 1}"
    assert store.store_referents(encode_referents) == 0
    store.close()


_ORDERED = benchmark_module("clustering_scale").generate(120, 17)[0]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(range(len(_ORDERED))), st.lists(st.integers(1, 119), min_size=1, max_size=3, unique=True))
def test_any_batch_order_ends_with_the_merge_of_every_span(tmp_path_factory, order, cuts):
    """Articles stored in a drawn order, cut into drawn batches, a refresh after each: after every batch
    the stored entities (rows written as differences) equal the full merge, and so do their counts."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('order') / 'store.db'}")
    bounds = [0, *sorted(cuts), len(order)]
    for start, end in pairwise(bounds):
        for n in order[start:end]:
            store.save_article(_ORDERED[n])
        _refresh_entities(store)
        assert _records(store.list_entities()) == _from_every_span(store)
        stats, counted = _counted(store)
        assert stats == counted
    store.close()


def test_an_article_s_replaced_spans_replace_its_stored_referents(store_url):
    articles, _ = benchmark_module("clustering_scale").generate(200, 12)
    store = open_store(store_url)
    for article in articles:
        store.save_article(article)
    _refresh_entities(store)
    before = _records(store.list_entities())
    # one article's first named referent renamed: its stored row must go with the spans it was made from
    article = next(a for a in articles if any(s.stage == "entities" and s.label == "PERSON" for s in a.spans))
    renamed = [dataclasses.replace(s, text="Quillon Varga", payload=MentionPayload("Quillon Varga", 999))
               if s.stage == "entities" and s.label == "PERSON" else s for s in article.spans if s.stage == "entities"]
    store.save_spans(article.id, "entities", renamed)
    link_entities(store)
    after = _records(store.list_entities())
    assert after != before
    assert after == _from_every_span(store)
    assert any(e[1] == "Quillon Varga" for e in after)
    store.close()


_LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "NORP", DESC])
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)


@st.composite
def _rows(draw) -> CorpusRow:
    spans, at = [], 0
    for _ in range(draw(st.integers(0, 12))):
        text, label = draw(_TEXT), draw(_LABELS)
        payload = MentionPayload(draw(st.none() | _TEXT), draw(st.none() | st.integers(0, 4)))
        if draw(st.booleans()) and draw(st.booleans()):  # another stage's span, which the merge skips
            spans.append(Span(at, at + len(text), "CITATION", "citations", text))
        else:
            spans.append(Span(at, at + len(text), label, "entities", text, payload))
        at += len(text) + draw(st.integers(0, 3))
    return CorpusRow("a1", None, PublishedDate(), None, None, 1, "", tuple(spans))


@settings(max_examples=300, deadline=None)
@given(_rows())
def test_stored_referents_read_back_as_the_article_s_spans_group_them(row):
    assert decode_referents(encode_referents(row)) == article_entities(row)


def test_a_refresh_merges_again_only_when_a_new_article_names_an_entity_or_an_outlet(tmp_path):
    """The check reads the new articles' stored referents (written first, so their spans are read once)."""
    articles, _ = benchmark_module("clustering_scale").generate(60, 13)
    store = open_store(f"sqlite:///{tmp_path / 'store'}.db")
    for article in articles[:50]:
        store.save_article(article)
    _refresh_entities(store)
    known = articles[0].outlet
    plain = [dataclasses.replace(a, spans=[s for s in a.spans if s.stage != "entities"], outlet=known)
             for a in articles[50:53]]
    for article in plain:
        store.save_article(article)
    since = store.refreshed_generation()
    assert link_entities(store, since=since) == []  # no entity, no outlet new to the corpus
    assert store.store_referents(encode_referents) == 0  # their (empty) referents stored by the check
    store.save_article(dataclasses.replace(plain[0], id="a-new-outlet", outlet="The Quillon Varga Gazette"))
    assert link_entities(store, since=since)
    store.mark_refreshed(store.refresh_generation())
    store.save_article(articles[53])
    assert link_entities(store, since=store.refreshed_generation())
    assert _records(store.list_entities()) == _from_every_span(store)
