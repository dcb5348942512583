"""The JSON model files shipped inside the package (the stance model, the line model): read from the
package, or from a file a training script wrote, with one named error when there is none."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError


def read_shipped_json(package: str, name: str, path: str | None, *, what: str, fix: str) -> dict[str, Any]:
    """`path`'s JSON if given, else the package's own file `name`; a missing file is a ConfigError
    naming `what` with `fix` (the script that writes it)."""
    try:
        text = Path(path).read_text(encoding="utf-8") if path else \
            resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no {what} at {path or name}", fix=fix) from None
    data: dict[str, Any] = json.loads(text)
    return data
