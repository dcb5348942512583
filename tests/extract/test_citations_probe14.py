"""Citation forms of branch probe14's invented stories: a corpus outlet's initials ('As GNS reported
Tuesday') and a wire's contribution credit ('Material from the Associated Press was used in this report')."""
from storyline.extract.citations import find_citations


def _cited(text: str, **kwargs) -> list[str]:
    return [c.outlet for c in find_citations(text, **kwargs)]


def test_a_known_outlets_initials_cite_it_but_a_bodys_initials_do_not():
    """'As GNS reported Tuesday' in a story citing the Gallant Newswire Service, a corpus outlet (branch
    probe14); initials that name a federal body ('FBI') cite no one even when an outlet's name spells them,
    and the outlet's own initials in its own pages cite no one."""
    known = ["Gallant Newswire Service", "Federal Broadcasting Institute"]
    assert _cited("As GNS reported Tuesday, a group has claimed the attack.", known_outlets=known) == ["GNS"]
    assert _cited("The senator, who told GNS last year that ports ignored warnings, spoke again.",
                  known_outlets=known) == ["GNS"]
    assert _cited("As GNS reported Tuesday, a group has claimed the attack.") == []
    assert _cited("The FBI reported Tuesday that the attack was contained.", known_outlets=known) == []
    assert _cited("As GNS reported Tuesday, a group has claimed the attack.", known_outlets=known,
                  own_outlet="Gallant Newswire Service") == []


def test_a_wires_contribution_credit_cites_it():
    body = "The port said on Monday it had been hit. "
    assert _cited(body + "Material from the Associated Press was used in this report.") == ["the Associated Press"]
    assert _cited(body + "The Associated Press contributed to this report.") == ["The Associated Press"]
    assert _cited(body + "Material from court filings was used in this report.") == []
