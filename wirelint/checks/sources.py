"""Where a claim comes from: the cue words that name a source or a speaker, kept in one place.

WL201 asks whether a figure has a source; WL202 whether a quote has a
speaker. Both read the same cues: the verbs of saying, and the words that
name where a figure comes from (figures, a survey, "according to").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from wirelint.checks.wl2data import data
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning

SPEECH_CUES = (
    "said", "says", "say", "saying", "told", "tells", "telling", "asked", "asks", "added", "adds", "adding",
    "replied", "replies", "explained", "explains", "insisted", "insists", "argued", "argues", "warned", "warns",
    "stated", "states", "declared", "noted", "notes", "wrote", "writes", "commented", "continued", "acknowledged",
    "admitted", "admits", "announced", "announces", "urged", "conceded", "stressed", "stresses", "suggested",
    "recalled", "complained", "joked", "spoke", "speaking", "ask", "remarks", "remarked", "concluded",
    "points to", "pointed to",
    "pointed out", "points out", "pointing out", "whispered", "countered", "observed", "observes", "concedes",
    "revealed", "reveals", "put it", "maintained", "maintains", "responded", "retorted", "reckons", "reckoned",
    "quipped", "tweeted", "posted", "reported", "reports", "ruled", "agreed", "recalls", "asking", "talked",
    "laughs", "laughed", "smiles", "smiled",
    "according to",
    "quoted", "quoting",
    "in a statement", "a statement", "statement", "interview", "told reporters", "spokesman", "spokeswoman",
    "spokesperson", "predicted", "predicts", "claimed", "claims", "claim", "confirmed",
)
"""Words that name a speaker near quoted speech (the source cues below count for quotes too)."""

SOURCE_CUES = (
    "reporting", "report", "estimated", "estimates", "estimate", "figures", "figure",
    "data", "statistics", "citing", "cited", "showed", "shows", "show", "found", "finds",
    "survey", "surveys", "poll", "polls", "polled", "census", "study", "studies", "research", "researchers",
    "forecast", "forecasts", "projected", "projects", "calculated", "counted", "recorded", "registered",
    "expects", "officially", "warning that", "warnings that", "pointing to",
    "put at", "puts at", "put the toll at", "puts the toll at", "put the death toll at",
    "puts the death toll at", "carried out by", "conducted by", "published by", "commissioned by", "compiled by",
    "carried out jointly by", "conducted jointly by", "published jointly by", "commissioned jointly by",
)
"""Words that name where a figure comes from (on top of the speech cues)."""

_NOT_SOURCE = LazyPattern(r"\bclaim(?:ed|s|ing)?\s+(?:the\s+lives|responsibility|victory|\S*\s*lives|their|his|her"
                          r"|its|benefits?|compensation|back|credit|\s+(?:[\w-]+\s+)?(?:victims|casualties|head\s+of))\b"
                          r"|(?<=\b(?:be|been|being|was|were|is|are)\s+(?:\w+\s+)?)(?:found|admitted|declared)\b"
                          r"|(?<=\b(?:be|been|being|was|were|is|are)\s+(?:\w+\s+)?)(?:recorded|registered|logged"
                          r"|confirmed|counted|reported|said|added)\b(?![^.;]{0,60}\bby\b)"
                          r"|(?<=\b(?:lift|rais|push|tak|bring)(?:s|es|ed|ing)?\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2})"
                          r"figure\b"
                          r"|\badmit(?:s|ted|ting)\s+(?:(?:an?|some|about|nearly|almost|more\s+than|over|another"
                          r"|a\s+further|at\s+least|up\s+to)\s+)*\s{2,}"
                          r"|\bclaims\s+(?:have|has|had|are|were|for|of|against|from|worth|totalling|totaling)\b"
                          r"|(?<=\b(?:be|been|being|was|were|is|are)\s+(?:\w+\s+)?)claimed\b"
                          r"|\badmitted\s+(?:to|into)\s+(?:\w+\s+)?(?:hospitals?|clinics?|wards?|care|intensive)\b"
                          r"|\bestimated\s+at\b(?![^.;]{0,60}\bby\b)"
                          r"|\breported\s+(?:missing|dead|killed|injured|wounded|hurt|kidnapped|abducted|sick|ill)\b"
                          r"|\b(?:reported|recorded|registered)\s+(?:(?:violent|sexual|knife|gun|street|hate)\s+)?"
                          r"(?:crimes?|offences|offenses|rapes?|assaults|burglaries|thefts|robberies|attacks|incidents"
                          r"|cases)\b"
                          r"|(?<=\b(?:personal|private|customer|customers'|users'|card|bank|medical)\s)data\b"
                          r"|\bwr(?:ote|ites?|iting|itten)\s+off\b"  # "The treasury wrote off £42bn": a loss
                          r"|\badd(?:ed|s|ing)\s+(?:(?:an?|some|about|nearly|almost|more\s+than|over|another|a\s+further"
                          r"|an\s+extra)\s+)*\s{2,}(?:to|on\s+to|onto)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:bill|bills|cost|costs"
                          r"|burden|tab)\b",
                          regex.IGNORECASE)
""""claimed the lives of", "has claimed 42 lives", "claimed 42 victims", "claimed 42 head of cattle" (the figure
blanked): a toll, not a claim by
a source; "were found", "yet to be found", "were admitted to hospital", "were declared unsafe": a passive or a
place, not a finding, an admission or a declaration; "reported
missing": a state, not a report; "Recorded crime fell", "Reported rapes rose": the kind of statistic, not who
gives it; "Another 25 deaths were recorded", "12 cases have been confirmed" with nobody named after "by": an
agentless passive, not a source ("are said to be in a critical state", "were added to the list" too); "lifting
the national figure above": the toll moved, not figures cited; "The clinic admitted 16 victims" (the figure
blanked): a ward taking in patients, not an admission; "Compensation claims have cost ...": the noun, not a claim
made; "have been claimed by relatives": bodies or a prize collected, not a claim; "could claim their pensions":
claiming something, not saying it; "is estimated at £42m" with nobody estimating; "stole the personal data of":
what was taken, not where a figure comes from; "have added £344m to the burden" (the figure blanked, then a bill,
cost or burden): an amount added, not a speaker adding."""


def cue_pattern(cues: Iterable[str]) -> regex.Pattern[str]:
    spelled = spanning(cues)
    return compile_pattern(rf"(?<![\w-]){spelled}(?![\w-])", regex.IGNORECASE)


NAMED = LazyPattern(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Lord|Lady|Dame|President|Minister|Chancellor|[Bb]oss|[Mm]anager"
    r"|[Cc]oach|[Cc]aptain|[Cc]hairman|[Cc]hairwoman|[Ss]ecretary)\.?\s+[\p{Lu}][\p{Ll}]"
)
"""A person named by title right next to a quote ("Mr Raynsford dismissed the idea."): the reader knows who speaks."""
SOURCE = cue_pattern(SPEECH_CUES + SOURCE_CUES)


@per_paragraph
def has_source(text: str) -> bool:
    """True when ``text`` names a source for what it says."""
    return any(not _NOT_SOURCE.match(text, match.start()) for match in SOURCE.finditer(text))


_WORD = r"[\p{L}\p{M}'’.&-]+"


def _shaped_source() -> str:
    sources = data()["sources"]

    def words(key: str) -> str:
        return spanning(sources[key])

    between = rf"(?:(?:{_WORD})\s+){{0,5}}?"
    modifier = rf"(?!(?:{words('record-gap-not')})\s)[\p{{L}}\p{{M}}-]+\s+"
    kept = rf"(?:(?:the|a|an)\s+)?(?:[\p{{L}}\p{{M}}-]+['’]s?\s+)?(?:{modifier}){{0,2}}?"
    institution = rf"(?:{words('institutions')})s?(?![\p{{L}}\p{{M}}'’-])"
    name = r"(?-i:\p{Lu}[\p{L}\p{M}]*)"
    link = rf"(?:{words('links')}|(?<=(?:^|[,;:(–—])\s*)per)"
    record = rf"(?:{words('records')})\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:{words('keepers')})"
    reckoner = rf"(?:{words('reckoners')}|{words('institutions')}|(?-i:\p{{Lu}}{{2,}}))"
    verbs = rf"(?:{words('reckoning')}|puts?\s+(?:\S+\s+){{1,6}}?at)"
    owned = rf"(?:{words('institutions')})['’]s?\s+(?:[\p{{L}}-]+\s+)?(?:{words('records')})(?![\p{{L}}-])"
    return (rf"(?<![\p{{L}}-])(?:{link}\s+{between}(?:{institution}|{name})|{record}\s+{kept}{institution}|{owned}"
            rf"|{reckoner}(?:\s+(?:at|of|for|from|with|in)\s+{between}{_WORD})?\s+"
            rf"(?:(?:now|also|still|privately|have|has|had)\s+)?{verbs}(?![\p{{L}}-]))")


SHAPED = LazyPattern(_shaped_source, regex.IGNORECASE)
"""An attribution by its shape (attribution.toml [sources]): a link and an institution or a name ("going by the
count of the disaster agency", "..., per the directorate", "as tallied by the Red Cross"), a record and its keeper
("the count of the state commission", "a register kept by the council", "by the ministry's reckoning"), or officials
or an institution reckoning ("Officials at the water board believe", "Police believe", "The ministry puts the toll
at")."""


@per_paragraph
def sourced(text: str) -> bool:
    """True when ``text`` names a source by a cue word or by the shape of an attribution (WL201)."""
    return has_source(text) or SHAPED.search(text) is not None


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the spans overwritten by spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
