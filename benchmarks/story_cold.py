"""The first story page on a cold server: a fresh process over a store with no computed story
views, timed from the request to the page, for the largest stories (the slowest to compute).

    python benchmarks/story_cold.py [DIR] --out result.json [--articles 20000] [--stories 5]

DIR keeps the generated store (DIR/api_load.db, benchmarks/api_load.py's generator; reused when it
holds the same number of articles). Each story is asked in its own new process (nothing in
memory), after the store's saved views are deleted (nothing in the store): the time is the
page's alone; the process's start (imports, opening the store) is reported beside it.
Goal (issue 12): under 1 s on a 20k store.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import sys, time, warnings, json
started = time.perf_counter()
from storyline.store import open_store
from storyline.serve.app import create_app
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
store = open_store(sys.argv[1])
with TestClient(create_app(store), base_url="http://localhost") as client:  # runs the app's start, as uvicorn does
    ready = time.perf_counter()
    response = client.get("/stories/" + sys.argv[2])
    done = time.perf_counter()
print(json.dumps({"status": response.status_code, "start_s": round(ready - started, 3),
                  "page_s": round(done - ready, 3), "bytes": len(response.content)}))
"""


def cold_page(url: str, story_id: str) -> dict:
    """One cold request in a new process, after the store's saved views are gone."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM story_views"))
    engine.dispose()
    out = subprocess.run([sys.executable, "-c", CHILD, url, story_id], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) | {"story": story_id}


def main() -> int:
    from api_load import _store_url

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, nargs="?")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--stories", type=int, default=5, help="the largest stories, each asked cold once")
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="storyline-cold-"))
    folder.mkdir(parents=True, exist_ok=True)
    url, generated = _store_url(folder, args.articles)
    from storyline.store import open_store

    store = open_store(url)
    largest = [(s.id, s.articles) for s in store.list_story_summaries(limit=args.stories)]
    store.close()
    started = time.perf_counter()
    runs = [cold_page(url, sid) | {"articles": n} for sid, n in largest]
    pages = sorted(r["page_s"] for r in runs)
    result = {"articles": args.articles, "generated": generated, "runs": runs,
              "scores": {"page_s_max": pages[-1], "page_s_median": pages[len(pages) // 2],
                         "all_200": all(r["status"] == 200 for r in runs), "goal_s": 1.0,
                         "seconds": round(time.perf_counter() - started, 1)}}
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result["scores"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
