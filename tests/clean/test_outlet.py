from storyline.clean.outlet import domain_of, fold_name, outlet_name, registry_outlet, site_from_title
from storyline.rules import entries


def test_registry_by_domain_subdomain_and_archived_url():
    assert registry_outlet("https://edition.cnn.com/2021/03/08/uk/story").name == "CNN"
    assert registry_outlet("https://web.archive.org/web/2020/https://www.theguardian.com/x").name == "The Guardian"
    assert registry_outlet("https://example.org/news") is None


def test_registry_by_name_and_short_name():
    assert registry_outlet("Washington Post").name == "The Washington Post"
    assert registry_outlet("AP").name == "Associated Press"
    assert registry_outlet("the new york times").name == "The New York Times"


def test_company_forms_are_dropped_from_unknown_publishers():
    assert outlet_name("Harbour Ledger Verlags GmbH") == "Harbour Ledger"
    assert outlet_name("GmbH") == "GmbH"


def test_site_name_after_the_headline():
    assert site_from_title("Port reopens after storm - Region - Harbour Ledger") == "Harbour Ledger"
    assert site_from_title("Harbour Ledger › Port | CNN") == "CNN"
    assert site_from_title("Port reopens after the storm") is None


def test_domain_of():
    assert domain_of("www.cnn.com/x") == "cnn.com"
    assert domain_of("Harbour Ledger") is None


def test_every_registry_entry_has_a_name_and_a_domain_and_no_name_is_shared():
    seen: dict[str, str] = {}
    for entry in entries("outlets", "outlets"):
        assert entry["name"] and entry["domains"], entry
        for name in (entry["name"], *entry["short"]):
            assert seen.setdefault(fold_name(name), entry["name"]) == entry["name"], name


def test_a_domain_at_either_end_of_the_title_names_the_site():
    from storyline.clean.outlet import site_from_title

    assert site_from_title("harbourledger.ch - Hafen - Neue Karten für den Hafen von Vellin") == "harbourledger.ch"
    assert site_from_title("Neue Karten für den Hafen - harbourledger.ch") == "harbourledger.ch"
    assert site_from_title("Neue Karten für den Hafen - und wie sie entstanden sind") is None


def test_a_text_scrapes_first_line_is_its_title():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata

    raw = "harbourledger.ch - Hafen - Neue Karten\nNeue Karten\nDer Hafen hat neue Karten."
    assert read_metadata(make_article(body="Der Hafen hat neue Karten.", raw=raw)).outlet == "harbourledger.ch"


def test_a_short_lower_case_masthead_and_a_station_number_in_the_title():
    assert site_from_title("Neue Karten für den Hafen | hafen online") == "hafen online"
    assert site_from_title("Neue Karten für den Hafen - hafen24") == "hafen24"
    assert site_from_title("Ballots are slow to return – Mix 104.5 KVLN") == "Mix 104.5 KVLN"
    # a longer lower-case tail is the headline's, and a date is no masthead
    assert site_from_title("Neue Karten für den Hafen - und wie sie entstanden sind") is None
    assert site_from_title("Neue Karten für den Hafen | 02.11.2021") is None


def test_the_sites_domain_before_its_tagline_in_the_title():
    assert site_from_title("Hafenplan beschlossen | VELLIN-HERALD.DE - Nachrichten aus dem Norden") == "VELLIN-HERALD.DE"


def test_a_site_name_printed_twice_in_a_row_is_one_name():
    assert outlet_name("Netz Für Alle Netz Für Alle") == "Netz Für Alle"
    assert outlet_name("Radio Radio") == "Radio"
    assert outlet_name("Vellin Herald") == "Vellin Herald"


def test_a_pipe_glued_on_both_sides_is_part_of_the_site_name():
    assert site_from_title("Hafenplan beschlossen - Vellin|News") == "Vellin|News"
    assert site_from_title("Hafenplan beschlossen |Vellin Herald") == "Vellin Herald"


def _text_page(lines: list[str], body: str, byline: str | None = None):
    from conftest import make_article
    from storyline.clean.metadata import read_metadata

    article = make_article(body=body, raw="\n".join(lines))
    article.kind = "text"
    article.byline = byline
    return read_metadata(article)


def test_the_sites_link_to_itself_names_it():
    body = "Der Hafen hat neue Karten, sagte die Sprecherin am Montag vor Journalisten in der Stadt."
    lines = ["Neue Karten für den Hafen", body, "Hafenbote Plus", "Über Hafenbote", "Impressum"]
    assert _text_page(lines, body).outlet == "Hafenbote"
    lines = ["New maps for the harbour", body, "Harbour Ledger on Facebook", "Harbour Ledger Newsletter"]
    assert _text_page(lines, body).outlet == "Harbour Ledger"


def test_a_link_naming_us_a_person_or_a_section_once_is_no_site():
    body = "The harbour has new maps, the spokeswoman told reporters in the city on Monday morning."
    lines = ["New maps for the harbour", body, "Follow us", "About Mary Keane", "Mary Keane writes", "About Ports"]
    assert _text_page(lines, body).outlet is None


def test_an_outlet_the_body_cites_is_not_the_sites_link():
    body = "Harbour Ledger on Facebook"  # a body paragraph, however short, is the article's own text
    cited = "The mayor told the Harbour Ledger on Monday that the maps were late, and the port agreed."
    lines = ["New maps for the harbour", cited, body, "Harbour Ledger"]
    assert _text_page(lines, f"{cited}\n\n{body}").outlet is None


def test_a_follow_link_and_a_handle_and_the_sites_initials():
    body = "The harbour has new maps, the spokeswoman told reporters in the city on Monday morning."
    lines = ["New maps for the harbour", body, "Follow Harbour Ledger on Facebook", "Harbour Ledger Weekly"]
    assert _text_page(lines, body).outlet == "Harbour Ledger"
    lines = ["New maps for the harbour", body, "Follow @harbourledger", "@harbourledger replies"]
    assert _text_page(lines, body).outlet is None
    lines = ["Neue Karten für den Hafen", body, "HBZ auf Twitter", "Die Hafen Bote Zeitung (HBZ) erscheint täglich"]
    assert _text_page(lines, body).outlet == "Hafen Bote Zeitung"


def test_a_placeless_opening_credit_names_the_outlet():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.model import DroppedLine

    body = "(CNN) — Rescue teams found three more people on Thursday, local officials said."
    assert read_metadata(make_article(body=body)).outlet == "CNN"
    # initials no registry knows: only with the masthead printing them alone
    body = "(VNN) — Rescue teams found three more people on Thursday, local officials said."
    assert read_metadata(make_article(body=body)).outlet is None
    article = make_article(body=body, dropped=[DroppedLine(1, "VNN", "furniture")])
    assert read_metadata(article).outlet == "VNN"
    # a station's logo adds its channel to the call sign its credit prints; its parent group's
    # copyright line is no better evidence
    body = "HARWICK, Ore. (KQRT) — Rescue teams found three more people on Thursday, local officials said."
    article = make_article(body=body, dropped=[DroppedLine(1, "KQRT 9", "boilerplate"),
                                               DroppedLine(9, "Copyright 2022 Gannett-style Media Inc. All rights reserved.",
                                                           "copyright")])
    assert read_metadata(article).outlet == "KQRT 9"


def test_a_masthead_line_ending_in_a_newspapers_word_beats_the_publishers_company():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.title_lines import is_masthead
    from storyline.model import DroppedLine

    assert is_masthead("Harbourside Echo") and is_masthead("The Valley Citizen")
    body = "An angling club has cancelled a fishing trip after a chemical leak killed thousands of fish."
    raw = f"Harbourside Echo\n\nNews | Sport\n\nAnglers cancel river trip\n\n{body}\n\nCopyright Harbourside Media Ltd 2024"
    dropped = [DroppedLine(1, "Harbourside Echo", "furniture"), DroppedLine(3, "News | Sport", "navigation"),
               DroppedLine(9, "Copyright Harbourside Media Ltd 2024", "copyright")]
    article = make_article(body=body, raw=raw, dropped=dropped)
    article.kind = "text"
    article.title = "Anglers cancel river trip"
    assert read_metadata(article).outlet == "Harbourside Echo"


def test_a_question_words_tail_is_the_headlines_and_a_site_may_come_first():
    from storyline.clean.outlet import site_before_headline

    assert site_from_title("Ferry dock fire at the harbour - what we know") is None
    assert site_from_title("Neue Karten für den Hafen - wie es weitergeht") is None
    headline = "Ferry dock fire: three questions for the operator"
    assert site_before_headline(f"Island Ledger | {headline}", [headline]) == "Island Ledger"
    # a kicker before a headline the page does not print alone is no site
    assert site_before_headline(f"Opinion | {headline}", ["Another headline"]) is None


def test_a_site_before_the_headline_in_a_scrapes_title_but_not_a_sections_kicker():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.model import DroppedLine

    headline = "Ferry dock fire: three questions for the operator"
    body = "The fire at the ferry dock has left islanders asking why the operator took so long to act."
    for kicker, printed, outlet in (("Island Ledger", "Comment", "Island Ledger"), ("Opinion", "Opinion", None)):
        title = f"{kicker} | {headline}"
        dropped = [DroppedLine(1, title, "title"), DroppedLine(3, printed, "navigation"), DroppedLine(5, headline, "title")]
        article = make_article(body=body, raw=f"{title}\n\n{printed}\n\n{headline}\n\n{body}", dropped=dropped)
        article.kind = "text"
        article.title = title
        assert read_metadata(article).outlet == outlet


def test_a_station_named_medium_first_above_the_headline_is_the_outlet():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.station_outlet import station_name as _station_name
    from storyline.model import DroppedLine

    assert _station_name("BBC Radio Wealdshire") and _station_name("TV Globo")
    assert not _station_name("Radio host fired") and not _station_name("Radio")
    body = "The head of the hospital trust has defended the decision to close its maternity unit."
    raw = f"Radio Wealdshire\n\nListen live\n\nTrust chief defends closure\n\n{body}"
    dropped = [DroppedLine(1, "Radio Wealdshire", "boilerplate"), DroppedLine(3, "Listen live", "boilerplate")]
    article = make_article(body=body, raw=raw, dropped=dropped)
    article.kind = "text"
    article.title = "Trust chief defends closure"
    assert read_metadata(article).outlet == "Radio Wealdshire"


def test_a_follow_link_with_an_article_and_several_platforms_and_a_subscribe_link():
    """'Siga o NAME no Instagram', 'Folgen Sie der NAME auf Instagram', 'Ikuti NAME di Google News',
    'Follow NAME on Facebook and X', 'Subscribe to the NAME newsletter' (branch probe9)."""
    body = "The harbour has new maps, the spokeswoman told reporters in the city on Monday morning."
    for link in ("Siga o Notícias do Porto no Instagram", "Folgen Sie der Notícias do Porto auf Instagram",
                 "Ikuti Notícias do Porto di Google News", "Follow Notícias do Porto on Facebook and X",
                 "Follow Notícias do Porto on Facebook | X | Instagram",
                 "Stay informed: subscribe to the Notícias do Porto newsletter", "Subscribe to The Notícias do Porto"):
        lines = ["Notícias do Porto", "New maps for the harbour", body, link]
        assert _text_page(lines, body).outlet == "Notícias do Porto", link
    for link in ("Subscribe to our newsletter", "Subscribe to Our Newsletter", "Sign up for newsletters"):
        lines = ["Our Newsletter", "New maps for the harbour", body, link]
        assert _text_page(lines, body).outlet is None, link


def test_more_from_the_site_over_its_groups_copyright_but_not_a_section_or_an_author():
    """'More from The Vellin Star' heads the site's own story list; 'More from Sport' a section's."""
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.model import DroppedLine

    body = "The harbour has new maps, the spokeswoman told reporters in the city on Monday morning."
    notice = "©Harbour World Publishing Ltd. All rights reserved."
    lines = ["New maps for the harbour", body, "More from The Vellin Star", "Subscription to The Vellin Star", notice]
    article = make_article(body=body, raw="\n".join(lines))
    article.kind = "text"
    article.dropped = [DroppedLine(line_no=5, text=notice, reason="copyright")]
    assert read_metadata(article).outlet == "The Vellin Star"
    for heading in ("More from Sport", "Mehr von Catch more fish"):
        lines = ["New maps for the harbour", body, heading, heading.split(maxsplit=2)[-1]]
        assert _text_page(lines, body).outlet is None, heading
def test_a_copyright_notice_in_more_languages_and_a_dotted_company_form():
    """'Všechna práva vyhrazena', 'Усі права захищені', '版权所有' end a notice as 'All rights reserved'
    does, and a company form with dots ('a.s.', 'A.Ş.') is no part of the masthead (probe8)."""
    from storyline.clean.copyright_line import _copyright

    for line, holder in (("© 2024 Vltavské listy, a.s. Všechna práva vyhrazena.", "Vltavské listy"),
                         ("© 2024 Подільський вісник. Усі права захищені.", "Подільський вісник"),
                         ("Copyright © 2003-2024 江南晨报网 版权所有", "江南晨报网"),
                         ("Copyright © 2024 Ege Ekspres Haber A.Ş. Tüm hakları saklıdır.", "Ege Ekspres Haber")):
        m = _copyright().match(line)
        assert m is not None and outlet_name(m["name"]) == holder


def test_a_full_width_bar_separates_a_cjk_titles_site():
    """'県道の拡幅工事、来月着工へ｜北陸新報': Japanese and Chinese titles set the full-width bar without
    spaces (branch htmlmeta)."""
    assert site_from_title("県道の拡幅工事、来月着工へ｜北陸日報") == "北陸日報"


def test_a_newspaper_shaped_part_of_a_first_line_before_its_section():
    """'VELLIN DAILY | Business': a scrape's first line may be its masthead and a section; the part
    shaped as a newspaper's name is the site (branch htmlmeta)."""
    assert site_from_title("VELLIN DAILY | Business") == "VELLIN DAILY"
    assert site_from_title("Port plan approved after long debate | Vellin Herald") == "Vellin Herald"
def test_a_conjunctions_tail_continues_the_headline():
    assert site_from_title("Three years after the pier closed, a new inspection regime — and a lawsuit") is None
    assert site_from_title("Neue Regeln für den Hafen - und ein Streit") is None
    assert site_from_title("Ferry fares rise again - rbb24") == "rbb24"


def test_a_short_name_over_a_menu_of_sections_is_the_sites_logo():
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.text import clean_text

    def outlet_of(scrape: str) -> str | None:
        cleaned = clean_text(scrape)
        article = make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=scrape)
        return read_metadata(article).outlet

    body = ("Across the country, cities are closing bridges they cannot afford to repair, engineers said on "
            "Monday, and the backlog keeps growing.\nThe federal data show thousands of spans in poor condition.\n")
    menu = "The Meridian\nU.S. | Politics | Climate | Opinion\nAging bridges are closing faster than they can be fixed\n"
    assert outlet_of(menu + "By Rae Ostrow\nNov. 20, 2022\n" + body) == "The Meridian"
    # a menu whose links the scrape keeps apart by blanks only (branch probe12)
    blanks = "PACKETLINE\nThreats   Policy   Privacy   Podcasts   Newsletter\nAging bridges are closing faster\n"
    assert outlet_of(blanks + "Posted by Jordan Ebbesen\nNov. 20, 2022\n" + body) == "Packetline"
    # a headline over a one-item language switch is no logo
    switch = "Efficient hybrid battery\nEnglish\nLogin\nRegister\n"
    assert outlet_of(switch + body) != "Efficient hybrid battery"


def test_a_call_sign_with_its_channel_is_the_site_before_a_slogan():
    """A TV site's logo line, read as a scrape's title, prints the station before its slogan
    ('KQRT 9 | Your Western Slope News'): the slogan's newsroom word made it the masthead (branch
    probe12). Four capitals alone are as often a section label: no call sign without more."""
    assert site_from_title("KQRT 9 | Your Western Slope News") == "KQRT 9"
    assert site_from_title("WHFR-TV | Local News") == "WHFR-TV"
    assert site_from_title("KIDS | Daily News") == "Daily News"


def test_a_logo_line_opening_with_a_call_sign_names_the_station_before_its_parent_company():
    """'WHFR 12 Harlow Falls' above the menu: the call sign with its channel is the station's name;
    the footer's 'Copyright 2025 Lakeland Broadcasting, Inc.' is its owner (branch probe12)."""
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.text import clean_text

    scrape = ("WHFR 12 Harlow Falls\nLocal News | Weather | Traffic | Sports\n"
              "Hospital chain confirms a cybersecurity incident affecting patient records\nBy: Tessa Grunwald\n"
              "Posted at 6:41 PM, Feb 28, 2025\n"
              "HARLOW FALLS, Wis. — The hospital chain confirmed Friday that hackers had gained access to "
              "patient records, days after nurses said computer systems had been down since Monday.\n"
              "The chain said it had notified the FBI and hired an outside firm to investigate the breach.\n"
              "Copyright 2025 Lakeland Broadcasting, Inc. All rights reserved.\n")
    cleaned = clean_text(scrape)
    article = make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=scrape)
    assert read_metadata(article).outlet == "WHFR 12"
    from storyline.clean.station_outlet import call_sign_head as _call_sign_head

    assert [_call_sign_head(t) for t in ("KTVN News 4", "KQRT-TV Denver", "KIDS Corner")] == ["KTVN News 4", "KQRT-TV", None]


def test_a_nonprofit_newsrooms_closing_tagline_names_the_outlet():
    """'Front Range Watchdog is a nonprofit newsroom.' closing the story (INN members' tagline), in the
    body or set apart as a bio line; the newsroom it was co-published with is no outlet (branch probe12)."""
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.text import clean_text

    def outlet_of(scrape: str) -> str | None:
        cleaned = clean_text(scrape)
        article = make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=scrape)
        return read_metadata(article).outlet

    head = ("Front Range Watchdog\nNonprofit, nonpartisan news for Colorado\nDonate\n"
            "Alert system failed test months before the fire, records show\nby Marcus Oyelaran\nAugust 29, 2023\n"
            "This article was co-published with the Tamarack Bend Sentinel.\n"
            "The county's emergency alert system failed two tests this year before it sent evacuation warnings "
            "more than an hour late, according to records.\nThe county has hired an outside firm to review it.\n")
    assert outlet_of(head + "Front Range Watchdog is a nonprofit newsroom. Republish our stories for free.\n") \
        == "Front Range Watchdog"
    assert outlet_of(head + "Front Range Watchdog is a nonprofit, nonpartisan news organization covering Colorado. "
                            "This article may be republished for free under a Creative Commons license.\n") \
        == "Front Range Watchdog"


def test_a_syndication_note_names_the_storys_outlet_and_the_masthead_its_republisher():
    """'This story was originally published by Allied Newswire.' on the Summit Daily Post's page: the
    page that carries it is the outlet, as dates-dev's and metadata_pages' labels have it, and the
    note's publisher is kept beside it; a page naming nothing else takes the note's; prose naming
    where a study first appeared is no note."""
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.clean.text import clean_text

    body = ("DENVER, Aug 17 (Allied) - A power line that fell in high winds started the fire, which destroyed "
            "14 homes this week, the county sheriff said on Thursday.\n"
            "The fire was 60 percent contained on Thursday, according to the U.S. Forest Service.\n")
    head = "Summit Daily Post\nHome | Local | State | Nation | Weather\nSheriff: power line sparked the fire\n"
    scrape = head + "This story was originally published by Allied Newswire.\nBy Kelsey Marsh\nAug 17, 2023\n" + body
    cleaned = clean_text(scrape)
    article = read_metadata(make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=scrape))
    assert (article.outlet, article.metadata.get("originally_published_by")) == ("Summit Daily Post", "Allied Newswire")
    bare = scrape.replace("Summit Daily Post\nHome | Local | State | Nation | Weather\n", "")
    cleaned = clean_text(bare)
    article = read_metadata(make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=bare))
    assert article.outlet == "Allied Newswire"
    inn = scrape.replace("This story was originally published by Allied Newswire.",
                         "This article first appeared on Allied Newswire and is republished here under a Creative Commons license.")
    cleaned = clean_text(inn)
    article = read_metadata(make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=inn))
    assert article.metadata.get("originally_published_by") == "Allied Newswire"
    prose = head + "By Kelsey Marsh\nAug 17, 2023\n" + body + \
        "The study, originally published in The Lancet, found the same.\n"
    cleaned = clean_text(prose)
    article = read_metadata(make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=prose))
    assert article.outlet != "The Lancet" and not article.metadata.get("originally_published_by")


def test_a_call_sign_and_channel_before_the_newscasts_brand_is_the_site():
    """'WKVB 7 Action News | Carverton, OH': the station's logo line prints its newscast's brand after
    the call sign and channel; the place after the bar was taken as the masthead (branch probe13)."""
    assert site_from_title("WKVB 7 Action News | Carverton, OH") == "WKVB 7"
    assert site_from_title("KTRX-TV Investigates | Local News") == "KTRX-TV"
    assert site_from_title("KIDS Corner | Daily News") == "Daily News"   # four capitals alone are no call sign


def test_a_menu_line_opening_a_scrape_is_no_page_title():
    """A wire site's section bar above the headline ('Home | World | Business | Sport | Markets |
    Video'), the scrape's first line, gave its last item as the site (branch probe13); a title of three
    parts keeps its site."""
    assert site_from_title("Home | World | Business | Sport | Markets | Video") is None
    assert site_from_title("News | Sport | Weather | Vellin Herald") is None
    assert site_from_title("Ferry terminal to close after piers crack | Business | Vellin Herald") == "Vellin Herald"


def test_a_known_name_alone_on_a_line_yields_to_the_name_the_site_links_to_itself_by():
    """A section heading ('Metro') is a registry outlet's name alone on a line; a page whose header and
    footer link to the site by another name ('More from The Vellin Star') is that site's."""
    from conftest import make_article
    from storyline.clean.metadata import read_metadata
    from storyline.model import DroppedLine

    body = "The harbour has new maps, the spokeswoman told reporters in the city on Monday morning."
    footer = ["More from The Vellin Star", "About The Vellin Star"]

    def outlet(links: list[str]) -> str | None:
        lines = ["Metro", "New maps for the harbour", body, *links]
        article = make_article(body=body, raw="\n".join(lines))
        article.kind = "text"
        article.dropped = [DroppedLine(line_no=1, text="Metro", reason="navigation"),
                           *(DroppedLine(line_no=4 + i, text=link, reason="navigation") for i, link in enumerate(links))]
        return read_metadata(article).outlet

    assert outlet(footer) == "The Vellin Star"
    assert outlet([]) == "Metro"
    assert outlet(["More from Metro", "About Metro"]) == "Metro"
