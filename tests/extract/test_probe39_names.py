"""Branch probe39: a kinship noun's sex goes with the name set beside it, so a courtesy title picks the right one of
a couple whose given names the census lists do not hold (invented names and sentences only)."""
from __future__ import annotations

from storyline.extract.entities import find_mentions, link_mentions


def _people(nlp, text: str) -> dict[str, list[str]]:
    body = text
    return {e.name: [m.text for m in e.mentions] for e in link_mentions(find_mentions(nlp(body), body))
            if e.label == "PERSON"}


def test_ms_after_her_husband_named_in_full_is_the_wife(nlp):
    text = ("The bakery was started in 2009 by Eilís Garrahy and her husband, Tadhg Garrahy, and now employs 40 "
            "people.\n\nMs Garrahy, the chief executive, said the new oven would be running by March.")
    people = _people(nlp, text)
    assert "Ms Garrahy" in people["Eilís Garrahy"] and "Ms Garrahy" not in people["Tadhg Garrahy"]


def test_mr_after_his_wife_named_in_full_is_the_husband(nlp):
    text = ("The farm is run by Tadhg Garrahy and his wife, Eilís Garrahy, who took it over in 2015.\n\n"
            "Mr Garrahy said the herd had doubled since then.")
    people = _people(nlp, text)
    assert "Mr Garrahy" in people["Tadhg Garrahy"] and "Mr Garrahy" not in people["Eilís Garrahy"]
