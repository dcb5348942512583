"""The lead's twenty-sixth invented story: a broadcaster cited by its name less 'News', a Latin-1 capital
in an outlet's name, an event promoter named by its trade. Invented sentences."""
from storyline.extract.citations import find_citations


def test_a_known_outlet_is_cited_by_its_name_less_its_generic_tail():
    text = "Colm Ryan said in an interview on Harbour Wave last month that every ticket holder would be refunded."
    assert [c.outlet for c in find_citations(text, known_outlets=("Harbour Wave News",))] == ["Harbour Wave"]


def test_an_outlet_name_may_hold_a_latin1_capital():
    assert [c.outlet for c in find_citations("Radio Éireann reported in September that the company owed €1.6m.")] \
        == ["Radio Éireann"]


def test_an_event_promoter_is_named_by_its_trade():
    from storyline.extract.org_spans import TRADE_HEADS

    assert {"events", "promotions", "productions"} <= TRADE_HEADS
