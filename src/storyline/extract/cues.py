"""Reporting cues: the words that attribute a statement or attitude to a source.

PolNeAR's notion of attribution (and storyline's) is wider than speech: beliefs, knowledge,
intentions, support and opposition, evaluations, decisions and findings are attributed too ("Lowell
plans to …", "the court ruled that …", "Trump attacked the plan"). The verbs are grouped by the
frame that carries their content: a clause ("said that …", "wants to …"), a direct object ("opposed
the deal"), or a preposition ("called for …"). The groups are verb classes of English (speech,
judgement, conjecture, desire, support, perception, evidence, decree), not lists fitted to one
corpus; where polnear-dev measured a choice, the comment gives the figure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that introduce a direct or partial quote: speech and its manner ("…,” smiled Lowell").
QUOTE_VERBS = frozenset(["say", "tell", "add", "ask", "explain", "note", "write", "insist", "warn", "argue", "claim", "recall", "reply", "respond", "state", "declare", "tweet", "announce", "acknowledge", "admit", "suggest", "conclude", "complain", "predict", "urge", "emphasize", "stress", "continue", "agree", "confirm", "deny", "report", "reiterate", "describe", "call", "swear", "vow", "pledge", "promise", "refer", "joke", "quip", "boast", "concede", "contend", "maintain", "observe", "remark", "comment", "post", "shout", "chant", "scream", "yell", "whisper", "testify", "allege", "assert", "caution", "counter", "demand", "wonder", "muse", "lament", "recount", "reveal", "disclose", "inform", "assure", "estimate", "text", "email", "charge", "accuse", "praise", "criticize", "dismiss", "label", "dub", "mock", "put", "read", "interject", "interrupt", "cite", "quote", "speak", "sing", "echo", "retort", "snap", "exclaim", "blast", "slam", "thunder", "decry", "proclaim", "threaten", "recommend", "advise", "plead", "beg", "implore", "tout", "hail", "brag", "sigh", "laugh", "smile", "grin", "shrug", "scoff", "sneer", "gush", "rave", "rage", "fume", "marvel", "concur", "offer", "repeat", "summarize", "summarise"])

# Speech, conjecture, desire, perception, evidence and decree verbs whose clause is attributed
# ("X said (that) …", "X wants to …", "the report shows that …", "the court ruled that …").
CLAUSE_VERBS = frozenset(["say", "tell", "add", "explain", "note", "insist", "warn", "argue", "claim", "announce", "acknowledge", "admit", "suggest", "conclude", "complain", "predict", "urge", "confirm", "deny", "report", "reiterate", "reveal", "allege", "assert", "contend", "maintain", "testify", "assure", "inform", "write", "tweet", "state", "declare", "concede", "stress", "emphasize", "recall", "reply", "respond", "agree", "promise", "pledge", "vow", "threaten", "caution", "estimate", "signal", "indicate", "find", "show", "believe", "think", "know", "expect", "hope", "fear", "want", "propose", "recommend", "demand", "mention", "question", "describe", "accuse", "call", "cite", "plan", "support", "ask", "criticize", "attack", "wish", "intend", "aim", "seek", "prefer", "decide", "vote", "rule", "suspect", "doubt", "guess", "assume", "feel", "worry", "understand", "realize", "recognize", "remember", "learn", "discover", "notice", "see", "hear", "argue", "imply", "insinuate", "hint", "speculate", "predict", "forecast", "project", "calculate", "determine", "judge", "conclude", "deem", "consider", "regard", "view", "acknowledge", "concede", "confess", "boast", "brag", "joke", "quip", "wonder", "ask", "inquire", "demand", "request", "advise", "encourage", "press", "pressure", "push", "lobby", "implore", "beg", "plead", "refuse", "decline", "offer", "threaten", "swear", "vow", "commit", "resolve", "agree", "disagree", "dispute", "reject", "dismiss", "deny", "refute", "contest", "challenge", "blame", "credit", "praise", "thank", "applaud", "welcome", "celebrate", "condemn", "denounce", "decry", "slam", "blast", "mock", "ridicule", "deride", "lambaste", "chide", "scold", "rebuke", "fault", "charge", "point", "like", "love", "hate", "resent"])

# Left out, as actions rather than attitudes (PolNeAR's guidelines; on polnear-dev each predicted
# more false than true attributions): suppose ('is supposed to'), require, order, raise (taxes),
# investigate, examine, focus on, invite.
# Verbs whose direct object is the attributed content ("opposed the deal", "denied it", "cited a
# poll", "praised her record"): support and opposition, judgement, speech about a thing.
OBJECT_VERBS = frozenset(["say", "deny", "confirm", "announce", "acknowledge", "admit", "report", "reveal", "disclose", "unveil", "detail", "describe", "discuss", "mention", "cite", "quote", "reference", "invoke", "echo", "repeat", "reiterate", "stress", "emphasize", "highlight", "note", "tout", "promote", "defend", "champion", "advocate", "endorse", "back", "support", "favor", "favour", "oppose", "reject", "dispute", "question", "challenge", "contest", "refute", "dismiss", "denounce", "condemn", "criticize", "criticise", "attack", "blast", "slam", "lambaste", "mock", "ridicule", "deride", "decry", "praise", "applaud", "hail", "laud", "welcome", "thank", "blame", "fault", "accuse", "credit", "propose", "suggest", "recommend", "urge", "demand", "request", "seek", "want", "prefer", "predict", "promise", "pledge", "vow", "offer", "express", "voice", "downplay", "dismiss", "belittle", "reject", "veto", "approve", "ratify", "rule", "declare", "consider", "weigh", "debate", "address", "tweet", "retweet", "post", "write", "outline", "present", "signal", "propound", "compare", "liken", "link", "tie", "understate", "overstate", "exaggerate", "admire", "respect", "like", "love", "hate", "dislike", "despise", "fear", "dread", "envision", "grill", "reference", "illustrate", "depict", "characterize", "acknowledge", "applaud", "relish", "resent", "regret", "lament", "bemoan", "mourn", "show", "indicate", "demonstrate", "document", "describe", "explain", "understand", "believe", "claim"])
# Verbs that attribute only with a complement naming or judging the object ("called the charges
# fabricated", "sees the deal as a betrayal"): bare, they are calls, sightings and votes.
NAMING_VERBS = frozenset(["call", "label", "dub", "brand", "term", "deem", "consider", "declare", "name", "see", "view", "regard", "portray", "paint", "cast", "describe", "characterize", "treat", "find", "judge"])

# Verb → prepositions that introduce the content ("called for …", "spoke of …").
PREP_CUES: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split(","))
    for verb, preps in (
        ("call", "for,on"), ("speak", "of,about,on"), ("talk", "about,of"), ("comment", "on"),
        ("complain", "about,of"), ("warn", "of,about,against"), ("argue", "for,against,about"),
        ("push", "for"), ("press", "for"), ("advocate", "for"), ("vote", "for,against"),
        ("point", "to"), ("refer", "to"), ("insist", "on"), ("agree", "with,on,to"),
        ("disagree", "with,on"), ("object", "to"), ("apologize", "for"), ("apologise", "for"),
        ("testify", "about,on"), ("write", "about,of"), ("think", "of,about"), ("worry", "about"),
        ("hope", "for"), ("wish", "for"), ("ask", "about,for"), ("lobby", "for,against"),
        ("campaign", "for,against,on"), ("side", "with"), ("plead", "for"), ("boast", "about,of"),
        ("brag", "about"), ("joke", "about"), ("lie", "about"), ("weigh", "on"), ("rail", "against"),
        ("protest", "against"), ("fight", "for,against"), ("reflect", "on"), ("elaborate", "on"),
        ("opine", "on"), ("dwell", "on"), ("care", "about"), ("know", "about,of"),
        ("hear", "about,of"), ("learn", "about,of"), ("dream", "of,about"), ("respond", "to"),
        ("react", "to"), ("reply", "to"), ("express", "about"), ("criticize", "for"),
        ("praise", "for"), ("blame", "for"), ("accuse", "of"), ("thank", "for"), ("credit", "with"),
    )
}

_ANY_FRAME = CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | frozenset(PREP_CUES)

# Content clauses and objects.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj"})
VERBAL = frozenset({"VERB", "AUX"})


def is_quote_cue(tok: Token) -> bool:
    """A verb that can introduce a quotation, or 'according (to)'."""
    return is_according(tok) or (tok.pos_ in VERBAL and tok.lemma_.lower() in QUOTE_VERBS)


def is_reporting_verb(tok: Token) -> bool:
    """A verb of any frame (clause, object, preposition), or 'according (to)'."""
    lemma = tok.lemma_.lower()  # the set test first: it rules out most tokens
    if lemma not in _ANY_FRAME:
        return is_according(tok)
    return tok.pos_ in VERBAL


def is_according(tok: Token) -> bool:
    """'according to X': the cue is the two words, the source the object of 'to'."""
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


# Past forms the stems below do not reach ("said", "thought", "found" …).
IRREGULAR_FORMS = frozenset(["said", "told", "thought", "knew", "known", "saw", "seen", "found", "wrote", "written", "spoke", "spoken", "swore", "sworn", "felt", "heard", "sought", "fought", "chose", "chosen", "meant", "held", "understood"])


def cue_forms_pattern() -> str:
    """A regex source matching any inflection of a cue verb: the stem and any ending ('criticiz'
    covers criticize, criticized, criticizing), plus the irregular past forms. It over-matches a
    little ('caller'), which only costs a parse."""
    verbs = QUOTE_VERBS | CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | frozenset(PREP_CUES)
    verbs |= NOUN_CUES | ADJ_CUES
    stems = sorted({v[:-1] if v.endswith(("e", "y")) and len(v) > 3 else v for v in verbs})
    return r"\b(?:%s)\w*|\b(?:%s)\b" % ("|".join(stems), "|".join(sorted(IRREGULAR_FORMS)))


# Nouns and adjectives that attribute what follows them: "his claim that …", "her plan to …",
# "criticism of the deal", "an opponent of the death penalty", "critical of Trump", "afraid that …".
NOUN_CUES = frozenset(["claim", "view", "belief", "concern", "argument", "assertion", "allegation", "charge", "accusation", "suggestion", "warning", "promise", "pledge", "vow", "threat", "hope", "fear", "worry", "demand", "call", "criticism", "complaint", "statement", "comment", "remark", "denial", "admission", "insistence", "contention", "opinion", "position", "stance", "message", "proposal", "plan", "decision", "ruling", "finding", "conclusion", "estimate", "prediction", "assessment", "announcement", "assurance", "expectation", "idea", "notion", "suspicion", "doubt", "wish", "desire", "intention", "commitment", "support", "opposition", "endorsement", "condemnation", "rhetoric", "advice", "recommendation", "request", "question", "questions", "answer", "acknowledgment", "acknowledgement", "theory", "determination", "eagerness", "reluctance", "refusal", "insistence", "objection", "praise", "attack", "attacks", "defense", "defence", "pronouncement", "missive", "vision", "goal", "agreement", "opponent", "supporter", "critic", "defender", "advocate", "proponent", "champion"])
ADJ_CUES = frozenset(["critical", "supportive", "skeptical", "sceptical", "wary", "confident", "convinced", "certain", "sure", "afraid", "worried", "concerned", "fearful", "hopeful", "optimistic", "pessimistic", "determined", "eager", "willing", "ready", "reluctant", "unwilling", "opposed", "adamant", "insistent", "clear", "aware", "unaware", "proud", "ashamed", "happy", "glad", "pleased", "angry", "furious", "upset", "outraged", "disappointed", "frustrated", "surprised", "shocked", "bearish", "bullish", "keen", "sorry", "grateful", "thankful", "doubtful"])
# Words after which a nominal cue's content follows.
NOMINAL_PREPS = frozenset({"of", "about", "for", "to", "on", "against", "over", "with", "that"})


# Every lemma any cue test accepts: a cheap first filter over all tokens.
CUE_LEMMAS = _ANY_FRAME | NOUN_CUES | ADJ_CUES | {"accord", "according"}


def is_nominal_cue(tok: Token) -> bool:
    """A noun or adjective of speech or attitude ('claim', 'critical')."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "NOUN" and lemma in NOUN_CUES) or (tok.pos_ == "ADJ" and lemma in ADJ_CUES)
