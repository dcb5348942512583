"""The lead's forty-ninth invented story's page forms: a tech site's header with its menu printed one link
per line (the masthead, perhaps its slogan, then a column of sections above the headline), a footer notice
that names nobody ('Copyright. All rights reserved © 1998–2024'), and a sentence opening 'By NAME's count'
(invented text only)."""
from __future__ import annotations

_COLUMN_PAGE = """Gadget Harbor
Phones
Laptops
Science
Gaming
Policy
Deals
Wearables
Smart Speakers
Watchmaker recalls a million fitness bands over battery swelling
Owners are told to stop charging the bands until a replacement arrives.
Lena Brooks
is a deputy editor covering wearables and health tech.
Mar 4, 2025, 2:10 PM UTC

Pulsewear said on Tuesday that it would replace about a million of its fitness bands after reports that their batteries swelled while charging.

The company said no injuries had been reported and that owners would get a prepaid box for the return.

\u00a9 2025 Harbor Media Group, Inc. All Rights Reserved
"""

_SLOGAN_PAGE = """CODE WIRE
News for people who ship software
Security
Cloud
Databases
Devops
Hardware
Open source turns its build servers off after a leaked signing key
Maintainers say no release was signed with it
Tomas Eklund
Wed 5 Mar 2025 // 09:15 UTC

The maintainers of a popular open source compiler shut down their build servers on Tuesday after a signing key was posted online.

By the maintainers' count, about 40 releases were built on the servers in the past year.

Copyright. All rights reserved \u00a9 1998\u20132025
"""


def test_a_menu_printed_one_link_per_line_leaves_the_headline_and_the_masthead() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_COLUMN_PAGE, source="gadget.txt"))
    assert article.title == "Watchmaker recalls a million fitness bands over battery swelling"
    assert article.outlet == "Gadget Harbor"
    assert article.published.value == "2025-03-04"
    assert article.byline == "Lena Brooks"


def test_a_slogan_over_the_menu_column_is_no_headline_and_a_bare_notice_names_no_outlet() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_SLOGAN_PAGE, source="codewire.txt"))
    assert article.title == "Open source turns its build servers off after a leaked signing key"
    assert article.outlet == "Code Wire"
    assert article.byline == "Tomas Eklund"


def test_by_a_possessors_count_opens_a_sentence_not_a_byline() -> None:
    from storyline.clean.byline import read_byline

    assert read_byline("By the maintainers' count, about 40 releases were built on the servers.") is None
    assert read_byline("By Pulsewear's count, 12,000 bands were returned in a week.") is None
    assert read_byline("By Carrick's estimate, the repairs will take a year.") is None
    # a possessive before the name is the outlet's credit, and stays a byline ('By CNN's NAME')
    assert read_byline("By Lena Brooks") is not None


def test_the_notice_words_alone_name_no_holder() -> None:
    from conftest import make_raw
    from storyline.clean.copyright_line import copyright_line
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_SLOGAN_PAGE, source="codewire.txt"))
    assert copyright_line(article)[0] is None
