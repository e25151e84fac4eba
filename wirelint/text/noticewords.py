"""Words a restriction notice may hold besides its terms, and the bare word it must not end on.

A notice's span runs from its first term to its last, and takes what closes it (a fence, a stop) and the
credit or agency beside it ("NO SALES. NO ARCHIVES. HANDOUT", "... EDITORIAL USE ONLY XINHUA"). A run of
capitals is no proof that a word belongs to the notice, though: wire copy sets table labels, tickers and
headings in capitals too, and a notice pasted before one ("NO ONWARD SALES. NO SYNDICATION YEAR" on a
results table's row) reads as one run. A bare word in capitals after the last term that is no word of a
notice (no term, no credit word, no agency, no place) is the text's, so the notice ends before it; so is a
label that mixes letters and figures or slashes ("NO ARCHIVES Q1", "NO ARCHIVES H1/H2"). A place after a
restriction's term is the restriction's ("NO SALES UK", "NO SALES CHINA": ``[lexicon.notices] places``).
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import listed
from wirelint.text.lexicon import alternation, table, words

_BARE_WORD = LazyPattern(r"[ \t]+([\p{Lu}\p{N}](?:[\p{Lu}\p{N}/-]*[\p{Lu}\p{N}])?)[ \t]*")
"""One label of capitals, figures and slashes and nothing else (no stop, mark or bracket: those are a credit's
or a fence's), two characters at least, joined to the notice by white space: "YEAR", "Q1", "H1/H2"."""


@cache
def agency_names() -> frozenset[str]:
    """The known agencies of ``[lexicon.credits]``, in small letters with single spaces ("kyodo news")."""
    return frozenset(" ".join(name.split()).lower() for name in listed())


@cache
def credit_words() -> frozenset[str]:
    """The words of credit labels and endings ("file", "photo", "handout"), in small letters."""
    credits = table("credits")
    names = words(credits, "labels") + words(credits, "endings")
    return frozenset(word.lower() for name in names for word in name.split())


@cache
def place_names() -> frozenset[str]:
    """The places of ``[lexicon.notices] places``, in small letters with single spaces ("uk", "south korea")."""
    return frozenset(" ".join(place.split()).lower() for place in words(table("notices"), "places"))


@cache
def place_first_words() -> list[str]:
    """The first words of the places of several words, in capitals ("SOUTH", "HONG"): how a list of places names
    one ("HONG KONG AND CANADA OUT", "No use in South Korea")."""
    return sorted({place.split()[0].upper() for place in words(table("notices"), "places") if " " in place.strip()})


def place_pattern(small: bool = False) -> str:
    """The places as a pattern: short forms in capitals as written ("UK", "US", never "us"), the others in any case
    ("Belgium", "south korea") or, with ``small``, only in small letters ("ireland": a notice's, as news names a
    place with a capital)."""
    listed = words(table("notices"), "places")
    names = alternation([place.lower() for place in listed if not place.isupper()], boundary=False, gap="[ ]")
    if small:
        return rf"(?-i:{names})"
    return rf"(?:(?-i:{alternation([p for p in listed if p.isupper()], boundary=False)})|{names})"


def only_places(text: str) -> bool:
    """Whether ``text`` is places and the words a restriction to them is made of, and nothing else ("SOUTH KOREA
    OUT", "GREECE CLIENTS OUT", "NORWAY"): a place of several words is read whole, longest first."""
    found = text.lower().split()
    longest = max((name.count(" ") + 1 for name in place_names()), default=1)
    at = 0
    while at < len(found):
        size = next(
            (
                size
                for size in range(min(longest, len(found) - at), 0, -1)
                if " ".join(found[at : at + size]) in place_names()
            ),
            1 if found[at] in restriction_words() else 0,
        )
        if not size:
            return False
        at += size
    return bool(found)


@cache
def restriction_words() -> frozenset[str]:
    """The words a restriction to places is made of besides the places (``[lexicon.notices]`` place-heads and
    place-kinds: "out", "media", "broadcasters", "clients"), in small letters: "NOT FOR USE BY IRELAND MEDIA"."""
    notices = table("notices")
    return frozenset(word.lower() for word in words(notices, "place-heads") + words(notices, "place-kinds"))


def stray_last_word(trailing: str) -> bool:
    """Whether ``trailing``, what follows a notice's last term (and its closing stop) up to the end of its run of
    capitals, is one bare word of no notice: not a word of a restriction, of a credit nor an agency ("MEDIA",
    "HANDOUT", "XINHUA" stay the notice's). The terms of ``[lexicon.notices]`` were looked for already: a word
    after the last one is none."""
    bare = _BARE_WORD.fullmatch(trailing)
    if bare is None or len(bare.group(1)) < 2:
        return False
    known = (restriction_words(), credit_words(), agency_names(), place_names())
    return not all(any(part in vocabulary for vocabulary in known) for part in bare.group(1).lower().split("/"))


def notice_end(text: str, start: int, end: int, notices: list[tuple[int, int]]) -> int:
    """Where a credit's span ``text[start:end]`` ends when it holds a notice and runs on past it by a stray bare
    word only ("MANDATORY CREDIT: NO SALES QUARTER", a label read with the notice as its name, then a table's
    label): at the notice's end, as the notice itself would (:func:`stray_last_word`)."""
    for first, last in notices:
        if start <= first < end and last < end and stray_last_word(text[last:end]):
            return last
    return end


_CAPITALS_WORD = LazyPattern(r"[ \t]*\p{Lu}{2,}[ \t]+")


def wire_word_before(clause: str, term: regex.Match[str]) -> bool:
    """Whether one word in capitals, of no agency or credit, stands before a clause's first term written in
    ordinary case ("MORE Editorial use only", "EST Not for sale"): the case changes at the term, so the word is the
    text's before it (the wire's "MORE", an initialism ending the sentence), not the notice's."""
    lead = _CAPITALS_WORD.fullmatch(clause, 0, term.start())
    if lead is None or term.group().isupper():
        return False
    word = lead.group().strip().lower()
    return word not in agency_names() and word not in credit_words()
