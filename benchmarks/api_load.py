"""Load benchmark of `storyline serve`: p50/p99 latency and errors per route, 32 concurrent clients.

    python benchmarks/api_load.py [DIR] --out result.json [--articles 100000] [--seconds 20] [--routes api_search]

DIR keeps the generated store (DIR/api_load.db, reused when it holds the same number of articles;
default: a temporary folder). The store is generated directly, without NLP: articles of invented
stories (people, organisations, places, quotes, dated sentences, claims) with their spans, saved in
bulk, then canonical entities, citations and stories written as the corpus stages would write them.
The server runs in its own process(es) (uvicorn, `--workers`), the load comes from wrk (Debian
package `wrk`) or, without it, from an asyncio + httpx client; each route is driven for `--seconds`
by `--clients` connections in a closed loop. Story views are computed before the load (as a
server warms them at start), and the time that takes is reported beside the figures.
Goal (the issue's): p99 < 250 ms and 0 errors on every route.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SEED = 20261201
FIRST = ["Ana", "Daniel", "Petra", "Elliott", "Maria", "Tomas", "Ines", "Jonas", "Lena", "Omar", "Rosa", "Viktor",
         "Selma", "Hugo", "Irene", "Pavel", "Nadia", "Felix", "Clara", "Bruno"]
LAST = ["Verlo", "Lind", "Abrams", "Okafor", "Halden", "Moreau", "Castell", "Brandt", "Ferreira", "Nakamura",
        "Quist", "Rahman", "Sorensen", "Tavares", "Ulrich", "Varga", "Wexler", "Yilmaz", "Zeller", "Dunmore"]
ORGS = ["Ministry of Water", "Quillon Coatings", "Harbour Authority", "National Bank", "Port Union",
        "Energy Board", "Supreme Court", "Health Agency", "Rail Company", "Fisheries Council"]
PLACES = ["Saltmere", "Eastport", "Lowgate", "Veradia", "Kessel", "Northbay", "Dunmore", "Coastline", "Harrow", "Ostend"]
OUTLETS = ["Daily Courier", "Eastport Gazette", "Veradia Today", "Harbour Ledger", "Radio Kessel", "Coastwatch",
           "Saltmere Weekly", "Northern Courier", "Tidewire", "Evening Star", "Morning Post", "Civic Review"]
TOPICS = ["water contamination", "port strike", "bank inquiry", "election dispute", "rail tender", "fishing quota",
          "energy prices", "court ruling", "hospital funding", "amnesty talks", "bridge collapse", "tax reform"]
WORDS = ["report", "inquiry", "ministry", "officials", "residents", "samples", "results", "figures", "statement", "council", "budget", "contract", "investigation", "hearing", "protest", "agreement", "deadline", "evidence", "documents", "leak", "wells", "harbour", "tanks"]
ROUTES = {
    "GET /api/articles": "api_articles", "GET /api/articles/{id}": "api_article", "GET /api/stories": "api_stories",
    "GET /api/stories/{id}": "api_story", "GET /api/entities": "api_entities", "GET /api/quotes": "api_quotes",
    "GET /api/search": "api_search", "GET / (stories page)": "page_stories",
    "GET /stories/{id} (story page)": "page_story", "GET /articles/{id} (article page)": "page_article",
}


# --- the generated corpus ---------------------------------------------------------------------------

class Generator:
    """Invented stories and their articles, deterministic for a seed."""

    def __init__(self, articles: int, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.total = articles
        self.people = [f"{first} {last}" for first in FIRST for last in LAST]
        self.entity_ids = {name: f"e{i}" for i, name in enumerate(self.people + ORGS + PLACES)}

    def story_sizes(self) -> list[int]:
        """A long tail: most stories have a handful of articles, a few have hundreds (≤ 300)."""
        sizes, left = [], self.total
        while left > 0:
            size = min(left, max(1, min(300, int(self.rng.paretovariate(1.2) * 4))))
            sizes.append(size)
            left -= size
        return sizes

    def story(self, n: int, size: int) -> dict:
        rng = self.rng
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
        return {"n": n, "size": size, "topic": rng.choice(TOPICS), "place": rng.choice(PLACES),
                "people": rng.sample(self.people, 4), "org": rng.choice(ORGS), "start": start,
                "days": rng.choice([20, 90, 400, 2200])}  # some stories run six years

    def article(self, story: dict, k: int):
        from storyline.model import Article, PublishedDate, Span

        rng = self.rng
        day = story["start"] + timedelta(days=rng.randrange(story["days"] + 1))
        builder = _Body()
        speaker, other = rng.sample(story["people"], 2)
        when = day - timedelta(days=rng.randrange(1, 30))
        builder.add(f"{story['place'].upper()} - ", [])
        builder.add_entity(story["org"], "ORG")
        builder.add(f" published new figures on the {story['topic']} in ", [])
        builder.add_entity(story["place"], "GPE")
        builder.add(" on ", [])
        builder.add_timex(when.strftime("%B %d, %Y"), when.isoformat())
        builder.add(". ", [])
        for _ in range(rng.randint(2, 4)):
            builder.add(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + ". ", [])
        builder.add_quote(f"We have not seen the {rng.choice(WORDS)} yet, and we will not accept the {story['topic']} terms",
                          speaker)
        builder.add(" said ", [])
        builder.add_entity(speaker, "PERSON")
        builder.add(".\n\n", [])
        builder.add_entity(other, "PERSON")
        builder.add(f" said the {rng.choice(WORDS)} was {'offered' if k % 2 else 'never offered'} before ", [])
        builder.add_timex(str(story["start"].year), str(story["start"].year))
        builder.add(". " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 40))) + ".", [])
        body = builder.text
        title = f"{story['topic'].capitalize()} in {story['place']}: {rng.choice(WORDS)} {story['n']}-{k}"
        # one article in 25 makes a claim (offer / denial), so big stories hold a few contradictions
        claims = [] if k % 25 else [Span(0, 80, "CLAIM", "claims", body[:80], {
            "predicate": "offer", "polarity": "negative" if k % 50 else "positive", "modality": "asserted",
            "keywords": f"amnesty offer {story['topic']}", "asserter": other, "time": day.isoformat(), "figures": ""})]
        spans = builder.spans + claims
        outlet = OUTLETS[(story["n"] + k) % len(OUTLETS)]
        return Article(id=f"b{story['n']:06d}{k:05d}", source=f"generated/{story['n']}/{k}.txt", kind="text", raw="",
                       body=body, title=title, outlet=outlet, published=PublishedDate(day.isoformat(), "day", "generated"),
                       spans=spans, stages=["generated"])


class _Body:
    """A body built piece by piece, recording spans at the offsets the pieces land on."""

    def __init__(self) -> None:
        self.text, self.spans = "", []

    def add(self, text: str, spans: list) -> None:
        self.text += text

    def _span(self, text: str, label: str, stage: str, attrs: dict) -> None:
        from storyline.model import Span

        start = len(self.text)
        self.text += text
        self.spans.append(Span(start, len(self.text), label, stage, text, attrs))

    def add_entity(self, name: str, label: str) -> None:
        self._span(name, label, "entities", {"name": name, "ref": name})

    def add_timex(self, text: str, value: str) -> None:
        self._span(text, "TIMEX", "times", {"type": "DATE", "value": value, "anchored": "true"})

    def add_quote(self, words: str, speaker: str) -> None:
        """“words,” said Speaker — the caller adds ' said ' and the name right after."""
        quoted = f"“{words},”"
        name_at = len(self.text) + len(quoted) + len(" said ")
        self._span(quoted, "QUOTE", "quotes", {
            "kind": "direct", "speaker_name": speaker, "speaker_kind": "person", "cue": "said",
            "speaker_start": str(name_at), "speaker_end": str(name_at + len(speaker))})


def generate(url: str, articles: int) -> dict:
    """Write the generated corpus into a new store at `url`; returns counts and timings."""
    from storyline.store import open_store

    started = time.perf_counter()
    gen = Generator(articles)
    store = open_store(url)
    stories, mentions, batch = [], {}, []
    for n, size in enumerate(gen.story_sizes()):
        story = gen.story(n, size)
        ids = []
        for k in range(size):
            a = gen.article(story, k)
            ids.append(a.id)
            _collect_mentions(a, gen.entity_ids, mentions)
            batch.append((a, None))
            if len(batch) >= 2000:
                store.save_articles(batch)
                batch = []
        stories.append((story, ids))
    if batch:
        store.save_articles(batch)
    _corpus_records(store, gen, stories, mentions)
    seconds = time.perf_counter() - started
    store.close()
    return {"articles": articles, "stories": len(stories), "generate_s": round(seconds, 1)}


def _collect_mentions(article, entity_ids: dict, mentions: dict) -> None:
    from storyline.store import MentionRecord

    for s in article.spans:
        if s.stage == "entities":
            mentions.setdefault(entity_ids[s.text], []).append(MentionRecord(article.id, s.start, s.end, s.text))


def _corpus_records(store, gen: Generator, stories: list, mentions: dict) -> None:
    """Entities, citations and stories as the corpus stages (storyline.link) would write them."""
    from storyline.store import CitationLink, EntityRecord, StoryRecord

    types = {**{p: "PERSON" for p in gen.people}, **{o: "ORG" for o in ORGS}, **{p: "GPE" for p in PLACES}}
    store.replace_entities([EntityRecord(gen.entity_ids[name], name, types[name], (name,), mentions[gen.entity_ids[name]])
                            for name in gen.entity_ids if gen.entity_ids[name] in mentions])
    links = [CitationLink(ids[1], 0, 10, OUTLETS[0], None, ids[0]) for _, ids in stories if len(ids) > 1]
    store.replace_citation_links(links)
    ordered = sorted(stories, key=lambda s: -len(s[1]))
    store.replace_stories([StoryRecord(f"s{story['n']:06d}", f"The {story['topic']} in {story['place']}", tuple(ids))
                           for story, ids in ordered], {})


# --- the load ---------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, workers: int) -> subprocess.Popen:
    env = dict(os.environ, STORYLINE_STORE_URL=url)
    cmd = [sys.executable, "-m", "uvicorn", "storyline.serve.asgi:app", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--log-level", "warning", "--no-server-header"]
    server = subprocess.Popen(cmd, env=env)
    _wait_up(port, server)
    return server


def _wait_up(port: int, server: subprocess.Popen, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("the server did not come up")


def route_paths(url: str, hot_stories: list[str], rng: random.Random, n: int = 5000) -> dict[str, list[str]]:
    """For each route, `n` request paths (random pages at the API's default page sizes, ids, and
    pairs of common words) from the store: enough that
    a route's requests rarely repeat, so no cache of whole responses would flatter the figures."""
    from storyline.store import open_store

    store = open_store(url)
    total = store.count_articles()
    articles = [a.id for a in store.list_article_summaries(limit=n, offset=rng.randrange(max(total - n, 1)))]
    stories_total = store.count_stories()
    quotes_total = store.count_spans("QUOTE")
    store.close()
    pick = lambda items: [rng.choice(items) for _ in range(n)]  # noqa: E731
    return {
        "api_articles": [f"/api/articles?offset={rng.randrange(total)}" for _ in range(n)],
        "api_article": [f"/api/articles/{i}" for i in pick(articles)],
        "api_stories": [f"/api/stories?offset={rng.randrange(stories_total)}" for _ in range(n)],
        "api_story": [f"/api/stories/{s}" for s in pick(hot_stories)],
        "api_entities": [f"/api/entities?offset={rng.randrange(200)}" for _ in range(n)],
        "api_quotes": [f"/api/quotes?offset={rng.randrange(quotes_total)}" for _ in range(n)],
        "api_search": [f"/api/search?q={rng.choice(WORDS)}+{rng.choice(PLACES).lower()}" for _ in range(n)],
        "page_stories": [f"/?offset={rng.randrange(stories_total)}" for _ in range(n)],
        "page_story": [f"/stories/{s}" for s in pick(hot_stories)],
        "page_article": [f"/articles/{i}" for i in pick(articles)],
    }


WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("STORYLINE %%d %%d %%.3f %%.3f %%.3f\\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def drive_wrk(port: int, paths: list[str], clients: int, seconds: int, folder: Path) -> dict:
    listing, script = folder / "paths.txt", folder / "paths.lua"
    listing.write_text("\n".join(paths) + "\n")
    script.write_text(WRK_SCRIPT % listing)
    out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script),
                          f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=True).stdout
    line = next(row for row in out.splitlines() if row.startswith("STORYLINE "))
    requests, errors, p50, p99, worst = line.split()[1:]
    return {"requests": int(requests), "errors": int(errors), "p50_ms": float(p50), "p99_ms": float(p99),
            "max_ms": float(worst), "rps": round(int(requests) / seconds, 1)}


def drive_httpx(port: int, paths: list[str], clients: int, seconds: int, _folder: Path) -> dict:
    """The same closed loop without wrk: `clients` asyncio tasks, each one request at a time."""
    import asyncio

    import httpx

    async def run() -> tuple[list[float], int]:
        latencies, errors = [], 0
        deadline = time.monotonic() + seconds
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=10) as client:
            async def worker(offset: int) -> None:
                nonlocal errors
                i = offset
                while time.monotonic() < deadline:
                    started = time.perf_counter()
                    try:
                        ok = (await client.get(paths[i % len(paths)])).status_code < 400
                    except httpx.HTTPError:
                        ok = False
                    latencies.append((time.perf_counter() - started) * 1000)
                    errors += not ok
                    i += clients
            await asyncio.gather(*(worker(n) for n in range(clients)))
        return latencies, errors

    latencies, errors = asyncio.run(run())
    latencies.sort()
    at = lambda q: round(latencies[min(int(q * len(latencies)), len(latencies) - 1)], 3)  # noqa: E731
    return {"requests": len(latencies), "errors": errors, "p50_ms": at(0.5), "p99_ms": at(0.99),
            "max_ms": round(latencies[-1], 3), "rps": round(len(latencies) / seconds, 1)}


def run_routes(url: str, paths: dict[str, list[str]], drive, args: argparse.Namespace, folder: Path) -> dict:
    """Start the server, drive each route (after an uncounted warm-up), stop the server."""
    port = _free_port()
    server = start_server(url, port, args.workers)
    try:
        routes = {}
        for name, key in ROUTES.items():
            if args.routes and key not in args.routes:
                continue
            drive(port, paths[key], args.clients, args.warmup, folder)  # not counted: fills per-process caches
            routes[name] = drive(port, paths[key], args.clients, args.seconds, folder)
        return routes
    finally:
        server.terminate()
        server.wait(30)


def warm(url: str, stories: int) -> tuple[list[str], float]:
    """Compute (and keep in the store) the views of the `stories` largest stories."""
    from storyline.serve.story import warm_story_views
    from storyline.store import open_store

    store = open_store(url)
    started = time.perf_counter()
    warm_story_views(store, stories)
    ids = [s.id for s in store.list_story_summaries(limit=stories)]
    store.close()
    return ids, round(time.perf_counter() - started, 1)


def _store_url(folder: Path, articles: int) -> tuple[str, dict | None]:
    path = folder / "api_load.db"
    url = f"sqlite:///{path}"
    if path.exists():
        from storyline.store import open_store

        store = open_store(url)
        kept = store.count_articles() == articles
        store.close()
        if kept:
            return url, None
        path.unlink()
    return url, generate(url, articles)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, nargs="?", help="keeps the generated store (default: a temporary folder)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3, help="seconds of uncounted load before each route's")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (the machine has 2 cores)")
    ap.add_argument("--warm-stories", type=int, default=200, help="story views computed before the load")
    ap.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto")
    ap.add_argument("--routes", nargs="+", choices=sorted(ROUTES.values()),
                    help="only these routes (default: all), e.g. --routes api_search")
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="storyline-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    url, generated = _store_url(folder, args.articles)
    hot, warm_s = warm(url, args.warm_stories)
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    drive = drive_wrk if use_wrk else drive_httpx
    paths = route_paths(url, hot, random.Random(SEED))
    routes = run_routes(url, paths, drive, args, folder)
    scores = {"articles": args.articles, "clients": args.clients, "seconds_per_route": args.seconds,
              "warmup_seconds_per_route": args.warmup,
              "workers": args.workers, "load": "wrk" if use_wrk else "httpx", "warm_stories": args.warm_stories,
              "warm_s": warm_s, "generated": generated, "cores": os.cpu_count() or 1, "routes": routes,
              "goal_met": all(r["p99_ms"] < 250 and r["errors"] == 0 for r in routes.values())}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=1))
    print(f"{'route':<36}{'requests':>9}{'errors':>7}{'p50 ms':>9}{'p99 ms':>9}{'rps':>8}")
    for name, r in routes.items():
        print(f"{name:<36}{r['requests']:>9}{r['errors']:>7}{r['p50_ms']:>9.1f}{r['p99_ms']:>9.1f}{r['rps']:>8.1f}")
    print(f"goal p99 < 250 ms, 0 errors: {'met' if scores['goal_met'] else 'NOT met'} "
          f"(story views warmed: {args.warm_stories} in {warm_s} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
