"""Parts of the story page made in Python rather than by the templates (storyline.serve.app:
rug_lines, strip_circles, source_items): the same markup as the template loops they replaced,
values escaped the same way."""
from __future__ import annotations

from types import SimpleNamespace

from storyline.serve.app import rug_lines, source_items, strip_circles, templates_env

# the template loops as they were (same whitespace handling: the app's environment)
RUG = ('      {% for x in ax.rug %}<line class="rug" x1="{{ x }}" x2="{{ x }}" y1="{{ ax.height - 26 }}" '
       'y2="{{ ax.height - 18 }}"></line>{% endfor %}\n')
CIRCLES = ('            {% for x in xs %}<circle class="{{ \'first\' if loop.first else \'later\' }}" cx="{{ x }}" '
           'cy="7" r="{{ 4 if loop.first else 3 }}"></circle>{% endfor %}\n')
SOURCES = """      {% for s in e.sources %}{% set a = view.summaries.get(s.article) %}
        <li><a href="/articles/{{ s.article }}">{{ (a.outlet if a and a.outlet else "an article of unknown outlet") }}\
{% if a and a.published.date %}, {{ a.published.date }}{% endif %}</a>{% set ch = (view.get("changed") or {}).get(s.article) %}\
{% if ch %} <a class="changed" href="/articles/{{ ch.newest }}">(report changed: version {{ ch.version }} of {{ ch.of }})</a>\
{% endif %}{% if not s.text|same_sentence(e.summary) %}: <q>{{ s.text }}</q>{% endif %}</li>
      {% endfor %}
"""


def _render(source: str, **context) -> str:
    return templates_env().from_string(source).render(**context)


def test_rug_and_strip_are_the_template_loops() -> None:
    for xs in ([], [0.0], [42.3, 42.3, 1000.0, 7.5]):
        axis = SimpleNamespace(rug=xs, height=172)
        assert _render("      {% with rug = rug_lines(ax) %}{{ rug }}{% endwith %}\n", ax=axis) == _render(RUG, ax=axis)
        assert str(rug_lines(axis)) == _render(RUG, ax=axis)
        assert str(strip_circles(xs)) == _render(CIRCLES, xs=xs)


def test_source_items_are_the_template_loop() -> None:
    view = {
        "summaries": {
            "a1": {"outlet": "Daily <A> & \"B\"", "published": {"date": "2021-03-04", "precision": "day"}},
            "a2": {"outlet": None, "published": {"date": None, "precision": "unknown"}},
            "a3": {"outlet": "", "published": {"date": "2020", "precision": "year"}},
        },
        "changed": {"a1": {"version": 2, "of": 3, "newest": "a<9>"}},
    }
    entry = {"summary": "The ministry said the wells were safe.", "sources": [
        {"article": "a1", "text": "The Ministry said: the wells were safe!"},            # same words: no sentence
        {"article": "a2", "text": "Officials said <script>alert('x')</script> & more."},
        {"article": "a3", "text": "Another sentence."},
        {"article": "gone", "text": "An article no longer in the story."},
        {"article": "a'\"4", "text": ""},
    ]}
    expected = _render(SOURCES, e=entry, view=view)
    assert str(source_items(entry, view)) == expected
    assert str(source_items(entry, {"summaries": view["summaries"]})) == _render(SOURCES, e=entry,
                                                                                 view={"summaries": view["summaries"]})
    assert "&lt;script&gt;" in expected and "report changed: version 2 of 3" in expected
