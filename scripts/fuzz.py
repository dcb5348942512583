"""Fuzz every parser for N minutes (tests/fuzz/fuzz_targets.py); report crashes and slow inputs.

    PYTHONPATH=src python scripts/fuzz.py --minutes 10 --out fuzz.json [--target extract ...]

Targets take turns in rounds of --round examples, each round with a fresh hypothesis seed (no
shrinking, no example database), until the time is up. A named storyline error is a refusal; any
other exception is a finding: its type, message and the input (repr, first 2,000 characters, and
in full under --keep) are written out. Times are CPU seconds per input (the machine is shared).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fuzz"))

LIMIT_SECONDS = 2.0


class _TimeUp(BaseException):
    """Ends a hypothesis run when the time is up (a BaseException, so hypothesis lets it through)."""


@dataclass(slots=True)
class Tally:
    examples: int = 0
    refused: int = 0
    unexpected: list[dict[str, str]] = field(default_factory=list)
    slow: list[dict[str, Any]] = field(default_factory=list)
    max_seconds: float = 0.0
    seconds: float = 0.0


def _one(target: Any, value: Any, tally: Tally, keep: Path | None) -> None:
    started = time.process_time()
    try:
        target.run(value)
    except Exception as exc:  # a finding is recorded and fuzzing goes on
        from fuzz_targets import is_expected

        if is_expected(exc):
            tally.refused += 1
        else:
            tally.unexpected.append(_finding(target.name, value, exc, keep, len(tally.unexpected)))
    spent = time.process_time() - started
    tally.examples += 1
    tally.seconds += spent
    tally.max_seconds = max(tally.max_seconds, spent)
    if spent > LIMIT_SECONDS:
        tally.slow.append({"seconds": round(spent, 2), "input": repr(value)[:300]})


def _finding(name: str, value: Any, exc: BaseException, keep: Path | None, n: int) -> dict[str, str]:
    found = {"type": type(exc).__name__, "message": str(exc)[:500], "input": repr(value)[:2000],
             "traceback": "".join(traceback.format_exception(exc))[-3000:]}
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        path = keep / f"{name}-{n}.repr"
        path.write_text(repr(value), encoding="utf-8")
        found["saved"] = str(path)
    return found


def _round(target: Any, examples: int, seed: int, deadline: float, tally: Tally, keep: Path | None) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed

    @with_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def run(value: Any) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        _one(target, value, tally, keep)

    with contextlib.suppress(_TimeUp):
        run()


def fuzz(minutes: float, names: list[str], examples: int, keep: Path | None, seed: int) -> dict[str, Any]:
    from fuzz_targets import BY_NAME, TARGETS

    targets = [BY_NAME[n] for n in names] if names else TARGETS
    for target in targets:
        target.warm_up()
    tallies = {t.name: Tally() for t in targets}
    rng = random.Random(seed)
    started = time.monotonic()
    deadline = started + minutes * 60
    while time.monotonic() < deadline:
        for target in targets:
            _round(target, examples, rng.randrange(2**32), deadline, tallies[target.name], keep)
    total = {"minutes": round((time.monotonic() - started) / 60, 2), "seed": seed,
             "examples": sum(t.examples for t in tallies.values()),
             "unexpected": sum(len(t.unexpected) for t in tallies.values()),
             "over_limit": sum(len(t.slow) for t in tallies.values()),
             "max_seconds": round(max(t.max_seconds for t in tallies.values()), 3), "limit_seconds": LIMIT_SECONDS}
    return {"total": total, "targets": {k: {**asdict(v), "max_seconds": round(v.max_seconds, 3),
                                            "seconds": round(v.seconds, 1)} for k, v in tallies.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--target", action="append", default=[], help="a target name (default: all)")
    parser.add_argument("--round", type=int, default=40, help="examples per target per turn")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, help="folder to save every crashing input in full")
    parser.add_argument("--out", type=Path, help="write the report as JSON here")
    args = parser.parse_args()
    report = fuzz(args.minutes, args.target, args.round, args.keep, args.seed)
    text = json.dumps(report, indent=1, ensure_ascii=True)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps(report["total"]))
    for name, tally in report["targets"].items():
        print(f"{name:8s} examples {tally['examples']:6d}  refused {tally['refused']:5d}  unexpected "
              f"{len(tally['unexpected']):3d}  slow {len(tally['slow']):3d}  max {tally['max_seconds']:.3f} s")
    return 1 if report["total"]["unexpected"] or report["total"]["over_limit"] else 0


if __name__ == "__main__":
    sys.exit(main())
