"""Profile the corpus refresh as a store grows: generated articles ingested as shuffled batches (extraction
off), the refresh of the second and the last batch profiled with cProfile and written as .prof files.

    python scripts/profile_refresh.py --size 8000 --batches 8 --out /tmp/profref

Compare the two with pstats (cumulative time per function) to see which stage grows with the store
(docs/scale.md, '100k shuffled batches measured in CPU time'). CPU seconds of each refresh are printed.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=8000)
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--no-profile", action="store_true", help="time each refresh's CPU only (cProfile's overhead left out)")
    args = ap.parse_args()
    os.environ["STORYLINE_EXTRACT_ON_INGEST"] = "false"
    os.environ.setdefault("STORYLINE_WORKERS", "1")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from ingest_memory import write_corpus
    from storyline.pipeline import ingest, runner
    from storyline.settings import load_settings
    from storyline.store import open_store

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="profref-") as tmp:
        write_corpus(Path(tmp) / "in", args.size, 7, args.batches, "shuffled")
        store = open_store(f"sqlite:///{tmp}/store.db")
        settings = load_settings(Path(tmp) / "none.toml")
        refresh = runner._refresh
        for n in range(args.batches):
            # CPU time, not wall: on a shared machine wall time measures the other processes (docs/scale.md)
            profile = cProfile.Profile(time.process_time) if n in (1, args.batches - 1) and not args.no_profile else None

            def timed(*a: Any, n: int = n, profile: cProfile.Profile | None = profile, **k: Any) -> None:
                started = time.process_time()
                if profile:
                    profile.enable()
                refresh(*a, **k)
                if profile:
                    profile.disable()
                print(f"batch {n + 1}: refresh {time.process_time() - started:.1f} s CPU", flush=True)

            runner._refresh = timed  # type: ignore[assignment]
            ingest([str(Path(tmp) / "in" / f"batch-{n}")], store, settings)
            if profile:
                profile.dump_stats(str(args.out / f"batch{n + 1}.prof"))
        runner._refresh = refresh  # type: ignore[assignment]
    return 0


if __name__ == "__main__":
    sys.exit(main())
