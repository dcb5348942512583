"""Issue 14.6: bad CLI inputs each give a non-zero documented exit code and one line naming the value and the fix.

Exit codes (docs/cli.md): 1 some inputs failed, 2 usage or configuration, 3 unknown id, 4 store error.
Every case runs the real command in process (CliRunner) against a real SQLite store made here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest
from typer.testing import CliRunner

from storyline.cli.main import app

ARTICLE = "Harbour wells tested again\n\nThe harbour authority said on Tuesday that it would test every well again.\n"


@dataclass(frozen=True)
class Case:
    """A bad invocation: its arguments ({store}, {tmp}, {folder} filled in), environment, exit code and
    the words its one error line must hold (the offending value, and part of the fix)."""

    name: str
    args: tuple[str, ...]
    code: int
    says: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)
    config: str | None = None  # text of a config file passed as --config {tmp}/c.toml


def usage(name, args, *says, env=None, config=None):
    return Case(name, tuple(args), 2, says, env or {}, config)


def code(n, name, args, *says):
    return Case(name, tuple(args), n, says)


S = ("--store", "{store}")
CASES = [
    # usage: bad option values and combinations (exit 2)
    usage("unknown command", ["nosuch"], "'nosuch'", "--help"),
    usage("limit nan", ["articles", *S, "--limit", "nan"], "--limit", "integer"),
    usage("limit negative", ["articles", *S, "--limit", "-1"], "--limit", "greater than or equal to 1"),
    usage("limit zero", ["articles", *S, "--limit", "0"], "--limit"),
    usage("limit float", ["articles", *S, "--limit", "1e3"], "--limit"),
    usage("offset negative", ["articles", *S, "--offset", "-3"], "--offset"),
    usage("offset nan", ["stories", *S, "--offset", "nan"], "--offset"),
    usage("articles format", ["articles", *S, "--format", "xml"], "'xml'", "--format"),
    usage("entities format", ["entities", *S, "--format", "yaml"], "'yaml'", "--format"),
    usage("quotes limit", ["quotes", *S, "--limit", "abc"], "--limit"),
    usage("show without id", ["show", *S], "article_id"),
    usage("show format", ["show", "abcd", *S, "--format", "html"], "'html'"),
    usage("status format", ["status", *S, "--format", "tsv"], "'tsv'"),
    usage("timeline neither", ["timeline", *S], "--query"),
    usage("timeline both", ["timeline", "s1234", "--query", "wells", *S], "--query"),
    usage("timeline format", ["timeline", "--query", "wells", "--format", "pdf", *S], "'pdf'"),
    usage("contradictions without story", ["contradictions", *S], "story"),
    usage("contradictions limit", ["contradictions", "s1234", "--limit", "-2", *S], "--limit"),
    usage("export format", ["export", *S, "--format", "xml"], "'xml'", "json"),
    usage("parquet to stdout", ["export", *S, "--format", "parquet", "--kind", "articles"], "--out"),
    usage("export to missing folder", ["export", *S, "--out", "{tmp}/missing/x.json"], "missing", "create the folder"),
    usage("export to a folder", ["export", *S, "--out", "{folder}"], "is a folder", "file name"),
    usage("jsonl without kind", ["export", *S, "--format", "jsonl"], "--kind"),
    usage("unknown kind", ["export", *S, "--format", "csv", "--kind", "nonsense"], "'nonsense'"),
    usage("provenance as csv", ["export", *S, "--format", "csv", "--kind", "provenance"], "provenance"),
    usage("jsonl two kinds", ["export", *S, "--format", "jsonl", "--kind", "articles", "--kind", "quotes"], "--kind"),
    usage("port too big", ["serve", *S, "--port", "99999"], "--port", "65535"),
    usage("port zero", ["serve", *S, "--port", "0"], "--port"),
    usage("port negative", ["serve", *S, "--port", "-1"], "--port"),
    usage("port nan", ["serve", *S, "--port", "nan"], "--port"),
    usage("workers zero", ["serve", *S, "--workers", "0"], "--workers"),
    usage("ingest without paths", ["ingest", *S], "paths"),
    usage("bogus scheduler", ["ingest", "{tmp}/a.txt", *S, "--scheduler", "bogus thing"], "'bogus thing'",
          "tcp://"),
    usage("scheduler port", ["ingest", "{tmp}/a.txt", *S, "--scheduler", "tcp://127.0.0.1:99999"], "99999"),
    usage("unreachable scheduler", ["ingest", "{tmp}/a.txt", *S, "--scheduler", "tcp://127.0.0.1:1"],
          "tcp://127.0.0.1:1", "dask scheduler"),
    usage("missing config", ["status", *S, "--config", "{tmp}/nope.toml"], "nope.toml", "does not exist"),
    usage("config is a folder", ["status", *S, "--config", "{folder}"], "is a folder"),
    usage("config not toml", ["status", *S], "c.toml", "TOML", config="max_file_bytes = = 3\n"),
    usage("config unknown key", ["status", *S], "colour", config="colour = 'red'\n"),
    usage("config negative", ["status", *S], "max_file_bytes", "-1", "at least 1", config="max_file_bytes = -1\n"),
    usage("config nan", ["status", *S], "near_duplicate_threshold", "nan", config="near_duplicate_threshold = nan\n"),
    usage("config wrong type", ["status", *S], "max_html_depth", "'deep'", config="max_html_depth = 'deep'\n"),
    usage("env negative bytes", ["status", *S], "max_file_bytes", "-5", env={"STORYLINE_MAX_FILE_BYTES": "-5"}),
    usage("env nan bytes", ["status", *S], "max_file_bytes", "'nan'", env={"STORYLINE_MAX_FILE_BYTES": "nan"}),
    usage("env nan threshold", ["status", *S], "near_duplicate_threshold", "nan",
          env={"STORYLINE_NEAR_DUPLICATE_THRESHOLD": "nan"}),
    usage("env inf threshold", ["status", *S], "near_duplicate_threshold", "inf",
          env={"STORYLINE_NEAR_DUPLICATE_THRESHOLD": "inf"}),
    usage("env threshold above 1", ["status", *S], "1.5", "at most 1.0",
          env={"STORYLINE_NEAR_DUPLICATE_THRESHOLD": "1.5"}),
    usage("env threshold negative", ["status", *S], "-0.1", env={"STORYLINE_NEAR_DUPLICATE_THRESHOLD": "-0.1"}),
    usage("env depth zero", ["status", *S], "max_html_depth", env={"STORYLINE_MAX_HTML_DEPTH": "0"}),
    usage("env repeated line 1", ["status", *S], "repeated_line_min_articles",
          env={"STORYLINE_REPEATED_LINE_MIN_ARTICLES": "1"}),
    usage("env error policy", ["status", *S], "'explode'", "'record'", env={"STORYLINE_ERROR_POLICY": "explode"}),
    usage("env bool", ["status", *S], "'maybe'", "true or false", env={"STORYLINE_EXTRACT_ON_INGEST": "maybe"}),
    # unknown ids (exit 3)
    code(3, "short prefix", ["show", "ab", *S], "'ab'", "unknown id"),
    code(3, "unknown article", ["show", "ffffffff", *S], "'ffffffff'", "unknown id"),
    code(3, "unknown story", ["timeline", "zzzzzz", *S], "'zzzzzz'", "unknown id"),
    code(3, "unknown story contradictions", ["contradictions", "zzzzzz", *S], "'zzzzzz'", "unknown id"),
    # stores that are not there (exit 4): never created by a read command
    code(4, "missing store articles", ["articles", "--store", "sqlite:///{tmp}/typo.db"], "typo.db", "ingest"),
    code(4, "missing store show", ["show", "abcd", "--store", "sqlite:///{tmp}/typo.db"], "typo.db"),
    code(4, "missing store export", ["export", "--store", "sqlite:///{tmp}/typo.db"], "typo.db"),
    code(4, "missing store folder", ["status", "--store", "sqlite:///{tmp}/nowhere/s.db"], "nowhere"),
    code(4, "not a url", ["status", "--store", "not a url"], "'not a url'", "sqlite:///"),
    code(4, "unsupported database", ["status", "--store", "mysql://u@localhost/x"], "mysql", "postgresql"),
    code(4, "unreachable postgres", ["status", "--store", "postgresql+psycopg://nobody@127.0.0.1:1/x"],
         "127.0.0.1:1", "server is running"),
    # inputs that cannot be read (exit 1; the line says which and why)
    code(1, "missing path", ["ingest", "{tmp}/no-such-file.txt", *S], "no-such-file.txt", "check the path"),
    code(1, "glob matching nothing", ["ingest", "{tmp}/*.nothing", *S], "*.nothing", "matches no file"),
    code(1, "named pipe", ["ingest", "{tmp}/pipe.txt", *S], "pipe.txt", "named pipe"),
    code(1, "unsupported file", ["ingest", "{tmp}/paper.pdf", *S], "paper.pdf", "'.pdf'"),
]


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp / "folder").mkdir()
    os.mkfifo(tmp / "pipe.txt")
    store = f"sqlite:///{tmp / 's.db'}"
    result = CliRunner().invoke(app, ["ingest", str(tmp / "a.txt"), "--store", store],
                                env={"STORYLINE_EXTRACT_ON_INGEST": "false"})
    assert result.exit_code == 0, result.output
    return {"tmp": str(tmp), "store": store, "folder": str(tmp / "folder")}


def run(case: Case, place: dict[str, str]):
    args = [a.format(**place) for a in case.args]
    if case.config is not None:
        config = os.path.join(place["tmp"], "c.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(case.config)
        args += ["--config", config]
    env = {"STORYLINE_EXTRACT_ON_INGEST": "false", **case.env}
    return CliRunner().invoke(app, args, env=env)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_exits_with_one_line(case: Case, place) -> None:
    result = run(case, place)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == case.code, (result.exit_code, result.output)
    if case.code == 1:  # a batch: the skipped input is one line of the report, naming it and why
        lines = [line for line in result.stdout.splitlines() if "skipped " in line and ": " in line]
    else:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert all(word in lines[0] for word in case.says), lines[0]
    assert "Traceback" not in result.output


def test_the_matrix_has_the_issues_57_cases() -> None:
    assert len(CASES) >= 57 and len({c.name for c in CASES}) == len(CASES)


def test_a_read_command_never_creates_a_store(place) -> None:
    missing = os.path.join(place["tmp"], "never.db")
    CliRunner().invoke(app, ["articles", "--store", f"sqlite:///{missing}"])
    assert not os.path.exists(missing)


def test_a_named_pipe_beside_a_good_file_skips_only_the_pipe(place, tmp_path) -> None:
    store = f"sqlite:///{tmp_path / 'p.db'}"
    result = CliRunner().invoke(app, ["ingest", os.path.join(place["tmp"], "pipe.txt"),
                                      os.path.join(place["tmp"], "a.txt"), "--store", store],
                                env={"STORYLINE_EXTRACT_ON_INGEST": "false"})
    assert result.exit_code == 1 and "added 1" in result.stdout and "named pipe" in result.stdout


def test_an_unreadable_folder_is_reported() -> None:
    """Root reads every folder, so as root the command runs as `nobody` (setpriv) to meet a real refusal."""
    import shutil
    import tempfile
    from pathlib import Path

    as_root = os.geteuid() == 0
    if as_root and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a folder cannot be made unreadable")
    with tempfile.TemporaryDirectory() as folder:  # pytest's tmp_path sits in a folder only root may enter
        _check_unreadable_folder(Path(folder), as_root)


def _check_unreadable_folder(tmp_path, as_root: bool) -> None:
    import subprocess
    import sys
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE.replace("again", "once more"), encoding="utf-8")
    (tmp_path / "in" / "locked").chmod(0o700 if as_root else 0)
    tmp_path.chmod(0o777)  # the store is written by the user the command runs as
    args = ["ingest", str(tmp_path / "in"), "--store", f"sqlite:///{tmp_path / 's.db'}"]
    try:
        if as_root:
            src = os.path.dirname(os.path.dirname(os.path.abspath(__import__("storyline").__file__)))
            done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                                   "-m", "storyline.cli.main", *args], capture_output=True, text=True, timeout=300,
                                  env={**os.environ, "PYTHONPATH": src, "STORYLINE_EXTRACT_ON_INGEST": "false"})
            code, out = done.returncode, done.stdout
        else:
            result = CliRunner().invoke(app, args, env={"STORYLINE_EXTRACT_ON_INGEST": "false"})
            code, out = result.exit_code, result.stdout
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert code == 1 and "added 1" in out, out
    assert "locked: folder cannot be listed: Permission denied" in out
