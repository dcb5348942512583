"""Linguistic know-how as data: word lists, cue lists, patterns and tables, each with its source.

Every file here is TOML. Each top-level table is one named list and must say where it comes from:

    [honorifics]
    source = "AP Stylebook, 'courtesy titles'; checked against polnear-dev (count in the comment)"
    words = ["Mr.", "Mrs.", "Ms."]

A table holds `words` (a list of strings), `patterns` (regular expressions), `entries`
(a list of inline tables, for records such as outlets) or `map` (word → value, e.g. a TIMEX3 code). Loading checks the shape once and caches it,
so callers ask for what they need by name and never parse the file themselves.
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError

_KINDS = ("words", "patterns", "entries", "map")


@cache
def rule_file(name: str) -> dict[str, dict[str, Any]]:
    """Every table of `rules/<name>.toml`, checked: each has a `source` and one kind of content."""
    try:
        text = resources.files(__name__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no rule file {name!r}", fix="add src/storyline/rules/{name}.toml") from None
    data = tomllib.loads(text)
    for table, body in data.items():
        _check_table(name, table, body)
    return data


def _check_table(name: str, table: str, body: Any) -> None:
    where = f"rules/{name}.toml [{table}]"
    if not isinstance(body, dict) or not str(body.get("source", "")).strip():
        raise ConfigError(f"{where} has no source", fix="say where the list comes from in `source`")
    kinds = [k for k in _KINDS if k in body]
    if len(kinds) != 1:
        raise ConfigError(f"{where} holds {kinds or 'nothing'}", fix=f"give exactly one of {_KINDS}")


def _table(name: str, table: str, kind: str) -> Any:
    try:
        return rule_file(name)[table][kind]
    except KeyError:
        raise ConfigError(f"rules/{name}.toml has no {kind} table [{table}]",
                          fix="check the table name and its kind") from None


@cache
def words(name: str, table: str) -> frozenset[str]:
    """A word list as a set (exact strings as written in the file)."""
    return frozenset(_table(name, table, "words"))


@cache
def word_sequence(name: str, table: str) -> tuple[str, ...]:
    """A word list in file order (for lists where order matters, e.g. longest match first)."""
    return tuple(_table(name, table, "words"))


@cache
def pattern(name: str, table: str, flags: int = 0) -> re.Pattern[str]:
    """The table's patterns joined as one alternation, compiled once."""
    parts = _table(name, table, "patterns")
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


@cache
def entries(name: str, table: str) -> tuple[dict[str, Any], ...]:
    """A list of records (inline tables), e.g. outlets with their names and domains."""
    return tuple(_table(name, table, "entries"))


@cache
def mapping(name: str, table: str) -> dict[str, Any]:
    """A table's `map`: word → value (a fresh dict per caller would invite mutation; do not mutate)."""
    return dict(_table(name, table, "map"))


def rule_files() -> list[str]:
    """Names of every rule file shipped in the package."""
    return sorted(p.name[:-5] for p in resources.files(__name__).iterdir() if p.name.endswith(".toml"))
