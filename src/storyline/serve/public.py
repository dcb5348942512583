"""What of a stored record may leave the server: no absolute local paths, no anonymous source
shown as a named person.

An article's `source` is the path it was read from (or its URL); error messages and evidence may
name files too. A page or an API answer shows the file's name, never where on the server it lives
(a path tells an attacker the user name, the layout and where the data is).
"""
from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

# An absolute path under a usual root, or a Windows drive path; not an app address (/api/docs) or
# a URL's path (the character before the slash is not a word character, ':' or '/')
_LOCAL_PATH = re.compile(
    r"(?<![\w:/.-])(?:/(?:home|root|tmp|var|usr|srv|opt|mnt|media|work|data|Users|private|etc|run|proc|nix)"
    r"(?:/[^\s/'\"<>:;,)]+)+|[A-Za-z]:\\(?:[^\s\\'\"<>]+\\)*[^\s\\'\"<>]+)")


@functools.lru_cache(maxsize=4096)  # a search page shows 20 sources: pathlib was 5% of its cost
def _file_name(path: str) -> str:
    return (PureWindowsPath(path) if "\\" in path else PurePosixPath(path)).name or "(file)"


def without_local_paths(text: str) -> str:
    """`text` with every absolute local path cut to its file name."""
    return _LOCAL_PATH.sub(lambda m: _file_name(m.group(0)), text) if text else text


def public_source(source: str | None) -> str:
    """An article's source as shown: a URL stays, a local path becomes its file name."""
    if not source:
        return ""
    if source.lower().startswith(("http://", "https://")):
        return source
    if source.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:\\", source) or "/" in source:
        return _file_name(source)
    return source


def public_article(record: dict[str, Any]) -> dict[str, Any]:
    """An article record (export shape) with its source and date evidence free of local paths."""
    out = record | {"source": public_source(record.get("source"))}
    published = record.get("published")
    if isinstance(published, dict) and isinstance(published.get("evidence"), str):
        out["published"] = published | {"evidence": without_local_paths(published["evidence"])}
    return out


def attributed(quote: dict[str, Any]) -> dict[str, Any]:
    """A quote record (export shape) whose speaker is an anonymous descriptor ("a senior
    administration official") keeps no entity: the speaker's span overlapping a name inside the
    descriptor ("a senior Trump administration official") is not that person speaking."""
    speaker = quote.get("speaker") or {}
    descriptor_only = bool(speaker.get("descriptor")) and not speaker.get("name")
    if speaker.get("entity") and (speaker.get("kind") == "anonymous" or descriptor_only):
        return quote | {"speaker": speaker | {"entity": None}}
    return quote


_ID_PREFIX = re.compile(r"\b[0-9a-f]{8,64}\b")


def with_names(text: str | None, summaries: dict[str, Any]) -> str:
    """`text` (evidence the library wrote, e.g. "cited as first by 1f3a9c2e") with each article id
    or id prefix of the story replaced by its outlet (its title if the outlet is unknown)."""
    def name(match: re.Match[str]) -> str:
        found = next((a for i, a in summaries.items() if i.startswith(match.group(0))), None)
        return (found.get("outlet") or found.get("title") or "an article") if found else match.group(0)
    return _ID_PREFIX.sub(name, text or "")
