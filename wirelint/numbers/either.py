"""A count of the killed or the injured: casualties in other words.

"40 killed or injured", "40 dead or wounded", "40 hurt or killed" count everyone who was killed and everyone who was
hurt, as "40 casualties" does: such a count stands for the body's killed and injured added up, not for either alone.
The words joined by "or" are read by the event lexicon (events.event_after), so any word for dying or being hurt
serves ("died or were wounded", "killed or wounded").
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.events import event_after

_EITHER = LazyPattern(r"\s+(?:(?:people|others|civilians|persons)\s+)?(?P<first>(?:(?:were|are|have\s+been)\s+)?"
                      r"[\p{L}-]+)\s+or\s+(?:(?:were|are|have\s+been)\s+)?(?P<second>[\p{L}-]+)", regex.IGNORECASE)
_BOTH = frozenset({"killed", "injured"})


def killed_or_injured(text: str, end: int) -> bool:
    """Whether the words right after a count at ``end`` name dying and being hurt joined by "or"."""
    match = _EITHER.match(text, end)
    if match is None:
        return False
    first = event_after(f" {match.group('first')}", 0)
    second = event_after(f" {match.group('second')}", 0)
    return {first, second} == _BOTH
