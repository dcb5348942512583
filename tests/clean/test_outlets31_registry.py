"""The outlet registry's regional files (rules/outlets_americas.toml, outlets_commonwealth.toml,
outlets_languages.toml; branch outlets31) and its everyday-word names (rules/outlets.toml
[common_word_names]). Invented pages; the outlets are real mastheads the registry lists."""
import pytest

from conftest import clean_scrape, make_article
from storyline.clean.metadata import read_metadata
from storyline.clean.outlet import REGISTRY_FILES, common_word_names, fold_name, registry_outlet
from storyline.extract.citations import find_citations
from storyline.rules import entries

STORY = ["The county office said on Monday that a software update had stopped its alert texts from going "
         "out while a fire burned east of the river.",
         "Officials said the vendor had found the fault within hours and that a fix would be tested this week "
         "before the next round of dry weather."]


def _page(furniture: str) -> list[str]:
    """A scrape whose only outlet evidence is one line of its footer."""
    return ["Home | News | Sport | Opinion", "Vendor blames update for failed alert texts", "Published Aug 12, 2024",
            *STORY, "Share this article", furniture, "Privacy policy"]


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.kansascity.com/news/local/article1234.html", "The Kansas City Star"),
    ("https://www.stuff.co.nz/nz-news/350000000/alert-texts", "Stuff"),
    ("https://www.theage.com.au/national/victoria/alert-texts-20240812.html", "The Age"),
    ("https://www.aftonbladet.se/nyheter/a/abc123/alert", "Aftonbladet"),
    ("https://www.ksta.de/koeln/alarm-sms-123", "Kölner Stadt-Anzeiger"),
])
def test_a_page_on_a_registry_domain_names_its_outlet(url: str, outlet: str) -> None:
    assert read_metadata(make_article(body=" ".join(STORY), url=url)).outlet == outlet


@pytest.mark.parametrize("name", ["Rappler", "Aftonbladet", "Houston Chronicle", "The Age"])
def test_a_registry_name_alone_on_a_footer_line_names_the_outlet(name: str) -> None:
    article = clean_scrape(_page(name))
    assert article.outlet == name
    assert "own line" in article.evidence["outlet"]


@pytest.mark.parametrize("word", ["Stuff", "Variety", "Age", "Mehr", "Profil", "The Star"])
def test_an_everyday_word_alone_on_a_line_is_no_outlet(word: str) -> None:
    # a section label or an account link; 'The Star' is three papers' masthead, so it names none of them
    assert clean_scrape(_page(word)).outlet is None


def test_an_everyday_word_name_is_read_only_by_domain_or_with_its_article() -> None:
    assert registry_outlet("Stuff") is None and registry_outlet("stuff.co.nz").name == "Stuff"
    assert registry_outlet("age") is None and registry_outlet("The Age").name == "The Age"
    assert registry_outlet("The Star") is None and registry_outlet("https://www.thestar.com.my/news").name == "The Star"
    # a name the main file's national paper holds stays its own when a regional file's outlet shares it
    assert registry_outlet("The Guardian").name == "The Guardian"
    assert registry_outlet("guardian.ng").domains == ("guardian.ng",)


def test_body_text_cites_a_new_registry_name() -> None:
    assert [c.outlet for c in find_citations("The minister told Aftonbladet that the port would reopen.")] \
        == ["Aftonbladet"]
    assert [c.outlet for c in find_citations("The minister told The Age that the port would reopen.")] == ["The Age"]


def test_every_regional_entry_has_its_masthead_and_a_domain_no_other_entry_holds() -> None:
    # the name is what a page's outlet becomes, so it is the masthead as printed, with no '(Kenya)' to tell
    # two papers of one name apart: their domains do
    owner: dict[str, str] = {}
    for file in REGISTRY_FILES:
        for entry in entries(file, "outlets"):
            assert entry["name"] and entry["domains"], entry
            assert file == "outlets" or "(" not in entry["name"], entry
            for domain in entry["domains"]:
                assert owner.setdefault(domain, entry["name"]) == entry["name"], domain


def test_every_everyday_word_name_is_a_registry_name() -> None:
    names = {fold_name(n) for file in REGISTRY_FILES for e in entries(file, "outlets") for n in (e["name"], *e["short"])}
    assert common_word_names() <= names


def _declaring(url: str, site_name: str) -> str | None:
    article = make_article(body=" ".join(STORY), url=url)
    article.metadata["site_name"] = site_name
    return read_metadata(article).outlet


def test_a_site_name_spelling_the_registry_outlet_its_own_way_is_kept() -> None:
    # the page's own spelling of the outlet its domain names: the registry's name, an edition after it
    assert _declaring("https://edition.cnn.com/2024/08/12/alerts", "CNN International") == "CNN International"
    assert _declaring("https://www.youm7.com/story/2024/8/12/1", "اليوم السابع") == "اليوم السابع"
    # a slogan, or a company that is more than the masthead and its company form, leaves the registry's name
    assert _declaring("https://edition.cnn.com/2024/08/12/alerts", "Breaking News, Latest News and Videos") == "CNN"
    assert _declaring("https://www.spiegel.de/panorama/a-1", "Spiegel Verlag Rudolf Augstein GmbH") == "Der Spiegel"


def test_a_groups_footer_listing_its_titles_names_none_of_them() -> None:
    page = _page("Die Welt")
    page[-2:-1] = ["Die Welt", "Bild", "Business Insider"]
    assert clean_scrape(page).outlet is None
    assert clean_scrape(_page("Die Welt")).outlet == "Die Welt"
