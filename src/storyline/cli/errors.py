"""Usage errors (a bad option value, a missing argument, an unknown command) as one line and exit 2.

Click's own rendering is a framed usage block of several lines; scripts and people both read one
line better: `error (usage): Invalid value for '--port': 99999 is not in the range 1<=x<=65535. —
see `storyline serve --help``.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer._click import exceptions as click
from typer.core import TyperGroup

EXIT_USAGE = 2


# typer 0.29 vendors click as typer._click; its exceptions are not re-exported (only BadParameter, Abort)


class OneLineErrors(TyperGroup):
    """The app's group: runs commands as Typer does, but reports click's usage errors on one line."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            sys.stderr.write(one_line(exc) + "\n")
            sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
        except typer.Abort:
            sys.stderr.write("error (aborted): stopped before finishing — run the command again\n")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def one_line(exc: click.ClickException) -> str:
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    where = f"see `{ctx.command_path} --help`" if ctx is not None else "see `storyline --help`"
    return f"error (usage): {message} — {where}"
