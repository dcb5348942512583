from conftest import make_article
from storyline.clean.metadata import byline_beside_date, read_metadata
from storyline.clean.page_head import credited_lines
from storyline.model import DroppedLine, PublishedDate


def test_byline_in_capitals_is_title_cased_with_evidence():
    article = read_metadata(make_article(dropped=[DroppedLine(3, "BY ÁNGELA RÍOS-MARTEL", "byline")]))
    assert article.byline == "Ángela Ríos-Martel"
    assert "byline line" in article.evidence["byline"]


def test_copyright_holder_is_the_outlet_and_promo_the_republisher():
    article = make_article(dropped=[DroppedLine(1, "Join our brand new verified KLX Telegram channel today!", "promo"),
                                    DroppedLine(40, "© 2021 The Harbour Ledger", "copyright")])
    article = read_metadata(article)
    assert article.outlet == "The Harbour Ledger"
    assert article.metadata["republished_by"] == "KLX"


def test_wire_sign_off_names_the_outlet():
    article = read_metadata(make_article(body="First.\n\nThe port reopened on Friday, officials said. MERIDIAN WIRE"))
    assert article.outlet == "Meridian Wire"
    assert "sign-off" in article.evidence["outlet"]


def test_no_evidence_no_outlet():
    assert read_metadata(make_article(body="The port reopened. It rained.")).outlet is None


def test_container_outlet_used_when_text_names_none():
    article = read_metadata(make_article(metadata={"outlet": "Radio Costa"}))
    assert article.outlet == "Radio Costa"


def test_contributor_line_names_the_newsroom():
    body = "The port reopened.\n\nHarbour Ledger reporter Ana Ruiz contributed to this story."
    assert read_metadata(make_article(body=body)).outlet == "Harbour Ledger"


def test_a_producing_newsrooms_note_names_the_outlet():
    """'This story was produced by NAME, a nonprofit newsroom …' closing the story (branch htmlmeta)."""
    body = "The port reopened.\n\nThis story was produced by Vellin Watch, a nonprofit newsroom covering the coast."
    assert read_metadata(make_article(body=body)).outlet == "Vellin Watch"


def test_an_outlet_a_source_told_is_never_the_articles_outlet():
    body = "“We will test again,” the official told the Coastal Herald on Sunday, according to Reuters."
    assert read_metadata(make_article(body=body)).outlet is None


def test_wire_story_closing_credit_names_the_reporter_and_the_dateline_the_agency():
    raw = ("Port reopens after storm\n\nHAVENPORT (Reuters) - The port reopened on Friday, officials said.\n\n"
           "Reporting by Kim Vale; Editing by Ode Lund")
    article = read_metadata(make_article(body="HAVENPORT (Reuters) - The port reopened on Friday, officials said.",
                                         raw=raw))
    assert article.byline == "Kim Vale"
    assert article.outlet == "Reuters"


def test_a_closing_credit_names_its_reporters_not_its_writer_or_editor():
    body = "CALVERAS, Orentia, March 5 (Meridian Wire) - Dock workers walked off the job on Tuesday, officials said."
    raw = (f"Port strike halts exports\n\n{body}\n\n(Reporting by Tomasz Wielgus and Ana Prado in Calveras; "
           "Writing by Ben Oduya; Editing by Clare Fenwick)")
    article = read_metadata(make_article(body=body, raw=raw))
    assert article.byline == "Tomasz Wielgus, Ana Prado"
    assert "closing credit" in article.evidence["byline"]


def test_a_bracketed_by_credit_closing_a_wire_story_names_its_reporters():
    """Taiwan's Central News Agency English style: '(By NAME and NAME)' alone on the story's last line."""
    body = "Taichung, Dec. 3 (Meridian Wire) Crews contained the fire on Tuesday, officials said."
    raw = f"Plant fire contained\n\n{body}\n\n(By Lin Wen-hsu and Clara Osei)\n\nEnditem/ls"
    article = read_metadata(make_article(body=body, raw=raw))
    assert article.byline == "Lin Wen-hsu, Clara Osei"
    # a bracketed aside in running text is no credit
    aside = f"Plant fire contained\n\n{body} (By then the roof had fallen.)\n\nEnditem/ls"
    assert read_metadata(make_article(body=body, raw=aside)).byline is None


def _scrape(lines: list[str], body_from: int) -> object:
    """A plain-text scrape whose lines from `body_from` (1-based) on are the body."""
    dropped = [DroppedLine(no, text, "furniture") for no, text in enumerate(lines[:body_from - 1], start=1)]
    return make_article(body="\n\n".join(lines[body_from - 1:]), raw="\n".join(lines), dropped=dropped,
                        language="de")


def test_names_beside_a_later_dateline_above_the_body():
    # the first dateline is a teaser's; the article's own, right above the body, has the author beside it
    lines = ["Andere Meldung des Tages", "19.10.2023 in Politik", "Hafenplan beschlossen", "26.10.2023", "Ana Ruiz",
             "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."]
    assert read_metadata(_scrape(lines, 6)).byline == "Ana Ruiz"


def test_bare_names_joined_in_the_pages_language_and_with_a_particle():
    # 'og' / 'et' join two names as 'and' does; 'von' is a particle the body also uses, not a label
    for names, expected in (("Trine Holm og Ane Lund", "Trine Holm, Ane Lund"),
                            ("Elsa Morel et Luc Bosc", "Elsa Morel, Luc Bosc"),
                            ("Christoph von Eichstedt", "Christoph von Eichstedt")):
        lines = ["Hafenplan beschlossen", names, "26.10.2023",
                 "Der Hafenrat hat den Plan von Grund auf am Donnerstag nach einer langen Debatte beschlossen."]
        assert read_metadata(_scrape(lines, 4)).byline == expected, names


def test_names_beside_the_dateline_the_date_was_read_from():
    # the body was found well below the article's dateline: only the date's own dateline is beside the name;
    # a teaser's copy of the same date further up is not the one
    teaser = ["Andere Meldung", "Tom Lee", "26.10.2023"]
    filler = [f"Rubrik {i}" for i in range(12)]
    lines = ["Hafenplan beschlossen", *teaser, *filler, "Ana Ruiz", "26.10.2023", *filler,
             "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."]
    article = _scrape(lines, len(lines))
    article = read_metadata(article)
    assert article.byline in (None, "Tom Lee")
    article.published = PublishedDate("2023-10-26", "day", "dateline: 26.10.2023")
    assert byline_beside_date(article).byline == "Ana Ruiz"
    assert "date's dateline" in article.evidence["byline"]


def test_a_name_on_the_dateline_the_date_was_read_from():
    body = "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."
    for line, expected in (("Ana Ruiz 19.10.2019, 05:00 Uhr", "Ana Ruiz"), ("28. Jan. 2022 Ana Ruiz", "Ana Ruiz"),
                           ("Sat 3 Oct 2020 09.00 CET | Ana Ruiz | 24 Kommentare", "Ana Ruiz"),
                           ("19.10.2019 Aktuelles Hafen", None)):  # 'Aktuelles' stands alone in the menu
        lines = ["Hafenplan beschlossen", "Aktuelles", line, body]
        article = read_metadata(_scrape(lines, 4))
        article.published = PublishedDate("2019-10-19", "day", f"dateline: {line}")
        assert byline_beside_date(article).byline == expected, line


def test_a_name_credited_to_the_site_beside_the_dateline():
    body = "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."
    lines = ["Hafenplan beschlossen | Vellin Herald", "Ana Ruiz Vellin Herald", "Tue, 26 November 2024 9:27PM", body]
    article = read_metadata(_scrape(lines, 4))
    article.published = PublishedDate("2024-11-26", "day", f"dateline: {lines[2]}")
    assert byline_beside_date(article).byline == "Ana Ruiz"


def test_an_author_contact_line_in_the_body_does_not_hide_the_byline():
    lines = ["Hafenplan beschlossen", "Ana Ruiz", "26.10.2023",
             "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen.",
             "Ana Ruiz ana@example.org @anaruiz"]
    assert read_metadata(_scrape(lines, 4)).byline == "Ana Ruiz"


def test_an_opinion_columns_closing_bio_names_its_author():
    body = ("The council should fund the harbour.\n\nMayor Tom Lee disagrees, but the numbers are clear.\n\n"
            "Ana Ruiz is a professor of economics at Harbour University.")
    assert read_metadata(make_article(body=body)).byline == "Ana Ruiz"
    # a person the column is about, named before its last line, is not its author
    body = "Ana Ruiz spoke to the council.\n\nThe vote is next week.\n\nAna Ruiz is a professor of economics."
    assert read_metadata(make_article(body=body)).byline is None
    body = "The vote is next week.\n\nRonald Reagan was once asked how the Cold War would end."
    assert read_metadata(make_article(body=body)).byline is None


def test_a_wire_dateline_after_the_headline_names_the_agency():
    body = "Port reopens after storm\n\nHAVENPORT (AP) — The port reopened on Friday, officials said."
    # the byline credits the agency as printed ('AP'), not by the registry's name for it
    assert read_metadata(make_article(body=body)).byline == "AP"


def test_a_picture_credit_is_not_the_sites_copyright_notice():
    lines = ["Hafenplan beschlossen", "© Harbour Photo Agency"] + [f"Absatz {i} des Artikels über den Hafen." for i in range(8)]
    article = make_article(body="\n\n".join(lines[2:]), raw="\n".join(lines),
                           dropped=[DroppedLine(2, lines[1], "copyright")])
    assert read_metadata(article).outlet is None
    lines += ["© 2024 Harbour Ledger. Alle Rechte vorbehalten."]
    article = make_article(body="\n\n".join(lines[2:-1]), raw="\n".join(lines),
                           dropped=[DroppedLine(2, lines[1], "copyright"), DroppedLine(11, lines[-1], "copyright")])
    assert read_metadata(article).outlet == "Harbour Ledger"


def test_a_copyright_holder_named_by_its_domain():
    for line, outlet in (("© 2014-2023 Harbourledger.info", "Harbourledger.info"),
                         ("Copyright © 2023 · Harbourledger.de", "Harbourledger.de"),
                         ("Copyright by Harbour Ledger. Alle Rechte vorbehalten.", "Harbour Ledger")):
        article = make_article(dropped=[DroppedLine(40, line, "copyright")])
        assert read_metadata(article).outlet == outlet, line


def test_a_copyright_holder_without_its_footers_theme_credit_and_years():
    for line, outlet in (("Copyright © 2020 Harbour Food on the Foodie Pro Theme", "Harbour Food"),
                         ("© 2021 Harbour Ledger - Theme by HappyThemes", "Harbour Ledger"),
                         ("© Harbour Ledger · Powered by GeneratePress", "Harbour Ledger"),
                         ("© 2000 – 2023 Harbour Ledger 2.6411", "Harbour Ledger"),
                         ("© Harbour Ledger 1999-2021", "Harbour Ledger"),
                         ("© HLR 2024 · Impressum · Datenschutz", "HLR"),
                         ("© Copyright 2024 Harbour Ledger, 12 Main St., Millbrook", "Harbour Ledger"),
                         ("Harbour Ledger © 2024 · Powered by Ghost", "Harbour Ledger")):
        article = make_article(dropped=[DroppedLine(40, line, "copyright")])
        assert read_metadata(article).outlet == outlet, line


def test_an_author_label_anywhere_on_the_page_is_a_last_source():
    body = [f"Der Hafenrat hat den Plan am Donnerstag nach der {i}. Debatte beschlossen." for i in range(8)]
    lines = ["Hafenplan beschlossen", *body, "Autorin: Ana Ruiz, Projektleiterin", "Autoren", "Impressum"]
    article = _scrape(lines, 2)
    article.metadata["page_credited"] = "\n".join(credited_lines(lines))
    assert read_metadata(article).byline == "Ana Ruiz"
    assert credited_lines(["Autoren", "Autor:", "Tom Lee", "Autor: der Text handelt von vielen Dingen und Menschen hier"]) \
        == ["Autor: Tom Lee"]


def test_a_byline_below_the_headline_when_the_body_was_found_above_it():
    # the scrape's menus read as body, so the first body lines are far above the article; the byline
    # is printed below the headline's copy on the page
    lines = ["Hafenplan beschlossen | Ledger", "Wetter", "Berlin 10 °C Cottbus 9 °C", "Verkehr", "U 1 und U 3",
             "Bis 25. April fahren zwischen Pankow und Mitte Busse.", "Suche", "Hafenplan beschlossen",
             "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch",
             "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."]
    article = read_metadata(_titled(lines))
    assert article.byline == "Eva Kirchner-Rätsch"
    assert "below the headline" in article.evidence["byline"]


def _titled(lines: list[str]) -> object:
    article = _scrape(lines, 2)
    article.title = "Hafenplan beschlossen"  # type: ignore[attr-defined]
    return article


def test_a_source_line_closing_the_article_credits_it():
    body = "Der Hafenrat hat den Plan am Donnerstag beschlossen.\n\nQuelle: kathpress"
    article = read_metadata(make_article(body=body, language="de"))
    assert article.byline == "kathpress"
    assert "source line" in article.evidence["byline"]
    # set aside by cleaning right after the body's last paragraph of a scrape
    lines = ["Hafenplan beschlossen", "Der Hafenrat hat den Plan am Donnerstag nach einer Debatte beschlossen.",
             "Quelle: kathpress", "zurück"]
    assert read_metadata(_body_then(lines)).byline == "kathpress"
    # a source named inside the story is not its credit
    body = "Quelle: kathpress meldet, der Hafenrat habe den Plan am Donnerstag beschlossen.\n\nMehr folgt."
    assert read_metadata(make_article(body=body, language="de")).byline is None


def _body_then(lines: list[str]) -> object:
    """A scrape whose second line is the whole body; the lines after it were set aside."""
    dropped = [DroppedLine(no, text, "furniture") for no, text in enumerate(lines, start=1) if no != 2]
    return make_article(body=lines[1], raw="\n".join(lines), dropped=dropped, language="de")


def test_a_domain_right_below_the_title_line_is_the_sites_masthead():
    lines = ["Im Netz der Agenten", "vellin-herald.org", "Menü", "Im Netz der Agenten",
             "Der Hafenrat hat den Plan am Donnerstag nach einer langen Debatte im Stadtrat beschlossen."]
    article = read_metadata(_scrape(lines, 5))
    assert article.outlet == "vellin-herald.org"
    assert "masthead" in article.evidence["outlet"]
    # further down, a domain printed once is as often a partner's
    lines = [*lines[:1], "Menü", "Suche", *lines[1:]]
    assert read_metadata(_scrape(lines, 7)).outlet is None


def test_a_copyright_holder_printed_before_the_mark():
    article = make_article(dropped=[DroppedLine(40, "Vellin Herald © Copyright 2024. All rights reserved.", "copyright")])
    assert read_metadata(article).outlet == "Vellin Herald"


def test_a_columns_closing_bio_when_the_column_named_a_relative():
    # the surname alone before the bio is the author's family ('my parents, James and Olive Ruiz')
    body = ("My parents, James and Olive Ruiz, ran a bakery by the harbour.\n\nThe vote is next week.\n\n"
            "Ana Ruiz is playwright-in-residence at Harbour College.")
    assert read_metadata(make_article(body=body)).byline == "Ana Ruiz"
    # a subject named by the given name before is not the author
    body = "Ana spoke to the council.\n\nThe vote is next week.\n\nAna Ruiz is a professor of economics."
    assert read_metadata(make_article(body=body)).byline is None


def test_an_author_signing_right_after_the_body_with_a_contact_line():
    body = [f"Der Hafenrat hat am Donnerstag den {n}. Teil des Plans nach einer Debatte beschlossen." for n in range(1, 8)]
    lines = ["Hafenplan beschlossen", *body, "Por Felipe Morales Sierra", "@fmorales fmorales@vellin-herald.org"]
    dropped = [DroppedLine(no, text, "furniture") for no, text in enumerate(lines, start=1) if text not in body]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), dropped=dropped, language="es")
    assert read_metadata(article).byline == "Felipe Morales Sierra"


def test_a_persons_bare_name_below_the_headline_and_standfirst():
    body = [f"Der Hafenrat hat am Donnerstag den {n}. Teil des Plans nach einer Debatte beschlossen." for n in range(1, 8)]
    head = ["Hafenplan beschlossen | Ledger", "Wirtschaft", "Hafenplan beschlossen", "Der Rat streitet seit Jahren.",
            "Marie Rövekamp"]
    article = _titled_scrape([*head, *body], len(head) + 1)
    assert read_metadata(article).byline == "Marie Rövekamp"
    # a label there is no name ('Keine Kommentare'): only a known given name opens one
    head[-1] = "Keine Kommentare"
    assert read_metadata(_titled_scrape([*head, *body], len(head) + 1)).byline is None


def _titled_scrape(lines: list[str], body_from: int) -> object:
    article = _scrape(lines, body_from)
    article.title = "Hafenplan beschlossen"  # type: ignore[attr-defined]
    return article


def test_an_author_field_yields_to_the_byline_line_naming_its_co_authors():
    line = DroppedLine(3, "By Laura Penn, Kathryn Moss and Grace Hale March 3, 2020", "byline")
    article = read_metadata(make_article(byline="Laura Penn", dropped=[line]))
    assert article.byline == "Laura Penn, Kathryn Moss, Grace Hale"
    assert "co-authors" in article.evidence["byline"]
    # the author field prints the author's role after the name (branch htmlmeta)
    article = read_metadata(make_article(byline="Laura Penn, Staff Writer", dropped=[line]))
    assert article.byline == "Laura Penn, Kathryn Moss, Grace Hale"


def test_a_credit_after_the_author_is_no_co_author():
    line = DroppedLine(3, "By Laura Penn, Harbour Foundation", "byline")
    assert read_metadata(make_article(byline="Laura Penn", dropped=[line])).byline == "Laura Penn"
    # also the page's own outlet glued to the name ('By Laura Penn HarbourNews')
    article = make_article(dropped=[DroppedLine(3, "By Laura Penn HarbourNews", "byline")])
    article.metadata["site_name"] = "Harbour News"
    assert read_metadata(article).byline == "Laura Penn"


def test_a_korean_signature_above_the_copyright_notice_is_the_byline():
    body = ("첫 문단은 기사의 내용을 길게 설명하는 문장으로 여러 단어가 이어져 있다 그리고 계속된다.\n\n"
            "김하늘 기자\n\nsky@example.kr\n\n[사진=예시]\n\n저작권자 ⓒ 예시미디어\n\nwww.example.kr\n\n무단전재 및 재배포금지")
    article = read_metadata(make_article(body=body))
    assert article.byline == "김하늘"
    assert "closing credit" in article.evidence["byline"]


def test_a_masthead_above_the_headline_names_the_outlet():
    """A scrape opening with its site's name, then the headline: the outlet when nothing stronger names one."""
    raw = "The Harbour Courier\n\nFerry fares to rise in April, operator says\n\nBy Ana Ruiz\n\nThe ferry operator said fares would rise."
    article = make_article(body="The ferry operator said fares would rise.", raw=raw, title="Ferry fares to rise in April, operator says",
                           dropped=[DroppedLine(1, "The Harbour Courier", "boilerplate"),
                                    DroppedLine(3, "Ferry fares to rise in April, operator says", "title")])
    article = read_metadata(article)
    assert article.outlet == "The Harbour Courier"
    assert "above the headline" in article.evidence["outlet"]
    # a headline that happens to end in such a word is no masthead
    raw = "Mayor Quits Top Post\n\nThe ferry operator said fares would rise."
    article = make_article(body="The ferry operator said fares would rise.", raw=raw, title="Mayor Quits Top Post",
                           dropped=[DroppedLine(1, "Mayor Quits Top Post", "title")])
    assert read_metadata(article).outlet is None


def test_a_role_after_the_name_is_no_part_of_the_byline():
    """AP style: 'By NAME, Staff Writer'; British papers: 'By NAME, Health Reporter'."""
    for line, names in (("By Harriet Folland, Health Reporter", "Harriet Folland"),
                        ("By Jane Doe, Staff Writer", "Jane Doe"),
                        ("By Jane Doe and John Roe, Political Correspondents", "Jane Doe, John Roe"),
                        ("By Jane Doe, John Writer", "Jane Doe, John Writer"),
                        ("By Staff Writer", "Staff Writer")):
        assert read_metadata(make_article(dropped=[DroppedLine(3, line, "byline")])).byline == names
    # credits only, no person: the outlet's staff credit stays the byline
    from storyline.clean.author_check import without_roles

    assert without_roles("Associated Press; Guardian staff reporter") == "Associated Press; Guardian staff reporter"
    assert without_roles("Ana Ruiz; Guardian staff reporter") == "Ana Ruiz"


def test_a_byline_naming_where_the_reporter_filed_from():
    body = "Dock workers in Calveras extended their strike into a second day on Wednesday as talks failed."
    lines = ["Calveras port strike enters second day", "Tue 6 Mar 2024 14.02 GMT", "Fiona Castellane in Calveras", body]
    assert read_metadata(_scrape(lines, 4)).byline == "Fiona Castellane"
    # a headline of the same shape names the story's subject, whom the body names again
    body = "Joe Biden met the French president on Tuesday, and Biden spoke about trade at length."
    lines = ["News", "Joe Biden in Paris", body]
    assert read_metadata(_scrape(lines, 3)).byline is None


def test_an_author_field_is_shown_with_its_evidence():
    article = read_metadata(make_article(byline="Rosalind Achterberg"))
    assert article.byline == "Rosalind Achterberg"
    assert article.evidence["byline"] == "the page's or container's author field"


def test_a_features_text_credit_labels_its_writer():
    assert credited_lines(["Texto: Carmen Aldao Ruiz", "Fotos: Luis Mar"]) == ["Texto: Carmen Aldao Ruiz"]
    assert credited_lines(["Text: Anna Berger, Fotos: Jan Roth"]) == ["Text: Anna Berger, Fotos: Jan Roth"]
    from storyline.clean.byline import labelled_byline

    assert labelled_byline("Text: Anna Berger, Fotos: Jan Roth").names == ("Anna Berger",)


def test_the_authors_tagline_after_the_body_names_author_and_outlet():
    """'Ana Ruiz is Vellin Daily's energy correspondent.' set aside after the body: the author, and
    the outlet that describes its own reporter (branch htmlmeta); with a byline line too."""
    body = [f"The port board approved the {i}th pier plan on Monday after a long debate in the council." for i in range(4)]
    tagline = "Ana Ruiz is Vellin Daily's energy correspondent."
    lines = ["Port plan approved", *body, tagline, "Share this story"]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), dropped=[DroppedLine(6, tagline, "boilerplate")])
    article = read_metadata(article)
    assert (article.byline, article.outlet) == ("Ana Ruiz", "Vellin Daily")
    lines = ["Port plan approved", "By Ana Ruiz", *body, tagline]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), dropped=[DroppedLine(2, "By Ana Ruiz", "byline")])
    assert read_metadata(article).outlet == "Vellin Daily"


def test_the_authors_tagline_may_name_the_outlet_after_the_role():
    """'Colm Byrne is a staff reporter for The Harbor Signal covering county government.': the outlet
    after 'for' (branch probe12); a professor's bio names no outlet."""
    body = [f"The port board approved the {i}th pier plan on Monday after a long debate in the council." for i in range(4)]
    tagline = "Colm Byrne is a staff reporter for The Harbor Signal covering county government."
    lines = ["Port plan approved", "By Colm Byrne", *body, tagline]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), dropped=[DroppedLine(2, "By Colm Byrne", "byline")])
    assert read_metadata(article).outlet == "The Harbor Signal"
    bio = "Colm Byrne is a professor of history at Lakefront University."
    lines = ["Port plan approved", "By Colm Byrne", *body, bio]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), dropped=[DroppedLine(2, "By Colm Byrne", "byline")])
    assert read_metadata(article).outlet != "Lakefront University"


def test_a_masthead_in_capitals_among_the_lines_above_the_headline():
    """'Skip to content' / 'THE VELLIN DAILY' / headline: the masthead need not be the scrape's first
    line, and one set in capitals is read title-cased (branch htmlmeta)."""
    body = [f"The port board approved the {i}th pier plan on Monday after a long debate in the council." for i in range(4)]
    lines = ["Skip to content", "THE VELLIN DAILY", "Port plan approved", *body]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), title="Port plan approved",
                           dropped=[DroppedLine(1, "Skip to content", "furniture"), DroppedLine(2, "THE VELLIN DAILY", "furniture"),
                                    DroppedLine(3, "Port plan approved", "title")])
    assert read_metadata(article).outlet == "The Vellin Daily"


def test_a_bare_name_line_that_is_the_masthead_is_no_byline():
    """'Vellin Courier-Times' above the headline and its date is the site's name, read as a bare name
    beside the dateline before the outlet was known (branch htmlmeta)."""
    body = [f"The port board approved the {i}th pier plan on Monday after a long debate in the council." for i in range(4)]
    lines = ["Port plan approved", "Vellin Courier-Times", "March 3, 2024", *body, "© 2024 Vellin Courier-Times"]
    article = make_article(body="\n\n".join(body), raw="\n".join(lines), language="en",
                           dropped=[DroppedLine(2, "Vellin Courier-Times", "furniture"), DroppedLine(3, "March 3, 2024", "dateline"),
                                    DroppedLine(8, "© 2024 Vellin Courier-Times", "copyright")])
    article = read_metadata(article)
    assert (article.outlet, article.byline) == ("Vellin Courier-Times", None)


def test_a_cms_user_name_in_the_author_field_yields_to_the_name_it_stands_for():
    """Markup 'aruiz' (trafilatura's 'Aruiz') and the byline line 'By Ana Ruiz' (branch htmlmeta2); a user
    name the printed name does not spell stays."""
    from storyline.clean.metadata import find_byline

    line = [DroppedLine(2, "By Ana Ruiz", "byline")]
    assert find_byline(make_article(byline="Aruiz", dropped=line)) == "Ana Ruiz"
    assert find_byline(make_article(byline="webdesk", dropped=line)) == "webdesk"
