"""Denials of existence told as 'had not opened any X' and 'not aware of any X' (link/denied_existence.py).
Invented sentences."""
from storyline.link.claim_ref import ClaimRef
from storyline.link.denied_existence import existence_denied


def _ref(text: str, agent: str, predicate: str, polarity: str, theme: str, speaker: str = "Outlet",
         keywords: frozenset[str] = frozenset()) -> ClaimRef:
    return ClaimRef("a" + speaker + agent, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    keywords | {predicate}, (), None, agent=agent, theme=theme)


REPORT = _ref("The Harbour Securities Authority has begun a probe into trading in Kestrel Mining shares.",
              "The Harbour Securities Authority", "begin", "positive", "a probe",
              keywords=frozenset({"probe", "trading", "kestrel", "mining", "share", "harbour", "securities", "authority"}))


def test_not_opened_any_probe_into_the_same_target_denies_the_begun_probe():
    denial = _ref("An HSA spokesperson said the regulator had not opened any probe into trading in Kestrel Mining shares.",
                  "the regulator", "open", "negative", "any probe", speaker="HSA spokesperson",
                  keywords=frozenset({"probe", "trading", "kestrel", "mining", "share", "regulator"}))
    assert existence_denied(REPORT, denial) is not None
    # another target, or another named body's denial, is not this probe's
    other = _ref(denial.text.replace("Kestrel Mining", "Oriel Gold"), "the regulator", "open", "negative", "any probe",
                 speaker="HSA spokesperson", keywords=frozenset({"probe", "trading", "oriel", "gold", "share"}))
    assert existence_denied(REPORT, other) is None
    exchange = _ref("The Stock Exchange had not opened any probe into trading in Kestrel Mining shares.",
                    "The Stock Exchange", "open", "negative", "any probe",
                    keywords=frozenset({"probe", "trading", "kestrel", "mining", "share", "exchange", "stock"}))
    assert existence_denied(REPORT, exchange) is None


def test_not_aware_of_any_investigation_denies_a_reported_one():
    report = _ref("The Marine Authority is investigating the sinking of the Kestrel Star.", "The Marine Authority",
                  "investigate", "positive", "the sinking of the Kestrel Star",
                  keywords=frozenset({"sinking", "kestrel", "star", "marine", "authority"}))
    denial = _ref("The authority was not aware of any investigation into the sinking of the Kestrel Star, a spokesman said.",
                  "The authority", "be", "negative", "aware of any investigation into the sinking of the Kestrel Star",
                  speaker="spokesman", keywords=frozenset({"aware", "investigation", "sinking", "kestrel", "star"}))
    assert existence_denied(report, denial) is not None
    unaware_of_fine = _ref(denial.text.replace("investigation into", "fine over"), "The authority", "be", "negative",
                           "aware of any fine over the sinking of the Kestrel Star", speaker="spokesman",
                           keywords=frozenset({"aware", "fine", "sinking", "kestrel", "star"}))
    assert existence_denied(report, unaware_of_fine) is None


def test_an_according_to_phrase_describes_the_denier_as_a_quotes_attribution_does():
    report = _ref("Kelby Council has banned Arlow Roofing from bidding for its contracts.", "Kelby Council", "ban",
                  "positive", "Arlow Roofing", keywords=frozenset({"ban", "kelby", "council", "arlow", "roofing", "contract"}))
    text = "There is no ban, according to Arlow Roofing's director Paul Oakes."
    denial = ClaimRef("y", 0, len(text), text, "Paul Oakes", "be", "negative", "asserted",
                      frozenset({"ban", "be"}), (), None, agent=None, theme="no ban")
    assert existence_denied(report, denial) is not None
    other = ClaimRef("x", 0, 10, denial.text.replace("Arlow Roofing", "Tarn Glazing"), "Paul Oakes", "be", "negative",
                     "asserted", frozenset({"ban", "be"}), (), None, agent=None, theme="no ban")
    assert existence_denied(report, other) is None
