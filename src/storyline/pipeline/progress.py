"""Progress of a run, per phase: counts and ETA on a terminal (Rich), periodic log lines otherwise.

The runner reports phases ("documents", "corpus") through the `Progress` protocol; a library
caller passes nothing (`Silent`), the CLI picks `for_stream(stderr)`.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

log = logging.getLogger("storyline.progress")


class Progress(Protocol):
    def start(self, phase: str, total: int | None) -> None: ...

    def advance(self, phase: str, done: int, total: int | None = None) -> None: ...

    def finish(self, phase: str) -> None: ...


class Silent:
    """No progress shown."""

    def start(self, phase: str, total: int | None) -> None:
        pass

    def advance(self, phase: str, done: int, total: int | None = None) -> None:
        pass

    def finish(self, phase: str) -> None:
        pass


@dataclass(slots=True)
class LogLines:
    """A log line per phase every `every` seconds: count, total, rate and ETA when the total is known."""

    every: float = 10.0
    _started: dict[str, float] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def start(self, phase: str, total: int | None) -> None:
        self._started[phase] = self._last[phase] = time.monotonic()
        log.info("%s: starting%s", phase, f" ({total} expected)" if total else "")

    def advance(self, phase: str, done: int, total: int | None = None) -> None:
        now = time.monotonic()
        if now - self._last.get(phase, 0.0) < self.every:
            return
        self._last[phase] = now
        log.info("%s: %s", phase, describe(done, total, now - self._started.get(phase, now)))

    def finish(self, phase: str) -> None:
        log.info("%s: done in %.1f s", phase, time.monotonic() - self._started.get(phase, time.monotonic()))


def describe(done: int, total: int | None, elapsed: float) -> str:
    """'120/900 (13%), 4.1/s, ETA 3m10s' (no total: '120, 4.1/s')."""
    rate = done / elapsed if elapsed > 0 else 0.0
    if not total:
        return f"{done}, {rate:.1f}/s"
    eta = (total - done) / rate if rate > 0 else float("nan")
    shown = f"{int(eta // 60)}m{int(eta % 60):02d}s" if eta == eta else "?"
    return f"{done}/{total} ({100 * done // max(total, 1)}%), {rate:.1f}/s, ETA {shown}"


class RichBars:
    """One Rich bar per phase with count, elapsed time and ETA (a spinner while the total is unknown)."""

    def __init__(self, console: Any) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bars,
        )

        self._bars = Bars(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=True)
        self._tasks: dict[str, Any] = {}

    def start(self, phase: str, total: int | None) -> None:
        if not self._tasks:
            self._bars.start()
        self._tasks[phase] = self._bars.add_task(phase, total=total)

    def advance(self, phase: str, done: int, total: int | None = None) -> None:
        task = self._tasks.get(phase)
        if task is None:
            return
        if total is not None:
            self._bars.update(task, completed=done, total=total)
        else:
            self._bars.update(task, completed=done)

    def finish(self, phase: str) -> None:
        task = self._tasks.get(phase)
        if task is not None:
            self._bars.update(task, visible=False)

    def stop(self) -> None:
        self._bars.stop()


def for_stream(stream: TextIO, console: Any = None) -> Progress:
    """Rich bars when `stream` is a terminal, log lines when it is not (a file, a pipe, CI)."""
    if console is not None and stream.isatty():
        return RichBars(console)
    return LogLines()
