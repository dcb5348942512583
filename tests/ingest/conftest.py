"""Fixtures for the ingest tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest_helpers import page


@pytest.fixture
def good_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two readable files that sort before and after anything named b…/m…: a.txt and z.html."""
    first = tmp_path / "a.txt"
    first.write_text("First good document.", encoding="utf-8")
    last = tmp_path / "z.html"
    last.write_text(page("Last good"), encoding="utf-8")
    return first, last
