"""Watching throughput: N local feeds × M entries polled by one watcher process.

    python benchmarks/watch_feeds.py --feeds 200 --entries 50 --out watch.json [--extract]

A separate process serves the feeds and their pages on 127.0.0.1 (made-up articles, each its own
text), so the watcher's process is measured alone. Reported: time to the first stored article, the
sustained articles per second after it (the corpus refreshes included: the watcher runs one every
`watch_refresh_every_s` of a long cycle and one at its end). Extraction (the NLP
model) is off by default: this measures fetching, cleaning, storing and the corpus stages; with
--extract the model's cost is added (benchmarks/ingest_throughput.py measures that alone).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WORDS = ["harbour", "council", "ferry", "budget", "storm", "repair", "quarter", "street", "mayor", "vote", "tender", "contract", "bridge", "tunnel", "school", "clinic", "market", "river", "flood", "winter", "summer", "island", "coast", "rail", "station", "tram", "museum", "library"]


def _page(feed: int, entry: int) -> bytes:
    words = [WORDS[(feed * 7 + entry * 13 + i * 3) % len(WORDS)] for i in range(240)]
    paragraphs = ["The " + " ".join(words[i:i + 40]) + f" (report {feed}-{entry})." for i in range(0, 240, 40)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Report {feed}-{entry}</title></head><body><article>"
            f"<h1>Report {feed}-{entry}</h1>{body}</article></body></html>").encode()


def _feed(base: str, feed: int, entries: int) -> bytes:
    items = "".join(f"<item><title>Report {feed}-{e}</title><link>{base}/p/{feed}/{e}</link></item>"
                    for e in range(entries))
    return f'<rss version="2.0"><channel><title>Feed {feed}</title>{items}</channel></rss>'.encode()


def _serve(port: multiprocessing.Queue, entries: int) -> None:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if parts[0] == "feed":
                body, kind = _feed(base, int(parts[1].split(".")[0]), entries), "application/rss+xml"
            elif parts[0] == "p":
                body, kind = _page(int(parts[1]), int(parts[2])), "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port.put(server.server_address[1])
    server.serve_forever()


def measure(feeds: int, entries: int, extract: bool) -> dict[str, float]:
    from storyline.settings import load_settings
    from storyline.store import open_store
    from storyline.watch import add_source, watch_state
    from storyline.watch.fetching import HttpFetcher
    from storyline.watch.run import Watcher

    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(queue, entries), daemon=True)
    server.start()
    port = queue.get(timeout=30)
    settings = load_settings(fetch_allow="127.0.0.1", watch_host_delay_s=0.0, extract_on_ingest=extract)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'watch.db'}")
        for f in range(feeds):
            add_source(store, f"http://127.0.0.1:{port}/feed/{f}.rss", kind="feed", interval_s=3600)
        watcher = Watcher(store, settings, HttpFetcher(allow=settings.fetch_allow))
        first: list[float] = []
        start = time.perf_counter()
        probe = threading.Thread(target=_first_store, args=(store, first, start), daemon=True)
        probe.start()
        report = watcher.run(once=True)
        total = time.perf_counter() - start
        stored = store.status().articles
        pages = len(watch_state(store).list_sources())
        store.close()
    server.terminate()
    t_first = first[0] if first else total
    return {"feeds": pages, "entries_per_feed": entries, "articles": stored, "failures": len(report.failures),
            "corpus_refreshes": report.refreshes,
            "seconds": round(total, 2), "first_store_s": round(t_first, 2),
            "sustained_articles_per_s": round((stored - 1) / max(total - t_first, 1e-9), 1)}


def _first_store(store: object, out: list[float], start: float) -> None:
    while not out:
        if store.status().articles:  # type: ignore[attr-defined]
            out.append(time.perf_counter() - start)
            return
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--extract", action="store_true", help="run the NLP extraction too")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    scores = measure(args.feeds, args.entries, args.extract)
    args.out.write_text(json.dumps({"predictions": {}, "scores": scores}, indent=2) + "\n")
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
