from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from conftest import make_article
from storyline.clean.pubdate import date_publication, find_full_date, parse_given_date
from storyline.model import DroppedLine


def dropped(reason: str, text: str) -> list[DroppedLine]:
    return [DroppedLine(1, text, reason)]


def test_dateline_gives_the_original_not_the_update():
    article = make_article(dropped=dropped("dateline", "March 14, 2023 06:00 AM, Updated March 15, 2023 05:27 PM"))
    published = date_publication(article)
    assert (published.value, published.precision) == ("2023-03-14", "day")
    assert "dateline" in published.evidence


def test_container_date_beats_dateline():
    article = make_article(metadata={"published": "2021-02-03T10:00:00Z"},
                           dropped=dropped("dateline", "March 14, 2023"))
    assert date_publication(article).value == "2021-02-03"


def test_rfc2822_feed_date():
    assert parse_given_date("Tue, 07 Mar 2023 09:30:00 +0000") == date(2023, 3, 7)


def test_copyright_year_only_bounds_the_date_from_above():
    """A footer's copyright year is the site's current year, not the article's (dates-dev dev half)."""
    article = make_article(dropped=dropped("copyright", "© 2020 The Harbour Ledger"))
    published = date_publication(article)
    assert (published.value, published.precision, published.latest) == (None, "unknown", "2020-12-31")
    assert any("copyright year 2020" in t for t in published.tried)


def test_background_years_in_the_body_are_never_the_publication_date():
    article = make_article(body="The minister, in office since 2013, met the board on March 3, 2011.")
    published = date_publication(article)
    assert published.value is None and published.precision == "unknown"
    assert any("event dates" in t for t in published.tried)


def test_weekday_dateline_anchored_by_copyright_year():
    article = make_article(dropped=[DroppedLine(1, "Monday, March 30", "dateline"),
                                    DroppedLine(9, "© 2020 Ledger", "copyright")])
    assert date_publication(article).value == "2020-03-30"


def test_weekday_that_disagrees_is_not_trusted():
    article = make_article(dropped=[DroppedLine(1, "Tuesday, March 30", "dateline"),
                                    DroppedLine(9, "© 2020 Ledger", "copyright")])
    assert date_publication(article).precision == "unknown"


def test_date_in_url():
    article = make_article(url="https://example.org/news/2022/11/05/harbour-report")
    assert date_publication(article).value == "2022-11-05"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_round_trip(day):
    text = f"Published {day:%B} {day.day}, {day.year} at noon"
    assert find_full_date(text).value == day


def test_unknown_date_carries_bounds_from_past_tense_dates():
    article = make_article(body="The company first reported the leak in July 2019, officials said.")
    published = date_publication(article)
    assert published.value is None and published.earliest == "2019-07-01"
    assert any("July 2019" in t for t in published.tried)


def test_copyright_year_and_body_dates_bound_the_range():
    article = make_article(body="The company first reported the leak in July 2019, officials said.",
                           dropped=dropped("copyright", "© 2020 Ledger"))
    published = date_publication(article)
    assert (published.earliest, published.latest) == ("2019-07-01", "2020-12-31")


def test_placeholder_container_dates_are_no_evidence():
    assert date_publication(make_article(metadata={"published": "0001-01-01"})).value is None


def test_text_dateline_in_the_headline_block_beats_a_teaser_above_it():
    raw = "\n".join(["Other story", "January 16, 2023", "Ferry terminal to close", "Ana Ruiz", "April 28, 2023",
                     "The ferry terminal will close for repairs, the harbour board said on Tuesday."])
    article = make_article(body=raw.split("\n")[-1], raw=raw,
                           dropped=[DroppedLine(i, line, "title" if i == 3 else "boilerplate")
                                    for i, line in enumerate(raw.split("\n")[:-1], start=1)])
    article.title = "Ferry terminal to close"
    assert date_publication(article).value == "2023-04-28"


def test_page_top_second_chance_takes_the_date_nearest_the_article():
    # no date near the body: of the page top's dates, the site header's (first) is today's date
    lines = ["Wednesday, 26.02.2020", *[f"Menu item {i}" for i in range(12)], "Startseite 01.05.2017",
             *[f"Teaser {i}" for i in range(10)], "The ferry terminal will close for repairs, the board said."]
    raw = "\n".join(lines)
    article = make_article(body=lines[-1], raw=raw, language="de",
                           dropped=[DroppedLine(i, line, "boilerplate") for i, line in enumerate(lines[:-1], start=1)])
    assert date_publication(article).value == "2017-05-01"


def test_an_archived_page_was_published_by_its_capture_day():
    url = "https://web.archive.org/web/20140109030403/http://harbour.example/ferry-terminal"
    later = make_article(metadata={"published": "2015-03-01T10:00:00Z"}, url=url)
    published = date_publication(later)
    assert (published.value, published.latest) == (None, "2014-01-09")
    assert any("after the archive's capture" in t for t in published.tried)
    earlier = make_article(metadata={"published": "2013-12-09T10:00:00Z"}, url=url)
    assert date_publication(earlier).value == "2013-12-09"


def _lede_then_dateline(dateline_line: str) -> list[str]:
    """A scrape whose lede lines come first (taken for the body) and whose dateline is further down."""
    return [f"Lede sentence number {i} tells readers what the harbour board decided this week." for i in range(12)] + [
        dateline_line, "The board's full statement followed later in the afternoon."]


def test_text_dateline_set_aside_further_down_is_found():
    lines = _lede_then_dateline("15.12.2021")
    article = make_article(raw="\n".join(lines), language="de",
                           dropped=[DroppedLine(13, "15.12.2021", "dateline")])
    published = date_publication(article)
    assert (published.value, published.evidence) == ("2021-12-15", "dateline: 15.12.2021")


def test_text_dates_set_aside_as_a_list_are_not_the_dateline():
    """'12.11.2021 in Politik' / '11.11.2021 in Politik': other stories' dates, not the page's."""
    lines = [*_lede_then_dateline("12.11.2021 in Politik"), "11.11.2021 in Politik"]
    article = make_article(raw="\n".join(lines), language="de",
                           dropped=[DroppedLine(13, "12.11.2021 in Politik", "dateline"),
                                    DroppedLine(15, "11.11.2021 in Politik", "dateline")])
    assert date_publication(article).value is None


URL_OF_8_MARCH = "https://example.org/news/2021/03/08/harbour-report"


def test_a_date_the_url_contradicts_is_unknown_between_the_two():
    article = make_article(url=URL_OF_8_MARCH, metadata={"published": "2021-03-20T10:00:00Z"})
    published = date_publication(article)
    assert (published.value, published.earliest, published.latest) == (None, "2021-03-08", "2021-03-20")
    assert any("URL and page disagree" in t for t in published.tried)


def test_the_url_and_a_printed_dateline_outvote_a_third_date():
    article = make_article(url=URL_OF_8_MARCH, metadata={"published": "2021-03-20T10:00:00Z"},
                           raw="March 8, 2021\nThe harbour board met on Monday.",
                           dropped=[DroppedLine(1, "March 8, 2021", "dateline")])
    assert date_publication(article).value == "2021-03-08"


def test_a_day_apart_from_the_url_is_one_moment():
    article = make_article(url=URL_OF_8_MARCH, metadata={"published": "2021-03-09T01:00:00+01:00"})
    assert date_publication(article).value == "2021-03-09"


def test_a_text_page_reads_its_ambiguous_dateline_in_the_order_its_other_dates_settle():
    lines = ["12/04/2020 by Kay", "The harbour board met on Monday and agreed the budget.",
             "Reader comment, 23/04/2020: thanks for the report."]
    article = make_article(raw="\n".join(lines), language="en",
                           dropped=[DroppedLine(1, "12/04/2020 by Kay", "dateline")])
    assert date_publication(article).value == "2020-04-12"


def test_a_text_page_post_meta_sentence_dates_it_when_no_dateline_does():
    lines = [f"Lede sentence number {i} tells readers what the harbour board decided this week." for i in range(12)]
    lines.append("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter Arduino eingeordnet.")
    article = make_article(raw="\n".join(lines), language="de",
                           metadata={"page_labelled": lines[-1]})
    assert date_publication(article).value == "2015-12-14"


def _html_page(markup_days: str) -> object:
    return make_article(kind="html", body="The harbour board agreed its budget for the coming year on Thursday evening.",
                        metadata={"published": "2019-09-22T08:00:00Z", "markup_days": markup_days,
                                  "page_head": "Harbour board agrees budget\nJune 28, 2019"},
                        evidence={"published": "HTML metadata (time datePublished, UTC time)"})


def test_markup_whose_days_disagree_among_themselves_yields_to_the_printed_dateline():
    """A list's 'time datePublished' on every teaser is no single source against the page's dateline."""
    assert date_publication(_html_page("2019-09-22 2019-09-20 2019-09-24")).value == "2019-06-28"
    single = date_publication(_html_page("2019-09-22"))  # one markup voice against one dateline: unknown
    assert (single.value, single.earliest, single.latest) == (None, "2019-06-28", "2019-09-22")


def test_readers_replies_do_not_bound_the_page_from_below():
    """A comment thread's dates come after the page: they say nothing of its earliest day."""
    body = ("The company first reported the leak in July 2019, officials said.\n"
            "At 10:02 3rd Sep 2019 , harbourfan wrote : it was reported on 3 September 2019 already.")
    published = date_publication(make_article(body=body))
    assert published.value is None and published.earliest == "2019-07-01"


def test_a_wire_dateline_opening_the_body_dates_the_article():
    """'CITY, Month D, YYYY (Credit) —' opens the lede (AP Stylebook datelines): a long line, yet the
    page's own date; a date inside the lede's prose is not one."""
    article = make_article(body="NORTH HAVEN, Conn., Monday, June 3, 2024 (Harbour Wire) — The port board voted "
                                "on Friday to sell the pier, officials said.\n\nThe sale closes in July.")
    published = date_publication(article)
    assert (published.value, published.precision) == ("2024-06-03", "day")
    assert "(Harbour Wire) —" in published.evidence
    prose = make_article(body="The board met on June 3, 2024 - and voted to sell the pier, officials said.")
    assert date_publication(prose).value is None
    no_year = make_article(body="PARIS, April 8 (Harbour Wire) - The board voted to sell the pier.")
    assert date_publication(no_year).value is None


def test_the_dated_line_under_a_related_stories_label_is_the_teasers():
    """'Lesen Sie auch' / DATE / other headline: the teaser's date, not the page's."""
    lines = ["Erzbischof ehrt Pater Kolbe", "14. August 2022, 15:40",
             "Zum Gedenktag hat der Erzbischof am Sonntag dazu aufgerufen, die Erfahrungen weiterzugeben.",
             "Lesen Sie auch", "14/08/2021", "Kirche erinnert an Pater Kolbe"]
    article = make_article(raw="\n".join(lines), language="de",
                           dropped=[DroppedLine(1, lines[0], "title"), DroppedLine(2, lines[1], "boilerplate"),
                                    DroppedLine(4, lines[3], "related"), DroppedLine(5, lines[4], "dateline")])
    article.title = lines[0]
    assert date_publication(article).value == "2022-08-14"
    without_own = make_article(raw="\n".join(lines[2:]), language="de",
                               dropped=[DroppedLine(2, lines[3], "related"), DroppedLine(3, lines[4], "dateline")])
    assert date_publication(without_own).value is None


def test_a_post_meta_line_naming_the_post_by_its_title_is_a_dateline():
    """WordPress's 'DATE AUTHOR Categories Comments Off on TITLE': the title's words make no sentence."""
    title = "Absentee Ballots Are Slow to Return"
    lines = ["[ October 25, 2020 ] Sunday Talk on the radio", title,
             f"October 26, 2020 AJ Taylor Audio, Local News, Media, News Comments Off on {title}",
             "There has been a tremendous surge in requests for absentee ballots in the area this autumn.",
             "Morning Conversation Podcast", "October 25, 2020 0"]
    article = make_article(raw="\n".join(lines), language="en",
                           dropped=[DroppedLine(1, lines[0], "boilerplate"), DroppedLine(2, title, "title"),
                                    DroppedLine(3, lines[2], "dateline"), DroppedLine(5, lines[4], "boilerplate"),
                                    DroppedLine(6, lines[5], "dateline")])
    article.title = f"{title} – Mix 107.3"
    assert date_publication(article).value == "2020-10-26"


def test_a_date_after_today_is_no_publication_date():
    """A page is fetched before it is read: a later date is a scheduled event's or a template's."""
    from datetime import timedelta

    from storyline.clean.html_meta import iso_day

    next_week = (date.today() + timedelta(days=7)).isoformat()
    assert iso_day(f"{next_week}T10:00:00Z") is None
    assert date_publication(make_article(metadata={"published": f"{next_week}T10:00:00Z"})).value is None
    assert iso_day(date.today().isoformat()) == date.today().isoformat()


def test_the_headlines_block_far_above_the_body_dates_a_text_page():
    """Share buttons and captions between the dateline and the first paragraph push the headline's
    block out of the window; a line that is the article's title, found anywhere above, still anchors it."""
    title = "Singer may play her old songs at the awards after all"
    lines = [f"{title} - Herald News", "Menu", title, "19 November 2019", *[f"Share button {i}" for i in range(12)],
             "Taylor wants to re-record her old hits", "22 August 2019",
             "A row over the singer's old recordings looks like it has been settled, her label said on Tuesday."]
    reasons = {1: "title", 3: "title"}
    article = make_article(raw="\n".join(lines), language="en",
                           dropped=[DroppedLine(i, line, reasons.get(i, "boilerplate"))
                                    for i, line in enumerate(lines[:-1], start=1)])
    article.title = f"{title} - Herald News"
    assert date_publication(article).value == "2019-11-19"
    article.title = "Oct NOV Dec"  # a title too short to anchor a block far from the article
    assert date_publication(article).value == "2019-08-22"


def test_a_teasers_date_under_a_related_label_with_blank_lines_between():
    """A scrape with a blank line between blocks: 'the line under the label' is the next non-blank one."""
    lines = ["Kirche erinnert an Pater Kolbe",
             "Zum Gedenktag hat der Erzbischof am Sonntag dazu aufgerufen, die Erfahrungen weiterzugeben.",
             "Lesen Sie auch", "14/08/2021", "Erzbischof ehrt Pater Kolbe"]
    article = make_article(raw="\n\n".join(lines), language="de",
                           dropped=[DroppedLine(5, lines[2], "related"), DroppedLine(7, lines[3], "dateline")])
    assert date_publication(article).value is None


def test_a_labelled_two_digit_slash_date_reads_in_the_page_s_month_name_order():
    """'Published 3/9/24' on an English page that writes 'March 4' and 'June 1': 9 March 2024."""
    raw = ("Port Calder advisory lifted; review ordered\n\nPublished 3/9/24\n\nBY HENRY OSTROM\n\n"
           "The advisory was lifted on Saturday. The first failed test came on March 4. "
           "The review will be finished by June 1.")
    article = make_article(body="The advisory was lifted on Saturday.", raw=raw, language="en",
                           dropped=dropped("credit", "Published 3/9/24"))
    assert date_publication(article).value == "2024-03-09"


def test_a_wire_dateline_without_a_year_is_said_among_the_evidence_and_dates_nothing():
    body = ("PORT CALDER, March 6 (Coastline Press Agency) - Prosecutors are examining the water authority, "
            "two people familiar with the inquiry said on Wednesday.")
    found = date_publication(make_article(body=body, raw=body))
    assert found.value is None
    assert any("no year: PORT CALDER, March 6 (Coastline Press Agency)" in t for t in found.tried)
    dated = "PORT CALDER, March 6, 2024 (Coastline Press Agency) - Prosecutors are examining the authority."
    assert not any("no year" in t for t in date_publication(make_article(body=dated, raw=dated)).tried)


def test_a_year_less_wire_dateline_takes_the_copyright_year_its_leads_weekday_confirms():
    """6 March 2024 was a Wednesday: the lead's 'on Wednesday' and the footer's 2024 agree. In 2025
    (a footer written the year the page was fetched) 6 March is a Thursday: nothing is dated."""
    body = ("PORT CALDER, March 6 (Coastline Press Agency) - Prosecutors are examining the water authority, "
            "two people familiar with the inquiry said on Wednesday. The authority said on Friday it had not been told.")
    found = date_publication(make_article(body=body, raw=body, dropped=dropped("copyright", "© 2024 Coastline Press")))
    assert (found.value, found.precision) == ("2024-03-06", "day")
    assert "copyright year 2024" in found.evidence and "PORT CALDER, March 6" in found.evidence
    later = date_publication(make_article(body=body, raw=body, dropped=dropped("copyright", "© 2025 Coastline Press")))
    assert (later.value, later.latest) == (None, "2025-12-31")


def test_a_year_less_wire_lead_naming_no_weekday_or_two_dates_nothing():
    for lead in ("prosecutors are examining the water authority.",
                 "prosecutors said on Wednesday they had examined the authority since Tuesday."):
        body = f"PORT CALDER, March 6 (Coastline Press Agency) - {lead[0].upper()}{lead[1:]}"
        found = date_publication(make_article(body=body, raw=body, dropped=dropped("copyright", "© 2024 Coastline Press")))
        assert found.value is None, lead


def test_an_english_scrapes_dotted_dateline_is_read_in_the_order_its_month_names_are_written():
    """A US newsroom's 'Published 11.06.24' above 'voted … on Nov. 5' is 6 November, not 11 June
    (branch probe12; clean.dateline.dotted_month_first)."""
    raw = "\n".join(["County board approves ballpark deal", "Published 11.06.24",
                     "The county board voted 7-4 on Nov. 5 to approve the ballpark deal, the board said."])
    article = make_article(body=raw.split("\n")[-1], raw=raw, language="en",
                           dropped=[DroppedLine(1, raw.split("\n")[0], "title"), DroppedLine(2, "Published 11.06.24", "dateline")])
    article.title = "County board approves ballpark deal"
    assert date_publication(article).value == "2024-11-06"
