"""A run of capitals quoted in a sentence of news is the story's, not an agency's notice: "Fans held banners
reading NO SALES OUTSIDE THE EU and chanted", "signs saying "NO USE IN FRANCE" as they marched". It has words in
small letters on both sides on its own line, and a word that quotes it (data: ``[lexicon.notices] quoting``),
maybe before an earlier run it quoted and "and" ("banners saying NO SALES and NOT FOR ..."), or quotation marks
around it; after a quoting word and a colon ("The sign read: NOT FOR SALE.") the run may end the sentence. A
notice run on at the end of a sentence or paragraph ("Residents returned. EDITORIAL USE ONLY. NO SALES") has
neither, and stays a notice."""

from __future__ import annotations

from functools import cache

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation, table, words

_SMALL_BEFORE = LazyPattern(r"\p{Ll}[\p{L}'’-]*[,:]?[ \t]+[\"“‘']?\Z")
"""A word in small letters right before the run (a colon or an opening quotation mark between)."""
_SMALL_AFTER = LazyPattern(r"[\"”’']?,?[ \t]+\p{Ll}")
"""A word in small letters right after the run, on its line: the sentence goes on."""
_NEAR = 200
"""Characters read on each side of a run: more than a quoting word, a quotation mark and a word in small letters."""
_OPENED = LazyPattern(r"[\"“‘']\Z")
_CLOSED = LazyPattern(r"[\"”’']")


@cache
def _quoting() -> LazyPattern:
    """A quoting word right before the run ("reading", "with the words"), a colon or a quotation mark between."""
    return LazyPattern(
        rf"(?<![\p{{L}}])(?:{alternation(words(table('notices'), 'quoting'))})(?P<colon>:)?,?[ \t]+[\"“‘']?"
        rf"{_EARLIER_QUOTE}\Z"
    )


_EARLIER_QUOTE = r"(?:[^\p{Ll}\n]+?[\"”’']?,?[ \t]+(?:and|or)[ \t]+[\"“‘']?)?"
"""A run of capitals the same word quoted first, and "and" or "or" ("banners saying NO SALES and NOT FOR ...")."""


def quoted_in_news(text: str, start: int, end: int) -> bool:
    """Whether the run of ``text[start:end]`` is quoted by a sentence of news around it, on its own line."""
    # The words next to the run are all it needs: a window of them, so a megabyte on one line costs no more
    before = text[max(text.rfind("\n", max(start - _NEAR, 0), start) + 1, start - _NEAR) : start]
    line_end = text.find("\n", end, end + _NEAR)
    after = text[end : min(len(text), end + _NEAR) if line_end < 0 else line_end]
    if not _SMALL_BEFORE.search(before):
        return False
    quoting = _quoting().search(before)
    if not _SMALL_AFTER.match(after):  # "The sign read: NOT FOR SALE.": a colon after the quoting word quotes it
        return quoting is not None and quoting.group("colon") is not None
    quoted = _OPENED.search(before) is not None and (_CLOSED.match(after) or text[end - 1 : end] in "\"”’'")
    return bool(quoted) or quoting is not None
