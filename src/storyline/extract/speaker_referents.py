"""Who a definite description or an age as a quote's source refers back to: the person named before.

'the lawmaker said' is the one the article titled 'Sen.' or 'Rep.', 'the 58-year-old said' the one
it gave that age, 'the official said' right after one named speaker that speaker. These steps of
`speakers.SpeakerResolver` answer with a name (a string) read from who the article names, their
titles and the sources resolved so far; they are apart from speakers.py, which builds the `Speaker`
of a mention and resolves pronouns, to keep each module short. The resolver inherits them from
`NamedReferents`, which keeps no state of its own: it reads the resolver's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.antecedents import SENTENCES_BACK
from storyline.extract.article_people import fold
from storyline.extract.descriptions import KIN_NOUNS, PLAIN_NOUNS, described_people
from storyline.extract.speaker_words import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.extract.article_people import ArticlePeople
    from storyline.extract.speakers import Speaker


# How far back (characters) 'the lawmaker said' looks for the named person it describes: about two
# sentences of news prose (the median news sentence is ~25 words, ~150 characters).
DESCRIBED_WINDOW = 400
# 'Tollefsen, 52, appeared …': a name and the age set beside it by commas (AP style gives ages so).
STATED_AGE = re.compile(r"\b([A-Z][\w’'-]+),\s+(\d{1,3}),")
# a capitalised name of up to four words ('Lorraine Feeney', 'Mary Ann de la Cruz' aside)
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"



def _role_titles() -> dict[str, frozenset[str]]:
    """Role noun → the titles it covers ('lawmaker' → sen, rep, congressman, …)."""
    return {e["role"]: frozenset(e["titles"]) | {e["role"]} for e in rules.entries("speakers", "role_titles")}


ROLE_TITLES = _role_titles()
# 'predecessor', 'successor': another's office, whatever its name (rules/speakers.toml [office_relation_nouns])
OFFICE_RELATIONS = rules.words("speakers", "office_relation_nouns")
# 'former' → True, 'current' → False (rules/speakers.toml [tenure_modifiers])
TENURE = {e["word"]: bool(e["past"]) for e in rules.entries("speakers", "tenure_modifiers")}
_PAST_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, past in TENURE.items() if past) + r")\b|\bpredecessor\b", re.I)
# how far from a name its title's 'former' may stand ('Clifford Amundsen, the former director of …')
_TENURE_WINDOW = 50


def _written_past(text: str, at: int) -> bool:
    """Does the text call the person named at `at` a past holder: 'former' (or the like) in the
    words before the name or right after it ('Amundsen, the former director')."""
    return _PAST_WORDS.search(text, max(0, at - _TENURE_WINDOW), at + _TENURE_WINDOW) is not None


class NamedReferents:
    """The named person a definite description or an age refers back to (mixed into `SpeakerResolver`)."""

    doc: Doc
    ents: list[Span]
    article: ArticlePeople
    history: list[tuple[int, Speaker, bool]]
    _roles: list[tuple[int, str, str]]
    _described: dict[int, str] | None

    def _just_named(self, head: Token) -> str | None:
        """'Arlo Keswick introduced the bill on Tuesday. “…,” the lawmaker said': a definite person
        noun as a quote's source, after a sentence that names one person only, is that person when
        the article gives them no title the noun does not cover (a named senator is no 'the
        president'). Kin and plain nouns ('the son', 'the man') may be someone else (bridging,
        `descriptions`); an unnamed source just described is taken before this (`_earlier_anonymous`)."""
        lemma = head.lemma_.lower()
        if lemma not in PERSON_NOUNS or lemma in KIN_NOUNS or lemma in PLAIN_NOUNS:
            return None
        # the noun alone or with adjectives ('the former official'): a noun or phrase modifying it names a
        # body the role belongs to ('The health service executive said' after 'Daniel Nasaw in Washington,
        # taking over' is Ireland's HSE; timeline17-dev, dev part)
        if any(c.dep_ not in ("det", "amod", "punct") for c in head.children):
            return None
        covered = ROLE_TITLES.get(lemma, frozenset()) | {lemma}
        titles = self.article.titles + self._roles

        # nobody else spoke in the last two sentences ('Ana Lind said …. Boris Kell said …. “…,” the
        # official said' stays anonymous, as `_described_person` reads it)
        spoke = {sp.name for at, sp, _ in self.history if head.idx - DESCRIBED_WINDOW <= at < head.idx and sp.kind == "person"}

        def holds(name: str) -> bool:
            own = {title.rstrip(".") for at, title, who in titles if who == name and at < head.idx} - OFFICE_RELATIONS
            return (not own or bool(own & covered)) and spoke <= {name} and self._tenure_fits(head, name)
        return self._sole_focus(head.idx, holds)

    def _paragraph_speaker(self, head: Token) -> str | None:
        """'Okafor said in an interview that she welcomed the release. “We have nothing to hide,” the
        board president said.': a definite role noun as a source refers to the one person who spoke
        earlier in its paragraph when the paragraph names nobody else (a paragraph keeps one
        source in news prose; a second person is introduced by name or an indefinite 'a …', not
        by 'the …'), unless the article titled that person with a role the noun does not cover
        (probe11 story; `_just_named` leaves out a noun with a modifier, 'the board president')."""
        lemma = head.lemma_.lower()
        if lemma not in PERSON_NOUNS or lemma in KIN_NOUNS or lemma in PLAIN_NOUNS:
            return None
        text = self.article.article_text()
        lo = text.rfind("\n", 0, head.idx) + 1
        spoke = {sp.name for at, sp, plural in self.history
                 if lo <= at < head.idx and sp.kind == "person" and not plural and sp.name}
        named = {m.name for m in self.article.mentions() if lo <= m.start < head.idx}
        if len(spoke) != 1 or not named <= spoke:
            return None
        name = spoke.pop()
        covered = ROLE_TITLES.get(lemma, frozenset()) | {lemma}
        own = {title.rstrip(".") for at, title, who in self.article.titles + self._roles
               if who == name and at < head.idx} - OFFICE_RELATIONS
        return name if (not own or own & covered) and self._tenure_fits(head, name) else None

    def _tenure_fits(self, head: Token, name: str) -> bool:
        """'the former director' is a person the article calls a former holder or a predecessor
        where it names them, 'the current director' one it does not; a noun with neither fits anyone."""
        past = {TENURE[w] for c in head.lefts if c.dep_ == "amod" and (w := c.lower_.rstrip("-")) in TENURE}
        if len(past) != 1:
            return True
        text = self.article.article_text()
        return any(_written_past(text, m.start) for m in self.article.mentions()
                   if m.name == name and m.start < head.idx) == past.pop()

    def _named_kin(self, head: Token) -> str | None:
        """'His wife said …' after 'Gordon Feeney and his wife, Lorraine Feeney,': a kin noun after
        'his'/'her' as a source is the one person the article set beside the same words by a comma
        before (apposition names the relative: Quirk et al. 1985 §17.65; `descriptions` reads a kin
        noun by apposition only, as it may be anyone's relative)."""
        pron = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if pron is None or head.lemma_.lower() not in KIN_NOUNS:
            return None
        text, kin = self.article.article_text()[:head.idx], rf"(?i:{pron})\s+{re.escape(head.lower_)}"
        named = {m.group(1) for m in re.finditer(rf"\b{kin}\s*,\s+({_NAME})", text)}
        named |= {m.group(1) for m in re.finditer(rf"({_NAME}),\s+{kin}\b", text)}
        people = {self.article.person_name(n.split()) for n in named if fold(n.split()[-1]) in self.article.people}
        return people.pop() if len(people) == 1 and len(named) == 1 else None

    def _aged(self, years: int, pos: int) -> str | None:
        """'the 58-year-old said': the person the article gave that age before ('Averill, 71,'), else
        the person in focus just before (`_sole_focus`) when no other age is stated for them (an age
        refers back like a sex-neutral pronoun: AP style's second reference to someone just named)."""
        text = self.article.article_text()[:pos]
        stated = {fold(m.group(1)): int(m.group(2)) for m in STATED_AGE.finditer(text)}
        same = [k for k, age in stated.items() if age == years and k in self.article.people]
        if same:
            return self.article.people[same[-1]]
        return self._sole_focus(pos, lambda name: stated.get(fold(name.split()[-1]), years) == years)

    def _sole_focus(self, pos: int, fits: Callable[[str], bool]) -> str | None:
        """The person in focus in the nearest of the sentences before `pos` that has one — who spoke
        there or a named main-clause subject — when that sentence names no one else and `fits` them
        (with two people named, 'Nikki Haley derided Vivek Ramaswamy …. “…,” the 38-year-old said'
        is Ramaswamy, dates-dev: no person is taken then)."""
        text = self.article.article_text()
        sentences = self.article.sentence_index()
        own = sentences.index(pos)
        for k in range(own, max(-1, own - SENTENCES_BACK - 1), -1):
            lo, hi = sentences.bounds(k, len(text))
            hi = min(hi, pos)
            found = [(at, sp.name) for at, sp, plural in self.history
                     if lo <= at < hi and sp.kind == "person" and not plural and not self.article.quoted(at)]
            found += [(m.start, m.name) for m in self.article.mentions() if lo <= m.start < hi and m.subject]
            if found:
                named = {m.name for m in self.article.mentions() if lo <= m.start < hi} | {
                    name for _, name in found if name} | {
                    self.article.people[fold(e[-1].text)] for e in self.ents  # a person the recognizer called a body
                    if lo <= e.start_char < hi and fold(e[-1].text) in self.article.people}
                if len(named) != 1:
                    return None
                name = named.pop()
                return name if fits(name) else None
        return None

    def _description_referent(self, head: Token) -> str | None:
        """The named person a definite description refers back to, as `descriptions` decides for
        the article's entity mentions (found once per article, at the first such source)."""
        if self._described is None:
            self._described = described_people(self.doc, self.article.article_text())
        name = self._described.get(head.idx + len(head.text))
        if not name:
            return None
        # the resolver's own fullest form when it knows the surname, so a later 'he' finds one person
        return self.article.person_name(name.split()) if fold(name.split()[-1]) in self.article.people else name

    def _titled(self, lemma: str, pos: int, modifiers: frozenset[str] = frozenset()) -> str | None:
        """The person given this title ('the interim president' → Guaidó), else the one person given
        a title the role covers ('the lawmaker' → the one 'Sen.' or 'Rep.' named before). 'The former
        director' is one the article called a former director, 'the current director' one it did not."""
        titles = sorted(self.article.titles + self._roles) if self._roles else self.article.titles
        past = {TENURE[w] for w in modifiers if w in TENURE}
        if len(past) == 1:
            text, was = self.article.article_text(), past.pop()
            titles = [t for t in titles if _written_past(text, t[0]) == was]
        matches = [name for at, title, name in titles if title == lemma and at < pos]
        if matches:
            return matches[-1]
        covered = ROLE_TITLES.get(lemma, frozenset())
        people = {name for at, title, name in titles if title.rstrip(".") in covered and at < pos}
        return people.pop() if len(people) == 1 else None

    def _titled_since(self, lemma: str, since: int, pos: int) -> str | None:
        """The person last given this very title between `since` and `pos`: 'the commissioner said'
        after 'The Information Commissioner, Carly Whitford, has opened …' is she, though an unnamed
        'commissioner' spoke before her name was given (branch probe23: a summary box above the story)."""
        titles = sorted(self.article.titles + self._roles) if self._roles else self.article.titles
        matches = [name for at, title, name in titles if title == lemma and since < at < pos]
        return matches[-1] if matches else None

    def _described_person(self, lemma: str, pos: int) -> str | None:
        """'Jane Doe said … The Oregon lawmaker said …': a definite person description right after a
        named speaker is that speaker, when he or she is the only person who spoke in the last two
        sentences and no unnamed source was just described."""
        if lemma not in PERSON_NOUNS:
            return None
        recent = [(at, sp) for at, sp, _ in self.history if pos - DESCRIBED_WINDOW <= at < pos]
        if not recent or recent[-1][1].kind != "person":
            return None
        names = {sp.name for _, sp in recent if sp.kind == "person"}
        return names.pop() if len(names) == 1 else None


# Determiners that open a described subject ('The mother', 'my dad', 'One survivor') and how many
# words may precede it in its sentence ('Then, my dad came'): a clause-initial adverb or conjunction.
DETERMINERS = frozenset({"the", "a", "an", "one", "my", "his", "her", "their", "our", "another"})
OPENING_WORDS = 3


def opening_description(span: Span, sex: str) -> Token | None:
    """'The mother then turns around …', 'Then, my dad came.': in a sentence left unparsed, a
    determiner among its first words followed at once (or after one adjective) by a person noun
    of the pronoun's sex is its subject (English subjects open the clause; the parsed
    counterpart is speakers' nsubj rule; speakers dev). Split from extract/speakers.py."""
    from storyline.extract.antecedents import noun_sex

    words = [t for t in span[:OPENING_WORDS + 2] if not t.is_punct and not t.is_space]
    for i, t in enumerate(words[:OPENING_WORDS]):
        if t.lower_ not in DETERMINERS:
            continue
        for noun in words[i + 1:i + 3]:
            if noun.lower_ in PERSON_NOUNS and noun_sex(noun.lower_) in ("", sex):
                return noun
            if not noun.is_lower:
                break
        return None
    return None

