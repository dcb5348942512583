from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.dateline import (
    dateline_candidates,
    find_dateline,
    find_dates,
    labelled_dateline,
    page_slash_order,
)
from storyline.rules import entries


def values(text: str, languages: tuple[str, ...] = ()) -> list[str]:
    return [d.value.isoformat() for d in find_dates(text, languages)]


def test_named_months_in_many_languages():
    assert values("3. Mai 2024, 17:47", ("de",)) == ["2024-05-03"]
    assert values("Le 28 juin 2019", ("fr",)) == ["2019-06-28"]
    assert values("Miércoles 04 mayo de 2022 | 01:10", ("es",)) == ["2022-05-04"]
    assert values("Published 3rd Nov 2023, 09:25 GMT") == ["2023-11-03"]
    assert values("April 26, 2024 at 11:24 a.m. EDT") == ["2024-04-26"]


def test_iso_cjk_and_hungarian_forms():
    assert values("2025年1月13日 21時37分", ("ja",)) == ["2025-01-13"]
    assert values("2020. 08. 18. 21:35", ("hu",)) == ["2020-08-18"]
    assert values("posted 2021-03-08T10:00") == ["2021-03-08"]


def test_numeric_dates_read_only_when_the_order_is_settled():
    assert values("Do 25.04.24 | 14:07 Uhr", ("de",)) == ["2024-04-25"]   # dotted: day first
    assert values("23/10/2020") == ["2020-10-23"]                          # 23 cannot be a month
    assert values("10/23/2020") == ["2020-10-23"]
    assert values("03/04/2021") == []                                      # March or April: unknown


def test_slash_dates_in_the_order_every_locale_of_the_language_writes():
    # CLDR: fr 'dd/MM/y', pt 'dd/MM/y', id 'dd/MM/yy' in every locale; fil 'M/d/yy'
    assert values("Mis en ligne le 03/04/21 à 9h", ("fr",)) == ["2021-04-03"]
    assert values("Atualizado 03/04/2021", ("pt",)) == ["2021-04-03"]
    assert values("03/04/2021", ("fil",)) == ["2021-03-04"]
    # English (en_US vs en_GB), Spanish (es_US) and German (no slash dates) are not settled
    assert values("03/04/2021", ("en",)) == []
    assert values("03/04/2021", ("es",)) == []
    assert values("03/04/2021", ("de",)) == []
    assert values("03/04/2021", ("fr", "en")) == []                         # two languages disagree


def test_impossible_and_future_dates_are_not_dates():
    assert values("31.02.2020") == []
    assert values(f"1.1.{date.today().year + 2}") == []


def test_dateline_prefers_the_original_over_the_update():
    lines = [(1, "Updated: March 15, 2023 5:27 PM"), (2, "Published March 14, 2023 6:00 AM")]
    found = find_dateline(lines)
    assert found is not None and found.value == date(2023, 3, 14) and not found.updated


def test_times_and_a_second_date_do_not_make_a_dateline_prose():
    line = "By Ana Ruiz / June 12, 2020 9:49 am EST / Updated: Aug. 18, 2020 4:17 pm EST / 12 comments"
    found = find_dateline([(1, line)])
    assert found is not None and found.value == date(2020, 6, 12) and not found.updated


def test_update_date_only_when_no_original_is_given():
    found = find_dateline([(1, "Aktualisiert am 06.11.2023, 10:00 Uhr")], ["de"])
    assert found is not None and found.updated


def test_prose_ranges_and_tickers_are_not_datelines():
    assert find_dateline([(1, "The board met on March 3, 2011, and again a year later.")]) is None
    assert find_dateline([(1, "09 Jan 2014 - 01 Jan 2017")]) is None
    assert find_dateline([(1, "[ 14. Februar 2020 ] Another story's headline")], ["de"]) is None
    bracketed = find_dateline([(1, "[ Montag, 3. Februar 2020 ]")], ["de"])   # a date alone in brackets
    assert bracketed is not None and bracketed.value == date(2020, 2, 3)
    assert find_dateline([(1, "seit 1. Januar 2020")], ["de"]) is None


def test_every_month_table_has_twelve_months():
    for entry in entries("datelines", "months"):
        assert len(entry["names"]) == 12, entry["lang"]


@given(st.dates(min_value=date(1995, 1, 1), max_value=date.today()),
       st.sampled_from(["{d}. {m} {y}", "{m} {d}, {y}", "{d} {m} {y}"]))
def test_written_dates_round_trip_in_german_and_english(day, shape):
    for lang, months in (("de", ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                                 "Oktober", "November", "Dezember"]),
                         ("en", ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"])):
        text = "Published " + shape.format(d=day.day, m=months[day.month - 1], y=day.year)
        assert values(text, (lang,)) == [day.isoformat()], text


def test_wire_and_national_paper_datelines():
    for line in ("Updated 3:42 PM EDT, Mon March 30, 2020", "Published 3:42 PM EDT, March 30, 2020",
                 "Mon 30 Mar 2020 15.42 BST", "March 30, 2020 at 3:42 p.m. EDT", "03/30/2020 3:42 PM",
                 "Mar. 30, 2020, 5:00 AM ET", "Published 30.03.20 um 15:42"):
        found = find_dateline([(1, line)], ["en"])
        assert found is not None and found.value == date(2020, 3, 30), line


def test_labelled_dates_with_the_label_on_the_line_or_alone_above():
    lines = [(1, "Home"), (2, "Erstellt am: 01.11.2023"), (3, "31.10.2023")]
    assert labelled_dateline(lines, ["de"]).value == date(2023, 11, 1)
    assert labelled_dateline([(1, "Datum:"), (2, "03.02.2022")], ["de"]).value == date(2022, 2, 3)
    assert labelled_dateline([(1, "03.02.2022"), (2, "Release: 10.11.2023")], ["de"]) is None


def test_candidates_leave_out_lists_of_dated_stories():
    lines = [(1, "17.11.2021 in Afrika"), (2, "18.11.2021 in Politik"), (3, "19.11.2021")]
    assert [d.value for d in dateline_candidates(lines, ["de"])] == [date(2021, 11, 19)]


def test_a_printed_weekday_settles_a_slash_date_order():
    """'03/04/2021' on an English page is 3 April (a Saturday) or 4 March (a Thursday)."""
    assert values("03/04/2021") == []
    assert values("Thursday, 03/04/2021") == ["2021-03-04"]
    assert values("Saturday 03/04/2021") == ["2021-04-03"]
    assert values("Sonntag, 03/04/2021", ("de",)) == []   # neither reading is a Sunday


def test_a_date_whose_printed_weekday_is_not_its_own_is_no_evidence():
    assert values("Tuesday, 3 March 2024") == []           # 3 March 2024 was a Sunday
    assert values("Sunday, 3 March 2024") == ["2024-03-03"]
    assert values("Die 3. März 2024", ("de",)) == ["2024-03-03"]   # bare 'Die' is an article, not a weekday


def test_a_bare_short_weekday_opening_a_date_label_settles_a_slash_date_order():
    """'Posted: Sat 5/3/25 9:47 PM' (a US TV site's label; 3 May 2025 was a Saturday, 5 March a
    Wednesday): the bare three-letter form names a weekday after a label or separator, not after a
    word ('The Sun 12/04/2024' is a masthead; German 'Die' an article)."""
    assert values("Posted: Sat 5/3/25 9:47 PM") == ["2025-05-03"]
    assert values("Sat 5/3/25") == ["2025-05-03"]
    assert values("News | Wed 5/3/25") == ["2025-03-05"]
    assert values("Published Tue 04/03/25") == ["2025-03-04"]
    assert values("Posted: 5/3/25 9:47 PM") == []
    assert values("The Sun 12/04/2024") == []
    assert values("Posted: sat 5/3/25") == []


def test_the_page_settles_its_slash_date_order():
    """A site writes its dates in one format: '23/10/2020' elsewhere on it reads '12/04/2020' as 12 April."""
    assert page_slash_order("Comments: 23/10/2020, 02/11/2020") == "DMY"
    assert page_slash_order("Posted 10/23/2020") == "MDY"
    assert page_slash_order("23/10/2020 and 10/23/2020") is None      # mixed: no order
    assert page_slash_order("25.10.2020 and 12/04/2020") is None      # dotted dates are day first anyway
    assert [d.value.isoformat() for d in find_dates("12/04/2020", slash_order="DMY")] == ["2020-04-12"]
    assert [d.value.isoformat() for d in find_dates("12/04/2020", slash_order="MDY")] == ["2020-12-04"]
    assert [d.value.isoformat() for d in find_dates("12/04/2020", ("fr",), slash_order="MDY")] == ["2020-04-12"]


def test_a_post_meta_sentence_labels_its_date_with_a_verb_after_it():
    """WordPress's German post meta: 'Dieser Beitrag wurde am DATE … veröffentlicht'."""
    line = "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter Arduino eingeordnet."
    assert labelled_dateline([(1, line)], ["de"]).value == date(2015, 12, 14)


def test_a_post_meta_sentence_may_name_the_post_by_its_headline():
    """A German WordPress theme's post meta names the post by its title: 'TITLE wurde am DATE … gepostet'."""
    line = "Neue Radwege am Hafen wurde am 3. März 2011 um 21:10 Uhr gepostet und unter Stadt abgelegt."
    assert labelled_dateline([(1, line)], ["de"], subjects=("Neue Radwege am Hafen",)).value == date(2011, 3, 3)
    assert labelled_dateline([(1, line)], ["de"]) is None  # without the headline: whose date is it?
    other = "Der Bebauungsplan wurde am 3. März 2011 im Amtsblatt veröffentlicht."
    assert labelled_dateline([(1, other)], ["de"], subjects=("Neue Radwege am Hafen",)) is None


def test_a_study_published_on_a_date_is_an_event_not_the_page_date():
    line = "Die Studie wurde am 3. Mai 2019 in der Fachzeitschrift Nature veröffentlicht."
    assert labelled_dateline([(1, line)], ["de"]) is None


_WEEKDAY_PIECES = ["Monday", "Tuesday, ", "Mon.", "Mon", "Di., ", "Dienstag", "word", " ", "  \n", ",", ".",
                   "x" * 70, "Wednesday" * 8, "3 March 2020 "]


@given(st.lists(st.sampled_from(_WEEKDAY_PIECES), max_size=12), st.sampled_from([(), ("de",), ("en", "de")]))
def test_printed_weekday_reads_only_the_end_as_the_whole_text_did(pieces: list[str], languages) -> None:
    """The weekday before a date is read from the text's last 64 characters: the same answer as the
    `$`-anchored search over all of it (which was quadratic in a page of many dates)."""
    import re

    from storyline.clean.weekdays import SHORT_WEEKDAY, printed_weekday, weekday_names

    before = "".join(pieces)
    m = re.search(r"(\w+)(\.?,?)\s*$", before)
    # a bare 'Mon' opening the text (or after a comma) is a weekday label ('Posted: Sat 5/3/25')
    labelled = m is not None and m.group(1) == "Mon" and before[:m.start()].rstrip()[-1:] in ("", ",")
    whole = (None if m is None or (len(m.group(1)) <= SHORT_WEEKDAY and not m.group(2) and not labelled)
             else weekday_names(languages).get(m.group(1).casefold()))
    assert printed_weekday(before, languages) == whole


def test_a_reply_header_date_is_a_readers_not_the_pages():
    """'On DATE, NAME wrote:' (mail clients' reply line, forum quote headers) dates a reply."""
    lines = [(1, "At 16:20 4th May 2012 , harbourfan wrote : the ferry was late again"),
             (2, "Am 5. Mai 2012 um 09:12 schrieb Kay:"), (3, "3 May 2012")]
    assert find_dateline(lines, ["en", "de"]).value == date(2012, 5, 3)
    assert find_dateline([(1, "3 May 2012, 10:15 by Kay")], ["en"]).value == date(2012, 5, 3)


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31)),
       st.sampled_from(["WASHINGTON", "HEMPSTEAD, N.Y.", "Port Louis", "SAO PAULO, Brazil"]),
       st.sampled_from(["", " (Reuters)", " (AP)", " ( Harbour Wire )"]), st.sampled_from(["-", "—", "--", ":"]))
def test_a_lead_dateline_gives_its_date_whatever_its_place_and_credit(day, place, credit, dash):
    from storyline.clean.dateline import lead_dateline

    text = f"{place}, {day:%B} {day.day}, {day.year}{credit} {dash} The board voted to sell the pier on Friday."
    found = lead_dateline([(1, text)])
    assert found is not None and found.value == day and found.line.endswith(dash)


def test_a_dotted_date_is_month_first_when_its_values_or_a_us_time_zone_say_so():
    """Dotted dates stay day first ('14.08.23', 'am 3.5.2025'), but a US site writing them month
    first ('Published 08.14.23', the Daily Beast's '3.5.25 11:30 AM ET') was read as no date or as
    3 May (branch probe12: an invented online newsroom's scrape)."""
    assert values("Published 08.14.23 | Updated 08.15.23") == ["2023-08-14", "2023-08-15"]
    assert values("3.5.25 · 11:30 AM ET") == ["2025-03-05"]
    assert values("am 3.5.2025 um 11:30") == ["2025-05-03"]
    assert values("14.08.23") == ["2023-08-14"]


def test_a_us_time_zone_after_a_slash_date_puts_the_month_first():
    """'06/03/24 10:32 AM EDT' is a US page's date, written month first (CLDR en-US 'M/d/yy');
    without a zone the order stays unsettled and no date is read; a European zone puts the day first
    (every CET country's CLDR locale writes 'd/M': branch probe9)."""
    assert values("06/03/24 10:32 AM EDT") == ["2024-06-03"]
    assert values("Posted 06/03/2024 at 4:12 PM PT") == ["2024-06-03"]
    assert values("06/03/2024 16:12 CET") == ["2024-03-06"]
    assert values("05/03/2024 - 18:47 CET", ("es",)) == ["2024-03-05"]
    assert values("06/03/2024 16:12") == []
    assert values("06/03/24 Est. reading time 3 min") == []
    assert values("13/03/2024 10:32 AM EDT") == ["2024-03-13"]   # the values settle it first


def test_a_run_of_dated_lines_is_a_list_not_the_pages_dateline():
    """Signatures or comments one under another ('1,199 NAME Feb 16, 2013'): their shapes differ by
    the names, but three dated lines in a row are a list; a 'Published' / 'Updated' pair is not."""
    signatures = [(10, "Ferry terminal to close"), (11, "1,199 Ana Ruiz Feb 16, 2013"),
                  (12, "1,198 Tom Berg Feb 16, 2013"), (13, "1,197 Eva Lind Feb 15, 2013"),
                  (14, "August 2, 2012")]
    assert [d.value for d in dateline_candidates(signatures)] == [date(2012, 8, 2)]
    pair = [(1, "Published March 14, 2023"), (2, "Updated March 15, 2023"), (3, "Ana Ruiz")]
    assert len(dateline_candidates(pair)) == 2


def test_a_source_line_is_no_dateline():
    """'Source: NAME, DATE' cites a document: its date is the document's, in any listed language."""
    lines = [(1, "Source: Harbour Ministry, October 25, 2019"), (2, "Quelle: Hafenamt, 25.10.2019"), (3, "November 18, 2019")]
    assert [d.value for d in dateline_candidates(lines, ["de"])] == [date(2019, 11, 18)]


def test_a_post_named_with_vom_is_dated_but_vom_alone_opens_a_span():
    # German 'Artikel vom DATE' is the post's own day; 'vom' alone is a relative marker ('vom 1. bis 3. März')
    assert find_dateline([(1, "Artikel vom 31.10.23")], ["de"]).value == date(2023, 10, 31)
    assert find_dateline([(1, "Beitrag vom 3. März 2021")], ["de"]).value == date(2021, 3, 3)
    assert find_dateline([(1, "Angebot vom 31.10.2023")], ["de"]) is None


def test_an_english_page_s_month_name_dates_settle_its_slash_order():
    """en-US writes 'March 4' and 'M/d/yy', en-GB '4 March' and 'dd/MM/y' (CLDR): two agreeing
    month-name dates of the page's own prose ('on March 4') read an otherwise ambiguous 'Published 3/9/24'."""
    from storyline.clean.slash_order import named_slash_order

    assert named_slash_order("Published 3/9/24\nIt failed on March 4 and on Feb. 29.") == "MDY"
    assert named_slash_order("Published 3/9/24\nIt failed on 4 March and on the 29th of February.") == "DMY"
    assert named_slash_order("It failed on March 4.") is None            # one date may be quoted
    assert named_slash_order("On March 4 and on 9 March.") is None       # mixed: no order
    assert named_slash_order("They may 4 times ask.") is None           # 'may' the verb is no month
    # an event's name and an embedded post's stamp are another locale's form, not the page's
    assert named_slash_order("after the October 7 attacks\n— Ann Lee (@annlee) November 2, 2023") is None


def test_a_date_in_arabic_indic_or_devanagari_digits():
    from datetime import date

    from storyline.clean.dateline import find_dates

    found = find_dates("الثلاثاء ٥ مارس ٢٠٢٤", ["ar"])
    assert [d.value for d in found] == [date(2024, 3, 5)] and found[0].start == 9
    assert [d.value for d in find_dates("५ मार्च २०२४", ["hi"])] == [date(2024, 3, 5)]


def test_a_year_glued_to_the_time_or_date_copy_after_it():
    """A scrape joins inline elements: 'March 5, 20244:12 PM ET', 'Published On 5 Mar 20245 Mar 2024'."""
    from datetime import date

    from storyline.clean.dateline import find_dates

    for text in ("March 5, 20244:12 PM ET", "Published On 5 Mar 20245 Mar 2024", "03/05/2024March 5, 2024"):
        assert [d.value for d in find_dates(text, ["en"])] == [date(2024, 3, 5)], text
    assert find_dates("March 5, 201912", ["en"]) == []  # no time, no date after it: no year


def test_an_english_pages_ambiguous_dotted_date_is_month_first_when_it_writes_month_names_first():
    """'Published 11.06.24' on a page writing 'on Nov. 5' is 6 November (branch probe12: an invented
    US newsroom's scrape was dated 11 June); with no month-name date, or a day-first one, it stays
    day first, and a date whose day is above 12 or equals its month is left as read."""
    from datetime import date

    from storyline.clean.slash_order import dotted_month_first

    page = "Published 11.06.24\\nThe board voted 7-4 on Nov. 5 to approve the deal."
    assert dotted_month_first("Published 11.06.24", date(2024, 6, 11), page) == date(2024, 11, 6)
    assert dotted_month_first("Published 11.06.24", date(2024, 6, 11), "Published 11.06.24") == date(2024, 6, 11)
    british = page + " It meets again on 5 December."
    assert dotted_month_first("Published 11.06.24", date(2024, 6, 11), british) == date(2024, 6, 11)
    assert dotted_month_first("Published 14.06.24", date(2024, 6, 14), page) == date(2024, 6, 14)


def test_an_update_label_with_a_time_before_its_date_marks_the_update():
    """'Updated: 11:42 AM EST March 4, 2025 | Published: 5:00 AM EST March 3, 2025': the time and zone
    between the label and the date hid the label, and the update's day was taken (branch probe12)."""
    from storyline.clean.dateline import find_dateline

    line = "Updated: 11:42 AM EST March 4, 2025 | Published: 5:00 AM EST March 3, 2025"
    assert str(find_dateline([(1, line)], ["en"]).value) == "2025-03-03"
    usa = "Published 5:00 a.m. ET March 3, 2025 | Updated 11:42 a.m. ET March 4, 2025"
    assert str(find_dateline([(1, usa)], ["en"]).value) == "2025-03-03"
