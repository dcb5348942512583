"""The read side's layering (issue 9): no import circle in the store, serve/ typed against the
read protocol, rendering only in serve/ templates and the CLI, span payloads read typed."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions (TYPE_CHECKING imports too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_store_sql_and_browse_do_not_import_each_other() -> None:
    assert "storyline.store.sql" not in _imports(SRC / "store" / "browse.py")
    assert "storyline.store.browse" not in _imports(SRC / "store" / "rows.py")


def test_serve_types_against_the_read_protocol_not_the_sql_store() -> None:
    for path in (SRC / "serve").glob("*.py"):
        assert "storyline.store.sql" not in _imports(path), path.name


def test_story_view_renders_nothing() -> None:
    source = (SRC / "link" / "story_view.py").read_text(encoding="utf-8")
    assert "<li>" not in source and "html" not in _imports(SRC / "link" / "story_view.py")


def test_no_consumer_reads_span_attrs() -> None:
    """Stages hand typed payloads on; `Span.attrs` (the stored form) is left only to code not yet
    switched (link/contradictions.py, owned elsewhere, and link/claim_time.py, split from it)."""
    defined = {"model.py", "payloads.py"}  # where the stored form is defined (and documented)
    readers = sorted(name for p in SRC.rglob("*.py") if (name := p.relative_to(SRC).as_posix()) not in defined
                     and (".attrs.get(" in (text := p.read_text(encoding="utf-8")) or "span.attrs" in text))
    assert set(readers) <= {"link/contradictions.py", "link/claim_time.py"}
