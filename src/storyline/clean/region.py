"""Find the article inside a page of lines: a prose score per line, then the best region.

jusText classifies paragraphs one by one and smooths with neighbours; on full-page text
(html-text output, no link markup left) that confuses prose-like furniture (a publisher's
"about us" sentence, cookie notices) with the article. A news body is one contiguous run of
prose, so here each unlabelled line gets a score (positive for prose, negative for menu-like
lines, a penalty for rule-matched boilerplate) and the maximum-sum contiguous run is the body;
lines outside it are dropped as `boilerplate`.

After the run is chosen, quoted sentences right after its end join it and lists of other stories'
headlines inside it are named `related` (branch clean11, docs/cleaning.md "Eighth pass"); a long
sentence right above its start joins it; embedded posts score as short prose, bare links as 0, and a
photo credit printed as a copyright line between article lines as in-body furniture (branch
clean12, "Ninth pass").

Two positions bound that run (the article's place on the page, not its wording): it starts no
earlier than the page's own copy of the headline, and it ends at a comment-section heading (or
the first stamp of a thread of dated entries) once article prose stands before it. Inside the
run, a gap of furniture costs at most `_MAX_GAP_COST`, and the items of a list an article line
introduces with a colon score as short prose (both chosen on the silver dates-dev dev half,
benchmarks/cleaning_silver.py), as do a sub-heading under an article line and the list under it when
the article resumes after the list (branch clean33, docs/cleaning.md "Eleventh pass"). One-sentence lines
ending in a full stop score at least as short prose, and a block of in-body furniture costs one penalty, on
the scores the run is chosen on (storyline.clean.sentence_floor; branch clean35, "Twelfth pass"). Sub-headings
between two article lines score 0 and marked lists (bullets, items numbered on) between article prose as short
prose, and Chinese and Japanese prose scores by its words (storyline.clean.sections; branch clean37, "Thirteenth
pass").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.lines import Line, LineShape, is_headline_shaped, line_features
from storyline.clean.sections import lift_sections
from storyline.clean.sentence_floor import floor_sentences, share_module_penalty, weigh_unspaced_prose
from storyline.rules import pattern, words

# Penalty a rule-matched line adds inside a candidate region. Section-ending furniture (comment
# forms, "Related"/"Up Next" blocks, copyright) costs more so the region stops there; in-body
# furniture (ads, captions) costs little so an "Advertisement" between two paragraphs does not
# split the article (chosen on extraction-dev; the held-out half scores within 0.03 of the dev half).
_PENALTY = {"comments": 6.0, "related": 1.5, "copyright": 6.0, "social": 2.0, "promo": 2.0,
            "navigation": 1.0, "repeated": 0.6, "title": 0.5, "byline": 0.3, "dateline": 0.3}
_DEFAULT_PENALTY = 0.3
_MAX_DENSITY = 0.2
# Prose score (about 300 characters of sentences) the run must hold before a comment-section
# heading ends it: a comment count in the page header, above the article, must not.
_PROSE_BEFORE_COMMENTS = 3.0
# A headline copy needs this many words: shorter title parts are site names ("Fox Business").
_HEADLINE_WORDS = 4
# Reasons that end the article once prose stands above them (a comment-section heading; so does
# the first stamp of a thread of dated entries, `Line.entry`, storyline.clean.text).
_SECTION_ENDS = frozenset({"comments"})
# What a gap of furniture between two runs of prose costs at most (about two short paragraphs),
# unless it holds a section end or a copyright line. Silver dates-dev dev half: caps 6 to 10 give
# the same F1 (+0.003), 4 and below let trailing consent and teaser prose in; extraction-dev dev
# half unchanged from 6 up.
_MAX_GAP_COST = 8.0
_HARD_STOPS = _SECTION_ENDS | {"copyright"}
# List items after an article line ending in a colon (at most this many) score as short prose.
_MAX_ITEMS = 15
_ITEM_SCORE = 0.2
# A sub-heading of at most this many words right under an article line, then at least _HEADED_ITEMS
# list items, then the article again (two lines holding a 100-character sentence's score): a recipe's
# 'Ingredients' and its quantities, a guide's 'What to pack' and its items. Without a colon the list had
# no lead-in, its items scored as menu lines and the run kept only one side of it (branch clean33's
# invented blog and recipe pages in de, it, pl, en: everything from the heading on, or above it, was
# lost). Not a sub-heading: a line with a digit or opening lower-case (a byline's date line under a
# standfirst, 'india Updated: DATE'), and not the article's list when half its items read as other
# stories' headlines ('Most read in News' + three headlines; silver dates-dev dev: 5 pages took such
# blocks in before these two guards).
_SUBHEADING_WORDS = 6
_HEADED_ITEMS = 3
# What the line after a list must score for the article to resume there: a sentence of 100+
# characters (0.5, any 50-character sentence, took a whole page to a list above its article on
# the silver dates-dev dev half: one page F1 1.0 -> 0.0).
_RESUMED_PROSE = 1.0
# A long sentence (15+ words, a sentence end) needs only this share of the page's density bar, on
# pages whose bar is the full _MAX_DENSITY: names, titles and numbers lower the function-word share
# of attribution sentences ('Consumer group NAME said the recall showed ...'), which then scored as a
# short line (0.2), lost to a caption's penalty above them and ended the article there (branch
# probe13's invented scrapes). A bar already lowered by the page's own sparse prose is not lowered
# again: on the silver dates-dev dev half a consent dialog's English cookie table on a German page
# then won the region (one page F1 1.0 -> 0.47). Extraction-dev and silver dev: no page changes.
_LONG_WORDS = 15
_LONG_SHARE = 0.75
# Quoted sentences ('"That's correct," NAME said.') right after the run's last line continue the
# article (news stories often close on a one-line quote paragraph); short and sparse in function
# words, they scored as menu lines and were cut off. At most this many, of 3+ words each.
# Extraction-dev dev: one page up; any short sentence there (not only quotes) lost 7 silver pages.
_CLOSING_QUOTES = 2
# Sentences full of names right after the run continue it too ('Railcats president Gerald Whitlock Jr. told
# KBRM 8 that construction could start next spring.': names are no function words), with the prose lines
# they cut off; only after the run — at its top such a line is often a headline sentence (ECB+ dev: 8
# documents' opening lines, BCubed F1 0.967 → 0.962 when the prose score itself took names into account,
# lead19: two closing sentences of a station's story cut off). At most this many lines.
_CLOSING_NAMED = 3
_QUOTE_WORDS = 3
_OPENING_QUOTES = "\"“‘'«„"
# A run of this many headline-shaped lines inside the body (no sentence end, 4+ words, capitalised,
# few digits, each scoring as a menu line) is a list of links to other stories ('Trending News' /
# four headlines), not the article's: the run had to take them to reach the paragraphs after them.
# Extraction-dev and silver dev halves: 10 pages up, one silver page down (its silver keeps such
# a teaser list). Without the capital and digit conditions it took recipe ingredients ('2 tsp …')
# and a stock table (two extraction-dev pages down); runs of 2 took sub-headings.
_LINK_LIST = 3
_LINK_DIGITS = 0.1
# A bare link alone on its line (an audio or video player's source, a reference) is neither prose
# nor a menu: it scores 0, so that it neither ends the article between two paragraphs (silver dev:
# a radio site's '.wav' link cut the closing paragraph off, one page up) nor joins it at an edge.
# Gold bodies keep such links inside articles (extraction-dev dev: reference lists on two pages).
_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A long sentence (this many words, a sentence end) right above the run's first line, below the
# headline copy, opens the article even when it scores as a menu line: a lead that names many people,
# places or outlets falls under the page's function-word bar, most on pages whose bar is already low
# (extraction-dev dev: a Korean column's lead, +0.047 on that page; no silver dev page changes, as
# long sentences above the run elsewhere already score as prose). The same rule at the run's end
# took a trailing sentence into one silver dev page (-0.18) and is not used.
_OPENING_WORDS = 20
# A copyright line of a photo credit's form (rules/boilerplate_context.toml [copyright_credit]) with
# an article line among the _CREDIT_REACH lines above it and article prose below it (prose scores
# summing to _CREDIT_AFTER: a paragraph of 200+ characters, or two) is a credit under an image, not
# the footer: it costs the in-body penalty and does not end the article (as a copyright line it was a
# hard stop, and every paragraph after the photo was lost: dev halves, silver 2 pages up, 1 down by
# 0.02, a caption above a credit). The footer's notice of the same form is followed by one sentence
# about the publisher at most. The reason stays `copyright`: the outlet reader reads the holder of the
# footer's notices of this form (renamed `credit`, they cost dates-dev dev 5 outlets), and tells
# picture credits by their place.
_CREDIT_REACH = 3
_CREDIT_AFTER = 2.0
# An embedded post ('— NAME (@handle) DATE' under its text, rules/boilerplate_context.toml
# [embed_signature]) quoted by the article is the article's: the Zyte gold and the silver HTML bodies
# keep it (12 of 15 signatures on the dev halves, 11 sites). Its lines are short, in another
# language or all hashtags and links, and scored as menu lines: the body lost the post, and the
# paragraphs after it when it stood near the end. The signature and at most this many lines above
# it (up to the article line before it) score as short prose.
_EMBED_LINES = 8


def prose_score(shape: LineShape, min_density: float = 0.2) -> float:
    """Positive for sentence-like lines, negative for menu-like ones.

    Thresholds chosen on extraction-dev (html-text lines labelled by overlap with the gold body):
    body lines there have >= 8 words and >= 20 % function words, menus and related-story lists
    have few function words and no sentence end.
    """
    if shape.words >= 8 and shape.stop_density >= min_density and (shape.terminal or shape.words >= 20):
        return min(shape.chars, 600) / 100.0
    if (shape.words >= _LONG_WORDS and shape.terminal and min_density >= _MAX_DENSITY
            and shape.stop_density >= _LONG_SHARE * min_density):
        return min(shape.chars, 600) / 100.0
    if shape.terminal and shape.words >= 4 and shape.stop_density >= 0.75 * min_density:
        return 0.2
    if shape.words <= 2:
        return -0.3
    return -0.5 - 0.01 * min(shape.chars, 100)


@dataclass(slots=True, frozen=True)
class Region:
    """What the region chose from: each line's score, the headline copy's index, the density bar
    (the learned line model, storyline.clean.line_model, reads them as features)."""

    scores: list[float]
    head: int | None
    density: float
    #: the article may stand only in lines[top:bottom]: below the headline copy, above the
    #: comment section (or the first stamp of a thread of dated entries)
    top: int = 0
    bottom: int = 0


def select_body(lines: list[Line]) -> Region:
    """Mark every unlabelled line outside the best-scoring contiguous region as boilerplate."""
    density = _min_density(lines)
    _mark_inline_credits(lines, density)
    scores = [_score(ln, density) for ln in lines]
    _lift_list_items(lines, scores, density)
    _lift_embeds(lines, scores)
    model_scores = list(scores)  # the learned line model's feature, as it was trained (without the floor)
    floor_sentences(lines, scores, _ITEM_SCORE, skip=_BARE_URL, sparse=density < _MAX_DENSITY)
    weigh_unspaced_prose(lines, scores, 6.0)
    lift_sections(lines, scores, _ITEM_SCORE)
    share_module_penalty(lines, scores, _DEFAULT_PENALTY)
    _cap_gaps(lines, scores)
    _cap_gaps(lines, model_scores)
    head = _headline_copy(lines)
    start, end, cut = _bounded_run(lines, scores, head)
    end = _after_closing_quotes(lines, start, end, len(lines) if cut is None else cut)
    end = _after_named_sentences(lines, scores, start, end, len(lines) if cut is None else cut)
    end = _after_credit_line(lines, start, end, len(lines) if cut is None else cut)
    start = _after_opening_sentence(lines, start, end, 0 if head is None else head + 1)
    start = _before_spoken_sentences(lines, start, end, 0 if head is None else head + 1)
    for i, ln in enumerate(lines):
        if ln.reason is None and not start <= i < end:
            ln.reason = "boilerplate"
    _mark_link_lists(lines, model_scores, start, end)
    return Region(model_scores, head, density, 0 if head is None else head + 1, len(lines) if cut is None else cut)


def _after_opening_sentence(lines: list[Line], start: int, end: int, top: int) -> int:
    """The run's start moved up over one long sentence right above it (see _OPENING_WORDS)."""
    if top < start < end:
        ln = lines[start - 1]
        if ln.reason is None and not ln.entry and ln.shape.words >= _OPENING_WORDS and ln.shape.terminal:
            return start - 1
    return start


def _before_spoken_sentences(lines: list[Line], start: int, end: int, top: int) -> int:
    """The run's start moved up over the quoted and spoken sentences right above it, below the headline
    (at most _CLOSING_NAMED): a short story's opening lines ('The firm has never been fined, its
    spokeswoman said on Tuesday.' / '"Our record is clean," said NAME.') are names and figures with few
    function words, scored as menu lines, as the run's end already takes them in (lead48)."""
    added = 0
    while top < start < end and added < _CLOSING_NAMED and (_quoted_sentence(lines[start - 1])
                                                          or _named_sentence(lines[start - 1])):
        start -= 1
        added += 1
    return start


def _after_closing_quotes(lines: list[Line], start: int, end: int, stop: int) -> int:
    """The run's end moved past the quoted sentences right after it (at most _CLOSING_QUOTES,
    above the comment section)."""
    added = 0
    while start < end < stop and added < _CLOSING_QUOTES and _quoted_sentence(lines[end]):
        end += 1
        added += 1
    return end


def _after_named_sentences(lines: list[Line], scores: list[float], start: int, end: int, stop: int) -> int:
    """The run's end moved past the sentences full of names right after it ('Railcats president Gerald
    Whitlock Jr. told KBRM 8 that …': few function words, as names are none, so scored as a menu line)
    and the prose lines they held off (at most _CLOSING_NAMED lines, above the comment section)."""
    # a run that already ends in such a sentence scored as a menu line (taken in by _after_closing_quotes:
    # '"We accept the decision," Asif Malik said.') held off the prose after it too (lead37)
    added, named = 0, start < end and scores[end - 1] <= 0 and _named_sentence(lines[end - 1])
    while start < end < stop and added < _CLOSING_NAMED:
        ln = lines[end]
        if end + 1 < stop and _named_sentence(_wrapped(ln, lines[end + 1])):
            named, end, added = True, end + 2, added + 1  # one sentence the scrape wrapped over two lines
            continue
        if _named_sentence(ln):
            named = True
        elif not (named and ln.reason is None and not ln.entry and scores[end] > 0):
            break
        end += 1
        added += 1
    return end


def _wrapped(ln: Line, after: Line) -> Line:
    """The two lines as one when the first breaks off mid-sentence and the second goes on in lower case ('The
    LCCI urged the Central Bank of Nigeria (CBN) to extend' / 'deadlines for tax and loan payments due this
    week.': a scrape's hard wrap, which text._rejoin mends in the body), else the first line alone: a sentence
    full of names at the story's end is read whole (branch probe28)."""
    s, t = ln.shape, after.shape
    if ln.reason is not None or after.reason is not None or ln.entry or after.entry or s.terminal \
            or s.starts_lower or not t.starts_lower or not t.terminal:
        return ln
    text = f"{ln.text.strip()} {after.text.strip()}"
    return Line(ln.no, text, line_features(text))


def _after_credit_line(lines: list[Line], start: int, end: int, stop: int) -> int:
    """The run's end moved past a wire's credit line right after it ('With files from The Canadian
    Press', 'X contributed to this report.'; rules/boilerplate_context.toml [wire_credit_line]): the
    story's last line, which the citation stage reads; scored as a menu line, it was cut off."""
    credit = pattern("boilerplate_context", "wire_credit_line")
    if start < end < stop and lines[end].reason is None and not lines[end].entry and credit.match(lines[end].text):
        return end + 1
    return end


def _named_sentence(ln: Line) -> bool:
    """A sentence of 8 words or more with a name in it (two capitalised words in a row after the first),
    or a figure ("Kavera's shares closed 2.1 per cent lower on Thursday.": a market or count sentence has as
    few function words as a menu; branch probe19), under half its words capitalised (a menu or a headline
    in title case is more); or one of 6 words or more attributing something to someone ('Mr Bell said
    FreshCrate had 180,000 active customers.': a title and one-word names leave no name run;
    rules/speakers.toml [closing_speech_verbs])."""
    s = ln.shape
    # the verb may close the sentence ('… decision," Asif Malik said.': lead37), its stop no part of it
    spoken = bool(_SPEECH_VERBS & {w.strip(".,;:!?\"'“”‘’") for w in ln.text.lower().split()})
    refusal = bool(pattern("speakers", "closing_refusals").search(ln.text))  # 'NAME declined to comment.'
    return (ln.reason is None and not ln.entry and s.terminal and _ends_period(ln.text.strip()) and s.words >= 6
            and (s.capital_share < 0.5 or (spoken and _lower_words(ln.text) >= _SPOKEN_LOWER_WORDS)
                 or _sentence_case(ln.text) or refusal)
            and not s.starts_lower
            and ((s.words >= 8 and (s.name_run or s.digit_share > 0)) or spoken or refusal))


# A sentence attributing a figure to an official under a long agency title ('…, said Bukit Aman Commercial
# Crime Investigation Department director Datuk NAME.': lead36) is capitalised more than half, as a title-case
# headline is; but it keeps a sentence's lower-case words around its speech verb, which no headline has
_SPOKEN_LOWER_WORDS = 5


def _lower_words(text: str) -> int:
    return sum(1 for w in text.split() if w[:1].islower())


# A sentence naming several bodies ('Labor inspectors are examining whether the operator, Hanbit Grain Terminal,
# breached South Korea's Serious Accidents Punishment Act.') is capitalised more than half, as a title-case
# headline is; but title case leaves only function words in lower case (AP Stylebook 'headlines', Chicago Manual
# 8.159), so lower-case words that are no stopwords ('inspectors', 'examining', 'breached') make it a sentence.
# Branch probe33: DW's last two paragraphs were cut so.
_CONTENT_LOWER_WORDS = 3


def _sentence_case(text: str) -> bool:
    from storyline.clean.stopwords import stopwords_for

    words = [w.strip(".,;:!?\"'“”‘’()") for w in text.split()]
    stop = stopwords_for(w.casefold() for w in words)
    return sum(1 for w in words if w[:1].islower() and len(w) > 3 and w not in stop) >= _CONTENT_LOWER_WORDS


_SPEECH_VERBS = frozenset(words("speakers", "closing_speech_verbs"))


def _quoted_sentence(ln: Line) -> bool:
    text = ln.text.strip()
    return (ln.reason is None and not ln.entry and text[:1] in _OPENING_QUOTES and _ends_period(text)
            and ln.shape.words >= _QUOTE_WORDS and not ln.shape.starts_lower)


def _mark_link_lists(lines: list[Line], scores: list[float], start: int, end: int) -> None:
    """Name the lists of other stories' headlines inside the body run `related` (see _LINK_LIST)."""
    i = start
    while i < end:
        j = i
        while j < end and _link_shaped(lines[j], scores[j]):
            j += 1
        if j - i >= _LINK_LIST:
            for k in range(i, j):
                lines[k].reason = "related"
        i = max(j, i + 1)


def _link_shaped(ln: Line, score: float) -> bool:
    """A line shaped like another story's headline: no rule named it, it scores as a menu line,
    4+ words with no sentence end, a capital first letter, hardly a digit (table rows have many)."""
    first = ln.text.lstrip(_OPENING_QUOTES + "([").strip()[:1]
    return (ln.reason is None and score < 0 and ln.shape.words >= 4 and is_headline_shaped(ln.text)
            and first.isupper() and ln.shape.digit_share < _LINK_DIGITS)


def _lift_list_items(lines: list[Line], scores: list[float], density: float) -> None:
    """The items of a list the article introduces with a colon ("The measures are:") score as
    short prose, not as menu lines: items rarely end like sentences, and scored as menu lines
    they ended the body run before the list. Only items with the document's share of function
    words count: a consent dialog's "Facebook Pixel" / "Alle Details" rows have none."""
    for i in range(len(lines) - 1):
        headed = _heads_list(lines, scores, i)
        if not headed and not _introduces_list(lines, scores, i):
            continue
        items = _items_after(lines, i)
        resumed = _resumed(scores, i + 1 + len(items))
        if headed and (len(items) < _HEADED_ITEMS or _other_stories(items)
                       or not _resumed_after_heading(scores, i + 1 + len(items))):
            continue
        if headed:
            scores[i] = max(scores[i], _ITEM_SCORE)
        for j, item in enumerate(items, start=i + 1):
            if headed or resumed or (item.shape.words >= 3 and item.shape.stop_density >= density):
                scores[j] = max(scores[j], _ITEM_SCORE)


def _mark_inline_credits(lines: list[Line], density: float) -> None:
    """Flag the photo credits printed as copyright lines between article lines (see _CREDIT_REACH)."""
    credit = pattern("boilerplate_context", "copyright_credit", re.IGNORECASE)
    for i, ln in enumerate(lines):
        if ln.reason == "copyright" and credit.match(ln.text.strip()) \
                and any(_article_line(x) for x in lines[max(i - _CREDIT_REACH, 0):i]) \
                and sum(max(prose_score(x.shape, density), 0.0) for x in lines[i + 1:i + 1 + _CREDIT_REACH]
                        if x.reason is None) >= _CREDIT_AFTER:
            ln.inline = True


def _article_line(ln: Line) -> bool:
    return ln.reason is None and ln.shape.words >= 8 and ln.shape.terminal


def _lift_embeds(lines: list[Line], scores: list[float]) -> None:
    """The lines of an embedded post score as short prose (see _EMBED_LINES): its signature, and the
    unlabelled lines above it back to the article line (a sentence of 100+ characters) before it."""
    signature = pattern("boilerplate_context", "embed_signature")
    for i, ln in enumerate(lines):
        if ln.reason not in (None, "repeated") or not signature.match(ln.text.strip()):
            continue
        scores[i] = max(scores[i], _ITEM_SCORE)
        for k in range(i - 1, max(i - 1 - _EMBED_LINES, -1), -1):
            if lines[k].reason is not None or scores[k] >= _RESUMED_PROSE:
                break
            scores[k] = max(scores[k], _ITEM_SCORE)


def _items_after(lines: list[Line], i: int) -> list[Line]:
    """The lines after a colon-ended lead-in that may be its list's items (no rule took them, 2+
    words, no sentence end)."""
    items: list[Line] = []
    for item in lines[i + 1:i + 1 + _MAX_ITEMS]:
        if item.reason is not None or item.shape.words < 2 or _ends_period(item.text):
            break
        items.append(item)
    return items


def _resumed(scores: list[float], k: int) -> bool:
    """Whether article prose follows a list that ends before line k (right after it, or after one
    short line, a sub-heading): a list the article resumes after is the article's, whatever its
    items' words. Noun-phrase items ('Grundpreis: 14,20 Euro pro Monat', 'Long battery life')
    have no function words; a consent dialog's rows are followed by buttons, not prose."""
    return any(s > _RESUMED_PROSE for s in scores[k:k + 2])


def _introduces_list(lines: list[Line], scores: list[float], i: int) -> bool:
    ln = lines[i]
    if ln.reason is not None or ln.shape.words < 3 or not ln.text.rstrip().endswith(":"):
        return False
    return scores[i] > 0 or any(scores[k] > 1.0 for k in range(max(i - 2, 0), i))


def _heads_list(lines: list[Line], scores: list[float], i: int) -> bool:
    """A sub-heading right under an article line ('Ingredients', 'What to pack', 'Zutaten'), not a
    sentence: it may head a list of the article's own (see _HEADED_ITEMS)."""
    ln = lines[i]
    if ln.reason is not None or ln.entry or not 1 <= ln.shape.words <= _SUBHEADING_WORDS \
            or ln.shape.terminal or ln.text.rstrip().endswith((",", ";")) or ln.shape.starts_lower \
            or any(c.isdigit() for c in ln.text):
        return False
    k = i - 1
    while k >= 0 and lines[k].reason == "ad":  # an ad label between the paragraph and the heading
        k -= 1
    return k >= 0 and lines[k].reason is None and scores[k] >= _RESUMED_PROSE


def _other_stories(items: list[Line]) -> bool:
    """Whether half or more of a headed list's items read as other stories' headlines (4+ words,
    capitalised, headline-shaped: 'Weitere Meldungen' + links, 'Most read in News' + headlines)."""
    return 2 * sum(_link_shaped(item, -1.0) for item in items) >= len(items)


def _resumed_after_heading(scores: list[float], k: int) -> bool:
    """Whether the two lines after a headed list (after the next sub-heading, 'Method', if one
    stands there) hold article prose together (a method's short steps: 'Melt the butter ...',
    'Bake for 12 minutes.'), as much as _resumed asks of one line."""
    if k < len(scores) and scores[k] <= 0:
        k += 1
    return sum(max(s, 0.0) for s in scores[k:k + 2]) >= _RESUMED_PROSE


def _ends_period(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’»)]").endswith((".", "!", "?"))


def _cap_gaps(lines: list[Line], scores: list[float]) -> None:
    """Cap what a gap of non-prose lines costs the run, unless it holds section-ending furniture.

    In-body furniture (a newsletter box, a teaser module, an ad block with its consent text) can
    sum to more than the paragraphs after it score, and the run then ended at it; a comment
    heading or a copyright line must still end the article, so gaps with those keep their cost."""
    for i, j in _gaps(scores):
        cost = -sum(scores[i:j])
        if cost > _MAX_GAP_COST and not any(_ends_section(lines[k]) or _hard_stop(lines[k]) for k in range(i, j)):
            for k in range(i, j):
                scores[k] *= _MAX_GAP_COST / cost


def _hard_stop(ln: Line) -> bool:
    return ln.reason in _HARD_STOPS and not ln.inline


def _gaps(scores: list[float]) -> list[tuple[int, int]]:
    """The [start, end) spans of consecutive lines scoring <= 0."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, s in enumerate([*scores, 1.0]):
        if s <= 0 and start is None:
            start = i
        elif s > 0 and start is not None:
            spans.append((start, i))
            start = None
    return spans


def _bounded_run(lines: list[Line], scores: list[float], head: int | None) -> tuple[int, int, int | None]:
    """The best run, then bounded by the headline copy above and the comment section below
    (returned too: `cut`, the comment heading's index, or None)."""
    start, end = _best_run(scores)
    if head is not None and start < head < end:
        start, end = _trimmed(scores, head + 1, end) or (start, end)
    top = head + 1 if head is not None else start
    cut = _comment_heading(lines, scores, top)
    if cut is not None and cut < end:
        start, end = _trimmed(scores, top, cut) or (start, end)
    return start, end, cut


def _headline_copy(lines: list[Line]) -> int | None:
    """Where the page's own copy of the headline stands (the <title> is line one), if it is one.

    The article starts at its headline: lines above it are navigation and teasers, however
    prose-like ("Breaking News" tickers of headline + lead). Only the first copy counts, and only
    when it has 4+ words (shorter title parts are site names, "Fox Business"). On the
    extraction-dev dev half no gold body line of 4+ words stands above that copy on any page.
    A copy is a title line after the first one: the first is the title itself, and when no
    headline opens the text the title rule may take a body sentence a few lines down (one
    ending in a closing quote), which must not cut off the sentences above it.
    """
    titles = [i for i, ln in enumerate(lines) if ln.reason == "title"]
    copy = titles[1] if len(titles) > 1 else None
    return copy if copy is not None and lines[copy].shape.words >= _HEADLINE_WORDS else None


def _comment_heading(lines: list[Line], scores: list[float], top: int) -> int | None:
    """The first comment-section heading ("167 comments", "Leave a reply") with article prose
    between `top` and it. Comments follow the article; long reader comments otherwise outweigh
    the heading's penalty and win the region. A comments link in the share bar under the
    headline has no prose above it and is passed over. On the extraction-dev dev half no gold
    body line follows such a heading."""
    total = 0.0
    for i in range(top, len(lines)):
        if _ends_section(lines[i]) and total >= _PROSE_BEFORE_COMMENTS:
            return i
        total += max(scores[i], 0.0)
    return None


def _ends_section(ln: Line) -> bool:
    return ln.entry or ln.reason in _SECTION_ENDS


def _trimmed(scores: list[float], start: int, end: int) -> tuple[int, int] | None:
    """The best run inside scores[start:end], as indices of the whole list; None when empty."""
    sub_start, sub_end = _best_run(scores[start:end])
    return (start + sub_start, start + sub_end) if sub_end > sub_start else None


def _score(ln: Line, min_density: float) -> float:
    if ln.entry:
        return -_PENALTY["comments"]
    if ln.reason is not None:
        return -_DEFAULT_PENALTY if ln.inline else -_PENALTY.get(ln.reason, _DEFAULT_PENALTY)
    if _BARE_URL.match(ln.text):
        return 0.0
    return prose_score(ln.shape, min_density)


def _min_density(lines: list[Line]) -> float:
    """The function-word density a prose line needs in this document.

    English prose runs ~40 % function words (median of long lines on extraction-dev), so 0.2;
    agglutinative languages score far lower against a top-120 list (the Korean page there: ~15 %),
    so the bar is half the document's own median over long lines when that is lower.
    """
    long = sorted(ln.shape.stop_density for ln in lines if ln.shape.words >= 15)
    if not long:
        return _MAX_DENSITY
    return min(_MAX_DENSITY, 0.5 * long[len(long) // 2])


def _best_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: the [start, end) slice with the largest sum (empty when every score is <= 0)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
