"""What the web process remembers per store revision: counts, outlet lists, encoded story JSON,
rendered story pages.

Every write to the store bumps its revision (storyline.store.browse.bump_revision), so a value
computed at one revision stays right until the next write; a process re-reads the revision at most
once per REVISION_TTL.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.store.base import ReadStore

#: how long a process trusts the store revision it last read (seconds): a write elsewhere shows on
#: the pages within this time; reading it costs a query (0.3–0.7 ms), often more than the page
REVISION_TTL = 1.0


class RevisionClock:
    """The store's revision, read at most once per REVISION_TTL per store."""

    def __init__(self, ttl: float | None = None) -> None:
        self._ttl = ttl  # None: REVISION_TTL as it is when asked (tests set it to 0)
        self._seen: dict[int, tuple[float, int]] = {}

    def revision(self, store: ReadStore) -> int:
        now = time.monotonic()
        seen = self._seen.get(id(store))
        if seen is None or now - seen[0] >= (REVISION_TTL if self._ttl is None else self._ttl):
            seen = (now, store.revision())
            self._seen[id(store)] = seen
        return seen[1]


_CLOCK = RevisionClock()


def revision(store: ReadStore) -> int:
    """The store's revision as the web process sees it (re-read at most once a second)."""
    return _CLOCK.revision(store)


class RevisionMemo:
    """Values (counts, outlet lists) kept while the store stays at one revision: counting 100k rows
    costs 3–50 ms, far more than the page it is for; a write anywhere makes them stale."""

    def __init__(self, size: int = 1024) -> None:
        self._values: OrderedDict = OrderedDict()
        self._guard = threading.Lock()
        self._size = size

    def get(self, store: ReadStore, key: Any, compute: Callable[[], Any]) -> Any:
        full = (id(store), revision(store), key)
        with self._guard:
            if full in self._values:
                self._values.move_to_end(full)
                return self._values[full]
        value = compute()
        with self._guard:
            self._values[full] = value
            while len(self._values) > self._size:
                self._values.popitem(last=False)
        return value


_MEMO = RevisionMemo()


def counted(store: ReadStore, key: Any, compute: Callable[[], Any]) -> Any:
    """`compute()`, remembered for this store at its current revision."""
    return _MEMO.get(store, key, compute)
