"""The `storyline` command: each command is a thin shell over one library call.

Library errors (the StorylineError tree) are translated here, and only here (storyline.cli.common),
into a one-line message on stderr and a documented exit code (docs/cli.md): 0 ok, 1 some inputs
failed, 2 usage or configuration, 3 unknown id, 4 store error, 5 optional dependency missing,
130 interrupted. The commands live by group in storyline.cli.read, .story_cmds, .admin and .watch;
ingest, repair and claim live here.
"""
from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from storyline.cli.common import (
    EXIT_INPUTS_FAILED,
    ConfigOpt,
    StoreOpt,
    check_scheduler_address,
    console,
    err_console,
    open_for_reading,
)
from storyline.cli.common import escape as _escape
from storyline.cli.common import fail as _fail
from storyline.cli.common import open_for_writing as _open
from storyline.cli.errors import OneLineErrors
from storyline.errors import ConfigError, StorylineError

app = typer.Typer(help="Follow a news story across outlets and years.", no_args_is_help=True,
                  pretty_exceptions_enable=False, cls=OneLineErrors)

EXIT_INTERRUPTED = 130
LOG_LEVELS = ("debug", "info", "warning", "error")
__all__ = ["ConfigOpt", "StoreOpt", "app", "console", "err_console"]


def _show_version(value: bool) -> None:
    if value:
        from storyline import __version__

        console.print(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                               help="Print the version and exit.")] = False,
         verbose: Annotated[int, typer.Option("-v", "--verbose", count=True,
                                              help="More log lines on stderr: -v info, -vv debug.")] = 0,
         log_level: Annotated[str | None, typer.Option(
             "--log-level", help="Log level: debug, info, warning (default) or error.")] = None) -> None:
    """Follow a news story across outlets and years."""
    import logging

    if log_level is not None and log_level.lower() not in LOG_LEVELS:
        _fail(ConfigError(f"unknown log level {log_level!r}", fix=f"use one of {', '.join(LOG_LEVELS)}"))
    name = log_level.lower() if log_level else ("debug" if verbose > 1 else "info" if verbose else "warning")
    logging.basicConfig(level=getattr(logging, name.upper()), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    # progress lines (when stderr is not a terminal) show at the default level too
    logging.getLogger("storyline.progress").setLevel(min(logging.INFO, getattr(logging, name.upper())))


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or URLs.")],
           store: StoreOpt = None, config: ConfigOpt = None,
           scheduler: Annotated[str | None, typer.Option(
               "--scheduler", help="Run the per-document stages on Dask: a scheduler address, or 'local'.")] = None,
           workers: Annotated[int | None, typer.Option(
               "--workers", help="Worker processes (setting workers: 0 = every core, 1 = this process).")] = None,
           ) -> None:
    """Read, clean, extract and store articles, chunk by chunk; re-running adds nothing new.

    Exits 1 when any input failed (summarised by reason), 130 when interrupted (what was stored stays)."""
    from storyline.pipeline.progress import for_stream
    from storyline.pipeline.runner import ingest as run_ingest

    progress = for_stream(sys.stderr, err_console)
    try:
        if scheduler is not None and scheduler != "local":
            check_scheduler_address(scheduler)  # before the store: a bad scheduler creates no database
        from storyline.settings import load_settings
        from storyline.store import open_store

        settings = load_settings(config, config_required=config is not None, store_url=store, workers=workers)
        executor = _executor(scheduler, settings)
        db = open_store(settings.store_url)
        report = run_ingest(paths, db, settings, progress=progress, executor=executor)
    except StorylineError as exc:
        _fail(exc)
    finally:
        stop = getattr(progress, "stop", None)
        if stop:
            stop()
    _print_ingest(report)


def _print_ingest(report) -> None:
    console.print(f"added {len(report.added)}, already stored {len(report.existing)}, "
                  f"reprints linked {len(report.reprints)}, skipped {len(report.failures)}")
    for failure in report.failures:
        where = f"{failure.source} ({failure.record})" if failure.record else failure.source
        console.print(f"  [yellow]skipped[/] {_escape(where)}: {failure.error}: {_escape(failure.message)}")
    if report.interrupted:
        err_console.print("[bold yellow]interrupted[/]: every article listed as added is stored; the corpus "
                          "refresh is pending (the next ingest or `storyline repair` runs it)")
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.failures:
        reasons = ", ".join(f"{n} {code}" for code, n in report.failures_by_reason().items())
        err_console.print(f"[bold red]{len(report.failures)} input(s) failed[/]: {reasons}")
        raise typer.Exit(EXIT_INPUTS_FAILED)  # documented: some inputs failed (the others are stored)


def _executor(scheduler: str | None, settings):
    """None (the runner picks in-process or a local pool from the settings), or a Dask executor."""
    if scheduler is None:
        return None
    from storyline.distributed import DaskExecutor, connect

    return DaskExecutor(connect(scheduler), dict(settings.values))


@app.command()
def repair(store: StoreOpt = None, config: ConfigOpt = None,
           full: Annotated[bool, typer.Option("--full", help="Rebuild every corpus record (entities, citation "
                                              "links, stories) from all stored articles, not only what new ones change.")] = False,
           ) -> None:
    """Finish what a crashed or interrupted ingest left undone: the corpus refresh, if pending."""
    from storyline.pipeline.corpus import repair as run_repair

    try:
        settings, db = _open(store, config)
        pending = run_repair(db, settings, full=full)
    except StorylineError as exc:
        _fail(exc)
    if full:
        console.print(f"rebuilt: every corpus record recomputed ({pending} article(s) were waiting for a refresh)")
    elif pending:
        console.print(f"repaired: corpus records refreshed ({pending} article(s) stored since the last refresh)")
    else:
        console.print("nothing to repair: the corpus records are current")


@app.command()
def claim(text: Annotated[str, typer.Argument(help="The claim, in words (a sentence or a headline).")],
          story: Annotated[str | None, typer.Option("--story", help="Only this story's articles.")] = None,
          store: StoreOpt = None, config: ConfigOpt = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Who agrees with a claim, who denies it, who reports it: articles and quotes, by outlet and date."""
    from storyline.stance.claims import assess_claim, claim_record

    try:
        db = open_for_reading(store, config)
        found = claim_record(assess_claim(db, text, story))
    except StorylineError as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        return
    console.print(f"[bold]{_escape(found['claim'])}[/]  " + "  ".join(f"{k}: {v}" for k, v in found["counts"].items()))
    for a in found["articles"]:
        by = " [dim](its own claims)[/]" if a.get("by") == "claims" else ""
        console.print(f"[bold]{a['stance']:<8}[/] {a['published'] or 'undated':<10} {_escape(a['outlet'] or '?')} "
                      f"[dim]{a['article'][:8]}[/] {_escape(a['title'] or '')}{by}", soft_wrap=True)
        for sentence in a["sentences"]:
            console.print(f"           [dim]·[/] {_escape(sentence)}", soft_wrap=True)
    for q in found["quotes"]:
        console.print(f"[bold]{q['stance']:<8}[/] quote by {_escape(q['speaker'] or 'unknown')} "
                      f"[dim]{q['article'][:8]}[/] “{_escape(q['text'])}”", soft_wrap=True)


from storyline.cli import admin, read, story_cmds, watch  # noqa: E402  (each registers its commands on app)

read.register(app)
story_cmds.register(app)
admin.register(app)
watch.register(app)

if __name__ == "__main__":
    app()
