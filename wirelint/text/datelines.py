"""Recognise datelines: ``BEIRUT (AFP) -``, ``AFP, Beirut :``, ``Beirut, Syria —``.

Used by readers (a dateline on a line of its own is not a headline) and by the
mechanics rules that check dateline format.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern

AGENCIES = r"AFP|AP|Reuters|REUTERS|dpa|DPA|Xinhua|XINHUA|ANSA|EFE|UPI|PA|AAP|Anadolu"

_PLACE = r"\p{Lu}[\p{L}'.\-]*(?:[ \-]\p{Lu}[\p{L}'.\-]*){0,3}"

STANDALONE_DATELINE = LazyPattern(
    rf"""^\s*(?:
        (?:{AGENCIES})\s*,\s*{_PLACE}\s*[:\-–—]              # AFP, Beirut :
      | {_PLACE}(?:\s*,\s*{_PLACE})?\s*\((?:{AGENCIES})\)\s*[:\-–—]?   # BEIRUT (AFP) -
      | {_PLACE}\s*,\s*{_PLACE}\s*[:\-–—]                    # Beirut, Syria —
    )\s*$""",
    regex.VERBOSE,
)


def is_standalone_dateline(line: str) -> bool:
    """True when a whole line is a dateline and nothing else."""
    return len(line) <= 60 and STANDALONE_DATELINE.match(line) is not None
