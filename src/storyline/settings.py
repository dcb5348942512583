"""One table of settings: name, default, type, help, and the range or choices a value must be in.

The same table feeds the config file (TOML, `storyline.toml` or `--config`), environment
variables (`STORYLINE_<NAME>`), CLI flags and `docs/settings.md` (`storyline settings --markdown`).
Precedence: explicit override > environment > config file > default.
"""
from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError


@dataclass(slots=True, frozen=True)
class Setting:
    name: str
    default: Any
    type: type
    help: str
    # bounds (inclusive) for numbers and the allowed values for words; None: no limit
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("store_url", "sqlite:///storyline.db", str,
            "Database URL: a SQLite file (default) or postgresql+psycopg://user@host/db."),
    Setting("max_file_bytes", 20_000_000, int,
            "Largest input accepted, in bytes, after decompression; larger files are skipped.", min=1, max=10**12),
    Setting("max_html_depth", 400, int,
            "Deepest HTML element nesting kept; deeper markup is flattened before parsing.", min=1, max=100_000),
    Setting("error_policy", "record", str,
            "What a failing document does: 'record' (skip it, record why, go on) or 'raise'.",
            choices=("record", "raise")),
    Setting("near_duplicate_threshold", 0.8, float,
            "MinHash Jaccard similarity at which two bodies count as copies of one article.", min=0.0, max=1.0),
    Setting("extract_on_ingest", True, bool,
            "Run the NLP extractors (entities, quotes, times, claims, citations) while ingesting."),
    Setting("repeated_line_min_articles", 3, int,
            "A line seen in this many articles of one batch is treated as site boilerplate.", min=2, max=10**9),
    # --- the pipeline's runner ---
    Setting("workers", 0, int,
            "Worker processes for the per-document stages: 0 = the cores available, 1 = in this process.",
            min=0, max=1024),
    Setting("chunk_size", 256, int,
            "Documents read, processed and stored together; memory is bounded by one chunk. A chunk is "
            "the 'batch' of the batch stages (line statistics, outlets).", min=1, max=1_000_000),
    Setting("document_time_budget", 120.0, float,
            "Seconds one document's stage may run before it is stopped and recorded as a failure (0 = none).",
            min=0.0, max=86400.0),
    Setting("stages", "", str,
            "Only these pipeline stages, comma-separated (empty: all); see docs/architecture.md."),
    Setting("skip_stages", "", str,
            "Pipeline stages not to run, comma-separated (e.g. 'claims,citations')."),
    # --- fetching and serving ---
    Setting("fetch_allow", "", str,
            "Hosts (intranet.example, .example for a whole domain) and networks (10.1.0.0/16), comma "
            "separated, that URL fetches may reach although they are loopback, private or link-local."),
    Setting("allowed_hosts", "", str,
            "Extra Host names `storyline serve` answers to, comma-separated "
            "(the bound address and localhost always are)."),
    # --- watching sources (storyline watch) ---
    Setting("watch_interval_s", 900, int, "Default seconds between two polls of a source.", min=60, max=10**7),
    Setting("watch_jitter", 0.1, float,
            "Each next poll moves by up to this fraction of the interval, so sources spread out.", min=0.0, max=0.5),
    Setting("watch_host_delay_s", 1.0, float, "Least seconds between two requests to one host.", min=0.0, max=3600.0),
    Setting("watch_backoff_cap_s", 86400, int, "Longest wait after repeated failures of one source.",
            min=60, max=10**7),
    Setting("watch_breaker_failures", 5, int,
            "Consecutive failures after which a source's circuit opens (it rests for the cool-down).", min=1, max=1000),
    Setting("watch_breaker_cooldown_s", 21600, int, "Seconds an open circuit rests before one trial poll.",
            min=60, max=10**7),
    Setting("watch_store_every", 50, int, "New pages of one poll stored in groups of this many.", min=1, max=100_000),
    Setting("watch_refresh_every_s", 120.0, float,
            "During a long poll cycle, refresh the corpus records (stories, entities) at most this often; "
            "every cycle ends with one refresh.", min=1.0, max=86400.0),
    Setting("webhook_url", "", str, "URL that each new alert is POSTed to as JSON (empty: none)."),
    Setting("webhook_secret", "", str, "Shared secret for the X-Storyline-Signature HMAC-SHA256 of a webhook body."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(slots=True, frozen=True)
class Settings:
    values: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


def _coerce(setting: Setting, raw: Any, origin: str) -> Any:
    return check_value(setting, _typed(setting, raw, origin), origin)


def check_value(setting: Setting, value: Any, origin: str) -> Any:
    """`value` if it is in the setting's range or choices; a ConfigError naming both otherwise."""
    where = f"setting {setting.name!r} from {origin} is {value!r}"
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}, not a finite number", fix=_range_fix(setting))
    if (setting.min is not None and value < setting.min) or (setting.max is not None and value > setting.max):
        raise ConfigError(f"{where}, out of range", fix=_range_fix(setting))
    if setting.choices is not None and value not in setting.choices:
        raise ConfigError(f"{where}", fix=f"use one of {', '.join(map(repr, setting.choices))}")
    return value


def _range_fix(setting: Setting) -> str:
    low = "" if setting.min is None else f"at least {setting.min:,}"
    high = "" if setting.max is None else f"at most {setting.max:,}"
    kind = {int: "a whole number", float: "a number"}.get(setting.type, f"a {setting.type.__name__}")
    return f"give {kind} " + " and ".join(p for p in (low, high) if p) + f": {setting.help}"


def _typed(setting: Setting, raw: Any, origin: str) -> Any:
    if setting.type is bool and isinstance(raw, str):
        if raw.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return raw.lower() in ("1", "true", "yes", "on")
        raise ConfigError(f"setting {setting.name!r} from {origin} is {raw!r}, not a bool", fix="use true or false")
    if isinstance(raw, setting.type) and not (setting.type is int and isinstance(raw, bool)):
        return raw
    try:
        return setting.type(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {setting.name!r} from {origin} is {raw!r}, not a {setting.type.__name__}",
                          fix=f"give a {setting.type.__name__}: {setting.help}") from None


def _read_config_file(path: Path | None, required: bool) -> dict[str, Any]:
    path = path or Path("storyline.toml")
    if not path.exists() and not required:
        return {}
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise ConfigError(f"config file {str(path)!r} {what}", fix="give the path of a TOML file, or drop --config")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}", fix="fix the TOML or pass another --config") from None
    unknown = sorted(set(data) - set(_BY_NAME))
    if unknown:
        raise ConfigError(f"unknown settings {unknown} in {path}", fix=f"use one of {sorted(_BY_NAME)}")
    return data


def load_settings(config_file: Path | None = None, *, config_required: bool = False, **overrides: Any) -> Settings:
    """Resolve every setting from overrides, environment, config file and defaults.

    A config file that does not exist counts as empty, unless `config_required` (the CLI's --config:
    a file named on purpose that is missing is an error, never silently ignored)."""
    from_file = _read_config_file(config_file, config_required)
    values: dict[str, Any] = {}
    for s in SETTINGS:
        env = os.environ.get(f"STORYLINE_{s.name.upper()}")
        if overrides.get(s.name) is not None:
            values[s.name] = _coerce(s, overrides[s.name], "the command line")
        elif env is not None:
            values[s.name] = _coerce(s, env, f"STORYLINE_{s.name.upper()}")
        elif s.name in from_file:
            values[s.name] = _coerce(s, from_file[s.name], "the config file")
        else:
            values[s.name] = s.default
    return Settings(values)


def settings_markdown() -> str:
    """The settings table as Markdown, for docs/settings.md."""
    rows = ["| name | default | type | help |", "|---|---|---|---|"]
    rows += [f"| `{s.name}` | `{s.default}` | {s.type.__name__} | {s.help} |" for s in SETTINGS]
    return "\n".join(rows) + "\n"


def allowed_values(setting: Setting) -> str:
    """The range or choices of a setting, as `storyline settings` shows them."""
    if setting.choices:
        return ", ".join(f"`{c}`" for c in setting.choices)
    low = "" if setting.min is None else f"{setting.min:,}"
    high = "" if setting.max is None else f"{setting.max:,}"
    return f"{low} – {high}" if low or high else "any"
