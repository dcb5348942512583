"""Story clustering: streaming assignment, long gaps held by entities, stable ids, merges, the store."""
from __future__ import annotations

import pytest

from conftest import make_article
from storyline.errors import NotFoundError
from storyline.link.stories import StoryParams, cluster, cluster_articles, link_stories, resolve_story_id
from storyline.link.story_features import article_features
from storyline.model import PublishedDate, Span
from storyline.store import StoryRecord, open_store

WELLS = ("Solvent was found in the public wells of Saltmere. The ministry of water disputes the well tests, "
         "and Quillon Coatings denies any leak from its paint works near the wells.")
BRIDGE = ("The Dunmore bridge closed after engineers found cracks in its steel cables. Commuters face "
          "detours while the transport agency inspects the bridge cables.")


def story_article(body: str, day: str | None = None, names: tuple[tuple[str, str], ...] = (), **fields):
    spans = [Span(body.find(n), body.find(n) + len(n), label, "entities", n, {"name": n})
             for n, label in names if n in body]
    published = PublishedDate(day, "day") if day else PublishedDate()
    return make_article(body, published=published, spans=spans, source=f"{hash(body)}.txt", **fields)


def wells(day: str | None, extra: str = "") -> object:
    return story_article(WELLS + " " + extra, day, (("Saltmere", "GPE"), ("Quillon Coatings", "ORG")),
                         title="Saltmere wells " + (day or "undated"))


def bridge(day: str | None, extra: str = "") -> object:
    return story_article(BRIDGE + " " + extra, day, (("Dunmore", "GPE"),), title="Dunmore bridge " + (day or ""))


def groups(records: list[StoryRecord]) -> list[set[str]]:
    return [set(r.article_ids) for r in records]


def test_two_stories_come_apart():
    a, b, c, d = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens."), bridge("2023-03-15"), bridge("2023-03-16", "Repairs begin.")
    assert {frozenset(g) for g in groups(cluster_articles([a, b, c, d]))} == {frozenset({a.id, b.id}), frozenset({c.id, d.id})}


def test_years_long_gap_is_held_together_by_shared_entities():
    early, late = wells("2019-07-23"), wells("2025-10-08", "The appeal court upholds the fine.")
    assert groups(cluster_articles([early, late])) == [{early.id, late.id}]


def test_time_decay_lowers_similarity_but_has_a_floor():
    import dataclasses

    from storyline.link.stories import _Story, similarity

    near, far, probe = wells("2023-03-14", "Near."), wells("2029-03-14", "Far."), wells("2023-03-15", "Probe.")
    features = {f.article_id: f for f in article_features([near, far, probe])}
    s_near, s_far = _Story("a"), _Story("b")
    s_near.add(features[near.id])
    s_far.add(features[far.id])
    params = StoryParams()
    timeless = dataclasses.replace(params, decay_floor=1.0)
    f = features[probe.id]
    assert similarity(f, s_near, params) > 0.99 * similarity(f, s_near, timeless)  # a day apart
    damped, undamped = similarity(f, s_far, params), similarity(f, s_far, timeless)
    assert params.decay_floor * undamped * 0.999 <= damped < 0.6 * undamped  # six years apart


def test_articles_are_listed_earliest_first_with_undated_last():
    a, b, c = wells(None), wells("2023-03-20", "More tests."), wells("2023-03-14", "First tests.")
    (record,) = cluster_articles([a, b, c])
    assert record.article_ids == (c.id, b.id, a.id)


def test_existing_assignments_and_ids_are_kept():
    a, b = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens.")
    features = article_features([a, b])
    kept = cluster(features, existing=[StoryRecord("smine", "Wells", (a.id,))]).records()
    assert [(r.id, set(r.article_ids)) for r in kept] == [("smine", {a.id, b.id})]


def test_merged_story_id_becomes_an_alias():
    a, b, c = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens."), wells("2023-03-21", "A fine.")
    result = cluster(article_features([a, b, c]), existing=[StoryRecord("sold1", "A", (a.id,)),
                                                            StoryRecord("sold2", "B", (b.id,))])
    (record,) = result.records()
    gone = ({"sold1", "sold2"} - {record.id}).pop()
    assert set(record.article_ids) == {a.id, b.id, c.id} and result.aliases == {gone: record.id}


def test_stories_nothing_new_reached_are_not_merged_again():
    a, b = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens.")
    existing = [StoryRecord("sold1", "A", (a.id,)), StoryRecord("sold2", "B", (b.id,))]
    result = cluster(article_features([a, b]), existing=existing)
    assert [r.id for r in result.records()] == ["sold1", "sold2"] and result.aliases == {}


def test_store_round_trip_and_alias_resolution(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    a, b, c = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens."), bridge("2023-03-15")
    for article in (a, b, c):
        store.save_article(article)
    first = link_stories(store)
    assert {frozenset(g) for g in groups(first)} == {frozenset({a.id, b.id}), frozenset({c.id})}
    assert link_stories(store) == first  # a refresh with nothing new changes nothing
    store.replace_stories(store.list_stories(), {"sgone": first[0].id})
    assert resolve_story_id(store, "sgone") == first[0].id
    assert resolve_story_id(store, first[1].id[:6]) == first[1].id
    with pytest.raises(NotFoundError):
        resolve_story_id(store, "nope")
    store.close()


def test_reprint_joins_the_story_of_its_original(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    original = wells("2023-03-14")
    copy = wells("2023-03-15", "Reprinted.")
    copy.duplicate_of = original.id
    for article in (original, copy):
        store.save_article(article)
    (record,) = link_stories(store)
    assert record.article_ids == (original.id, copy.id)
    store.close()


# Two contaminations of one kind, in different towns, by different firms: the same vocabulary,
# different names, openings and figures (as ECB+ pairs two events of one kind per topic).
SALTMERE = ["Solvent was found in {n} public wells of Saltmere, the ministry of water said. Quillon Coatings "
            "denies any leak from its paint works near the wells. {extra}",
            "Saltmere residents were told to boil water after tests of {n} wells found solvent. Quillon Coatings "
            "said its tanks were sound. {extra}"]
DUNHOLLOW = ["Solvent was found in {n} public wells of Dunhollow, the ministry of water said. Marrick Chemicals "
             "denies any leak from its dye plant near the wells. {extra}",
             "Dunhollow residents were told to boil water after tests of {n} wells found solvent. Marrick "
             "Chemicals said its pipes were sound. {extra}"]
EXTRAS = ["Inspectors return next week.", "The mayor called a meeting.", "Schools stay open.",
          "Bottled water is handed out.", "Farmers worry about the crops."]


def contamination(town: str, i: int, day: str | None = None):
    template = (SALTMERE if town == "Saltmere" else DUNHOLLOW)[i % 2]
    firm = "Quillon Coatings" if town == "Saltmere" else "Marrick Chemicals"
    body = template.format(n=12 if town == "Saltmere" else 31, extra=EXTRAS[i % len(EXTRAS)])
    return story_article(body, day, ((town, "GPE"), (firm, "ORG")), title=f"{town} wells {i}")


def test_two_events_of_one_kind_end_in_two_stories():
    salt = [contamination("Saltmere", i) for i in range(5)]
    dun = [contamination("Dunhollow", i) for i in range(5)]
    found = {frozenset(g) for g in groups(cluster_articles(salt + dun))}
    assert found == {frozenset(a.id for a in salt), frozenset(a.id for a in dun)}


def test_a_refresh_keeps_both_ids_of_two_stories_of_one_kind():
    salt = [contamination("Saltmere", i) for i in range(5)]
    dun = [contamination("Dunhollow", i) for i in range(5)]
    existing = [StoryRecord("ssalt", "S", tuple(a.id for a in salt[:4])),
                StoryRecord("sdun", "D", tuple(a.id for a in dun))]
    result = cluster(article_features(salt + dun), existing=existing)  # salt[4] is new: the passes run
    assert {r.id: set(r.article_ids) for r in result.records()} == {"ssalt": {a.id for a in salt},
                                                                     "sdun": {a.id for a in dun}}
    assert result.aliases == {}


def test_periodic_passes_reach_the_same_stories():
    import dataclasses

    articles = [contamination(town, i) for i in range(5) for town in ("Saltmere", "Dunhollow")]
    once = {frozenset(g) for g in groups(cluster_articles(articles))}
    periodic = cluster_articles(articles, dataclasses.replace(StoryParams(), period=3))
    every_three = {frozenset(g) for g in groups(periodic)}
    assert once == every_three and len(once) == 2


def test_figures_leave_written_dates_out():
    from storyline.link.story_features import figures

    assert figures("On 2023-03-14 and 12/23/12, 26 pirates; magnitude 5.6 in 2011, 7 boats") == {
        "26": 1, "5.6": 1, "2011": 1}


def test_stored_stories_not_restored_crowd_out_a_weaker_candidate():
    # a refresh holds only some stored stories; those it did not restore still take their places in
    # the candidate ranking (unscored), as they would if held, so a story that ranks below them is
    # not reached (in slices the merge pass otherwise joined weak matches, docs/corpus.md)
    import dataclasses

    from storyline.link.stories import article_keys

    early, new = wells("2023-03-14"), wells("2023-03-20", "An inquiry opens into the leak.")
    features = article_features([early, new])
    params = dataclasses.replace(StoryParams(), candidates=1)
    existing = [StoryRecord("s-wells", "Saltmere wells", (early.id,))]
    crowd = {k: ["s-stored-1", "s-stored-2"] for k in article_keys(features[1], params)}
    alone = cluster(features, params, existing).records()
    crowded = cluster(features, params, existing, unrestored=crowd).records()
    assert groups(alone) == [{early.id, new.id}]
    assert sorted(map(len, groups(crowded))) == [1, 1]
    restored_too = {k: ["s-wells", *ids] for k, ids in crowd.items()}  # a restored story counts once
    assert groups(cluster(features, params, existing, unrestored={k: ["s-wells"] for k in crowd}).records()) == [{early.id, new.id}]
    assert sorted(map(len, groups(cluster(features, params, existing, unrestored=restored_too).records()))) == [1, 1]
