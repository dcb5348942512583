"""Site shapes the extraction-dev dev half does not hold (branch clean33): a blog post's list under a
sub-heading, a listicle's newsletter box above an item's heading, ad labels, newsletter boxes and
'Read also' teasers in more languages, Substack's subscribe box. Invented text only."""
from __future__ import annotations

from storyline.clean.text import clean_text

_MENU = ["Home", "Recipes", "Garden", "Travel", "About"]
_FOOTER = ["Privacy Policy", "Contact", "© 2025 Quiet Valley Blog. All rights reserved."]


def _page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block)


def _dropped(text: str) -> dict[str, str]:
    return {d.text: d.reason for d in clean_text(text).dropped}


_RECIPE_HEAD = ["Pear and walnut loaf for cold mornings | Quiet Valley Blog", "Quiet Valley Blog", *_MENU,
                "Pear and walnut loaf for cold mornings", "Posted on 4 October 2025 by Ilse"]
_RECIPE_STORY = [
    "Every October the old pear tree behind the shed drops more fruit than the family can eat, so most of it goes into this loaf.",
    "It keeps for a week in a tin and tastes better on the third day, when the walnuts have softened and the crumb has settled.",
]
_INGREDIENTS = ["Ingredients", "3 ripe pears", "120 g chopped walnuts", "250 g wholemeal flour", "2 tsp baking powder"]
_METHOD = ["Method",
           "Peel and grate the pears, then fold them into the flour with the walnuts and the baking powder.",
           "Bake in a lined tin for fifty minutes, until a skewer comes out clean."]


def test_a_list_under_a_sub_heading_inside_the_article_stays_body() -> None:
    """'Ingredients' and its quantities between the story and the method: no colon introduced the
    list, its items scored as menu lines and the body kept only the story."""
    text = _page(_RECIPE_HEAD, _RECIPE_STORY, _INGREDIENTS, _METHOD, ["Share", "Facebook"], _FOOTER)
    body = clean_text(text).body
    for line in _RECIPE_STORY + _INGREDIENTS + _METHOD:
        assert line in body


def test_a_headed_list_with_no_article_after_it_stays_out() -> None:
    """The same list closing the page (a sidebar's 'Popular posts' under the article) is no part of it."""
    sidebar = ["Popular posts", "Apple cake without eggs", "Quince jelly in one evening", "Rye bread for beginners"]
    text = _page(_RECIPE_HEAD, _RECIPE_STORY, sidebar, ["Share", "Facebook"], _FOOTER)
    body = clean_text(text).body
    assert all(line not in body for line in sidebar)


_LIST_HEAD = ["6 quiet beaches an hour from town | Coast Weekend", "Coast Weekend", *_MENU,
              "6 quiet beaches an hour from town", "By Rowan Fell", "June 2, 2025"]
_LIST_BODY = [
    "When the town beach fills up in August, these smaller coves stay calm, and most of them have free parking all day.",
    "1. Gull Cove",
    "A sheltered bay with a sandy floor that stays shallow for a long way out, so it is popular with families and paddlers.",
    "2. Stack Point",
    "Best at low tide, when the rock pools under the cliffs are uncovered and the walk round the point becomes possible.",
]
_BOX = ["Sign up for our weekend newsletter", "Get the best days out delivered to your inbox every Friday.", "Sign up"]
_LIST_REST = [
    "3. Marrow Sands",
    "The longest beach on the list, with dunes behind it and a small café that opens at weekends from May to September.",
    "Advertisement",
    "4. Little Haven",
    "The hardest to reach: follow the coast path from the village and walk the last kilometre down a steep track.",
]


def test_items_after_a_newsletter_box_and_their_headings_stay_body() -> None:
    """The box stood right above an item's heading, and an ad label after the item's paragraph: the
    article lines after the box were not found, the box ended the article and every later item was lost."""
    text = _page(_LIST_HEAD, _LIST_BODY, _BOX, _LIST_REST, ["Related Stories", "Ten picnic spots in the hills"], _FOOTER)
    body = clean_text(text).body
    for line in _LIST_BODY + [x for x in _LIST_REST if x != "Advertisement"]:
        assert line in body
    assert all(line not in body for line in _BOX)


def test_ad_labels_in_more_languages_are_dropped() -> None:
    for label in ("Реклама", "Reklam", "広告", "广告", "광고", "विज्ञापन", "إعلان"):
        paras = [f"{p} {label.lower() if label.isascii() else ''}".strip() for p in _RECIPE_STORY]
        text = _page(_RECIPE_HEAD, paras[:1], [label], paras[1:], _FOOTER)
        assert _dropped(text).get(label) == "ad", label


def test_newsletter_headings_and_read_also_teasers_in_more_languages_are_dropped() -> None:
    lines = {"Abonnieren Sie unseren Newsletter": "promo", "Ontvang onze nieuwsbrief": "promo",
             "Receba nossa newsletter": "promo", "Подпишитесь на рассылку": "promo",
             "Unser Newsletter": "promo",
             "Читайте также: Мост через реку откроют весной": "related",
             "Czytaj także: Remont dworca potrwa do jesieni": "related",
             "Baca juga: Jembatan baru dibuka pekan depan": "related"}
    for line, reason in lines.items():
        text = _page(_RECIPE_HEAD, _RECIPE_STORY[:1], [line], _RECIPE_STORY[1:], _FOOTER)
        assert _dropped(text).get(line) == reason, line


def test_substacks_subscribe_box_is_dropped() -> None:
    pitch = ("Field Notes is a reader-supported publication. To receive new posts and support my work, "
             "consider becoming a free or paid subscriber.")
    text = _page(_RECIPE_HEAD, _RECIPE_STORY, [pitch, "Subscribe"], _FOOTER)
    assert pitch not in clean_text(text).body


_NEWS_HEAD = ["Town to plant a thousand trees in its estates | Eastern Daily", "Eastern Daily", *_MENU,
              "Town to plant a thousand trees in its estates", "By Sanne Vos", "12 March 2025"]
_NEWS = [
    "The town will plant a thousand trees this year in the estates that have the least green, the council said on Tuesday.",
    "The first three hundred go to the north estate, where summer nights are up to four degrees warmer than in the centre.",
    "Residents can suggest a street on the council's website, and planners then check whether there is room under the pavement.",
]
_CLOSING = "The council said this was only a start and that it wanted five thousand new trees planted by the end of the decade."


def test_the_last_paragraph_after_a_newsletter_box_stays_body() -> None:
    """A box (heading, pitch, button) above the article's last paragraph, with the related links right
    after that paragraph: one article line followed it, and the box ended the article above it."""
    box = ["Ontvang onze nieuwsbrief", "Elke ochtend het belangrijkste nieuws in je mailbox.", "Aanmelden"]
    text = _page(_NEWS_HEAD, _NEWS, box, [_CLOSING], ["Related Stories", "New cycle path along the canal",
                                                       "Playground opens in the bird quarter"], _FOOTER)
    body = clean_text(text).body
    assert _CLOSING in body
    assert all(line not in body for line in box)
    assert _dropped(text)["Aanmelden"] == "promo"


def test_a_teaser_after_a_box_closing_the_article_stays_out() -> None:
    """The same box under the article's last paragraph, then a teaser's lead and more teasers no rule
    names: the lead is not the article's."""
    box = ["Sign up for our morning newsletter", "Get the day's top stories delivered to your inbox.", "Sign up"]
    lead = "Watch: a family of otters has moved back to the river for the first time in forty years, rangers say."
    teasers = ["Otters return to the river", "Ferry timetable changes from May", "Market square to get new benches"]
    text = _page(_NEWS_HEAD, _NEWS, [_CLOSING], box, [lead], teasers, _FOOTER)
    assert lead not in clean_text(text).body


def test_tag_lines_and_you_may_also_like_headings_are_named() -> None:
    lines = {"Tags: tomatoes, watering, mulch": "navigation", "Schlagwörter: Kuchen, Herbst": "navigation",
             "Potrebbe interessarti anche": "related"}
    for line, reason in lines.items():
        text = _page(_RECIPE_HEAD, _RECIPE_STORY, [line], _FOOTER)
        assert _dropped(text).get(line) == reason, line
