"""Pages of site kinds never seen (branch htmlmeta3): invented markup and wording, end to end through
the cleaning stages."""
from storyline.clean.stages import cleaning_stages
from storyline.model import Article, RawDocument
from storyline.pipeline import run_stages

PARAGRAPHS = [
    "The ferry terminal at Vellin will close for repairs after divers found cracks in two piers, the harbour board "
    "said on Tuesday, adding that crossings would move to the northern quay.",
    "Engineers expect the work to take at least three months, and the board said it would publish a timetable "
    "for the temporary crossings before the end of the week.",
    "Local traders said the closure would hurt the summer season, when most visitors arrive by boat from the "
    "mainland and walk straight into the old town from the terminal.",
]


def page(*, head: str = "", above: str = "", below: str = "", lang: str = "en",
         paragraphs: list[str] | None = None, headline: str = "Ferry terminal to close after piers crack") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs or PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Vellin Herald</title>{head}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>{headline}</h1>{above}{body}{below}</article></main>
<footer><p>Contact us</p></footer></body></html>"""


def clean(html: str, url: str = "https://vellin-herald.example/news/ferry", kind: str = "html") -> Article:
    doc = RawDocument(source=f"page.{'html' if kind == 'html' else 'txt'}", kind=kind, content=html, metadata={"url": url})
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


def test_an_update_printed_beside_the_published_time_does_not_confirm_a_utc_markup_day():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-08T03:45:00Z"}</script>'
    above = "<p>Published Feb. 7, 2024 at 10:45 p.m. EST | Updated Feb. 8, 2024 at 9:02 a.m. EST</p>"
    assert clean(page(head=head, above=above)).published.value == "2024-02-07"


def test_an_update_a_day_after_the_markup_leaves_the_markup_day():
    head = '<meta property="article:published_time" content="2024-03-11T22:15:00+05:30">'
    above = "<p>Written by Rohan Mehta | Pune | Updated: March 12, 2024 10:32 IST</p>"
    assert clean(page(head=head, above=above)).published.value == "2024-03-11"


def test_greek_update_and_publication_labels_on_one_line():
    from storyline.clean.dateline import find_dateline

    line = "Ενημερώθηκε: 13.03.2024 09:00 Δημοσίευση: 12.03.2024 18:45"
    found = find_dateline([(1, line)], ["el"])
    assert found is not None and found.value.isoformat() == "2024-03-12" and not found.updated
