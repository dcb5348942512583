"""A claim as contradictions compare it (`ClaimRef`): where it is, who asserts it, what it says and
when it holds, read once from an article's CLAIM spans (link/contradictions.py)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline import rules
from storyline.extract.names import TITLE_WORDS, fold
from storyline.jsonld import byline_authors
from storyline.link import claim_scope
from storyline.link.claim_idioms import made_known
from storyline.link.claim_time import clock_time, report_day, scope_of, span_attr
from storyline.link.phrasal_acts import phrasal_act
from storyline.link.time_anchors import Anchor
from storyline.model import Article, Span
from storyline.payloads import MentionPayload

# the asserter of an article's own claims when its outlet is unknown (a plain-text page with no masthead)
UNKNOWN_OUTLET = "the article (outlet unknown)"


@dataclass(slots=True, frozen=True)
class ClaimRef:
    """A claim as it is compared: where it is, who asserts it, what it says, and when it holds."""

    article_id: str
    start: int
    end: int
    text: str
    speaker: str
    predicate: str
    polarity: str
    modality: str
    keywords: frozenset[str]
    figures: tuple[str, ...]
    scope: tuple[dt.date, dt.date] | None   # None: the claim's time is unknown
    agent: str | None = None                # who does what is claimed, as the parse found it
    theme: str | None = None                # its object or complement
    scope_basis: str | None = None          # "stated" | "reported" (only its report is dated) | "since" | "never" | "before" (an undated event) | "published" | None
    cue: str | None = None                  # the reporting verb's lemma ("deny", "correct"), when there is one
    rejected: tuple[str, ...] = ()          # figures the claim negates ("and not 'fewer than 5%'")
    presupposed: frozenset[str] = frozenset()   # keywords only in a definite description's modifiers
    places: frozenset[str] = frozenset()        # the places (GPE/LOC) the claim names in its own words
    attributed: bool = False                    # the extractor found its asserter (not the outlet by default)
    speaker_kind: str = "unknown"               # the asserter's kind: "person" | "org" | "anonymous" | "outlet" | "unknown"
    published: dt.date | None = None            # the article's publication day, when known to the day
    report_day: dt.date | None = None           # the day its report names ('said Thursday it would …'), if one
    headline: frozenset[str] = frozenset()       # its article's headline words, folded
    clock: bool = False                         # its own time is a clock time on a day ('at 11 p.m. Saturday')
    bodies: frozenset[str] = frozenset()        # the organisations its article names, folded (claim_doer)
    kinds: frozenset[tuple[str, str]] = frozenset()  # (body, noun) its article's appositives give ('X, a … airline')
    lead: frozenset[str] = frozenset()          # its article's first paragraph's common words, folded (claim_dates)
    people: frozenset[str] = frozenset()        # the people its own words name, by their linked names, folded
    ended: dt.date | None = None                # the last day its own sentence says its process ended (claim_ended)
    byline: str | None = None                   # its article's byline, when the page gives one



def claim_refs(article: Article, anchors: Sequence[Anchor] = ()) -> list[ClaimRef]:
    """The article's CLAIM spans as compared; a claim without an asserter is the outlet's. Claims in
    the page's reader comments are left out (claim_scope.comment_start)."""
    comments = claim_scope.comment_start(article)
    places = claim_scope.place_names(article)
    bodies = body_names(article)
    kinds = body_kinds(article, bodies)
    # the lead's common words (written in lower case: names say who, not what)
    lead = frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", next(iter(article.paragraphs()), "")) if w.islower())
    return [replace(_claim_ref(span, article, anchors, places), bodies=bodies, kinds=kinds, lead=lead) for span in article.spans
            if span.label == "CLAIM" and (comments is None or span.start < comments)]


def body_names(article: Article) -> frozenset[str]:
    """The organisations the article names (ORG spans, by their linked name when there is one), folded:
    what a later 'the district' or 'the company' may stand for (claim_doer.same_doer)."""
    return frozenset(fold(s.payload.name if isinstance(s.payload, MentionPayload) and s.payload.name else s.text)
                     for s in article.spans if s.label == "ORG")


# 'Coral Wings, a Jamaican airline that began …', 'X, the Kingston-based regional carrier,': a name, a comma, an article, up to three
# modifiers and the head noun before a relative word, a comma or the sentence's end (the appositive that
# classifies an organisation on first reference, AP Stylebook 'organizations and institutions'; lead39)
_KIND_AFTER = r"{name},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>[a-z]+)\b(?=\s+(?:that|which|who|whose|based|with|in|from)\b|\s*[,.;]|$)"


def body_kinds(article: Article, bodies: frozenset[str]) -> frozenset[tuple[str, str]]:
    """(body, noun) for each organisation its article classifies by an appositive (a or the): what 'the
    airline' or 'the carrier' may refer back to when the name itself does not say (claim_doer._described_name)."""
    text = (article.body or "").lower()
    found = set()
    for name in bodies:
        written = r"\W+".join(re.escape(w) for w in name.split())  # a folded name, as the text writes it
        m = re.search(_KIND_AFTER.format(name=written), text) if written else None
        if m:
            found.add((name, m["noun"]))
    return frozenset(found)


def _claim_ref(span: Span, article: Article, anchors: Sequence[Anchor] = (),
               places: dict[str, frozenset[frozenset[str]]] | None = None) -> ClaimRef:
    scope = scope_of(span, article, anchors)
    predicate = span_attr(span, "predicate") or ""
    theme = span_attr(span, "theme")
    act = implied_act(predicate, theme)
    if act is not None:
        predicate, theme = act.predicate, act.theme
    predicate = phrasal_act(predicate, span.text) or predicate  # 'called off' is 'cancel' (phrasal_acts)
    known = made_known(predicate, theme, span.text)
    agent = span_attr(span, "agent")
    if known is not None:  # 'went public with the plan', 'made the decision public' (claim_idioms)
        predicate, theme = "disclose", known.theme
        if known.subject_made_known:
            agent, theme = None, agent
    keywords = frozenset((span_attr(span, "keywords") or "").split()) | {predicate}
    return ClaimRef(article.id, span.start, span.end, span.text,
                    span_attr(span, "asserter") or article.outlet or UNKNOWN_OUTLET,
                    predicate, span_attr(span, "polarity") or "positive", span_attr(span, "modality") or "asserted",
                    keywords,
                    tuple((span_attr(span, "figures") or "").split()), scope.interval,
                    agent=agent, theme=theme, scope_basis=scope.basis,
                    cue=span_attr(span, "cue"), rejected=tuple((span_attr(span, "rejected") or "").split()),
                    presupposed=frozenset((span_attr(span, "presupposed") or "").split()),
                    places=claim_scope.claim_places(keywords, places or {}, span.text,
                                                    lambda: claim_scope.preceding_place(article, span.start)),
                    attributed=span_attr(span, "asserter") is not None,
                    speaker_kind=span_attr(span, "asserter_kind") or "unknown", published=_day(article),
                    report_day=report_day(span), headline=_headline_words(article.title),
                    clock=scope.basis == "stated" and clock_time(span_attr(span, "time")),
                    people=_people_named(article, span), byline=article.byline)


def _people_named(article: Article, span: Span) -> frozenset[str]:
    """The people the claim's words name, by the names their mentions link to ('Mrs. Eze' is Ngozi Eze,
    not her husband Chukwuma Eze): a surname two people share says nothing of which one a claim is about."""
    return frozenset(fold(s.payload.name) for s in article.spans
                     if s.label == "PERSON" and span.start <= s.start and s.end <= span.end
                     and isinstance(s.payload, MentionPayload) and s.payload.name)


@dataclass(slots=True, frozen=True)
class ImpliedAct:
    predicate: str
    theme: str | None


IMPLICATIVES = rules.words("claims", "implicative_verbs")
_INFINITIVE = re.compile(r"to\s+([a-z]+)\b\s*(.*)", re.S)


def implied_act(predicate: str, theme: str | None) -> ImpliedAct | None:
    """The act an implicative verb's infinitive states ('vote' with 'to approve $48 million in bonds' →
    'approve', '$48 million in bonds'; rules/claims.toml [implicative_verbs]); None for any other verb."""
    if predicate not in IMPLICATIVES or not theme:
        return None
    m = _INFINITIVE.match(theme.strip())
    if m is None:
        return None
    return ImpliedAct(m[1], m[2].strip() or None)


def _headline_words(title: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", fold(title or "")))


def _day(article: Article) -> dt.date | None:
    if article.published.precision != "day" or not article.published.value:
        return None
    try:
        return dt.date.fromisoformat(article.published.value[:10])
    except ValueError:
        return None


_OPPONENT = re.compile(r"\bagainst\b.*")


def one_teller(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims are one asserter's. Two articles whose outlets are unknown are two accounts, not
    one voice agreeing with itself, unless a known byline signs both (an author shared): an unknown
    outlet is no evidence of a shared one (dispute38's cases: disputes between two pages without a
    masthead were rejected as one asserter's)."""
    if a.speaker == b.speaker == UNKNOWN_OUTLET and a.article_id != b.article_id:
        return bool({fold(n) for n in byline_authors(a.byline)} & {fold(n) for n in byline_authors(b.byline)})
    return same_speaker(a.speaker, b.speaker)


def same_speaker(a: str, b: str) -> bool:
    """'Anna Smith' and 'Smith' are one speaker; so are 'the official' and 'senior official'. What
    follows 'against' in a description is the other party ('class-action lawsuit against the school
    district' is not the district's voice)."""
    x, y = (set(_OPPONENT.sub("", fold(s)).split()) - {"the", "a", "an"} for s in (a, b))
    if bool(x) and bool(y) and (x <= y or y <= x):
        return True
    # 'Dr Fukuda' and 'Keiji Fukuda': a title is not part of the name (rules/honorifics.toml); only a name's, so
    # 'the county health department' and 'the state health department' stay two bodies ('county', 'state' are
    # titles before a name: 'County Executive', 'State Senator')
    if not (_named(a) and _named(b)):
        return False
    x, y = x - TITLE_WORDS, y - TITLE_WORDS
    return bool(x) and bool(y) and (x <= y or y <= x)


def _named(speaker: str) -> bool:
    """The speaker is written with a capitalised word that is no title: a name."""
    return any(fold(w) not in TITLE_WORDS for w in re.findall(r"\b[A-Z][\w'-]*", speaker))


