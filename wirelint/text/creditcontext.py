"""Lines with a credit's shape whose neighbours say they are the story's: announced, or labelling figures.

A credit is judged on its own line, but the lines around it may say what it is. A line that the line before it
announces with a colon ("The reporter of the year was:" then "NAME/Toronto Star") is what the story promised
to name, however much it looks like a credit. A "Paper/Pollster" or "NAME/ORG" line directly above a line of
figures ("Sunday Times/YouGov" then "Labour 38, Conservatives 33") labels a poll or a table's results. Neither
is a sure deletion: the finding stays, with an unsafe fix, and an editor decides.

A word in capitals opening the line before a credit may be the wire's sign-off ("REUTER Photo: NAME/Outlet");
any other is a heading or a round's name ("SEMIFINALS NAME/NAME beat ..."), and the line is the story's.
"""

from __future__ import annotations

from functools import cache

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import listed
from wirelint.text.lexicon import table, words

_ANNOUNCES = LazyPattern(r"[:：][ \t]*\Z")
"""A line that ends on a colon announces the line after it."""
_FIGURE = LazyPattern(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)?")
_SMALL_WORD = LazyPattern(r"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")
_SENTENCE_END = LazyPattern(r"\p{L}[.!?][\"'”’)]?[ \t]*\Z")
_FIGURES_LINE = 2
"""A line of a table or of results holds two figures at least ("Labour 38, Conservatives 33"), no more words in
small letters than figures but one ("Shr 1.20 dlrs vs 1.10 dlrs"), and does not end as a sentence does."""
_HEADING = LazyPattern(r"[ \t]*(\p{Lu}{4,})[ \t]+\Z")
"""A word in capitals alone before a credit on its line (``creditparts.LEFT`` lets a credit start after one)."""
_NAME_FIRST = LazyPattern(r"\p{Lu}\p{Ll}")
_SHORT_LINE = 120
"""Longer than this, a line with figures is a paragraph of running text, not a row of results."""


def read_otherwise(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` of ``lines`` (blank lines apart) is announced by a colon at the end of the
    line before it, or stands directly above a short line of figures."""
    before = [line for line in lines[:index] if line.strip()][-1:]
    if before and _ANNOUNCES.search(before[0].rstrip()):
        return True
    after = lines[index + 1 : index + 2]
    return bool(after) and figures_line(after[0])


def figures_line(line: str) -> bool:
    """Whether ``line`` is a row of a table or a line of results, not a sentence (see ``_FIGURES_LINE``)."""
    if len(line) > _SHORT_LINE or _SENTENCE_END.search(line):
        return False
    figures = sum(1 for _ in _FIGURE.finditer(line))
    return figures >= _FIGURES_LINE and sum(1 for _ in _SMALL_WORD.finditer(line)) <= figures + 1


@cache
def _sign_offs() -> frozenset[str]:
    """``[lexicon.credits] sign-offs`` and the listed agencies, in capitals."""
    return frozenset(word.upper() for word in (*words(table("credits"), "sign-offs"), *listed()))


def after_a_heading(text: str, start: int) -> bool:
    """Whether the credit at ``start``, opening on a name in ordinary case, follows, on its line, a word in
    capitals that is no sign-off ("SEMIFINALS NAME/NAME"; not "SANA handout via AFP", the agency's own)."""
    if not _NAME_FIRST.match(text, start):
        return False
    heading = _HEADING.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
    return heading is not None and heading.group(1) not in _sign_offs()
