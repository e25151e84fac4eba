"""The parts credits are made of, shared by every finder of credits (``credits``, ``agencycredits``,
``imagekinds``): a photographer's name, the separators of a chain, where a credit may start and surely ends,
and the span a finder reports."""

from __future__ import annotations

from dataclasses import dataclass

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.sentencebounds import AFTER_SENTENCE_END

NAME_TOKEN = r"(?:(?!(?:File|FILE)\b)(?:\p{Lu}\.|(?:(?:al|el|abu|bin|ibn)-)?\p{Lu}(?:[\p{L}'’-]*[\p{L}])?))"
PARTICLE = r"(?:de|da|di|do|dos|du|del|della|van|von|der|den|ter|al|el|bin|ben|ibn|la|le|y)"
CAPS_TOKEN = r"(?:[\p{Lu}\p{N}][\p{Lu}\p{N}.'’&-]*(?<![.'’-])(?![\p{Ll}]))"
SEP = r"(?:[ ]?/[ ]?via[ ]|[ ]?/[ ]?|[ ]\|[ ]|[ ]via[ ]|[ ]for[ ])"
FOR = r"(?:,?[ ](?i:(?:(?:working|shooting|on[ ]assignment)[ ])?for|on[ ]behalf[ ]of)(?:[ ](?i:the))?[ ])"
"""How a photographer is tied to the agency they shoot for: "for", "for the", "on behalf of", "working for"."""
LABELLED_SEP = rf"(?:[ ]?/[ ]?via[ ]|[ ]?/[ ]?|[ ][|·][ ]|[ ][-–—][ ]|{FOR}|[,;][ ]|[ ]via[ ])"
CLOSE = r"(?=[ \t]*(?:\r?$(?!\n[ \t]*\p{Ll})|[)\]]|[.;,:!?](?:\s|$)))"
"""What surely closes a credit: the end of the line (not of a hard-wrapped one), a bracket or punctuation."""
CLOSED_SOURCE = r"[ \t]*(?:$|\r?\n|[)\]]|[.;,:!?](?:\s|$))"
"""What closes a credit right after its end: the line's end, a bracket, or punctuation before a space."""
NEW_SENTENCE = r"(?=[ ]\p{Lu}\p{Ll}+,?[ ]\p{Ll})"
"""A capitalised word and one in small letters: the start of the next sentence (the credit's end is unsure)."""
STARTERS = r"(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|One|Each|Every|No|Another|Some)\b"
"""Words that start a noun phrase of news ("The photo by ...", "A Reuters photo ..."), never an agency."""
DOMAIN = r"(?:[\p{L}\p{N}-]+\.)+\p{Ll}{2,4}(?![\p{L}\p{N}.]|\.\p{L})"
"""A web address ("stock.adobe.com", "Dreamstime.com"): in a credit's place it names the source, like an agency."""
BYLINE = r"(?:(?:Words|Text|Story|Report|Reporting|Video|WORDS|TEXT|STORY)[ ](?:and|&|AND)[ ])"
""""Words and pictures", "Text and photos", "Story and photographs": a byline that credits the pictures too."""
NAME_WORD = r"(?:(?:al|el|bin|abu|ibn)-)?\p{Lu}(?:\p{Ll}{0,2}['’]?\p{Lu})?[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?"
"""One word of a name: "Li", "McKenzie", "O'Brien", "Jean-Pierre", "al-Masri"."""
PERSON = rf"(?:{NAME_WORD}(?:[ ](?:{PARTICLE}[ ]){{0,2}}{NAME_WORD}){{1,2}})"
"""A photographer's name in ordinary case: before an agency in capitals it makes a credit of an unknown agency."""
LEFT = (
    r"(?<![\p{L}\p{N}])"  # cheap: most places are inside a word
    r"(?:(?<=(?:\A|\n[ \t]*\r?\n|[.!?…:;\"”’)\]\x00-\x08\x7f=][ \t]*\r?\n|\n(?=[ \t]{2})"
    r"|(?:\A|\n)[ \t]*\p{Lu}\p{L}{2,}[ \t]*\r?\n)[ \t]*)"  # or after a line of one word: a sign-off ("Reuter")
    r"|(?<=^[\x00-\x08\x7f][ \t]*)|(?<=(?:\A|\n)[ \t]*(?:Reuter|REUTER)[ \t]+)"  # the wire's sign-off, then the credit
    rf"|{AFTER_SENTENCE_END}"
    r"""|(?<=\)[ \t])|(?<=[(\[|][ \t]?)|(?<=[:;–—][ \t]{1,3})|(?<=[ \t]-[ \t]))"""
)
"""A credit that is not in brackets starts where a sentence could: after a full stop, a dash or a bracket,
or at the start of a line that does not go on with the sentence of the line before (hard-wrapped copy:
"... CBS Inc and\nCapital Cities/ABC Inc"); a line of one word (the wire's sign-off, "Reuter") goes on with none,
and a credit may follow that sign-off on its line ("Reuter Image copyright AGENCY")."""


_FIGURE_AFTER = LazyPattern(r"[ \t]+\p{N}")
_LONE_YEAR = LazyPattern(r",?[ \t]+(?:19|20)[0-9]{2}(?!\p{N})(?![ \t]*[-–—:,;/.][ \t]*\p{N})")
"""A year after a name, after a comma or not ("Photo: Jane Doe 2019", "Picture: Jane Doe, 2019"): the picture's
date. A score has a dash between its figures or several of them ("Trump 75-0, 64-12"), and a season a dash
("2019-20")."""


CLOSED_AFTER = LazyPattern(CLOSED_SOURCE)


def dated_end(text: str, end: int) -> int | None:
    """Where a lone year after a credited name ends ("Photo: Jane Doe 2019"), when the credit closes after it."""
    year = _LONE_YEAR.match(text, end)
    return year.end() if year is not None and CLOSED_AFTER.match(text, year.end()) else None


def score_after(text: str, end: int) -> bool:
    """Whether a figure that is no lone year follows ``end``: a frame's, set's or game's score after a name."""
    return _FIGURE_AFTER.match(text, end) is not None and _LONE_YEAR.match(text, end) is None


@dataclass(frozen=True, slots=True)
class Credit:
    start: int
    end: int
    sure: bool
    """True when the credit's end is certain, so deleting it deletes nothing else."""
