"""Rule files: every table says where it comes from, and loads in the shape its callers expect."""
from __future__ import annotations

import pytest

from storyline import rules
from storyline.errors import ConfigError


@pytest.mark.parametrize("name", rules.rule_files())
def test_every_rule_table_has_a_source_and_one_kind(name: str) -> None:
    tables = rules.rule_file(name)
    assert tables, f"rules/{name}.toml is empty"


def test_words_load_as_a_set() -> None:
    assert "Monday" in rules.words("example", "weekdays")
    assert rules.word_sequence("example", "weekdays")[0] == "Monday"


def test_unknown_table_is_a_named_error() -> None:
    with pytest.raises(ConfigError, match="no words table"):
        rules.words("example", "no-such-table")
