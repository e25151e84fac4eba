"""The known news agencies of ``[lexicon.credits]``: written once per pattern, and looked for once per text.

The credit grammars (:mod:`wirelint.text.credits`, :mod:`wirelint.text.agencycredits`) accept a known agency
in many places: in a chain, before its photo, after "for", in brackets. The list holds some 640 phrases
(the world's national agencies, as written and in capitals), and ``regex`` compiles every copy of an
alternation it meets: written out in each place, the grammars' programs held the list 6 to 9 times each
(about 35 ms of ``_regex.compile`` in every cold check, and a megabyte of program each). Two things keep
that work to its share:

* :func:`defining` writes the alternation once at the end of a pattern (``(?(DEFINE)(?P<agency>...))``),
  and the pattern calls it (:func:`call`: ``(?&agency)``) where it would have stood. A call backtracks into
  the alternation as a copy does, so the pattern finds the same matches. Before each call stands a lookahead
  for an agency's first characters (:func:`starts`): ``regex`` does not look into a call for them, and
  without it the patterns searched up to three times as long.
* :func:`names_agency` tells, with one Aho-Corasick pass, whether a text holds any listed phrase at all.
  A text that holds none (most paragraphs a credit's gate lets through: a slash, "via", a label word)
  cannot match a listed agency anywhere, so the grammars built without the list
  (:data:`NO_AGENCY`) find exactly what the full ones would, and quicker.
"""

from __future__ import annotations

from functools import cache

import ahocorasick
import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation, table, words

NO_AGENCY = "(?!)"
"""An alternation of no agency: it matches nowhere (what the list is worth in a text that names none)."""
_GAPS = LazyPattern(r"[ \t]{2,}|\t")
"""The gaps :func:`~wirelint.text.lexicon.alternation` lets stand between an agency's words (any run of spaces
and tabs), which :func:`names_agency` reads as one space."""


def listed() -> list[str]:
    """The agencies of ``[lexicon.credits]`` as written and in capitals ("Xinhua", "XINHUA"), and a name joined from
    two listed agencies (a national agency and its picture desk) with the second in small letters, as their own
    credits write it ("NTB scanpix", "Ritzau scanpix")."""
    agencies = words(table("credits"), "agencies")
    names = set(agencies)
    lowered = [
        f"{head} {last.lower()}"
        for head, _, last in (name.rpartition(" ") for name in agencies)
        if head in names and last in names and not last.isupper() and not last.islower()
    ]
    return agencies + [name.upper() for name in agencies] + lowered


@cache
def known_agencies() -> str:
    """The agencies as one alternation (longest first), with no word boundary of its own."""
    return alternation(listed(), boundary=False)


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in listed():
        spaced = " ".join(phrase.split())
        if spaced:
            automaton.add_word(spaced, spaced)
    automaton.make_automaton()
    return automaton


def names_agency(text: str) -> bool:
    """Whether ``text`` holds any listed agency, as :func:`known_agencies` matches it (case as written, any
    spaces and tabs between its words), anywhere: inside a longer word too, so a False is certain."""
    if "\t" in text or "  " in text:
        text = _GAPS.sub(" ", text)
    return next(_automaton().iter(text), None) is not None


@cache
def starts() -> str:
    """A lookahead for the first characters of the listed agencies, written before each call."""
    return lookahead(listed())


def lookahead(phrases: list[str], *more: str) -> str:
    """A lookahead for the first characters of ``phrases`` as an alternation writes them, or for the patterns
    ``more``: where a called fragment of them may start."""
    firsts = "".join(sorted({regex.escape(phrase.strip()[0]) for phrase in phrases if phrase.strip()}))
    return "(?=" + "|".join((f"[{firsts}]", *more)) + ")"


def call(name: str, start: str) -> str:
    """A call of the fragment ``name`` that :func:`defining` writes, after ``start`` (a lookahead for where the
    fragment may start)."""
    return f"{start}(?&{name})"


def defining(pattern: str, fragments: dict[str, str], verbose: bool = False) -> str:
    """``pattern``, whose :func:`call` s stand where the fragments (agency alternations, by name) did, with the
    fragments written once in a ``DEFINE`` at its end. ``verbose``: the pattern is read with ``regex.VERBOSE``,
    so a comment on its last line is closed first."""
    end = "\n" if verbose else ""
    defined = "".join(f"(?P<{name}>{fragment})" for name, fragment in fragments.items())
    return f"(?:{pattern}{end})(?(DEFINE){defined})"


def defined(pattern: LazyPattern, fragments: dict[str, str]) -> LazyPattern:
    """A lazy ``pattern`` with the ``DEFINE`` of :func:`defining` (its source built on first use too)."""
    verbose = bool(pattern._flags & regex.VERBOSE)
    return LazyPattern(lambda: defining(pattern.pattern, fragments, verbose), pattern._flags)
