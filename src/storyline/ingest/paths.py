"""Turning the arguments of read_documents into files: folders, globs and plain paths.

Folders are walked recursively in sorted order, by path components ("a/z.txt" before "a.txt",
since "a" < "a.txt"), so the order is the same on every file system. Hidden files and folders
(names starting with ".") are skipped: swap files, .git and .DS_Store are never documents.
"""
from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from storyline.errors import MissingInputError, UnreadableInputError
from storyline.model import IngestFailure

_GLOB_CHARS = frozenset("*?[")


def is_glob(arg: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in arg) and not Path(arg).exists()


def expand(arg: str) -> Iterator[str | IngestFailure]:
    """The file paths one argument stands for, in order; a failure if it stands for nothing."""
    if is_glob(arg):
        yield from _expand_glob(arg)
    elif os.path.isdir(arg):
        yield from walk_folder(arg)
    elif os.path.lexists(arg):
        yield _file_or_failure(arg)
    else:
        yield _missing(arg, "no such file or folder",
                       "check the path; relative paths start at the current folder")


def walk_folder(folder: str) -> Iterator[str | IngestFailure]:
    """Every non-hidden file under `folder`, recursively, sorted by path components; a failure for
    each folder that cannot be listed (a permission), so it is reported rather than skipped unseen."""
    found: list[tuple[tuple[str, ...], str]] = []
    unreadable: list[IngestFailure] = []
    # followlinks=False: a symlink loop (dir/link -> dir) would otherwise never end
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=lambda e: unreadable.append(_unlisted(e))):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            # regular files, and dangling symlinks so they are reported missing; never a FIFO or
            # socket, whose open() would block the batch
            if not name.startswith(".") and (os.path.isfile(path) or not os.path.exists(path)):
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    yield from unreadable
    for _, path in sorted(found):
        yield path


def _unlisted(exc: OSError) -> IngestFailure:
    where = str(exc.filename or "")
    error = UnreadableInputError(f"folder cannot be listed: {exc.strerror}", source=where,
                                 fix="give read and execute permission on the folder, or leave it out")
    return IngestFailure(source=where, error=error.code, message=str(error))


def _file_or_failure(path: str) -> str | IngestFailure:
    """`path`, or a failure if it is a named pipe, socket or device: opening one would block the batch."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path  # a dangling symlink: reading it reports it missing
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return path
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    error = UnreadableInputError(f"is {kind}, not a file", source=path,
                                 fix="save what it carries to a file and ingest that file")
    return IngestFailure(source=path, error=error.code, message=str(error))


def _expand_glob(pattern: str) -> Iterator[str | IngestFailure]:
    # glob skips hidden names unless the pattern spells the dot out; ** needs recursive=True
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield _missing(pattern, "the pattern matches no file",
                       "check the pattern; quote it so the shell does not expand it first")
        return
    seen: set[str] = set()
    for match in matches:
        for path in walk_folder(match) if os.path.isdir(match) else [_file_or_failure(match)]:
            if isinstance(path, IngestFailure):
                yield path
            elif path not in seen:  # "a/**" matches both a folder and the files inside it
                seen.add(path)
                yield path


def _missing(arg: str, what: str, fix: str) -> IngestFailure:
    exc = MissingInputError(what, source=arg, fix=fix)
    return IngestFailure(source=arg, error=exc.code, message=str(exc))
