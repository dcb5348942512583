"""Screenshots of the web UI, desktop (1280 px) and phone (390 px): a story page (its top, and its
coverage section), an entity hub and a search, in Debian's Chromium driven by Playwright.

    python scripts/web_screenshots.py [OUT] [--store URL]

OUT defaults to /tmp/screens. Without --store, the sample corpus (examples/sample) and the seeds
(../shared/seeds, when present) are ingested into a temporary store first. The story shown is the
store's largest, the entity its most mentioned person, the search the story title's longest word.
Playwright's own browser download is never used: Chromium is /usr/bin/chromium (scripts/setup.sh).
"""
from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium's own connections are refused by a closed network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENS = {"desktop": {"viewport": {"width": 1280, "height": 900}},
           "390": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}}


@dataclass(slots=True, frozen=True)
class Targets:
    story: str
    entity: str
    words: str


def built_store(folder: Path) -> str:
    """A store of the sample corpus and the seeds, ingested and refreshed."""
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    url = f"sqlite:///{folder / 'screens.db'}"
    seeds = REPO.parent / "shared" / "seeds"
    paths = [REPO / "examples" / "sample"] + ([seeds] if seeds.is_dir() else [])
    store = open_store(url)
    ingest([str(p) for p in paths], store, load_settings(folder / "none.toml"))
    store.close()
    return url


def targets(store) -> Targets:
    story = store.list_story_summaries(limit=1)[0]
    people = store.list_entity_summaries("PERSON", limit=1) or store.list_entity_summaries(limit=1)
    words = max(story.title.split(), key=len) if story.title else "the"
    return Targets(story.id, people[0].id, words)


def serve(app) -> tuple[str, threading.Thread]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", thread


def shoot(base: str, found: Targets, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    taken: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for screen, options in SCREENS.items():
            page = browser.new_context(**options).new_page()
            for name, path, section in (("story", f"/stories/{found.story}", None),
                                        ("coverage", f"/stories/{found.story}", "#coverage"),
                                        ("entity", f"/entities/{found.entity}", None),
                                        ("search", f"/search?q={found.words}", None)):
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                target = out / f"{name}-{screen}.png"
                if section:
                    page.locator(section).screenshot(path=str(target))
                else:
                    page.screenshot(path=str(target), full_page=False)
                taken.append(target)
        browser.close()
    return taken


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, nargs="?", default=Path("/tmp/screens"))
    ap.add_argument("--store", help="a store URL to show (default: the sample corpus and the seeds, ingested)")
    args = ap.parse_args()
    from storyline.serve.app import create_app
    from storyline.serve.security import HostAllowlist
    from storyline.store import open_store

    args.out.mkdir(parents=True, exist_ok=True)
    url = args.store or built_store(Path(tempfile.mkdtemp(prefix="storyline-screens-")))
    store = open_store(url)
    base, _ = serve(create_app(store, hosts=HostAllowlist.build("127.0.0.1")))
    for path in shoot(base, targets(store), args.out):
        print(path)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
