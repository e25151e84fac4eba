"""Lines with a credit's shape whose neighbours say they are the story's: announced, or labelling figures.

A credit is judged on its own line, but the lines around it may say what it is. A line that the line before it
announces with a colon ("The reporter of the year was:" then "NAME/Toronto Star") is what the story promised
to name, however much it looks like a credit. A "Paper/Pollster" or "NAME/ORG" line directly above a line of
figures ("Sunday Times/YouGov" then "Labour 38, Conservatives 33") labels a poll or a table's results. Neither
is a sure deletion: the finding stays, with an unsafe fix, and an editor decides.
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern

_ANNOUNCES = LazyPattern(r"[:：][ \t]*\Z")
"""A line that ends on a colon announces the line after it."""
_FIGURE = LazyPattern(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)?")
_SMALL_WORD = LazyPattern(r"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")
_SENTENCE_END = LazyPattern(r"\p{L}[.!?][\"'”’)]?[ \t]*\Z")
_FIGURES_LINE = 2
"""A line of a table or of results holds two figures at least ("Labour 38, Conservatives 33"), no more words in
small letters than figures but one ("Shr 1.20 dlrs vs 1.10 dlrs"), and does not end as a sentence does."""
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

