"""Clean a plain-text scrape: keep the article body, drop boilerplate lines with a named reason.

Pipeline per document (each step a short function below):

1. normalise characters (`storyline.clean.normalise`), split into lines; every non-blank line
   is one paragraph candidate (scrapes separate paragraphs by blank lines, html-text output puts
   one block element per line);
2. explicit rules from `storyline.clean.lines` (promo, social, comments, ad, copyright, byline,
   dateline, credit, caption, related, navigation), cross-article repetition (`repeated`),
   within-document duplicates (captions), the headline (`title`), context rules (teasers,
   author boxes) and runs of dated entries (`entries`: comment threads in any language);
3. a jusText-like prose score for the remaining lines, then the best-scoring contiguous region
   of the page is the article (`boilerplate` outside it), short lines inside it are kept
   (`storyline.clean.region`);
4. a learned line model brings back sentences the region dropped that it holds for body
   (`storyline.clean.line_model`);
5. paragraphs broken mid-sentence are rejoined.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from storyline.clean.lines import (
    BARE_TIME,
    Line,
    author_box_name,
    explicit_reason,
    is_headline_shaped,
    line_features,
    starts_lower,
    words_of,
)
from storyline.clean.normalise import normalise_text
from storyline.clean.region import select_body
from storyline.clean.stopwords import stopwords_for
from storyline.clean.summary_box import mark_summary_boxes
from storyline.clean.title_lines import line_key, mark_title
from storyline.model import DroppedLine

_SPACES = re.compile(r"\s+")
# Copies of a caption (under the image, again in the gallery or lightbox) sit 1 to 5 non-blank
# lines apart in the scrapes and extraction-dev pages looked at (gallery captions: 5).
_CAPTION_WINDOW = 6


@dataclass(slots=True, frozen=True)
class CleanedText:
    """The article body of one scrape, its headline, and every line left out with its reason."""

    body: str
    title: str | None
    dropped: tuple[DroppedLine, ...]


@dataclass(slots=True, frozen=True)
class LineStats:
    """In how many documents of a batch each (normalised, case-folded) line occurs."""

    documents: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)

    def count(self, line: str) -> int:
        return self.counts.get(line_key(line), 0)


def count_lines(texts: Iterable[str]) -> LineStats:
    """Count, for every distinct line, the documents it occurs in (once per document)."""
    counts: Counter[str] = Counter()
    documents = 0
    for text in texts:
        documents += 1
        counts.update({line_key(line) for line in text.splitlines()} - {""})
    return LineStats(documents=documents, counts=dict(counts))


def clean_texts(texts: Sequence[str], *, min_repeats: int = 3) -> list[CleanedText]:
    """Clean each text, with lines repeated across the batch treated as boilerplate."""
    stats = count_lines(texts)
    return [clean_text(text, repeated=stats, min_repeats=min_repeats) for text in texts]


def clean_text(text: str, *, repeated: LineStats | None = None, min_repeats: int = 3,
               normalised: bool = False, line_model: bool = True) -> CleanedText:
    """Split one scrape into body, title and dropped lines (see the module docstring).
    `normalised`: `text` is normalise_text's output already (it is idempotent: not done twice).
    `line_model`: let the learned line model bring back sentences the region dropped."""
    labelled = label_lines(text, repeated=repeated, min_repeats=min_repeats, normalised=normalised)
    lines, title = labelled.lines, labelled.title
    reasons = [ln.reason for ln in lines]
    region = select_body(lines)
    if line_model:
        from storyline.clean.line_model import apply_line_model

        apply_line_model(lines, reasons, region)
    body = "\n\n".join(_rejoin([ln.text for ln in lines if ln.reason is None]))
    dropped = tuple(DroppedLine(ln.no, ln.text, ln.reason) for ln in lines if ln.reason is not None)
    return CleanedText(body=body, title=title, dropped=dropped)


@dataclass(slots=True)
class LabelledLines:
    """A scrape's lines with the reasons the rules gave them, before the body region is chosen."""

    lines: list[Line]
    title: str | None


def label_lines(text: str, *, repeated: LineStats | None = None, min_repeats: int = 3,
                normalised: bool = False) -> LabelledLines:
    """Steps 1-2 of the module docstring: lines, explicit and context rules, the title."""
    lines = _split(text if normalised else normalise_text(text))
    _mark_explicit(lines, repeated, min_repeats)
    _mark_duplicates(lines)
    title = mark_title(lines)
    _mark_context(lines)
    return LabelledLines(lines, title)


def _split(text: str) -> list[Line]:
    stopwords = stopwords_for(words_of(text))
    return [Line(no, raw.strip(), line_features(raw, stopwords))
            for no, raw in enumerate(text.split("\n"), start=1) if raw.strip()]


def _mark_explicit(lines: list[Line], stats: LineStats | None, min_repeats: int) -> None:
    for ln in lines:
        ln.reason = explicit_reason(ln.text)
        if (ln.reason is None and stats is not None and stats.documents >= min_repeats
                and stats.count(ln.text) >= min_repeats):
            ln.reason = "repeated"


def _mark_duplicates(lines: list[Line]) -> None:
    """A sentence printed twice a few lines apart is a photo caption (the caption under the
    image, again in the gallery or lightbox), never body prose. Only near copies count: a recipe
    page on extraction-dev repeats "Meal 1" blocks far apart as body.
    """
    last_seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        key = line_key(ln.text)
        j = last_seen.get(key)
        if j is not None and i - j <= _CAPTION_WINDOW and ln.shape.words >= 6:
            for dup in (lines[j], ln):
                dup.reason = dup.reason or "caption"
        last_seen[key] = i


def _mark_context(lines: list[Line]) -> None:
    """Rules that need neighbours: the headline under a short recirculation heading ("Up Next",
    "Related"), the lead paragraph of a trailing teaser, a short title above a caption."""
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or nxt.reason is not None:
            continue
        if _is_teaser_header(ln) and is_headline_shaped(nxt.text):
            _mark_link_list(lines, i + 1)  # a short "Up Next"/"Related" heading, then teasers' headlines
        elif ln.reason == "related" and _is_lead_after_guide(ln, lines, i + 1):
            nxt.reason = "related"     # a teaser sentence, then its lead with only furniture after
    for i, ln in enumerate(lines[:-1]):
        if ln.reason is None and lines[i + 1].reason == "caption" and _short_headline(ln):
            ln.reason = "caption"      # an image's short title line right above its caption
    _mark_embedded_teasers(lines)
    mark_summary_boxes(lines)
    _mark_box_buttons(lines)
    _mark_inline_modules(lines)
    _mark_author_boxes(lines)
    _mark_author_bios(lines)
    _mark_dated_entries(lines)


# A stamp: a date or a time of day with at most a few words (a name, "um", "Uhr", "at", a
# weekday or month): how comment systems and dated teaser lists head each entry, in any language.
_STAMP = re.compile(r"(?<!\d)(?:\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}[:h]\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4})(?!\d)")
_STAMP_MAX_WORDS = 4
# Entries of one thread stand this close (non-blank lines): a comment is a name, the stamp, one
# to a few paragraphs and a "reply" link; the article's own date line is a whole article away.
_ENTRY_SPAN = 12
# A time of day alone on its line (lines.BARE_TIME): a live blog's entries are the article (probe7).
_BARE_TIME = BARE_TIME
_MIN_ENTRIES = 3


def _mark_dated_entries(lines: list[Line]) -> None:
    """Three or more stamped entries in a row (a stamp line, then prose) are a comment thread or
    a dated list of other stories, whatever the page's language: each stamp is flagged `entry`
    so that the body run ends at the first (region.py); its reason stays (a stamp the rules call
    a dateline is still one for the date reader: relabelling them moved 3 dates on dates-dev). On the silver dates-dev dev half 30/273
    pages have such a run, and 7 of its ~330 stamp lines are in the silver body."""
    stamps = [i for i in range(len(lines)) if _is_entry_stamp(lines, i)]
    for run in _close_runs(stamps):
        if (len(run) >= _MIN_ENTRIES and _prose_above(lines, run[0]) and not _own_stamp_alike(lines, run)
                and not all(_BARE_TIME.match(lines[k].text) for k in run)):
            for k in run:
                lines[k].entry = True


def _own_stamp_alike(lines: list[Line], run: list[int]) -> bool:
    """Whether a line above the run is stamped the way its entries are ("Sep 18, 2020" above
    "Sep 20, 2020" replies): the article is then the thread's first post (a forum thread), not
    an article the thread follows. A news article's own date line is printed in another form
    than its comments' stamps ("13. 1. 2020" above "14. 01. 2020, 13:47")."""
    shapes = {_stamp_shape(lines[k].text) for k in run}
    return any(_stamp_shape(ln.text) in shapes for ln in lines[:run[0]] if _STAMP.search(ln.text))


def _stamp_shape(text: str) -> str:
    """A stamp's form: digits as 0, each word as `a`."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "0", text.strip()))


def _prose_above(lines: list[Line], i: int) -> bool:
    """Whether article prose (a sentence-like line of 20+ words) stands above line i: a page
    whose first prose already sits under a stamp is itself a list of dated entries (a blog's front
    page, a forum thread), and its first entry is the article."""
    return any(ln.shape.words >= 20 and ln.shape.terminal and ln.reason is None for ln in lines[:i])


def _close_runs(positions: list[int]) -> list[list[int]]:
    """`positions` split where two neighbours stand more than _ENTRY_SPAN lines apart."""
    runs: list[list[int]] = []
    for i in positions:
        if runs and i - runs[-1][-1] <= _ENTRY_SPAN:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _is_entry_stamp(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    if ln.reason not in (None, "dateline", "repeated") or ln.shape.words > _STAMP_MAX_WORDS or len(ln.text) > 60:
        return False
    if not _STAMP.search(ln.text):
        return False
    return any(other.shape.words >= 8 for other in lines[i + 1:i + 4])


def _mark_link_list(lines: list[Line], j: int) -> None:
    """Every headline under a short recirculation heading ("Related articles", "Don't miss"),
    up to the first line that is not one: such modules list two to five links (extraction-dev
    dev half: Express, CBS, The Verge pages); only the first was caught before. The further ones
    cost the region only the in-body penalty, so a module between two paragraphs does not split
    the article."""
    first = j
    while j < len(lines) and lines[j].reason is None and is_headline_shaped(lines[j].text) and not _continued(lines, j):
        lines[j].reason = "related"
        lines[j].inline = j > first
        j += 1


# A recirculation module inside an article: a "Read also: HEADLINE" line, or a heading with one
# to three headlines under it ("Leggi anche" + a headline); longer modules are end-of-page lists.
# Three headlines (4 lines, was 3): a German regional scrape of branch clean12 ('Lesen Sie auch' + three
# links between two paragraphs) lost its last two paragraphs; dev halves: no page changes.
_INLINE_MODULE = 4
# The furniture such a module is made of: recirculation links, and calls to action (an app or
# newsletter promo between two paragraphs: extraction-dev dev, one page lost its last paragraphs).
_MODULE_REASONS = frozenset({"related", "promo"})
# Article lines (8+ words, a sentence end) above it: a "Read More" link under a teaser's lead above
# the article (extraction-dev dev, one page: the lead came into the body) is not inside an article.
# Two lines do when they stand right above the module, one after the other: a short story (80-150
# words, one-sentence paragraphs) puts its 'Read also' link after its second paragraph (branch clean35's
# invented hi, tr pages: the paragraphs after the link were lost), while that teaser above the article
# had the article's standfirst, a byline and the box's heading between its two prose lines.
_MODULE_PROSE_ABOVE = 3
_MODULE_LEAD_LINES = 2
# The article lines after a module are looked for past sub-headings of 2 to _PASSED_WORDS words (a
# one-word line there is as often a sign-up button: 'Suscribirme', 'Aanmelden') and
# ad labels, within _RESUME_REACH lines: a listicle's newsletter box stands right above an item's
# heading ('3. Hask Reservoir'), and an ad label may follow the item's paragraph (branch clean33's
# invented listicles, en and tr: every item after the box was lost).
_PASSED_WORDS = 6
_RESUME_REACH = 6
# The furniture that follows an article's last paragraph (see _last_paragraph).
_ARTICLE_END = frozenset({"related", "social", "comments", "copyright", "navigation"})


def _mark_inline_modules(lines: list[Line]) -> None:
    """A short recirculation module between two article lines is in-body furniture (`inline`,
    the in-body penalty): at the section-ending penalty it ended the article above it, losing the
    paragraphs after it (probe7 scrapes: it, pt, nl, fr forms)."""
    i, prose = 0, 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].reason in _MODULE_REASONS:
            j += 1
        if 0 < j - i <= _INLINE_MODULE and _article_above(lines, i, prose) and j < len(lines) \
                and _article_resumes(lines, i, j):
            for k in range(i, j):
                lines[k].inline = True
        prose += sum(ln.reason is None and _prose(ln) for ln in lines[i:max(j, i + 1)])
        i = max(j, i + 1)


def _article_above(lines: list[Line], i: int, prose: int) -> bool:
    """Whether the article lines above the module at i make it an article's (see _MODULE_PROSE_ABOVE):
    the line right above is one, and so are two more above it, or the one before it."""
    if i < _MODULE_LEAD_LINES or not _prose(lines[i - 1]):
        return False
    lead = all(ln.reason is None and _prose(ln) for ln in lines[i - _MODULE_LEAD_LINES:i])
    return prose >= _MODULE_PROSE_ABOVE or lead


# A call-to-action box's button: 1 to 3 words, no sentence end, right under a promo line ('Aanmelden',
# 'Sign up', 'Jetzt anmelden'). Dev halves (dates-dev text dev sites, extraction-dev dev; counted by
# branch clean33): 160 such lines, 1 of them in an extraction-dev gold body ("Email address" 5, "RSS
# feed" 4, "Manage Subscription" 2 …).
_BUTTON_WORDS = 3


def _mark_box_buttons(lines: list[Line]) -> None:
    """Name the button under a promo line `promo`: the box then ends where its button does, and the
    article line after it is looked for there (_mark_inline_modules)."""
    for i in range(1, len(lines)):
        ln = lines[i]
        above = lines[i - 1]  # a box's heading or pitch, not its button: a sub-heading under the box stays
        if above.reason == "promo" and above.shape.words > _BUTTON_WORDS and ln.reason is None and not ln.entry \
                and 1 <= ln.shape.words <= _BUTTON_WORDS and not ln.shape.terminal \
                and not ln.text.rstrip().endswith(":"):
            ln.reason = "promo"


def _article_resumes(lines: list[Line], i: int, j: int) -> bool:
    """A call to action (`promo`: 'CLICK HERE TO GET THE APP') stands inside an article only when
    two article lines follow it; a newsletter box closing the article is followed by one teaser's
    lead at most (silver dates-dev dev, one page). A related-links module needs one (probe7).
    The article lines are counted past sub-headings and ad labels between them (see _PASSED)."""
    needed = 1 if all(ln.reason == "related" for ln in lines[i:j]) else 2
    found = 0
    for k in range(j, min(j + _RESUME_REACH, len(lines))):
        ln = lines[k]
        broken = _continued(lines, k) and ln.reason is None and not ln.entry and lines[k + 1].shape.terminal
        if found >= needed:
            break
        if (_resumes(ln) or broken) and ln.shape.words >= 8:  # a sentence, or a broken paragraph's first half
            found += 1
        elif found == 0 and _resumes(ln) and needed == 1:
            found += 1  # a related module: any sentence (or a colon lead-in) after it, as before
        elif not _passed(ln):
            break
    return found >= needed or (found == 1 and _last_paragraph(lines, i, j))


def _last_paragraph(lines: list[Line], i: int, j: int) -> bool:
    """A call-to-action box under the article's last paragraph but one: one article line after the
    box, and the page's end-of-article furniture (a recirculation heading, a share bar, tags, a
    comment section, a copyright line) right after that line. A teaser's lead after a box closing
    the article is followed by more teasers, which no rule names."""
    k = j
    while k < len(lines) and not (_resumes(lines[k]) and _prose(lines[k])):
        k += 1
    return k + 1 < len(lines) and lines[k + 1].reason in _ARTICLE_END and all(
        ln.reason in _MODULE_REASONS for ln in lines[i:j])


def _passed(ln: Line) -> bool:
    """A line the article may hold between a module and its next paragraph: an ad label, or a
    sub-heading (a listicle's '3. Hask Reservoir', an interview's question)."""
    return ln.reason == "ad" or (ln.reason is None and not ln.entry and not ln.shape.terminal
                                 and 2 <= ln.shape.words <= _PASSED_WORDS)


def _resumes(ln: Line) -> bool:
    """An article line after a module: a sentence, or a lead-in ending in a colon."""
    return ln.reason is None and ln.shape.terminal and ln.shape.words >= 4 and not ln.entry


def _mark_author_boxes(lines: list[Line]) -> None:
    """An author box: "About NAME" (in the page's language, rules/boilerplate_context.toml) and
    the biography under it, which names the author again. Only the biography that repeats the
    name goes: a press release's "About Acme" block is often article body."""
    for i, ln in enumerate(lines[:-1]):
        name = author_box_name(ln.text)
        bio = lines[i + 1]
        if ln.reason is None and name and bio.reason is None and name in bio.text:
            ln.reason = bio.reason = "byline"


# Article prose (lines of 8+ words ending like a sentence) that must stand above an author's
# biography: a lead paragraph opening with the author's name ('NAME is back in the city ...' in a
# first-person column) is the article's.
_BIO_PROSE_ABOVE = 3


def _mark_author_bios(lines: list[Line]) -> None:
    """A biography after the article that opens with the byline's name and a present-tense verb
    of the author box ('Dana Whitcombe covers city hall for the Ledger.', 'NAME ist Redakteurin
    …': rules/boilerplate_context.toml [author_bio_verbs]), with no heading above it. Its reason
    is `author_bio`, not `byline`, so that the byline reader does not take it for a byline line."""
    names = _byline_names(lines)
    if not names:
        return
    verbs = _bio_verbs()
    prose = 0
    for ln in lines:
        if ln.reason is None and prose >= _BIO_PROSE_ABOVE and _opens_bio(ln.text, names, verbs):
            ln.reason = "author_bio"
        prose += ln.reason is None and _prose(ln)


# the page's head, where a byline without 'By' stands ('NAME, Senior Reporter' under the headline)
_BYLINE_HEAD = 12


def _byline_names(lines: list[Line]) -> tuple[str, ...]:
    """The byline's names: a line the rules call a byline, else one of the page's first lines, not
    yet given a reason, that reads as one ('Megan Castellano, Senior Reporter': a trade site's byline
    with the writer's role and no 'By'; probe18, whose closing 'NAME covers … for OUTLET.' stayed)."""
    from storyline.clean.byline import read_byline

    for ln in lines:
        if ln.reason == "byline" and (found := read_byline(ln.text)) is not None and found.names:
            return found.names
    for ln in lines[:_head_end(lines)]:
        if ln.reason is None and not _prose(ln) and (found := read_byline(ln.text)) is not None and found.names:
            return found.names
    return _bare_head_names(lines[:_head_end(lines)])


def _head_end(lines: list[Line]) -> int:
    """Where the page's head ends: _BYLINE_HEAD lines, counted from the page's own copy of the headline
    when there is one (the second `title` line): a menu of 10+ items above the headline pushed 'Guest
    column by NAME' past the first 12 lines, and the column's closing 'NAME is a …' stayed (branch
    clean35's invented opinion page)."""
    titles = [i for i, ln in enumerate(lines) if ln.reason == "title"]
    return _BYLINE_HEAD + (titles[1] if len(titles) > 1 else 0)


_BARE_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}$")


def _bare_head_names(head: list[Line]) -> tuple[str, ...]:
    """The names of bare name lines in the page's head, each opened by a listed given name ('Tom Reyes' /
    'Pia Lindqvist' over the paper's name: the USA TODAY Network's stacked byline, which reads as no byline
    line here; probe31, whose closing 'NAME covers City Hall for …' stayed in the body)."""
    from storyline.clean.byline import given_first

    return tuple(ln.text for ln in head if ln.reason is None and _BARE_NAME.match(ln.text) and given_first(ln.text))


@cache
def _bio_verbs() -> frozenset[str]:
    from storyline.rules import word_sequence

    return frozenset(w.casefold() for w in word_sequence("boilerplate_context", "author_bio_verbs"))


def _opens_bio(text: str, names: tuple[str, ...], verbs: frozenset[str]) -> bool:
    # the byline's writers together first ('Jane Roe and John Doe cover courts for …', 'A, B and C are …':
    # a two- or three-writer story's box; branch probe20), then each alone
    together = (f"{', '.join(names[:-1])} and {names[-1]}", f"{' and '.join(names)}") if len(names) > 1 else ()
    for name in (*together, *names):
        if text.startswith(name + " "):
            rest = text[len(name) + 1:].split(maxsplit=1)
            return bool(rest) and rest[0].casefold() in verbs
    return False


def _is_teaser_header(ln: Line) -> bool:
    return ln.reason == "related" and ln.shape.words <= 4


def _is_lead_after_guide(ln: Line, lines: list[Line], j: int) -> bool:
    """A guide teaser's lead: the paragraph right after it, when nothing but junk follows."""
    return ln.shape.words > 4 and all(other.reason is not None for other in lines[j + 1:])


def _short_headline(ln: Line) -> bool:
    return is_headline_shaped(ln.text) and ln.shape.words <= 10


def _mark_embedded_teasers(lines: list[Line]) -> None:
    """A sentence-case headline between body paragraphs, followed by a one-sentence lead, is a
    link to another story, not a sub-heading: sub-headings in the extraction-dev pages are Title
    Case or ALL CAPS and are followed by several paragraphs."""
    for i in range(1, len(lines) - 2):
        prev, head, lead, after = lines[i - 1], lines[i], lines[i + 1], lines[i + 2]
        if any(x.reason is not None for x in (prev, head, lead, after)):
            continue
        if _sentence_case_headline(head) and _one_sentence_lead(lead) and _prose(prev) and _prose(after):
            head.reason = lead.reason = "related"
            head.inline = lead.inline = True


def _sentence_case_headline(ln: Line) -> bool:
    shape, text = ln.shape, ln.text
    return is_headline_shaped(text) and 6 <= shape.words <= 16 and shape.capital_share < 0.35 and not text.endswith("?")


def _continued(lines: list[Line], j: int) -> bool:
    """A line the next one continues in lower case is the first half of a paragraph the scrape broke (the seeds'
    gold marks such pairs), never a headline: a headline ends its line (probe39: a broken body line under a
    'Read More' link and one before a lower-case half were dropped as teasers)."""
    return j + 1 < len(lines) and lines[j + 1].shape.starts_lower


def _one_sentence_lead(ln: Line) -> bool:
    shape, text = ln.shape, ln.text
    inner = re.findall(r"[.!?][\"”’]?\s+[A-Z“\"]", text)
    return 12 <= shape.words <= 45 and shape.terminal and not shape.starts_lower and not inner and not shape.quote and "“" not in text and '"' not in text


def _prose(ln: Line) -> bool:
    return ln.shape.words >= 8 and ln.shape.terminal


def _rejoin(paragraphs: list[str]) -> list[str]:
    """Join a paragraph cut mid-sentence with the next when that one starts lower-case.

    Scrapes break paragraphs at the source's line width or around inline links ("... try to
    divide the" / "opposition. It is ..."); a lower-case start after an open end rejoins them.
    """
    out: list[str] = []
    for para in paragraphs:
        if out and _open_end(out[-1]) and starts_lower(para):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _open_end(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith(("...", "…")):
        return True
    opened = stripped.count("“") > stripped.count("”") or stripped.count('"') % 2 == 1
    return opened or not re.search(r"""[.!?:;]["'”’)\]]*$""", stripped)
