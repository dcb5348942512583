"""What the lead's twenty-third invented story showed on plain-text scrapes (invented text only): a wire
service's masthead ending 'News Service' over its menu, a channel's logo carrying '24x7', and closing bio
lines — the first author's sentence running into the next, a co-author's bio after it."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.metadata import _without_sentence_end
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_WIRE = """Continental News Service
Home  Nation  World  Business  Sports  Entertainment
Port authority fines ferry operator over broken ramps
Mombasa, May 7 (CNS) The port authority has fined a ferry operator after two loading ramps failed, officials said on Tuesday.
The operator, which runs six ferries across the channel, said it would pay the fine and repair the ramps within a month.
"We have fixed the first ramp already," said the operator's chief engineer, Grace Wanjiru.
Published: Tuesday, May 7, 2024, 18:05 [EAT]
"""

_CHANNEL = """FerryWatch 24x7
LIVE TV | Nation | World | Business | Videos
Ferry operator fined after ramp failures
Last Updated: May 08, 2024, 16:41 EAT
The port authority has fined a ferry operator after two loading ramps failed, officials said on Tuesday.
The operator, which runs six ferries across the channel, said it would pay the fine within a month.
"""

_BIOS = """DAYLINE
Reporting the coast, one story at a time
Ports  Politics  Climate  Money  Podcasts
Why the ferry ramps failed
Ana Ruiz and Kofi Mensah
9 May 2024 · 6 min read
The port authority fined a ferry operator after two loading ramps failed, according to its order.
Engineers had warned about corrosion on both ramps in 2022, two former employees said.
The operator said it would pay the fine and repair the ramps within a month.
Ana Ruiz is a ports reporter at Dayline. Kofi Mensah is Dayline's business editor.
"""


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


def test_a_news_service_masthead_over_its_menu_names_the_outlet_not_the_headline():
    article = _clean(_WIRE)
    assert article.outlet == "Continental News Service"
    assert article.title == "Port authority fines ferry operator over broken ramps"


def test_a_channel_logo_may_carry_a_number_after_its_first_word():
    assert _clean(_CHANNEL).outlet == "FerryWatch 24x7"


def test_co_authors_bio_lines_name_both_authors_and_the_outlet_ends_at_the_sentence():
    article = _clean(_BIOS)
    assert article.outlet == "Dayline"
    assert article.byline == "Ana Ruiz, Kofi Mensah"
    assert _without_sentence_end("Dayline. This story was supported") == "Dayline"
    assert _without_sentence_end("St. Louis Post-Dispatch") == "St. Louis Post-Dispatch"
