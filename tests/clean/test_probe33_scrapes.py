"""Branch probe33's invented story (a dust explosion at a port's grain silo, reported by international
broadcasters and Asian and Gulf English-language papers): page forms the cleaning did not read (invented
text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.lines import explicit_reason
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_BODY = """A crane collapsed onto a container ship at the eastern wharf on Monday, injuring two dockers, the harbour board said.

"The jib snapped at the joint and fell across the deck," said Park Ji-hoon, the board's safety director.

The wharf was closed to shipping while engineers examined the other cranes, a spokesman for the operator said.

Lee said the two injured dockers were in stable condition at the city hospital.
"""

_MENU = "\n".join(["News", "Business", "Nation", "World", "Culture", "Sports", "Opinion", "Podcast", "Search", "Login"])


def test_a_masthead_over_a_menu_printed_one_link_a_line_is_no_headline() -> None:
    page = f"""The Eastern Courier
{_MENU}

Crane falls onto container ship at eastern wharf

Published : Apr. 2, 2026 - 10:12:40
{_BODY}"""
    article = _clean(page)
    assert article.title == "Crane falls onto container ship at eastern wharf"
    assert article.outlet == "The Eastern Courier"
    # the masthead with today's date under it, then the menu
    dated = page.replace("The Eastern Courier\n", "The Eastern Courier\nThursday, April 2, 2026\n", 1)
    assert _clean(dated).title == "Crane falls onto container ship at eastern wharf"


def test_skip_links_follow_buttons_and_a_two_item_crumb_are_furniture() -> None:
    for line in ("Skip next section Navigation", "Skip to more Courier sites", "Skip to primary sidebar",
                 "skip past newsletter promotion", "Skip main navigation"):
        assert explicit_reason(line) == "navigation", line
    assert explicit_reason("Asia / East Asia") == "navigation"
    assert explicit_reason("+ FOLLOW") == "social"
    assert explicit_reason("Why you can trust ECP") == "promo"
    # prose and headlines keep their lines
    assert explicit_reason("Skip the queue: how to renew a passport online in ten minutes") is None
    assert explicit_reason("rain and / or hail") is None
    assert explicit_reason("Follow the money: where the port's fees went") is None


def test_two_reporters_under_the_stamps_share_a_surname_with_the_story() -> None:
    page = f"""The Eastern Courier
{_MENU}

National
Social Affairs

Crane falls onto container ship at eastern wharf

Published : Apr. 2, 2026 - 10:12:40
Updated : Apr. 2, 2026 - 14:03:11
Kim So-yeon, Lee Dae-ho
Link copied

{_BODY}"""
    article = _clean(page)
    assert article.byline == "Kim So-yeon, Lee Dae-ho"
    # with no names under the stamps, the section label over the headline is no byline
    assert _clean(page.replace("Kim So-yeon, Lee Dae-ho\n", "")).byline is None


def test_a_name_line_crediting_agencies_and_a_name_with_its_city() -> None:
    page = f"""Crane falls onto container ship at eastern wharf
A jib snapped in high winds. Engineers are checking the other cranes.
Mara Lindqvist with AFP, Reuters
04/02/2026April 2, 2026
{_BODY}"""
    assert _clean(page).byline == "Mara Lindqvist"
    scmp = f"""Asia / East Asia

Crane falls onto container ship at eastern wharf

Engineers check the other cranes after a jib snapped in high winds
Why you can trust ECP
Min-seo Kang in Busan
+ FOLLOW
Published: 8:05pm, 2 Apr 2026
Updated: 9:40pm, 2 Apr 2026
Share
Facebook
X
Whatsapp
Copy link

{_BODY}"""
    article = _clean(scmp)
    assert article.title == "Crane falls onto container ship at eastern wharf"
    assert article.byline == "Min-seo Kang"


def test_a_known_broadcaster_named_with_its_company_words_in_the_notice() -> None:
    page = f"""Crane falls onto container ship at eastern wharf

Published On 2 Apr 2026
{_BODY}
Source: news agencies
© 2026 Al Jazeera Media Network
"""
    assert _clean(page).outlet == "Al Jazeera"


def test_closing_sentences_naming_bodies_stay_in_the_body() -> None:
    page = """Skip next section Navigation
Skip to content
Europe
Ports
Why harbour cranes fall: The engineering behind the Kestrel Bay collapse
A crane has toppled onto a container ship. Engineers say metal fatigue in the jib is the usual cause. What went wrong?
Mara Lindqvist with AFP, Reuters
04/02/2026April 2, 2026
https://p.example.com/p/4Xz9
Engineers inspected the wharf on ThursdayImage: Rolf Dahl/AFP
Advertisement
A crane collapsed onto a container ship at the eastern wharf of Kestrel Bay on Monday, injuring two dockers.
The crane had lifted about 4,000 containers in the month before it fell, port officials told AFP.
Two dockers were injured when the jib struck the deck of the ship and scattered steel across the quay.
How does a jib fail?
A jib itself rarely breaks at once. But years of loading cycles open fine cracks at its welded joints.
"A crack at the joint grows a little with every lift. It only needs one heavy load," said Tomas Brenner, a structural engineer.
"Once the crack passes a third of the plate, the jib can fold without warning," Brenner told DW.
Safety inspectors are examining whether the operator, Harrowgate Stevedoring Services, breached Northern Kestrel's Ports Workplace Safety Act.
A similar collapse at a wharf in the city of Port Alder on May 4, 2021, injured three people.
mlq/jt (AFP, Reuters)
Send us your feedback
Advertisement
Related topics
Ports
"""
    body = _clean(page).body
    assert "Safety inspectors are examining whether the operator" in body
    assert "A similar collapse at a wharf" in body
