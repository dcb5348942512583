from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.watch.server import Site, start_site

from storyline.settings import Settings, load_settings
from storyline.store import open_store


@pytest.fixture
def site() -> Iterator[Site]:
    s = start_site()
    yield s
    assert s.server is not None
    s.server.shutdown()


@pytest.fixture
def watch_settings() -> Settings:
    # the test server is on loopback, which only this setting lets the watcher reach; no extraction:
    # these tests are about fetching and storing, and the model would only slow them down
    return load_settings(fetch_allow="127.0.0.1", watch_host_delay_s=0.0, extract_on_ingest=False)


@pytest.fixture
def store(tmp_path: Path):
    db = open_store(f"sqlite:///{tmp_path / 'watch.db'}")
    yield db
    db.close()


def paragraphs(topic: str, n: int = 4) -> list[str]:
    """Made-up article paragraphs, long enough for the HTML cleaner to keep them as the body."""
    return [f"{topic}: paragraph {i} says the council met on Tuesday to discuss the harbour budget, "
            f"the new ferry timetable and the repairs that residents of the old quarter have asked for "
            f"since the storm of last winter flooded the lower streets." for i in range(1, n + 1)]
