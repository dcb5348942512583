"""Disputes and look-alikes of invented stories in new wordings (branch disputes7): correction markers in
other words, planned days, two announcements of one doer, two days for one announcement."""
from conftest import make_article_with_spans as article
from conftest import make_claim_span as claim
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate, Span


def timex(body, text, value, mod=None):
    start = body.index(text)
    return Span(start, start + len(text), "TIMEX", "times", text, {"value": value, "type": "DATE", "mod": mod or ""})


def _reported_then(next_sentence):
    x = "A billboard on Highway 12 says the agency has had no serious crashes in ten years."
    return article(x + " " + next_sentence,
                   claim(0, x, "have", "negative", "billboard", "agency crash have year", cue="say",
                         asserter_kind="unknown"),
                   claim(len(x) + 1, next_sentence, "involve", "positive", "records", "bus involve crash",
                         cue="show", asserter_kind="unknown"))


def test_correction_markers_in_other_words_reject_the_claim_before_them():
    for marker in ("That is not what state crash records show:", "The claim does not hold up:",
                   "State crash records tell a different story:"):
        [c] = find_contradictions([_reported_then(marker + " two buses were involved in serious crashes in 2021.")])
        assert c.correction, marker
    assert find_contradictions([_reported_then("Two buses were involved in serious crashes in 2021.")]) == []


def _dated(text, predicate, day, published, modality="asserted", theme="new dairy testing rules", asserter="Herald"):
    return article(text, claim(0, text, predicate, "positive", asserter, "announce state dairy testing rule",
                               time=day, agent="The state", theme=theme, modality=modality, asserter_kind="outlet"),
                   timex(text, "Friday", day),
                   published=PublishedDate(published, "day"))


def test_a_planned_day_is_no_account_of_when_it_happened():
    done = _dated("The state announced new dairy testing rules on Friday.", "announce", "2024-09-20", "2024-09-24")
    plan = _dated("The state will announce new dairy testing rules on Friday.", "announce", "2024-09-27",
                  "2024-09-21", modality="will", asserter="Wire")
    assert find_contradictions([done, plan]) == []
    told = _dated("The state announced new dairy testing rules on Friday.", "announce", "2024-09-13", "2024-09-21",
                  asserter="Wire")
    assert [c.kind for c in find_contradictions([done, told])] == ["dates"]


def test_two_announcements_of_other_things_are_two_events():
    rules_ = _dated("The state announced new dairy testing rules on Friday.", "announce", "2024-09-20", "2024-09-24")
    recall = _dated("The state announced a recall on Friday.", "announce", "2024-09-13", "2024-09-21",
                    theme="a recall", asserter="Wire")
    assert find_contradictions([rules_, recall]) == []


def _announced(day_word, day, published, outlet):
    text = f"Quarry Line Transit announced {day_word} that it will suspend its Route 9 express service."
    return article(text, claim(0, text, "announce", "positive", outlet, "announce suspend express route service",
                               time=day, agent="Quarry Line Transit", theme="that it will suspend its express service",
                               asserter_kind="outlet"),
                   timex(text, day_word.replace("on ", ""), day), published=PublishedDate(published, "day"))


def test_two_days_a_day_apart_for_one_announcement_are_two_accounts():
    monday = _announced("on Monday", "2024-04-08", "2024-04-09", "Ledger")
    tuesday = _announced("Tuesday", "2024-04-09", "2024-04-10", "KVT")
    [c] = find_contradictions([monday, tuesday])
    assert c.kind == "dates"
    # at a day's edge a day apart is one time told from two places
    night = _announced("on Monday night", "2024-04-08", "2024-04-09", "Ledger")
    assert find_contradictions([night, tuesday]) == []


def test_an_announced_clause_is_not_denied_by_another_act_on_its_object():
    x = "Quarry Line Transit announced on Monday that it will suspend its Route 9 express service."
    y = "Quarry Line has not restored the express service, Farrow said."
    def pair(predicate):
        return article(x + " " + y,
                       claim(0, x, "announce", "positive", "Ledger", "announce suspend express route service quarry line",
                             agent="Quarry Line Transit", theme="that it will suspend its Route 9 express service",
                             asserter_kind="outlet"),
                       claim(len(x) + 1, y, predicate, "negative", "Gil Farrow", f"{predicate} express service quarry line",
                             agent="Quarry Line", theme="the express service", cue="say", asserter_kind="person"))
    assert find_contradictions([pair("restore")]) == []
    # a denial of the announcing itself still meets it
    assert [c.kind for c in find_contradictions([pair("announce")])] == ["opposite"]


def _hospitalized(number, published, outlet):
    text = f"{number} riders were hospitalized after the crash, {outlet} said."
    return article(text, claim(0, text, "hospitalize", "positive", outlet, "hospitalize rider crash",
                               agent=f"{number} riders", theme="the crash", cue="say", asserter_kind="anonymous"),
                   published=PublishedDate(published, "day"))


def test_two_counts_of_one_thing_for_one_act_and_time_are_two_accounts():
    [c] = find_contradictions([_hospitalized("Four", "2024-04-09", "the fire department"),
                               _hospitalized("Three", "2024-04-10", "a spokesman")])
    assert c.kind == "figures" and "4 rider" in c.explanation and "3 rider" in c.explanation
    # a count that rises in the next day's report is an update
    assert find_contradictions([_hospitalized("Three", "2024-04-09", "the fire department"),
                                _hospitalized("Four", "2024-04-10", "a spokesman")]) == []
    # two sources' undated counts in reports of one day are two accounts of that day (issue 11, claims26:
    # claim_counts.same_day_accounts), unless a sentence tells a running tally
    [same_day] = find_contradictions([_hospitalized("Four", "2024-04-10", "the fire department"),
                                      _hospitalized("Three", "2024-04-10", "a spokesman")])
    assert same_day.kind == "figures"
    # part of a set is no count of it
    assert find_contradictions([_hospitalized("Four", "2024-04-09", "the fire department"),
                                _hospitalized("Three of the", "2024-04-10", "a spokesman")]) == []


def _fined(amount, year, published, outlet):
    text = f"The state fined Pellmont {amount} in {year} for sanitation violations."
    return article(text, claim(0, text, "fine", "positive", outlet, "fine state pellmont sanitation violation",
                               agent="The state", theme=f"{amount} in {year}", time=year, asserter_kind="outlet"),
                   timex(text, year, year), published=PublishedDate(published, "day"))


def test_two_amounts_for_one_closed_period_are_two_accounts_whatever_their_order():
    [c] = find_contradictions([_fined("$1.8 million", "2022", "2024-09-20", "Herald"),
                               _fined("$2.1 million", "2022", "2024-09-23", "News")])
    assert c.kind == "figures"
    assert find_contradictions([_fined("$2.1 million", "2022", "2024-09-20", "Herald"),
                                _fined("$400,000", "2019", "2024-09-23", "News")]) == []


def _insurance(covered_text, predicate="cover"):
    x = "The bus was insured by Corliss Mutual, transit director Mara Quill said."
    body = x + " " + covered_text
    return article(body,
                   claim(0, x, "insure", "positive", "Mara Quill", "bus insure", agent="The bus", cue="say",
                         asserter_kind="person"),
                   claim(len(x) + 1, covered_text, predicate, "negative", "Dev Ostby",
                         f"bus {predicate}", agent="The bus that crashed", theme="any policy",
                         cue="say", asserter_kind="person"))


def test_covered_by_insurance_is_insured():
    [c] = find_contradictions([_insurance("The bus that crashed was not covered by any insurance policy, Ostby said.")])
    assert c.kind == "opposite"
    # 'cover' without a word of insurance is another sense
    assert find_contradictions([_insurance("The bus that crashed was not covered by any tarp, Ostby said.")]) == []


def _said_it_would(time_of="report"):
    text = "Pellmont Dairy said Thursday it would recall 12,000 cartons of chocolate milk."
    return article(text, claim(0, text, "recall", "positive", "Pellmont Dairy", "recall carton chocolate milk",
                               modality="would", cue="say", agent="it", theme="12,000 cartons of chocolate milk",
                               time="2024-09-19", time_of=time_of, asserter_kind="unknown"),
                   timex(text, "Thursday", "2024-09-19"), published=PublishedDate("2024-09-20", "day"))


def _announced_recall():
    text = "Pellmont Dairy announced the recall in a statement released on Wednesday."
    return article(text, claim(0, text, "announce", "positive", "Pellmont Dairy", "announce recall statement release",
                               agent="Pellmont Dairy", theme="the recall in a statement released on Wednesday",
                               time="2024-09-18", asserter_kind="unknown"),
                   timex(text, "Wednesday", "2024-09-18"), published=PublishedDate("2024-09-21", "day"))


def test_said_on_a_day_it_would_act_is_an_announcement_on_that_day():
    [c] = find_contradictions([_said_it_would(), _announced_recall()])
    assert c.kind == "dates" and "2024-09-19" in c.explanation and "2024-09-18" in c.explanation
    # a day that is not the report's says when the act will be, not when it was made known
    assert find_contradictions([_said_it_would(time_of=""), _announced_recall()]) == []
