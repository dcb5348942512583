"""The `storyline` command: each command is a thin shell over one library call.

Library errors (the StorylineError tree) are translated here, and only here (storyline.cli.common),
into a one-line message on stderr and a documented exit code (docs/cli.md): 0 ok, 1 some inputs
failed, 2 usage or configuration, 3 unknown id, 4 store error, 5 optional dependency missing.
The commands live by group in storyline.cli.read, .story_cmds and .admin; ingest lives here.
"""
from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.common import EXIT_INPUTS_FAILED, ConfigOpt, StoreOpt, check_scheduler_address, console, err_console
from storyline.cli.common import escape as _escape
from storyline.cli.common import fail as _fail
from storyline.cli.common import open_for_writing as _open
from storyline.cli.errors import OneLineErrors
from storyline.errors import ConfigError, StorylineError

app = typer.Typer(help="Follow a news story across outlets and years.", no_args_is_help=True,
                  pretty_exceptions_enable=False, cls=OneLineErrors)

SCHEDULER_TIMEOUT_S = 5
__all__ = ["ConfigOpt", "StoreOpt", "app", "console", "err_console"]


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or URLs.")],
           store: StoreOpt = None, config: ConfigOpt = None,
           scheduler: Annotated[str | None, typer.Option(
               "--scheduler", help="Clean and extract on Dask: a scheduler address, or 'local' for a local cluster.")] = None,
           ) -> None:
    """Read, clean, date and store articles; re-running adds nothing new."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    try:
        run = _ingest_runner(scheduler)  # before the store: a bad scheduler creates no database
        settings, db = _open(store, config)
        with Progress(TextColumn("storing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console, transient=True) as bar:
            task = bar.add_task("store", total=None)
            report = run(paths, db, settings, progress=lambda done, total: bar.update(task, completed=done, total=total))
    except StorylineError as exc:
        _fail(exc)
    console.print(f"added {len(report.added)}, already stored {len(report.existing)}, "
                  f"reprints linked {len(report.reprints)}, skipped {len(report.failures)}")
    for failure in report.failures:
        where = f"{failure.source} ({failure.record})" if failure.record else failure.source
        console.print(f"  [yellow]skipped[/] {_escape(where)}: {failure.error}: {_escape(failure.message)}")
    if report.failures:
        raise typer.Exit(EXIT_INPUTS_FAILED)  # documented: some inputs failed (the others are stored)


def _ingest_runner(scheduler: str | None):
    """The ingest to run: in this process, or on Dask (a local cluster or a scheduler's address)."""
    from functools import partial

    from storyline.ingest.batch import ingest as ingest_here

    if scheduler is None:
        return ingest_here
    from storyline.distributed import _client_module, ingest_on_dask, local_client

    if scheduler != "local":
        check_scheduler_address(scheduler)
    client = local_client() if scheduler == "local" else _connect(_client_module(), scheduler)
    return partial(ingest_on_dask, client=client)


def _connect(distributed, address: str):
    try:
        return distributed.Client(address, timeout=SCHEDULER_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {reason}",
                          fix="start it (`dask scheduler`) and check the address, or use --scheduler local") from None


from storyline.cli import admin, read, story_cmds  # noqa: E402  (each registers its commands on app)

read.register(app)
story_cmds.register(app)
admin.register(app)

if __name__ == "__main__":
    app()
