"""A brief fuzz run over every parser (scripts/fuzz.py runs the same targets for minutes).

Each input must end in a result or a named storyline error within the time limit.
"""
from __future__ import annotations

import time

import pytest
from fuzz_targets import TARGETS, Target, is_expected
from hypothesis import HealthCheck, given, settings

LIMIT_SECONDS = 2.0
BRIEF = settings(max_examples=25, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_parser_never_crashes_or_stalls(target: Target):
    target.warm_up()

    @BRIEF
    @given(target.strategy)
    def run(value):
        started = time.process_time()
        try:
            target.run(value)
        except Exception as exc:
            if not is_expected(exc):
                raise
        # CPU seconds, so other processes on a shared machine do not make it flaky; the limit is
        # twice the 2 s goal: the slowest input of a 10-minute run (scripts/fuzz.py) took 1.58 s
        assert time.process_time() - started < LIMIT_SECONDS * 2, f"{target.name} took too long"

    run()
