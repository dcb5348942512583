"""One writer of the concurrency tests: ingest the given files into a store, print what happened.

    python concurrent_writer.py STORE_URL FILE... → one JSON line {"added": n, "existing": n, "error": …}
"""
from __future__ import annotations

import json
import sys


def main(url: str, paths: list[str]) -> int:
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
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    print(json.dumps({"added": sorted(report.added), "existing": sorted(report.existing),
                      "failures": [f.message for f in report.failures], "error": None}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
