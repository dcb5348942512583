"""Generated docs stay in step with the code; regenerate with `storyline settings --markdown > docs/settings.md`."""
from conftest import REPO
from storyline.settings import settings_markdown


def test_settings_doc_is_current():
    assert (REPO / "docs" / "settings.md").read_text(encoding="utf-8") == settings_markdown()
