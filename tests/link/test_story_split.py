"""The split test on hand-built features: two events of one kind come apart, one event does not,
concurrent phases need a cleaner cut, and the graph pieces behave."""
from __future__ import annotations

import datetime as dt

import numpy as np

from storyline.link.story_features import ArticleFeatures, normalised
from storyline.link.story_split import best_cut, bisect, concurrent, fiedler_order, neighbour_graph

WEIGHTS = {"terms": 0.6, "entities": 0.4}
KIND = ["quake", "island", "magnitude", "tremor", "aftershock", "injured"]


def features(article_id: str, own: list[str], names: list[str], day: dt.date | None = None) -> ArticleFeatures:
    terms = normalised({w: 1.0 for w in KIND} | {w: 2.0 for w in own})
    return ArticleFeatures(article_id, terms, normalised({n: 1.0 for n in names}), day)


def event(prefix: str, own: list[str], names: list[str], n: int = 4,
          day: dt.date | None = None) -> list[ArticleFeatures]:
    """n reports of one event: its own words and names, one of its own words dropped in turn."""
    return [features(f"{prefix}{i}", own[:i % len(own)] + own[i % len(own) + 1:], names, day) for i in range(n)]


QESHM = event("q", ["qeshm", "dargahan", "sunday", "five"], ["Qeshm", "Dargahan"])
LENGEH = event("l", ["lengeh", "bandar", "monday", "ten"], ["Bandar Lengeh", "Hormozgan"])


def test_two_events_of_one_kind_are_split_apart():
    parts = bisect(QESHM + LENGEH, WEIGHTS, neighbours=3, max_cut=0.25, min_part=2)
    assert parts is not None
    assert {frozenset(f.article_id for f in p) for p in parts} == {
        frozenset(f.article_id for f in QESHM), frozenset(f.article_id for f in LENGEH)}


def test_one_event_is_not_split():
    assert bisect(event("q", ["qeshm", "dargahan", "sunday", "five"], ["Qeshm"], n=8), WEIGHTS,
                  neighbours=3, max_cut=0.25, min_part=2) is None


def test_larger_part_comes_first_and_small_sides_are_refused():
    big = event("q", ["qeshm", "dargahan", "sunday", "five", "ferry", "clinic"], ["Qeshm"], n=6)
    kept, off = bisect(big + LENGEH[:3], WEIGHTS, neighbours=2, max_cut=0.25, min_part=3)
    assert len(kept) == 6 and {f.article_id for f in off} == {"l0", "l1", "l2"}
    assert bisect(big + LENGEH[:3], WEIGHTS, neighbours=2, max_cut=0.25, min_part=4) is None


def test_concurrent_parts_need_a_cleaner_cut():
    may, june = dt.date(2013, 5, 2), dt.date(2013, 5, 20)
    a = event("a", ["enters", "clinic", "judge", "order"], ["Lohan", "Betty Ford"], day=may)
    b = event("b", ["leaves", "cliffside", "transfer", "malibu"], ["Lohan", "Cliffside"], day=june)
    loose = bisect(a + b, WEIGHTS, neighbours=3, max_cut=0.9, min_part=2)
    assert loose is not None  # the content alone would cut them
    assert bisect(a + b, WEIGHTS, neighbours=3, max_cut=0.9, min_part=2, concurrent_cut=0.0, within_days=60) is None
    assert concurrent(a, b, 60) and not concurrent(a, b, 10)


def test_undated_parts_are_never_concurrent():
    assert not concurrent(QESHM, LENGEH, 60)
    assert bisect(QESHM + LENGEH, WEIGHTS, neighbours=3, max_cut=0.25, min_part=2, concurrent_cut=0.0) is not None


def test_a_mostly_undated_part_is_not_concurrent():
    """A part's few dated members are no sample of its time: here the one dated member of an
    undated event is a report of the other event that the cut put on the wrong side."""
    day = dt.date(2013, 9, 17)
    dated = event("l", ["lengeh", "bandar", "monday", "ten"], ["Bandar Lengeh", "Hormozgan"], day=day)
    stray = features("s", ["lengeh", "bandar"], ["Bandar Lengeh"], day)
    assert not concurrent([*QESHM, stray], dated, 60)
    assert not concurrent(dated, [*QESHM, stray], 60)
    assert bisect([*QESHM, stray, *dated], WEIGHTS, neighbours=3, max_cut=0.9, min_part=2,
                  concurrent_cut=0.0, within_days=60) is not None
    # half of the part dated: it speaks for its time
    assert concurrent([QESHM[0], stray], dated, 60)


def test_neighbour_graph_is_symmetric_with_k_links_at_least():
    rng = np.random.default_rng(0)
    sim = rng.random((6, 6))
    sim = (sim + sim.T) / 2
    graph = neighbour_graph(sim, 2)
    assert np.allclose(graph, graph.T) and np.all(np.diag(graph) == 0)
    assert all((row > 0).sum() >= 2 for row in graph)


def test_best_cut_finds_the_bridge_between_two_triangles():
    graph = np.zeros((6, 6))
    for i, j in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]:
        graph[i, j] = graph[j, i] = 1.0
    graph[2, 3] = graph[3, 2] = 0.1
    order = fiedler_order(graph)
    value, where = best_cut(graph, order, 2)
    assert where == 3 and set(order[:3].tolist()) in ({0, 1, 2}, {3, 4, 5})
    assert abs(value - (0.1 / 6.1 + 0.1 / 6.1)) < 1e-9


def test_large_story_path_finds_the_same_parts(monkeypatch):
    from storyline.link import story_split

    dense = bisect(QESHM + LENGEH, WEIGHTS, neighbours=3, max_cut=0.25, min_part=2)
    monkeypatch.setattr(story_split, "DENSE_LIMIT", 0)
    monkeypatch.setattr(story_split, "BLOCK_ROWS", 3)  # several blocks
    sparse = bisect(QESHM + LENGEH, WEIGHTS, neighbours=3, max_cut=0.25, min_part=2)
    assert sparse is not None
    assert [{f.article_id for f in p} for p in sparse] == [{f.article_id for f in p} for p in dense]


def test_members_of_one_vocabulary_give_the_same_similarities_as_their_dicts(monkeypatch):
    from storyline.link import story_split
    from storyline.link.story_features import Vocabulary

    shared = Vocabulary()
    members = [ArticleFeatures(f.article_id, f.terms, f.entities, f.day, vocabulary=shared) for f in QESHM + LENGEH]
    packed = story_split.similarity_matrix(members, WEIGHTS)
    monkeypatch.setattr(story_split, "_field_matrix",
                        lambda ms, name: story_split._dict_matrix([m.field(name) for m in ms]))
    assert np.array_equal(packed, story_split.similarity_matrix(members, WEIGHTS))


def _two_noisy_groups(n: int, seed: int) -> np.ndarray:
    """A neighbour graph of n members in two overlapping groups (random weights, a shared half)."""
    rng = np.random.default_rng(seed)
    points = rng.random((n, 60)) ** 3
    points[: n // 2, :20] += 0.4
    points[n // 2:, 20:40] += 0.4
    points /= np.linalg.norm(points, axis=1)[:, None]
    return neighbour_graph(points @ points.T, 4)


def test_a_large_graph_s_fiedler_order_by_lanczos_cuts_where_the_dense_one_does(monkeypatch):
    # above EIGEN_DENSE_LIMIT members the order comes from eigsh over the same graph; the cut (its
    # value and the set of members on each side) must be the one the dense eigh gives
    from storyline.link import story_split

    for n, seed in [(160, 1), (300, 2), (300, 3), (500, 4)]:
        graph = _two_noisy_groups(n, seed)
        assert n > story_split.EIGEN_DENSE_LIMIT
        lanczos = fiedler_order(graph)
        with monkeypatch.context() as patch:
            patch.setattr(story_split, "EIGEN_DENSE_LIMIT", 10_000)
            dense = fiedler_order(graph)
        (value_l, at_l), (value_d, at_d) = best_cut(graph, lanczos, 2), best_cut(graph, dense, 2)
        assert abs(value_l - value_d) < 1e-9, (n, seed)
        side_l, side_d = set(lanczos[:at_l].tolist()), set(dense[:at_d].tolist())
        assert side_l in (side_d, set(range(n)) - side_d), (n, seed)
