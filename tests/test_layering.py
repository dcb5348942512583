"""The intended layering holds: ingest/ only reads, the stage contract points nowhere up, and
`import storyline` loads nothing heavy."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ingest_imports_neither_extract_link_nor_the_pipeline():
    for path in (SRC / "ingest").glob("*.py"):
        bad = {n for n in imported(path) if n.startswith(("storyline.extract", "storyline.link", "storyline.pipeline"))}
        assert not bad, f"{path.name} imports {bad}"


def test_the_stage_contract_and_the_stage_modules_do_not_import_the_pipeline():
    assert not {n for n in imported(SRC / "stage.py") if n.startswith(("storyline.pipeline", "storyline.clean",
                                                                         "storyline.extract", "storyline.link"))}
    for path in (SRC / "clean" / "stages.py", SRC / "extract" / "stages.py"):
        assert not {n for n in imported(path) if n.startswith("storyline.pipeline")}, path


def test_distributed_uses_no_private_names():
    for name in imported(SRC / "distributed" / "__init__.py") - {"__future__"}:
        assert not any(part.startswith("_") for part in name.split(".")), name
    tree = ast.parse((SRC / "distributed" / "__init__.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("storyline"):
            assert not [a.name for a in node.names if a.name.startswith("_")], node.module


def test_one_function_named_extract_articles():
    found = [p for p in SRC.rglob("*.py") if "def extract_articles(" in p.read_text(encoding="utf-8")]
    assert [p.relative_to(SRC).as_posix() for p in found] == ["extract/stages.py"]


def test_import_storyline_is_light_and_its_api_resolves():
    code = ("import sys, storyline; heavy = [m for m in ('sqlalchemy', 'spacy', 'trafilatura', 'typer') "
            "if m in sys.modules]; print(heavy); "
            "print(all(callable(getattr(storyline, n)) for n in storyline.__all__ if n != '__version__'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "True"]
