"""What every command shares: the consoles, opening the store, and turning errors into exit codes.

Exit codes (docs/cli.md): 0 ok, 1 some inputs failed, 2 usage or configuration, 3 unknown id,
4 store error, 5 an optional dependency is missing. Every error is one line on stderr:
`error (<code>): <what, with the offending value> — <fix>`.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from storyline.errors import (
    ConfigError,
    InputError,
    MissingExtraError,
    NotFoundError,
    StoreConnectionError,
    StoreError,
    StorylineError,
)

if TYPE_CHECKING:
    from storyline.settings import Settings
    from storyline.store.sql import SqlStore

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_USAGE, EXIT_UNKNOWN_ID, EXIT_STORE, EXIT_MISSING_EXTRA = 0, 1, 2, 3, 4, 5

# soft_wrap: a line longer than the terminal (or the 80 columns rich assumes for a pipe) is never
# broken, so a value written to a file stays whole
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[str | None, typer.Option("--store", help="Database URL (default: setting store_url).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file (default: ./storyline.toml).")]


def exit_code(exc: StorylineError) -> int:
    """The documented exit code for a library error."""
    if isinstance(exc, ConfigError):
        return EXIT_USAGE
    if isinstance(exc, NotFoundError):
        return EXIT_UNKNOWN_ID
    if isinstance(exc, StoreError):
        return EXIT_STORE
    if isinstance(exc, MissingExtraError):
        return EXIT_MISSING_EXTRA
    return EXIT_INPUTS_FAILED if isinstance(exc, InputError) else 1


def fail(exc: StorylineError) -> NoReturn:
    """Print the error on one line of stderr (a multi-line database reason too) and exit with its code."""
    code = "unknown id" if isinstance(exc, NotFoundError) else exc.code
    err_console.print(f"[bold red]error[/] ({code}): {escape(' '.join(str(exc).split()))}", highlight=False)
    raise typer.Exit(exit_code(exc))


def usage(message: str, fix: str) -> NoReturn:
    """A bad combination of arguments: exit 2 with a one-line message."""
    fail(ConfigError(message, fix=fix))


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def load(config: Path | None, store_url: str | None) -> Settings:
    from storyline.settings import load_settings

    return load_settings(config, config_required=config is not None, store_url=store_url)


def open_for_writing(store_url: str | None, config: Path | None) -> tuple[Settings, SqlStore]:
    """The settings and the store, created and migrated if it does not exist yet (ingest)."""
    from storyline.store import open_store

    settings = load(config, store_url)
    return settings, open_store(settings.store_url)


def open_for_reading(store_url: str | None, config: Path | None) -> SqlStore:
    """The store, which must exist: a read command never creates an empty database from a typo."""
    from storyline.store import open_store

    settings = load(config, store_url)
    require_existing(settings.store_url)
    return open_store(settings.store_url)


def require_existing(url: str) -> None:
    """Raise StoreConnectionError if `url` names a SQLite file that does not exist."""
    from storyline.store.connect import parse_url

    parsed = parse_url(url)
    path = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or path in ("", ":memory:") or path.startswith("file:"):
        return
    if not Path(path).is_file():
        raise StoreConnectionError(f"no store at {path!r} (from {url!r})",
                                   fix="check --store / store_url, or create it: `storyline ingest PATH --store URL`")


def out_of_terminal() -> bool:
    """True when stdout is a file or a pipe: values are then written whole, never cut to fit."""
    return not sys.stdout.isatty()


# a Dask scheduler address: protocol://host:port (the protocols distributed speaks) or host:port
_SCHEDULER = re.compile(r"^(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})/?$")


def check_scheduler_address(address: str) -> None:
    """Raise ConfigError unless `address` is 'local' or looks like a Dask scheduler address."""
    match = _SCHEDULER.match(address)
    if address != "local" and (match is None or not 0 < int(match.group(2)) < 65536):
        raise ConfigError(f"--scheduler {address!r} is not a Dask scheduler address",
                          fix="use --scheduler local, or tcp://HOST:PORT (e.g. tcp://127.0.0.1:8786)")
