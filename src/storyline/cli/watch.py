"""`storyline sources add|list|remove`, `storyline watch`, `storyline follow|follows|unfollow|alerts`."""
from __future__ import annotations

import json
import signal
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from storyline.errors import StorylineError

StoreOpt = Annotated[str | None, typer.Option("--store", help="Database URL (default: setting store_url).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file (default: ./storyline.toml).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

sources_app = typer.Typer(help="Feeds, news sitemaps and pages that `storyline watch` follows.", no_args_is_help=True)


def _main() -> Any:
    from storyline.cli import main

    return main


@sources_app.command("add")
def sources_add(url: Annotated[str, typer.Argument(help="The feed's, sitemap's or page's http(s) URL.")],
                kind: Annotated[str, typer.Option(help="feed, sitemap or page.")] = "feed",
                interval: Annotated[int | None, typer.Option(help="Seconds between polls (default: setting).")] = None,
                store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Follow a source (adding it again changes its kind and interval)."""
    from storyline.watch import add_source

    m = _main()
    try:
        settings, db = m._open(store, config)
        source = add_source(db, url, kind=kind, interval_s=interval or settings.watch_interval_s)  # type: ignore[arg-type]
    except StorylineError as exc:
        m._fail(exc)
    m.console.print(f"following {source.kind} {m._escape(source.url)} as {source.id} every {source.interval_s} s")


@sources_app.command("list")
def sources_list(as_json: JsonOpt = False, store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Each source with its last success, last error, next poll and counts."""
    from storyline.watch import list_sources

    m = _main()
    try:
        _, db = m._open(store, config)
        found = list_sources(db)
    except StorylineError as exc:
        m._fail(exc)
    if as_json:
        typer.echo(json.dumps([source_record(s) for s in found], indent=2))
        return
    for s in found:
        health = "[red]circuit open[/]" if s.open_until and s.open_until > datetime.now(UTC) else (
            f"[yellow]{s.failures} failures[/]" if s.failures else "[green]ok[/]")
        m.console.print(f"{s.id} {s.kind:7} {m._escape(s.url)} {health}")
        m.console.print(f"    last ok {_when(s.last_success_at)}, next poll {_when(s.next_poll_at)}, "
                        f"polls {s.polls} ({s.not_modified} not modified), entries {s.entries_seen}, "
                        f"articles {s.articles_added}")
        if s.last_error:
            m.console.print(f"    last error {_when(s.last_error_at)}: {m._escape(s.last_error)}")


@sources_app.command("remove")
def sources_remove(ref: Annotated[str, typer.Argument(help="Source id, id prefix or URL.")],
                   store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Stop following a source; its stored articles stay."""
    from storyline.watch import remove_source

    m = _main()
    try:
        _, db = m._open(store, config)
        gone = remove_source(db, ref)
    except StorylineError as exc:
        m._fail(exc)
    m.console.print(f"removed {gone.id} {m._escape(gone.url)}")


def watch(once: Annotated[bool, typer.Option(help="Poll what is due once, then stop.")] = False,
          store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Poll the sources until stopped (Ctrl-C or SIGTERM stop after the entry being stored)."""
    from storyline.watch import watch as run_watch

    m = _main()
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        settings, db = m._open(store, config)
        report = run_watch(db, settings, once=once, stop=stop)
    except StorylineError as exc:
        m._fail(exc)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    m.console.print(f"polls {report.polls} ({report.not_modified} not modified), entries {report.entries}, "
                    f"added {len(report.added)}, versions {len(report.versions)}, failures {len(report.failures)}")
    if report.failures:
        raise typer.Exit(1)


def follow(kind: Annotated[str, typer.Argument(help="story or search.")],
           target: Annotated[str, typer.Argument(help="A story id, or search words.")],
           store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Follow a story or a saved search: alerts are recorded when it gains articles, entries or disputes."""
    from storyline.watch.alerts import follow as add_follow

    m = _main()
    try:
        _, db = m._open(store, config)
        made = add_follow(db, kind, target)  # type: ignore[arg-type]
    except StorylineError as exc:
        m._fail(exc)
    m.console.print(f"following {made.kind} {m._escape(made.target)} as {made.id}")


def alerts(as_json: JsonOpt = False, limit: Annotated[int, typer.Option(min=1)] = 50,
           store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """The newest alerts of every follow."""
    from storyline.watch.alerts import list_alerts

    m = _main()
    try:
        _, db = m._open(store, config)
        found = list_alerts(db, limit=limit)
    except StorylineError as exc:
        m._fail(exc)
    if as_json:
        typer.echo(json.dumps([{"id": a.id, "follow": a.follow_id, "kind": a.kind, "title": a.title,
                                "detail": a.detail, "created_at": a.created_at.isoformat()} for a in found], indent=2))
        return
    for a in found:
        m.console.print(f"{a.created_at:%Y-%m-%d %H:%M} [bold]{a.kind}[/] {m._escape(a.title)}")


def source_record(s: Any) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in
            ((f, getattr(s, f)) for f in s.__slots__)}


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else "never"


def register(app: typer.Typer) -> None:
    """Add the watch commands to the main `storyline` app."""
    app.add_typer(sources_app, name="sources")
    app.command("watch")(watch)
    app.command("follow")(follow)
    app.command("alerts")(alerts)
