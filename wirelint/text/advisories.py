"""Editors' advisories: a note addressed to the desk that warns of what a picture shows.

"ATTENTION EDITORS - VISUAL COVERAGE OF SCENES OF INJURY", "Editors' advisory: picture shows a dead body", "Warning to
picture desks - distressing images", "Caution: graphic footage": a label addressed to editors or the desk, or a
bare warning label, then a few words of what the picture shows that may upset a reader. Both are data
(``[lexicon.advisories]`` labels and warnings). The advisory is the whole of its piece (``text/pieces.py``): its
label opens a line, a sentence, a bracket or a fragment after a CMS's separator, and what follows the label is
short and reports nothing ("..., the BBC said" is the story's). A sentence of news about graphic pictures has no
such label at its start ("The broadcaster warned viewers that the film contains graphic content").

Dropped into a sentence, the advisory ends at its last word of warning, and where it ends is a guess.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.pieces import SEPARATORS, Span, leftovers_in

MAX_WORDS = 16
"""Words of an advisory after its label: a note, not a paragraph."""
MAX_AFTER = 3
"""Words after the last word of warning that are still the advisory's: before its end ("graphic content") or a
mark that chains the next notice ("graphic footage – ...", "bodies at the scene")."""


def _any(key: str) -> str:
    return rf"(?<![\p{{L}}])(?:{fragments(words(table('advisories'), key))})(?![\p{{L}}])"


_LABEL = LazyPattern(
    lambda: rf"[(\[{{]?[ \t]*(?:{_any('labels')})[ \t]*(?:[:：]|[-–—]{{1,2}}|,)[ \t]*",
    regex.IGNORECASE | regex.VERSION1,
)
_WARNING = LazyPattern(lambda: _any("warnings"), regex.IGNORECASE | regex.VERSION1)
_REPORTED = LazyPattern(
    lambda: rf"(?<![\p{{L}}])(?:{fragments(words(table('translation')['en'], 'reporting'))})(?![\p{{L}}])",
    regex.IGNORECASE | regex.VERSION1,
)
_HINT = LazyPattern(lambda: _any("labels"), regex.IGNORECASE | regex.VERSION1)
_NEW_SENTENCE = LazyPattern(r"[ \t]+[\"“]?\p{Lu}\p{Ll}")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_TAIL = LazyPattern(r"[ \t.!]*[)\]}]?[ \t.!]*")
_CHAINED = LazyPattern(rf"[ \t]*(?:\+\+|;|{SEPARATORS})|[ \t][-–—]{{1,2}}[ \t]")
"""A mark that chains another notice after the advisory ("++", ";", a dash, a CMS's separator)."""


@per_paragraph
def find_advisories(text: str) -> tuple[Span, ...]:
    """``(start, end, sure)`` of each editors' advisory in ``text``."""
    if _HINT.search(text) is None:
        return ()
    return leftovers_in(text, lambda start, end, inside: _advisory(text, start, end, inside))


def _advisory(text: str, start: int, end: int, inside: bool) -> Span | None:
    """The advisory that opens the piece ``text[start:end]``, or None."""
    bracket = text[start] in _CLOSERS
    if bracket:  # the advisory is the whole of its bracket
        end = text.find(_CLOSERS[text[start]], start, end) + 1
        if end <= start:
            return None
    label = _LABEL.match(text, start, end)
    if label is None:
        return None
    warnings = list(_WARNING.finditer(text, label.end(), end))
    if not warnings:
        return None
    last = warnings[-1].end()
    body = text[label.end() : last]
    if len(body.split()) > MAX_WORDS or _REPORTED.search(body):
        return None
    if inside and not bracket:  # in a sentence: up to its last word of warning, the sentence's words after it
        return start, last, False
    close = end
    while close > label.end() and text[close - 1] in " \t":
        close -= 1
    if bracket or _TAIL.fullmatch(text, last, close) is not None or len(text[last:close].split()) <= MAX_AFTER:
        return start, close, True  # "graphic content", "a dead body": a word or two of what it shows close it
    chained = _CHAINED.search(text, last, close)
    if chained is not None and len(text[last : chained.start()].split()) <= MAX_AFTER:
        return start, chained.start(), True  # "... SCENES OF DEATH ++ EDITORIAL USE ONLY": the next notice is its own
    if _NEW_SENTENCE.match(text, last):
        return start, last, False  # run into the next sentence: it ends at its last warning, maybe
    if _REPORTED.search(text, last, close):
        return None  # "Warning: the death toll could rise, the ministry said.": the story's
    return start, close, False  # more words after the last warning: what they are is a guess
