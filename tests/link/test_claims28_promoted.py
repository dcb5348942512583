"""claims28: a verb of promoting with its 'as' complement is a promoted claim without quoted words, and a cited
finding that counts (a number that is no year) is a value against it. Invented sentences."""
from storyline.link.claim_promoted import promoted, promoted_correction
from storyline.link.claim_ref import ClaimRef


def _ref(text: str, start: int, predicate: str, *, agent: str | None = None, speaker: str = "Outlet",
         kind: str = "outlet", cue: str | None = None, keywords: frozenset[str] = frozenset()) -> ClaimRef:
    return ClaimRef("art", start, start + len(text), text, speaker, predicate, "positive", "asserted",
                    keywords | {predicate}, (), None, agent=agent, cue=cue, speaker_kind=kind)


PROMOTES = "Bayview Lodge promotes every cabin at its Tarrin site as having a lake view."


def _promotes() -> ClaimRef:
    return _ref(PROMOTES, 0, "promote", agent="Bayview Lodge",
                keywords=frozenset({"bayview", "lodge", "cabin", "tarrin", "site", "lake", "view"}))


def test_a_verb_of_promoting_with_an_as_complement_is_promoted_without_quotes():
    assert promoted(_promotes())
    assert promoted(_ref("The flat on Quay Road is advertised as a two-bedroom home.", 0, "advertise",
                         agent="The flat on Quay Road"))
    assert not promoted(_ref("Bayview Lodge markets its cabins in four countries.", 0, "market", agent="Bayview Lodge"))


def test_a_cited_count_corrects_the_promoted_claim():
    finding = _ref("Council inspectors found 9 of the lodge's 30 cabins faced the main road.", len(PROMOTES) + 1,
                   "face", agent="9 of the lodge 's 30 cabins", speaker="Council inspectors", kind="org", cue="find",
                   keywords=frozenset({"lodge", "cabin", "road"}))
    assert promoted_correction(_promotes(), finding) is not None


def test_a_year_is_no_count_against_the_promoted_claim():
    finding = _ref("Council inspectors found the lodge's cabins were rebuilt in 2019.", len(PROMOTES) + 1,
                   "rebuild", agent="the lodge 's cabins", speaker="Council inspectors", kind="org", cue="find",
                   keywords=frozenset({"lodge", "cabin"}))
    assert promoted_correction(_promotes(), finding) is None
