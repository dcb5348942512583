"""scripts/date_evidence_table.py names each answer's evidence kind from clean.pubdate's evidence text:
the wordings must stay in step, or the table silently lumps kinds together."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "date_evidence_table.py"


def _module():
    spec = importlib.util.spec_from_file_location("date_evidence_table", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["date_evidence_table"] = module
    spec.loader.exec_module(module)
    return module


def test_evidence_texts_map_to_their_kinds():
    kind = _module().evidence_kind
    assert kind("HTML metadata (meta article:published_time, UTC time): 2024-11-26") == "markup, UTC time"
    assert kind("HTML metadata (json-ld datePublished): 2019-11-18") == "markup, json-ld"
    assert kind("HTML metadata (htmldate original): 2016-03-09") == "htmldate guess alone"
    assert kind("HTML metadata (htmldate original): 2019-11-19; a dateline near the article prints the same day") \
        == "htmldate guess + printed"
    assert kind("dateline: November 8, 2023, 11:15 PM (markup said 2023-11-09)") == "dateline over markup"
    assert kind("update dateline (no original date given): Aktualisiert 3. Mai 2024") == "update dateline"
    assert kind("dateline: 22.11.2022") == "dateline"
    assert kind("labelled date on the page: Erstellt am: 01.11.2023") == "labelled date"


def test_the_rules_of_the_study_say_what_they_cost():
    module = _module()
    rows = [{"kind": "htmldate guess alone", "agree": [], "conflict": [], "outcome": "wrong"},
            {"kind": "htmldate guess alone", "agree": [], "conflict": [], "outcome": "right"},
            {"kind": "dateline", "agree": ["printed", "url"], "conflict": [], "outcome": "right"}]
    first = dict(module.POLICIES)["htmldate's guess alone"]
    assert [first(r) for r in rows] == [True, True, False]


def _row(site, kind, outcome, witness="n/a"):
    return {"set": "dates-dev html", "site": site, "en": False, "kind": kind, "agree": [] if "alone" in kind else
            ["printed", "markup"], "conflict": [], "near": [], "witness": witness, "outcome": outcome}


def test_a_policy_is_credited_only_with_what_it_saves_on_sites_left_out(capsys):
    module = _module()
    # every site has one wrong htmldate guess: the rule learned on four folds saves the fifth's
    found = [_row(f"s{i}.example", "htmldate guess alone", "wrong") for i in range(10)]
    found += [_row(f"s{i}.example", "dateline", "right") for i in range(10) for _ in range(5)]
    module.site_folds(found)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 3 |")]
    assert lines and "10 of 10 | 0 |" in lines[0]
    # the wrong answers sit on one site only: what fits it saves nothing on the other folds
    found = [_row("one.example", "htmldate guess alone", "wrong") for _ in range(3)]
    found += [_row(f"s{i}.example", "htmldate guess alone", "right") for i in range(10)]
    found += [_row(f"s{i}.example", "dateline", "right") for i in range(10) for _ in range(5)]
    module.site_folds(found)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 3 |")]
    assert lines and "| 0 of 3 |" in lines[0]


def test_htmldate_read_on_its_own_is_a_witness_of_the_day():
    witness = _module().witness
    page = ('<html><head><meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
            "</head><body><p>An invented page.</p></body></html>")
    assert witness(page, "https://news.example/a", "2024-03-05") == "same"
    assert witness(page, "https://news.example/a", "2024-03-06") == "one off"
    assert witness(page, "https://news.example/a", "2024-04-05") == "far"
    assert witness(None, None, "2024-03-05") == "n/a"


def test_site_intervals_draw_sites_not_pages():
    module = _module()
    # one site of ten holds every wrong answer: a tenth of the sites drawn again may hold none or several
    found = [_row("bad.example", "dateline", "wrong") for _ in range(10)]
    found += [_row(f"s{i}.example", "dateline", "right") for i in range(9) for _ in range(10)]
    low, high = module.site_intervals(found)["dates-dev html"]["wrong"]
    assert low == 0.0 and high > 20.0


def test_the_dateline_step_names_where_clean_pubdate_found_the_date():
    """dateline_step follows clean.pubdate._dateline's order (it had fallen out of step with its helpers)."""
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article
    from storyline.pipeline import run_stages

    body = ("The ferry terminal at Vellin will close for repairs after divers found cracks in two piers, the "
            "harbour board said on Tuesday.\n\nEngineers expect the work to take at least three months, the "
            "board said, and crossings will move to the northern quay.\n")
    raw = f"Ferry terminal to close | Vellin Herald\n\nFerry terminal to close\n\nMarch 12, 2024\n\n{body}"
    article = run_stages(Article(id="a", source="a.txt", kind="text", raw=raw), cleaning_stages()).article
    assert article is not None and article.published.value == "2024-03-12"
    assert _module().dateline_step(article) == "headline block"
