"""A company's English name closing on two designators, 'Co., Ltd.' (branch probe33's invented story;
invented names only)."""
from __future__ import annotations

from storyline.extract.names import designator_stem


def test_co_ltd_leaves_the_company_name() -> None:
    assert designator_stem(["harrowgate", "feed", "terminal", "co.,", "ltd."]) == ["harrowgate", "feed", "terminal"]
    assert designator_stem(["harrowgate", "feed", "terminal", "co", "ltd"]) == ["harrowgate", "feed", "terminal"]
    # one designator as before, and a two-word name keeps its words
    assert designator_stem(["harrowgate", "feed", "co."]) == ["harrowgate", "feed"]
    assert designator_stem(["harrowgate", "co", "ltd"]) == ["harrowgate", "co"]
