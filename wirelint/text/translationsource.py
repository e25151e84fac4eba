"""Where a machine-translation note names the text it was translated from.

"AI translation of the original Italian story." ends on the story it names: the capitalised word after "of
the original" is the source's language, not the first word of the next sentence, so the note is not cut there.
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern

_SOURCE_NAMED = LazyPattern(
    r"\s+\p{Lu}[\p{L}-]+[ ](?:original|text|version|edition|source|article|story|report|piece)\b"
)


def names_source(text: str, at: int) -> bool:
    """Whether the words at ``at`` name the source text by its language ("... Italian story")."""
    return _SOURCE_NAMED.match(text, at) is not None
