"""Citation forms of news written about a story by other outlets: an outlet in apposition, an outlet's
own page, a medium-only slot (branch cites7)."""
from storyline.extract.citations import find_citations


def _cited(text: str, **kwargs) -> list[str]:
    return [c.outlet for c in find_citations(text, **kwargs)]


def test_an_outlet_in_apposition_closed_by_a_comma_reports():
    assert _cited("An Ohio newspaper, the Velana Daily News, reported Tuesday that the plant was fined.") \
        == ["Velana Daily News"]
    assert _cited("The local paper, the Harbour Gazette, first reported the closure.") == ["Harbour Gazette"]


def test_a_word_that_opens_the_clause_is_no_part_of_the_outlet_name():
    assert _cited("As Velana Public Radio reported Wednesday, the trustees will meet Friday.") == ["Velana Public Radio"]
    assert _cited("When Velana Public Radio reported the fire, no one knew.") == ["Velana Public Radio"]


def test_an_op_ed_is_published_by_a_medium_whatever_its_name():
    assert _cited("In an op-ed for the Campus Beacon, the student president called for a pause.") == ["the Campus Beacon"]


def test_a_named_body_citing_sources_in_commas_reports_but_a_person_does_not():
    assert _cited("The Campus Beacon, citing two faculty members, said the vote would come next week.") \
        == ["The Campus Beacon"]
    assert _cited("Ruiz, citing two faculty members, said the vote would come next week.") == []


def test_a_news_agency_credit_cut_from_its_dateline_is_cited():
    assert _cited("ALDER GAP, Colo. (Pacifica Press Agency) — Most residents were allowed home.") \
        == ["Pacifica Press Agency"]


def test_a_closing_line_on_the_writer_names_the_pages_own_outlet():
    body = ('"We wrote it up three times," welder Amos Treadle told Ledger Daily. "Nobody came."\n\n'
            "As KDMR 5 reported Wednesday, three more workers fell ill.\n\n"
            "Rosa Vell is a reporter for Ledger Daily. Contact her at rvell@example.org.")
    assert _cited(body) == ["KDMR 5"]
    assert _cited(body.replace("Rosa Vell is a reporter for Ledger Daily.", "")) == ["Ledger Daily", "KDMR 5"]


class _Time:
    def __init__(self, start: int, value: str) -> None:
        self.start, self.value = start, value


def test_the_time_of_an_opening_adverbial_dates_the_citation_when_none_follows_the_outlet():
    body = "In a report published Monday, the Westbrook Sentinel said the president billed the grant."
    [cite] = find_citations(body, times=[_Time(body.index("Monday"), "2026-04-13")])
    assert cite.time == "2026-04-13"
    other = "The 2019 attack, first reported by the Westbrook Sentinel, was never solved."
    [cite] = find_citations(other, times=[_Time(other.index("2019"), "2019")])
    assert cite.time is None


def test_reporting_by_an_outlet_and_an_interview_broadcast_on_it_cite_it():
    assert _cited("According to reporting by the Velana Herald, the mayor knew.") == ["Velana Herald"]
    assert _cited("In an interview broadcast Sunday on Velana Public Radio, the mayor said he knew.") \
        == ["Velana Public Radio"]


def test_a_names_reporting_that_shows_something_cites_it():
    assert _cited("Harbor Notes' reporting showed that the mayor knew.") == ["Harbor Notes"]
    assert _cited("Smith's report showed that the mayor knew.") == []


def test_a_quote_credited_via_a_reporter_of_an_outlet_cites_it():
    assert _cited('"We lost that game," Heyward said, via Ana Ruiz of the Velana Post-Gazette.') \
        == ["the Velana Post-Gazette"]


def test_an_outlets_journalist_in_the_area_or_its_titled_insider_reports():
    assert _cited("An Associated Press journalist in the area also reported hearing gunfire.") == ["Associated Press"]
    assert _cited("CBS Sports NFL Insider Ana Ruiz has reported that the league will fine him.") == ["CBS Sports"]


def test_an_announcement_on_a_platform_is_a_post_on_it():
    assert _cited("In his initial Instagram announcement of the pregnancy, Ruiz noted there should be no shame.") \
        == ["Instagram"]


def test_france_televisions_regional_channel_is_a_public_broadcaster():
    assert _cited("The fire started on Thursday night, local media France 3 reports.") == ["France 3"]


def test_a_site_named_by_its_lower_case_domain_reports_but_an_email_address_does_not():
    assert _cited("Children were caught imitating the sport, reports iolnews.com.") == ["iolnews.com"]
    assert _cited("He told ana@velana.com that it rained.") == []


def test_an_outlets_possessed_report_that_gives_its_content_cites_it():
    assert _cited("The Velana Post’s report on the killing includes this detail:") == ["The Velana Post"]


def test_a_piece_posted_on_a_blog_called_by_its_name_cites_the_blog():
    assert _cited("The photograph was originally posted on a blog called Harbour Oddities, a collection of sightings.") \
        == ["Harbour Oddities"]
    assert _cited("The notice was posted on Herald Street on Monday.") == []


def test_an_outlet_among_news_outlets_that_report_is_cited_but_not_one_running_a_poll():
    assert _cited("Several news sources, including The Velana Mirror, are suggesting the cheese was to blame.") \
        == ["The Velana Mirror"]
    assert _cited("Polls conducted by news outlets such as the Velana Times showed a lead.") == []


def test_broadcast_and_press_variants_of_the_speech_forms():
    assert _cited("The mayor told CBS affiliate KVEL that the plant was safe.") == ["KVEL"]
    assert _cited("The closure was first reported Monday by the Harbour Gazette.") == ["Harbour Gazette"]
    assert _cited("News of the closure was broken by the Harbour Gazette on Monday.") == ["Harbour Gazette"]
    assert _cited("Ruiz told a reporter from the Harbour Gazette that the plant was unsafe.") == ["Harbour Gazette"]
    assert _cited("The mayor was interviewed on Velana Public Radio.") == ["Velana Public Radio"]
    assert _cited("The Harbour Gazette's report, published Monday, said the plant would close.") == ["The Harbour Gazette"]


def test_posts_put_to_a_platform_written_on_it_or_told_to_followers_there():
    assert _cited("Ruiz later posted a video to TikTok calling the plant unsafe.") == ["TikTok"]
    assert _cited("Take a look at some of the tributes posted to Twitter.") == []
    assert _cited("Posting on X, Ruiz called the plant unsafe.") == ["X"]
    assert _cited("Ruiz told her followers on Instagram that the plant was unsafe.") == ["Instagram"]
    assert _cited("According to a post on Ruiz's Facebook page, the plant was unsafe.") == ["Facebook"]
    assert _cited("Ruiz's post on X, which was later deleted, called the plant unsafe.") == ["X"]


def test_people_posting_on_a_platform_cite_nothing_but_a_named_posts_content_does():
    assert _cited("Every minute, people have been posting more than 1,500 status updates on Facebook.") == []
    assert _cited("Ruiz, writing on Facebook, said the plant was unsafe.") == ["Facebook"]
    assert _cited("Ruiz described in a post on the Facebook corporate blog how the quake spread news.") == ["Facebook"]


def test_a_platform_verb_that_tells_no_content_cites_nothing():
    assert _cited("He tweeted at 19:00.") == []
    assert _cited("Celebrities tweeted and spread the word.") == []
    assert _cited("Ruiz tweeted from the airport that the deal was off.") == ["Twitter"]
    assert _cited('"Meth is serious," Noem tweeted Monday night.') == ["Twitter"]


def test_a_hat_tip_in_capitals_in_parentheses_is_a_credit():
    assert _cited("Every one feeds its children better (H/T U.K. Daily Mail).") == ["U.K. Daily Mail"]


def test_the_hollywood_reporter_is_an_outlet_though_its_last_word_is_a_role():
    assert _cited("The Hollywood Reporter says Ross is set to meet officials on Monday.") == ["The Hollywood Reporter"]


def test_station_before_a_call_sign_makes_the_place_no_outlet():
    """'first reported by Harlow Falls station WHFR 12' cited 'Harlow Falls' (branch probe12); 'station'
    alone is an apposition's noun only before a call sign (a police station has none)."""
    assert _cited("The breach was first reported by Harlow Falls station WHFR 12.") == ["WHFR 12"]
    assert _cited("Ruiz told Denver station KQRT-TV on Monday that she would resign.") == ["KQRT-TV"]


def test_the_main_clause_after_a_fronted_as_clause_gives_no_time_of_the_report():
    """'As the Sentinel first reported, the alert system had failed a test in May': May is the failed
    test's, so the citation has no time and resolves as a first report (branch probe12)."""
    body = "As the Sentinel first reported, the county's alert system had failed a test in May."
    [cite] = find_citations(body, times=[_Time(body.index("May"), "2023-05")])
    assert cite.outlet == "the Sentinel" and cite.time is None
    dated = "As the Sentinel reported on Monday, the alert system failed."
    [cite] = find_citations(dated, times=[_Time(dated.index("Monday"), "2023-08-14")])
    assert cite.time == "2023-08-14"


def test_a_known_outlets_last_word_after_the_is_its_second_reference():
    """'the Compass reported' in a story about The Daily Compass's scoop (AP: a paper's short name on
    second reference; branch probe12); the word alone, with no 'the', is no outlet."""
    known = ("The Daily Compass", "Front Range Watchdog")
    assert _cited("In a story published Tuesday, the Compass reported that the contractor was breached.",
                  known_outlets=known) == ["the Compass"]
    assert _cited("Mayor Ruiz told the Watchdog that the alert failed.", known_outlets=known) == ["the Watchdog"]
    assert _cited("In a story published Tuesday, the Compass reported that the contractor was breached.") == []


def test_an_appositive_before_the_relative_clause_of_first_reporting():
    """'… began with Velana Integrity Monitor, the trade publication that first reported the request':
    the noun phrase in apposition stands between the outlet and its clause (branch probe13); a person or
    a company so described is no outlet."""
    assert _cited("The case draws on a paper trail that began with Velana Integrity Monitor, the trade "
                  "publication that first reported the request in August 2021.",
                  known_outlets=["Velana Integrity Monitor"]) == ["Velana Integrity Monitor"]
    assert _cited("He thanked Ana Ruiz, the neighbour that first reported the fire.") == []
    assert _cited("The board met Calder Mills, the company that first reported the leak.") == []
def test_a_time_word_inside_the_outlet_name_is_not_the_citation_time():
    """'… told Harbor Schools Today in 2022 that …': the time tagger reads the name's 'Today' as the
    article's own day; the citation's time is the one after the name."""
    body = "The facilities director told Harbor Schools Today in 2022 that the work would end by August."
    times = [_Time(body.index("Today"), "2024-08-20"), _Time(body.index("2022"), "2022")]
    [cite] = find_citations(body, times=times, known_outlets=["Harbor Schools Today"])
    assert (cite.outlet, cite.time) == ("Harbor Schools Today", "2022")
