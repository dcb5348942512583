"""The split test: does a story hold two stories? A normalised cut of its members' neighbour graph.

    parts = bisect(members, weights, neighbours=4, max_cut=0.3, min_part=2)   # None, or (kept, split off)

Two events of one kind (a 2008 and a 2013 celebrity rehab, two Indian Navy actions against pirates)
pull a streaming clusterer's centroid between them, so they end up in one story; measured against
that centroid they look alike, but each article's nearest neighbours are nearly all from its own
event (on ecbplus-dev, the nearest neighbour is from the same story for 98% of articles). So the
test looks at neighbours: each member is linked to its `neighbours` most similar members (the
weighted field cosines of story_features), and the graph is cut where its normalised cut
(Shi & Malik 2000; cut/vol(A) + cut/vol(B)) is smallest along the Fiedler vector of the normalised
Laplacian. A story is split when that cut is below `max_cut` and both sides hold `min_part`
members. On ecbplus-dev, cutting every gold topic once this way recovers its two stories at BCubed
F1 0.96; the two events of a topic cut at 0.01–0.65, one story's phases (Lohan entering, then
leaving Betty Ford) at 0.18 and up, so the threshold trades the two (chosen in StoryParams).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from storyline.link.story_features import FIELDS, ArticleFeatures

if TYPE_CHECKING:
    import numpy as np

# Above this many members, the eigenvector comes from the sparse solver, not a dense one.
DENSE_LIMIT = 1500


def similarity_matrix(members: Sequence[ArticleFeatures], weights: Mapping[str, float]) -> "np.ndarray":
    """Pairwise similarity of the members: the weighted sum of each field's cosine."""
    import numpy as np

    total = np.zeros((len(members), len(members)))
    for name in FIELDS:
        if weights.get(name):
            matrix = _field_matrix([m.field(name) for m in members])
            total += weights[name] * (matrix @ matrix.T).toarray()
    return total


def _field_matrix(vectors: Sequence[dict[str, float]]):
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    return csr_matrix((values, (rows, cols)), shape=(len(vectors), max(len(vocabulary), 1)))


def neighbour_graph(similarity: "np.ndarray", neighbours: int) -> "np.ndarray":
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


def fiedler_order(graph: "np.ndarray") -> "np.ndarray":
    """Members ordered along the second eigenvector of the normalised Laplacian."""
    import numpy as np

    degree = np.maximum(graph.sum(axis=1), 1e-12)
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(len(graph)) - graph * scale[:, None] * scale[None, :]
    if len(graph) <= DENSE_LIMIT:
        _, vectors = np.linalg.eigh(laplacian)
        second = vectors[:, 1]
    else:
        from scipy.sparse import csr_matrix
        from scipy.sparse.linalg import eigsh

        _, vectors = eigsh(csr_matrix(laplacian), k=2, sigma=-1e-3, which="LM")
        second = vectors[:, 1]
    return np.argsort(second * scale, kind="stable")


def best_cut(graph: "np.ndarray", order: "np.ndarray", min_part: int) -> tuple[float, int]:
    """The normalised cut of every prefix of `order` (both sides ≥ min_part): the smallest, and where."""
    import numpy as np

    ordered = graph[np.ix_(order, order)]
    degree = ordered.sum(axis=1)
    inside = np.tril(ordered, -1).sum(axis=1)  # each member's links to the members before it
    cut = np.cumsum(degree - 2 * inside)
    volume = np.cumsum(degree)
    total = volume[-1]
    best, where = float("inf"), 0
    for size in range(min_part, len(order) - min_part + 1):
        a, b = volume[size - 1], total - volume[size - 1]
        if a > 0 and b > 0:
            value = cut[size - 1] / a + cut[size - 1] / b
            if value < best - 1e-12:
                best, where = float(value), size
    return best, where


def concurrent(a: Sequence[ArticleFeatures], b: Sequence[ArticleFeatures], within_days: float) -> bool:
    """Were the two parts published over the same weeks? Most pairs of their dated members (one
    from each) lie within `within_days`. Undated members say nothing; a part without any is not."""
    import numpy as np

    days_a = np.array([m.day.toordinal() for m in a if m.day], dtype=float)
    days_b = np.array([m.day.toordinal() for m in b if m.day], dtype=float)
    if not len(days_a) or not len(days_b):
        return False
    return float((np.abs(days_a[:, None] - days_b[None, :]) <= within_days).mean()) >= 0.5


def bisect(members: Sequence[ArticleFeatures], weights: Mapping[str, float], *, neighbours: int,
           max_cut: float, min_part: int, concurrent_cut: float | None = None,
           within_days: float = 60.0) -> tuple[list[ArticleFeatures], list[ArticleFeatures]] | None:
    """The two stories these members hold, the larger (then the one with the earliest-listed member)
    first; None when the best cut is not below `max_cut` (`concurrent_cut` when the two parts were
    published over the same weeks: then they are more likely one story's phases) or a side would
    hold fewer than `min_part` members."""
    if len(members) < 2 * min_part:
        return None
    graph = neighbour_graph(similarity_matrix(members, weights), neighbours)
    order = fiedler_order(graph)
    value, where = best_cut(graph, order, min_part)
    if where == 0 or value >= max_cut:
        return None
    chosen = set(order[:where].tolist())
    a = [i for i in range(len(members)) if i in chosen]
    b = [i for i in range(len(members)) if i not in chosen]
    if (len(b), -b[0]) > (len(a), -a[0]):
        a, b = b, a
    parts = [members[i] for i in a], [members[i] for i in b]
    if concurrent_cut is not None and value >= concurrent_cut and concurrent(*parts, within_days):
        return None
    return parts
