"""The split test: does a story hold two stories? A normalised cut of its members' neighbour graph.

    parts = bisect(members, weights, neighbours=4, max_cut=0.25, min_part=2)   # None, or (kept, split off)

Two events of one kind (a 2008 and a 2013 celebrity rehab, two Indian Navy actions against pirates)
pull a streaming clusterer's centroid between them, so they end up in one story; measured against
that centroid they look alike, but each article's nearest neighbours are nearly all from its own
event (on ecbplus-dev the nearest neighbour is from the same story for 98% of articles, while
average linkage over the same TF-IDF tops out at F1 0.88). So the test looks at neighbours: each
member is linked to its `neighbours` most similar members (the weighted field cosines of
story_features), and the graph is cut where its normalised cut (Shi & Malik 2000:
cut/vol(A) + cut/vol(B)) is smallest along the Fiedler vector of the normalised Laplacian. A story
is split when that cut is below `max_cut` and both sides hold `min_part` members. Cutting every
gold topic of ecbplus-dev once this way recovers its two stories at BCubed F1 0.96. The two events
of a topic cut at 0.00–0.38, but some single stories cut at 0.14–0.3 too: their phases (Lohan
entering Betty Ford, then leaving it for another clinic) — published over the same weeks. A cut
between parts published together therefore has to be cleaner (`concurrent_cut`); a part tells
its time only when most of its members are dated (a stray member the cut misplaced, dated with the
other part, would otherwise speak for a whole undated part). Time enters only there: weighting
the graph's edges by publication gaps instead cut long-running stories at their gaps (generated
stories, clustering_scale.py), and its gain on ECB+ came only from the undated ECB half weighing
less, an artefact of the corpus.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from storyline.link.story_features import FIELDS, ArticleFeatures

if TYPE_CHECKING:
    import numpy as np

# Above this many members the graph is built in row blocks and kept sparse, and the eigenvector
# comes from the sparse solver: a dense 800 × 800 eigendecomposition takes ~0.1 s, while the dense
# similarity matrix of a 10,000-article story would need 800 MB.
DENSE_LIMIT = 800
BLOCK_ROWS = 512
# Above this many members the Fiedler vector of the (dense) graph comes from the sparse Lanczos
# solver too: the graph is the same, a handful of links per member, and a full dense
# eigendecomposition is cubic in the story's size. CPU ms per call, random 4-neighbour graphs
# (eigh / eigsh): 100 members 2–10 / 7, 150: 5–55 / 8, 300: 38–43 / 11–12, 800: 457–966 / 36–39;
# on 8k generated articles in shuffled 1k batches `eigh` was the split test's largest grower
# (0.14 → 1.24 s CPU from the 2nd to the 8th refresh; docs/scale.md, perf38).
EIGEN_DENSE_LIMIT = 150


def similarity_matrix(members: Sequence[ArticleFeatures], weights: Mapping[str, float]) -> np.ndarray:
    """Pairwise similarity of the members: the weighted sum of each field's cosine."""
    import numpy as np

    total = np.zeros((len(members), len(members)))
    for name in FIELDS:
        if weights.get(name):
            matrix = _field_matrix(members, name)
            total += weights[name] * (matrix @ matrix.T).toarray()
    return total


def _field_matrix(members: Sequence[ArticleFeatures], name: str):
    """The members' vectors of one field as the rows of a sparse matrix. Members numbering their
    words in one Vocabulary (a clustering run's) are read from their packed arrays: a dict per
    member cost 46 ms against 41 for 400 generated members (4 fields). Each
    word gets the column the dict's first appearance would give it, so the matrix is the same."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary = members[0].vocabulary if members else None
    if not members or any(m.vocabulary is not vocabulary for m in members):
        return _dict_matrix([m.field(name) for m in members])
    numbers, weights = zip(*(m.field_numbers(name) for m in members), strict=True)
    rows = np.repeat(np.arange(len(members)), [len(n) for n in numbers])
    # columns numbered by first appearance, as `_dict_matrix` numbers them: the same matrix, bit for bit
    words, first, inverse = np.unique(np.concatenate(numbers), return_index=True, return_inverse=True)
    column_of = np.empty(len(words), dtype=np.int64)
    column_of[np.argsort(first, kind="stable")] = np.arange(len(words))
    return csr_matrix((np.concatenate(weights), (rows, column_of[inverse])), shape=(len(members), max(len(words), 1)))


def _dict_matrix(vectors: Sequence[dict[str, float]]):
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    return csr_matrix((values, (rows, cols)), shape=(len(vectors), max(len(vocabulary), 1)))


def neighbour_graph(similarity: np.ndarray, neighbours: int) -> np.ndarray:
    """Each member linked to its `neighbours` most similar others (ties by position), symmetrised."""
    import numpy as np

    n = len(similarity)
    k = min(neighbours, n - 1)
    masked = similarity.copy()
    np.fill_diagonal(masked, -np.inf)
    nearest = np.argsort(-masked, axis=1, kind="stable")[:, :k]
    graph = np.zeros_like(similarity)
    rows = np.repeat(np.arange(n), k)
    graph[rows, nearest.ravel()] = np.maximum(similarity[rows, nearest.ravel()], 0.0)
    return np.maximum(graph, graph.T)


def sparse_neighbour_graph(members: Sequence[ArticleFeatures], weights: Mapping[str, float], neighbours: int):
    """The same graph for a large story, one block of rows of the similarity matrix at a time."""
    import numpy as np
    from scipy.sparse import csr_matrix

    n, k = len(members), min(neighbours, len(members) - 1)
    fields = [(weights[name], _field_matrix(members, name)) for name in FIELDS if weights.get(name)]
    rows, cols, values = [], [], []
    for start in range(0, n, BLOCK_ROWS):
        block = sum(w * (matrix[start:start + BLOCK_ROWS] @ matrix.T).toarray() for w, matrix in fields)
        block[np.arange(len(block)), np.arange(start, start + len(block))] = -np.inf
        nearest = np.argsort(-block, axis=1, kind="stable")[:, :k]
        rows.append(np.repeat(np.arange(start, start + len(block)), k))
        cols.append(nearest.ravel())
        values.append(np.maximum(np.take_along_axis(block, nearest, axis=1).ravel(), 0.0))
    graph = csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def fiedler_order(graph) -> np.ndarray:
    """Members ordered along the second eigenvector of the normalised Laplacian (dense or sparse graph)."""
    import numpy as np

    degree = np.maximum(np.asarray(graph.sum(axis=1)).ravel(), 1e-12)
    scale = 1.0 / np.sqrt(degree)
    if isinstance(graph, np.ndarray) and len(graph) > EIGEN_DENSE_LIMIT:
        from scipy.sparse import csr_matrix

        graph = csr_matrix(graph)
    if isinstance(graph, np.ndarray):
        _, vectors = np.linalg.eigh(np.eye(len(graph)) - graph * scale[:, None] * scale[None, :])
        second = vectors[:, 1]
    else:
        from scipy.sparse import diags
        from scipy.sparse.linalg import eigsh

        # the Laplacian's two smallest eigenvectors are the normalised adjacency's two largest
        adjacency = diags(scale) @ graph @ diags(scale)
        values, vectors = eigsh(adjacency, k=2, which="LA", v0=np.ones(graph.shape[0]))
        second = vectors[:, np.argsort(values)[0]]
    return np.argsort(second * scale, kind="stable")


def best_cut(graph, order: np.ndarray, min_part: int) -> tuple[float, int]:
    """The normalised cut of every prefix of `order` (both sides ≥ min_part): the smallest, and where."""
    import numpy as np
    from scipy.sparse import coo_matrix

    edges = coo_matrix(graph)
    rank = np.empty(len(order), dtype=int)
    rank[order] = np.arange(len(order))
    degree = np.bincount(rank[edges.row], weights=edges.data, minlength=len(order))
    earlier = rank[edges.col] < rank[edges.row]  # each member's links to the members before it
    inside = np.bincount(rank[edges.row][earlier], weights=edges.data[earlier], minlength=len(order))
    cut = np.cumsum(degree - 2 * inside)
    volume = np.cumsum(degree)
    sizes = np.arange(1, len(order) + 1)
    a, b = volume, volume[-1] - volume
    valid = (sizes >= min_part) & (sizes <= len(order) - min_part) & (a > 0) & (b > 0)
    if not valid.any():
        return float("inf"), 0
    values = np.where(valid, cut / np.where(a > 0, a, 1) + cut / np.where(b > 0, b, 1), np.inf)
    where = int(np.argmin(values))
    return float(values[where]), where + 1


def concurrent(a: Sequence[ArticleFeatures], b: Sequence[ArticleFeatures], within_days: float) -> bool:
    """Were the two parts published over the same weeks? Most pairs of their dated members (one
    from each) lie within `within_days`. Undated members say nothing, so a part speaks for its time
    only when most of its members are dated (`dated_enough`); a part mostly undated is not concurrent.
    Its few dated members are no sample of it: the cut is made on content, not time, and a member
    it put on the wrong side, dated with the other part, would make the parts look concurrent."""
    import numpy as np

    if not dated_enough(a) or not dated_enough(b):
        return False
    days_a = np.array([m.day.toordinal() for m in a if m.day], dtype=float)
    days_b = np.array([m.day.toordinal() for m in b if m.day], dtype=float)
    return float((np.abs(days_a[:, None] - days_b[None, :]) <= within_days).mean()) >= 0.5


def interleaved(a: Sequence[ArticleFeatures], b: Sequence[ArticleFeatures]) -> bool:
    """Do the two parts run side by side? At least half of each part's dated members fall within the
    other's span of days (first to last). Two events of one kind occupy two periods (a 2008 and a 2013
    rehab); two threads of one long-running story interleave over the same years (lead19: a ballpark's
    construction and the land deal behind it, 2023–2026, cut at 0.23 into its two threads). Mostly
    undated parts never are (`dated_enough`)."""
    if not dated_enough(a) or not dated_enough(b):
        return False
    days_a = sorted(m.day for m in a if m.day)
    days_b = sorted(m.day for m in b if m.day)
    def within(days: list, other: list) -> bool:
        return 2 * sum(1 for d in days if other[0] <= d <= other[-1]) >= len(days)
    return within(days_a, days_b) and within(days_b, days_a)


def dated_enough(part: Sequence[ArticleFeatures]) -> bool:
    """At least half the part's members are dated (so a part without any never is)."""
    dated = sum(1 for m in part if m.day)
    return dated > 0 and 2 * dated >= len(part)


def _parts(members: Sequence[ArticleFeatures], chosen: set[int]) -> tuple[list[ArticleFeatures], list[ArticleFeatures]]:
    """The members in and out of `chosen`, each in member order; the larger (then the one holding
    the earliest-listed member) first."""
    a = [m for i, m in enumerate(members) if i in chosen]
    b = [m for i, m in enumerate(members) if i not in chosen]
    first_a = next(i for i in range(len(members)) if i in chosen)
    first_b = next(i for i in range(len(members)) if i not in chosen)
    return (b, a) if (len(b), -first_b) > (len(a), -first_a) else (a, b)


def bisect(members: Sequence[ArticleFeatures], weights: Mapping[str, float], *, neighbours: int,
           max_cut: float, min_part: int, concurrent_cut: float | None = None,
           within_days: float = 60.0) -> tuple[list[ArticleFeatures], list[ArticleFeatures]] | None:
    """The two stories these members hold, the larger (then the one with the earliest-listed member)
    first; None when the best cut is not below `max_cut` (`concurrent_cut` when the two parts were
    published over the same weeks, or interleaved over the same period: then they are more likely one
    story's phases or threads) or a side would
    hold fewer than `min_part` members."""
    if len(members) < 2 * min_part:
        return None
    if len(members) > DENSE_LIMIT:
        graph = sparse_neighbour_graph(members, weights, neighbours)
    else:
        graph = neighbour_graph(similarity_matrix(members, weights), neighbours)
    order = fiedler_order(graph)
    value, where = best_cut(graph, order, min_part)
    if where == 0 or value >= max_cut:
        return None
    parts = _parts(members, set(order[:where].tolist()))
    if concurrent_cut is not None and value >= concurrent_cut and (concurrent(*parts, within_days) or interleaved(*parts)):
        return None
    return parts
