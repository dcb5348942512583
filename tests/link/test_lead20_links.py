"""The lead's twentieth invented story (an apartment tower emptied over its garage's columns): a first
report whose time dates what was reported, a time-less citation resolved by what it retells, and a
short closing article the merge pass had left alone. Invented sentences."""
from conftest import make_article
from storyline.link.provenance import citation_links
from storyline.model import PublishedDate, Span


def _named(text: str, name: str, label: str) -> Span:
    at = text.index(name)
    return Span(at, at + len(name), label, "entities", name, {"name": name})


def _citing(body: str, outlet: str, day: str, time: str | None = None, names: tuple[tuple[str, str], ...] = ()) -> object:
    cite = body.split(". ")[0].rstrip(".") + "."
    meta = {"outlet": outlet, **({"time": time} if time else {})}
    spans = [Span(0, len(cite), "CITATION", "citations", cite, meta)]
    spans += [_named(body, n, label) for n, label in names]
    return make_article(body, published=PublishedDate(day, "day"), spans=spans)


def _article(text: str, outlet: str, day: str, names: tuple[tuple[str, str], ...]) -> object:
    return make_article(text, outlet=outlet, published=PublishedDate(day, "day"),
                        spans=[_named(text, n, label) for n, label in names])


def test_a_first_report_whose_time_dates_the_reported_event_resolves_to_the_report_after_it():
    """'The Ferndale Post, which first reported the inspector's 2021 audit, …': the Post has no article
    of 2021; its first report after the audit, within a year, names the inspector."""
    first = _article("Inspector Hana Verloop signed an audit of the pier.", "Ferndale Post", "2022-02-03",
                     (("Hana Verloop", "PERSON"),))
    later = _article("Hana Verloop was charged.", "Ferndale Post", "2023-05-09", (("Hana Verloop", "PERSON"),))
    citing = _citing("The Ferndale Post, which first reported the inspector's 2021 audit, found six more. "
                     "Verloop denied it.", "Ferndale Post", "2023-06-01", "2021", (("Verloop", "PERSON"),))
    assert {x.article_id: x.resolves_to for x in citation_links([later, first, citing])} == {citing.id: first.id}


def test_a_first_report_dated_years_before_the_outlets_articles_stays_unresolved():
    """'… first reported by the Ferndale Post in 2019': the Post's only ingested article is of 2022, more
    than a year after: the 2019 report was never ingested."""
    only = _article("Hana Verloop was charged.", "Ferndale Post", "2022-05-09", (("Hana Verloop", "PERSON"),))
    citing = _citing("The audit was first reported by the Ferndale Post in 2019. Verloop denied it.",
                     "Ferndale Post", "2023-06-01", "2019", (("Verloop", "PERSON"),))
    assert {x.article_id: x.resolves_to for x in citation_links([only, citing])} == {citing.id: None}


_REPORT = ("The county had not tested the well water at Pine Hollow for nearly nine years before the outbreak, "
           "records obtained by the newsroom show.")
_OTHER = "Pine Hollow residents packed a meeting about the outbreak on Monday."


def test_a_time_less_citation_resolves_to_the_one_report_retelling_its_sentence():
    names = (("Pine Hollow", "FAC"),)
    report = _article(_REPORT, "Valley Dispatch", "2022-03-14", names)
    other = _article(_OTHER, "Valley Dispatch", "2022-04-02", names)
    citing = _citing("According to the Valley Dispatch, the county had not tested the water at Pine Hollow for "
                     "nine years before the outbreak. Crews capped the well.", "Valley Dispatch", "2023-09-12",
                     names=names)
    assert {x.article_id: x.resolves_to for x in citation_links([report, other, citing])} == {citing.id: report.id}


def test_a_time_less_citation_retold_by_two_reports_or_sharing_no_actor_stays_unresolved():
    names = (("Pine Hollow", "FAC"),)
    first = _article(_REPORT, "Valley Dispatch", "2022-03-14", names)
    again = _article(_REPORT.replace("nearly", "almost"), "Valley Dispatch", "2022-03-20", names)
    body = ("According to the Valley Dispatch, the county had not tested the water at Pine Hollow for nine years "
            "before the outbreak. Crews capped the well.")
    citing = _citing(body, "Valley Dispatch", "2023-09-12", names=names)
    assert {x.article_id: x.resolves_to for x in citation_links([first, again, citing])} == {citing.id: None}
    stranger = _article(_REPORT.replace("Pine Hollow", "Cold Spring"), "Valley Dispatch", "2022-03-14",
                        (("Cold Spring", "FAC"),))
    assert {x.article_id: x.resolves_to for x in citation_links([stranger, citing])} == {citing.id: None}


def test_a_small_story_is_looked_at_again_once_its_neighbours_have_merged():
    """The merge pass takes the smallest story first: a short article (terms only) scores 0.095 against
    each of two neighbours, under the merge threshold, and 0.12 against the story they then form; from
    that story's side (its lead weighs, the article has none) it scores 0.05. Looked at again once its
    neighbours have merged, it joins them (its story id sorts first: it is looked at before they merge)."""
    import datetime as dt
    import math

    from storyline.link.stories import StoryParams, cluster
    from storyline.link.story_features import ArticleFeatures, Vocabulary

    day, vocabulary = dt.date(2024, 5, 1), Vocabulary()
    side = math.sqrt(1 - 0.25 - 0.09)
    short = ArticleFeatures("brief", {"p": 0.95 / 3, "q": 0.95 / 3, "x": math.sqrt(1 - 2 * (0.95 / 3) ** 2)}, {}, day,
                            None, None, vocabulary)
    one = ArticleFeatures("one", {"s": 0.5, "p": 0.3, "y": side}, {}, day, {"l": 0.1, "m": math.sqrt(0.99)}, None,
                          vocabulary)
    two = ArticleFeatures("two", {"s": 0.5, "q": 0.3, "z": side}, {}, day, {"l": 0.1, "n": math.sqrt(0.99)}, None,
                          vocabulary)
    stories = cluster([short, one, two], StoryParams()).records()
    assert [sorted(r.article_ids) for r in stories] == [["brief", "one", "two"]]


def _ref(agent: str, bodies: frozenset[str] = frozenset()) -> object:
    from storyline.link.claim_ref import ClaimRef

    text = f"{agent} opened an inquiry."
    return ClaimRef("a" + agent, 0, len(text), text, "Outlet", "open", "positive", "asserted", frozenset({"inquiry"}),
                    (), None, agent=agent, theme="an inquiry", bodies=bodies)


def test_the_department_refers_back_to_a_department_of_named_by_its_head_before_of():
    """'the department' in an article naming the Vermont Department of Labor and Industry (head
    'Department', before 'of') is that body; 'state labor regulators' describe it (level: a state's name
    in it; domain: 'labor'); 'federal labor regulators' and 'state tax regulators' do not."""
    from storyline.link.claim_doer import same_doer

    named = frozenset({"vermont department of labor and industry", "granite mills"})
    denial = _ref("the department", named)
    assert same_doer(_ref("State labor regulators"), denial, frozenset())
    assert not same_doer(_ref("Federal labor regulators"), denial, frozenset())
    assert not same_doer(_ref("State tax regulators"), denial, frozenset())
    assert not same_doer(_ref("State labor regulators"), _ref("the department", named | {"labor department of the city"}),
                         frozenset())


REPORT = """Valley Dispatch
County never tested Pine Hollow well before outbreak

By Mara Quint

March 14, 2022

PINE HOLLOW, Ore. — Marlow County had not tested the well water at Pine Hollow Elementary School for nearly \
nine years before the outbreak, records obtained by the Valley Dispatch show.

Superintendent Ada Ferris said the district relied on the county.
"""
ANALYSIS = """Water Systems Quarterly
What Pine Hollow teaches about small wells

By Theo Brandt

September 12, 2023

Small rural schools depend on their own wells. According to the Valley Dispatch, Marlow County had not tested \
the water at Pine Hollow Elementary School for nine years before the outbreak.

Engineers say yearly testing costs little.
"""


def test_a_time_less_citation_resolves_by_what_it_retells_in_an_ingested_store(tmp_path):
    """The store's resolution reads the citing sentence from the citing article's citations and its names
    from its entities (two reads): resolved end to end, eighteen months after the report."""
    from storyline.pipeline import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT)
    (folder / "analysis.txt").write_text(ANALYSIS)
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    by_file = {(a.source or "").rsplit("/", 1)[-1]: a.id for a in store.list_articles(with_raw=False)}
    links = store.list_citation_links()
    assert [(link.article_id, link.resolves_to) for link in links] == [(by_file["analysis.txt"], by_file["report.txt"])]


def _told(article: str, text: str, day: str) -> object:
    import datetime as dt

    from storyline.link.claim_ref import ClaimRef

    return ClaimRef(article, 0, len(text), text, "Outlet " + article, "evacuate", "positive", "asserted",
                    frozenset({"apartment"}), (), None, published=dt.date.fromisoformat(day))


def test_two_totals_of_one_owners_parts_in_one_month_conflict():
    from storyline.link.claim_totals import total_conflict, totals

    wire = _told("a", "Some 300 tenants of the complex's 140 apartments left on Friday.", "2024-02-03")
    station = _told("b", "All 118 apartments in the complex were ordered emptied.", "2024-02-03")
    verdict = total_conflict(wire, station)
    assert verdict is not None and verdict.kind == "figures"
    # the same total told as an attributive compound; a month later; an indefinite count; a bound; a year
    assert total_conflict(wire, _told("c", "Crews emptied the 140-apartment complex.", "2024-02-05")) is None
    assert total_conflict(wire, _told("d", "All 118 apartments in the complex were emptied.", "2024-06-01")) is None
    assert total_conflict(wire, _told("e", "The city emptied 60 apartments at Elm Court.", "2024-02-04")) is None
    assert totals("all nearly 130 apartments in the complex") == {}
    assert totals("the district's 2023 budget and the 10-year plan") == {}
    assert totals("the district's 1,200 teachers") == {("district", "teacher"): 1200.0}


def test_a_citation_dating_its_news_to_last_week_resolves_to_the_outlets_one_report_of_that_week():
    """'According to Plains Wire, the attorney general's office opened an investigation last week.' (its time
    is the event's since the fronted 'According to X,' ends the report): the Wire's one article of that week
    is the report, even when it names none of the citing article's people; two that week, none."""
    import datetime as dt

    body = "According to Plains Wire, the attorney general's office opened an investigation last week."
    at = body.index("last week")
    spans = [Span(0, len(body), "CITATION", "citations", body, {"outlet": "Plains Wire"}),
             Span(at, at + 9, "TIMEX", "times", "last week", {"type": "DATE", "value": "2023-W32"})]
    citing = make_article(body, published=PublishedDate("2023-08-17", "day"), spans=spans)
    report = make_article("Regulators looked at a vendor.", outlet="Plains Wire", published=PublishedDate("2023-08-10", "day"))
    assert {x.article_id: x.resolves_to for x in citation_links([report, citing])} == {citing.id: report.id}
    other = make_article("A fair opened.", outlet="Plains Wire", published=PublishedDate("2023-08-09", "day"))
    assert {x.article_id: x.resolves_to for x in citation_links([report, other, citing])} == {citing.id: None}
    assert dt.date(2023, 8, 7).isocalendar()[1] == 32
