import re

import pytest

from storyline.errors import ConfigError
from storyline.settings import SETTINGS, load_settings, settings_markdown


def test_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert load_settings().max_file_bytes == 20_000_000


def test_precedence_override_env_file(monkeypatch, tmp_path):
    config = tmp_path / "s.toml"
    config.write_text('max_file_bytes = 10\nerror_policy = "raise"\n')
    monkeypatch.setenv("STORYLINE_MAX_FILE_BYTES", "20")
    settings = load_settings(config, max_file_bytes=30)
    assert settings.max_file_bytes == 30 and settings.error_policy == "raise"
    assert load_settings(config).max_file_bytes == 20


def test_bad_values_name_the_setting(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STORYLINE_MAX_FILE_BYTES", "lots")
    with pytest.raises(ConfigError, match=r"max_file_bytes.*'lots'"):
        load_settings()


def test_a_required_config_file_must_exist(tmp_path):
    with pytest.raises(ConfigError, match=r"none\.toml.*does not exist"):
        load_settings(tmp_path / "none.toml", config_required=True)
    with pytest.raises(ConfigError, match="is a folder"):
        load_settings(tmp_path, config_required=True)
    assert load_settings(tmp_path / "none.toml").max_file_bytes == 20_000_000  # the library's "no file"


def test_the_default_config_file_is_optional(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert load_settings().error_policy == "record"


@pytest.mark.parametrize(("name", "raw", "says"), [
    ("max_file_bytes", "-5", "out of range"), ("max_file_bytes", "0", "out of range"),
    ("max_html_depth", "0", "out of range"), ("near_duplicate_threshold", "nan", "not a finite number"),
    ("near_duplicate_threshold", "-inf", "not a finite number"), ("near_duplicate_threshold", "1.01", "out of range"),
    ("near_duplicate_threshold", "-0.5", "out of range"), ("repeated_line_min_articles", "1", "out of range"),
    ("error_policy", "ignore", "'ignore'"),
])
def test_values_outside_their_range_or_choices_are_refused(monkeypatch, tmp_path, name, raw, says):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(f"STORYLINE_{name.upper()}", raw)
    with pytest.raises(ConfigError, match=rf"{name}.*{re.escape(says)}") as caught:
        load_settings()
    assert caught.value.fix


def test_the_bounds_themselves_are_allowed(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(near_duplicate_threshold=1.0, max_file_bytes=1, repeated_line_min_articles=2)
    assert (settings.near_duplicate_threshold, settings.max_file_bytes) == (1.0, 1)


def test_a_toml_nan_is_refused(tmp_path):
    config = tmp_path / "s.toml"
    config.write_text("near_duplicate_threshold = nan\n")
    with pytest.raises(ConfigError, match=r"near_duplicate_threshold.*finite"):
        load_settings(config)


def test_every_default_is_in_its_own_range():
    from storyline.settings import check_value

    for s in SETTINGS:
        assert check_value(s, s.default, "the default") == s.default


def test_unknown_key_in_file(tmp_path):
    config = tmp_path / "s.toml"
    config.write_text("colour = 1\n")
    with pytest.raises(ConfigError, match="unknown settings"):
        load_settings(config)


def test_markdown_lists_every_setting():
    text = settings_markdown()
    assert all(f"`{s.name}`" in text for s in SETTINGS)


def test_every_numeric_setting_has_a_range():
    """Issue 14.6: a number without bounds lets `-1` or `1e18` through; each new one declares min and max."""
    for s in SETTINGS:
        if s.type in (int, float):
            assert s.min is not None and s.max is not None, f"{s.name} needs min= and max= in the Setting table"
