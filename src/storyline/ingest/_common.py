"""What every reader shares: the item type, turning an error into a failure record, paths."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeAlias

from storyline.errors import InputError, MissingInputError, UnreadableInputError
from storyline.model import IngestFailure, RawDocument

Item: TypeAlias = RawDocument | IngestFailure
Items: TypeAlias = Iterator[Item]


def failure(source: str, exc: InputError, record: str | None = None) -> IngestFailure:
    """The failure record of one document (or a whole file when `record` is None)."""
    return IngestFailure(source=source, error=exc.code, message=str(exc), record=record)


def os_error(exc: OSError, source: str) -> UnreadableInputError:
    """Wrap an OSError from opening or reading a file in the storyline error that names it."""
    if isinstance(exc, FileNotFoundError):
        return MissingInputError("no such file or folder", source=source,
                                 fix="check the path; relative paths start at the current folder")
    if isinstance(exc, PermissionError):
        return UnreadableInputError("permission denied", source=source,
                                    fix="make it readable (chmod +r) or run as its owner")
    if isinstance(exc, IsADirectoryError):
        return UnreadableInputError("is a folder where a file was expected", source=source,
                                    fix="pass the folder itself to read_documents")
    return UnreadableInputError(f"cannot be read: {exc.strerror or exc}", source=source,
                                fix="check the file and the disk")


def name_of(source: str | Path) -> str:
    """The lower-case file name, for dispatch by ending."""
    return Path(source).name.lower()
