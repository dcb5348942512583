"""One writer of the concurrency tests: ingest the given files into a store, say what happened.

Run forked from the test (the spaCy model loaded once, before the fork) or on its own:
    python concurrent_writer.py STORE_URL FILE... → one JSON line {"added": [...], "error": …}
"""
from __future__ import annotations

import json
import sys


def write(url: str, paths: list[str]) -> dict:
    """Ingest `paths` into the store at `url`; what happened, errors of any kind included."""
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    try:
        store = open_store(url)
        try:
            report = ingest(paths, store, load_settings(None))
        finally:
            store.close()
    except Exception as exc:  # the test counts every error, of any kind
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"added": sorted(report.added), "existing": sorted(report.existing),
            "failures": [f.message for f in report.failures], "error": None}


def write_to_queue(url: str, paths: list[str], results) -> None:  # a forked writer's entry point
    results.put(write(url, paths))


if __name__ == "__main__":
    outcome = write(sys.argv[1], sys.argv[2:])
    print(json.dumps(outcome))
    sys.exit(1 if outcome["error"] else 0)
