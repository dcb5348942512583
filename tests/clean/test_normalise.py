"""normalise_text: odd spaces, zero-width characters, escaped dollars, line ends."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.normalise import normalise_text

_ALPHABET = st.sampled_from([*list("ab $\\\r\n\t.“”’é"), "\xa0", "\u202f", "\u2007", "\u200b", "\ufeff", "\u2028", "\xad"])


def test_no_break_spaces_become_spaces() -> None:
    assert normalise_text("ten\u00a0dollars and\u202fsome\u2007more") == "ten dollars and some more"


def test_zero_width_characters_are_removed() -> None:
    assert normalise_text("over\u200bwhelm\ufeff\u200cing") == "overwhelming"


def test_escaped_dollar_is_unescaped() -> None:
    assert normalise_text(r"wages of \$12 a week") == "wages of $12 a week"


def test_crlf_and_trailing_spaces() -> None:
    assert normalise_text("first line  \r\nsecond\u00a0\r\n") == "first line\nsecond\n"


def test_curly_quotes_and_accents_are_kept() -> None:
    text = "“Não,” said Ms. Pérez’s aide."
    assert normalise_text(text) == text


@given(st.text(_ALPHABET, max_size=60) | st.text(max_size=60))
def test_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(_ALPHABET, max_size=60))
def test_no_odd_characters_survive(text: str) -> None:
    out = normalise_text(text)
    assert not set(out) & {"\r", "\u00a0", "\u202f", "\u2007", "\u200b", "\ufeff", "\t"}
    assert all(not line.endswith(" ") for line in out.split("\n"))
