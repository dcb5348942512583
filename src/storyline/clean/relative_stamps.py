"""A post meta line's relative time ('2 hours ago'), bare or under a date label: it dates nothing."""
from __future__ import annotations

import re

from storyline.rules import pattern, words

LABEL_WORDS = 2  # 'Updated', 'Last updated': the labels a stamp's slot prints


def is_relative_stamp(field: str) -> bool:
    """'2 hours ago', also under a date label ('Last Updated: 2 hours ago', 'Published 3 days ago'): a news
    site prints a recent post's stamp so in its labelled slot (CBC's meta line 'Posted: … | Last Updated: 2
    hours ago', BNN Bloomberg's 'Last updated 2 hours ago'; rules/datelines.toml [published_markers] and
    [updated_markers] are the labels; branch probe41)."""
    stamp = pattern("bylines", "relative_stamps", re.I)
    if stamp.match(field):
        return True
    labels = words("datelines", "published_markers") | words("datelines", "updated_markers")
    parts = field.split()
    return any(" ".join(parts[:n]).rstrip(":").casefold() in labels and bool(stamp.match(" ".join(parts[n:])))
               for n in range(1, LABEL_WORDS + 1))

__all__ = ["is_relative_stamp"]
