"""Counts named before they are given: "the number of migrants evacuated ... stood at 45", "put the number of
passengers killed in the shelling at 45", "the tally of protesters detained reached 80".

The copy names what is counted (a noun) and what happened to it (the event, read by the same words that read
"45 migrants were evacuated") before the figure, then links the figure with "at", "to", "reached" or
"numbered". The figure counts that noun with that event, as if they stood after it. Structure, not phrasing:
any noun and any event word the engine knows, any verb of the number ("stood at", "rose to", "was put at").
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.events import event_after
from wirelint.numbers.nouns import counted_noun

NAMED = LazyPattern(
    r"\b(?:number|numbers|count|tally|total|toll|figure)\s+of\s+(?:the\s+|those\s+)?(?=[\p{L}\p{M}])",
    regex.IGNORECASE,
)
"""What opens a count named before its figure."""
LINK = LazyPattern(
    r"[^\d.;:!?]{0,90}?\b(?:at|to|reached|reaches|numbered|numbers|totalled|totals|hit|passed|topped|was|is"
    r"|stood|stands)\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least|just)\s+)?$",
    regex.IGNORECASE,
)
"""From the named noun's event to the figure: a clause without another figure, then the verb of the number."""
REACH = 160
"""How far before the figure the naming may start."""


def named_before(text: str, start: int) -> tuple[str, int, str] | None:
    """``(noun, noun_end, event)`` when the figure at ``start`` is a count the copy named before it, else None."""
    window = max(0, start - REACH)
    for opening in reversed(list(NAMED.finditer(text, window, start))):
        noun, noun_end, _ = counted_noun(text, opening.end())
        if not noun:
            continue
        event = event_after(text, noun_end)
        if not event:
            continue
        if LINK.fullmatch(text, noun_end, start) is None:
            return None
        return noun, noun_end, event
    return None
