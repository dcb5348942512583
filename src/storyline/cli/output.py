"""Writing command results as a table (people) or JSON, JSON Lines or CSV (scripts).

A listing is one page of records plus the total: `json` writes {"items", "total", "limit",
"offset", "next_offset"} (the API's page shape), `jsonl` one record per line, `csv` a header and one
row per record (nested values as JSON, keys joined with "."), `table` aligned columns. "N of M" goes
to stderr, so stdout holds only the records. Values are cut to fit only on a terminal.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from storyline.cli.common import console, err_console, escape, out_of_terminal, usage
from storyline.export_stream import flat_record

FORMATS = ("table", "json", "jsonl", "csv")
FormatOpt = Annotated[str, typer.Option("--format", help="table (default), json, jsonl or csv.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, max=10**9, help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, max=10**12, help="Skip this many rows first.")]


@dataclass(slots=True, frozen=True)
class Column:
    """A table column: its header, the record key it shows (dotted for nested), its width (0: the rest)."""

    header: str
    key: str
    width: int = 0


@dataclass(slots=True, frozen=True)
class Page:
    records: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        end = self.offset + len(self.records)
        return end if end < self.total else None


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt not in allowed:
        usage(f"unknown format {fmt!r}", f"use --format {' | '.join(allowed)}")
    return fmt


def page_of(records: list[dict[str, Any]], limit: int, offset: int) -> Page:
    """A page cut from a list already in memory."""
    return Page(records[offset:offset + limit], len(records), limit, offset)


def emit_page(page: Page, columns: list[Column], fmt: str, noun: str,
              line: Callable[[dict[str, Any]], str] | None = None) -> None:
    """Write one page in `fmt`, then "N of M" on stderr."""
    if fmt == "json":
        write_json({"items": page.records, "total": page.total, "limit": page.limit, "offset": page.offset,
                    "next_offset": page.next_offset})
    elif fmt == "jsonl":
        write_jsonl(page.records)
    elif fmt == "csv":
        write_csv(page.records)
    else:
        write_table(page.records, columns, line)
    _count_line(page, noun)


def _count_line(page: Page, noun: str) -> None:
    if not page.records:
        err_console.print(f"0 of {page.total} {noun}", highlight=False)
        return
    first, last = page.offset + 1, page.offset + len(page.records)
    more = f" (--offset {page.next_offset} for more)" if page.next_offset is not None else ""
    err_console.print(f"{first}–{last} of {page.total} {noun}{more}", highlight=False)


def emit_record(record: dict[str, Any], fmt: str, human: Callable[[], None]) -> None:
    """One record (show, status): JSON, one JSON line, a one-row CSV, or `human()` for the table format."""
    if fmt == "json":
        write_json(record)
    elif fmt == "jsonl":
        write_jsonl([record])
    elif fmt == "csv":
        write_csv([record])
    else:
        human()


def write_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records: list[dict[str, Any]]) -> None:
    rows = [flat_record(r) for r in records]
    header: dict[str, None] = {}
    for row in rows:
        header.update(dict.fromkeys(row))
    writer = csv.DictWriter(sys.stdout, fieldnames=list(header))  # RFC 4180 line ends: a value holding \r is quoted too
    writer.writeheader()
    writer.writerows(rows)


def value_at(record: dict[str, Any], key: str) -> Any:
    value: Any = record
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def write_table(records: list[dict[str, Any]], columns: list[Column],
                line: Callable[[dict[str, Any]], str] | None = None) -> None:
    """Aligned columns (or one free-form line per record); the last column is cut only on a terminal."""
    if line is not None:
        for record in records:
            console.print(line(record), highlight=False)
        return
    fixed = sum(c.width for c in columns)
    rest = max(console.width - fixed, 24)
    header = "".join(f"{c.header:<{c.width}}" if c.width else c.header for c in columns)
    console.print(f"[bold]{escape(header)}[/]", highlight=False)
    for record in records:
        parts = []
        for c in columns:
            text = cell(value_at(record, c.key))
            if c.width:
                parts.append(f"{text[:c.width - 1]:<{c.width}}" if not out_of_terminal() else f"{text:<{c.width - 1}} ")
            else:
                parts.append(text if out_of_terminal() or len(text) <= rest else text[:rest - 1] + "…")
        console.print("".join(parts), markup=False, highlight=False)
