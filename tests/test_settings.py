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
    monkeypatch.setenv("STORYLINE_MAX_FILE_BYTES", "lots")
    with pytest.raises(ConfigError, match="max_file_bytes.*'lots'"):
        load_settings(tmp_path / "none.toml")


def test_unknown_key_in_file(tmp_path):
    config = tmp_path / "s.toml"
    config.write_text("colour = 1\n")
    with pytest.raises(ConfigError, match="unknown settings"):
        load_settings(config)


def test_markdown_lists_every_setting():
    text = settings_markdown()
    assert all(f"`{s.name}`" in text for s in SETTINGS)
