"""A paragraph that brings a new person or firm into the story as background (WL601's paragraph apart).

A background paragraph may share no word with the story it sits in ("Architect David Chipperfield, whose firm
has offices in Berlin, Milan and Shanghai, won the design competition in 2003."), yet an editor reads it as part
of the story: it opens by introducing a name (a role may stand before it) with a clause or noun phrase after it
that says who or what it is, because the reader meets that person here for the first time. A body paragraph of
another story opens with that story's people already introduced earlier in it ("Smith said ...", "The company
...").
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.common_words import FUNCTION_WORDS
from wirelint.text.vocabulary import TRANSITION, paragraph_units

MOST_NAME_WORDS = 6
"""Words before the first comma that a role and a name take up at most ("Former chief executive Sir Terry
Leahy")."""

_NAMED = LazyPattern(r"^[\"'“‘]?((?:[\p{L}\-'’.&]+\s+){0,5}\p{Lu}[\p{L}\-'’.&]*),\s+")
"""A paragraph's opening words up to a first comma, the last of them capitalised: a role and a name, or a name."""
_INTRODUCED = LazyPattern(r"^(?:who|whose|which|an?|one|the|formerly|founded|based|now|then|\d{1,3}(?:,|\s+and\b))\b")
"""What follows a name being introduced: a clause or a noun phrase that says who or what it is, or an age."""
_CAPITALISED = LazyPattern(r"^\p{Lu}")
_OPENERS = FUNCTION_WORDS - {"the"}
"""Words that open a phrase of time or place before a comma ("In London, a man ..."), not a name."""


@per_paragraph
def introduces(text: str) -> bool:
    """Whether ``text`` opens by introducing a name of two words or more (a role before it counts) with a clause or
    noun phrase after it that says who or what it is (:mod:`storybackground`)."""
    units = paragraph_units(text)
    if not units:
        return False
    sentence = text[units[0].start : units[0].end]
    opening = _NAMED.match(sentence)
    if opening is None or TRANSITION.match(sentence):  # "Elsewhere, a ..." turns away
        return False
    words = opening.group(1).split()
    if len(words) > MOST_NAME_WORDS or words[0].lower() in _OPENERS:
        return False
    if sum(1 for word in words if _CAPITALISED.match(word)) < 2:  # "Last year, the ...": no name
        return False
    return _INTRODUCED.match(sentence[opening.end() :]) is not None
