"""benchmarks/contradiction_stories.py: `recheck` re-asks an earlier flag file's pairs, `flags` can
take a subset of stories (invented claims)."""
import sys
from pathlib import Path

from link.test_claim_scope import DENIAL, REPORT, article_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import contradiction_stories as cs


def test_recheck_keeps_what_flags_finds_and_drops_what_it_no_longer_finds():
    stories = {"t:one": [article_of(DENIAL, REPORT)], "t:two": [article_of(DENIAL, REPORT)]}
    found = cs.flags(stories)
    assert len(found) == 2 and len(cs.flags(stories, only="one")) == 1
    assert [cs.key(f) for f in cs.recheck(stories, found, None)] == [cs.key(f) for f in found]
    header = ("At 9:59 pm on 09 Jun 2019 , harbourfan wrote : I read it.", "read", "positive", "fan", "read", {})
    stories["t:two"] = [article_of(DENIAL, header, REPORT)]
    stale = [f for f in found if f["story"] == "t:two"]
    stale[0]["sides"][1]["start"] = stories["t:two"][0].body.index("The Ledger")
    assert cs.recheck(stories, stale, None) == []
