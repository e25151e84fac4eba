"""Credits with no label: a photographer's name beside the outlets and agencies they shot for, and nothing else.

"(NAME/Regional Paper/AGENCY)", "(NAME for Outlet | AGENCY)", "(NAME and NAME/AGENCY)", "NAME, Paper/AGENCY" on a
line of its own or after a caption's sentence: a run of one or two people's names, then parts joined by a slash, a
bar, "for" or "via" (a comma only before a part that a slash follows), every word capitalised, so the fragment has
no verb. At least one part must be a press outlet or an agency: a listed agency (``[lexicon.credits] agencies``),
a paper's or a broadcaster's name (a word of ``press-words`` or ``agency-words`` in it, or an article and
capitalised words: "The Hindu"; out of brackets such a name may be a heading's half, "NAME | Le Soir", and the fix is
unsure). So the brackets of sport and politics copy stay quiet: substitutes "(NAME 70)",
a party "(NAME/Labour)", a state "(R-Texas)", a poll "(Outlet/Pollster poll)" ends in small letters, two people
"(NAME and NAME)" name no outlet.

The credit is the whole of a piece (``text/pieces.py``): a bracketed aside, or a line or sentence with nothing after
the credit but a stop; run into the next sentence ("NAME/Paper Flood waters rose"), it ends before that sentence's
first word and its fix is unsure.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.agencies import known_agencies, names_agency
from wirelint.text.barcredits import ARTICLE
from wirelint.text.creditparts import PARTICLE
from wirelint.text.lexicon import alternation, table, words
from wirelint.text.pieces import leftovers_in

_HINT = LazyPattern(r"/|\||[ ]for[ ]\p{Lu}")
_NUMBERED = LazyPattern(r"(?<![\p{L}\p{N}.,])\p{N}{1,3}[.)][ \t]*\Z")
"""A list's number before a piece on its line ("2. "): the line is an item of a ranked list."""


@cache
def _outlet_words() -> str:
    lexicon = table("credits")
    listed = words(lexicon, "press-words") + words(lexicon, "agency-words")
    return alternation(listed + [word.upper() for word in listed])


@cache
def _no_name_words() -> str:
    """Words never of a photographer's name: an outlet's, a web page's ("Live Updates | Sky News"), a role's, or a
    credit's own ending ("Year Handout/AGENCY": a table's label before a handout's credit)."""
    lexicon = table("credits")
    listed = words(lexicon, "page-words") + words(lexicon, "byline-roles") + words(lexicon, "endings")
    return f"{_outlet_words()}|{alternation(listed + [word.upper() for word in listed])}"


def _credit_pattern(known: bool) -> str:
    """A name run and its parts; ``known``: with the listed agencies (only where the text names one)."""
    press = _outlet_words()
    word = r"\p{Lu}[\p{L}'’-]*\p{L}"
    starter = alternation(words(table("credits"), "sentence-starters"))
    person_word = (
        rf"(?!(?:{_no_name_words()}|{ARTICLE}|{starter})(?![\p{{L}}]))(?!\p{{Lu}}{{2,8}}(?![\p{{L}}'’-])[ ]?[/|]){word}"
    )
    person = rf"{person_word}(?:[ ](?:{PARTICLE}[ ])?{person_word}){{1,2}}"
    people = rf"{person}(?:[ ](?:and|&|AND)[ ]{person})?"
    title = rf"(?!(?:{starter})(?![\p{{L}}]))\p{{Lu}}[\p{{L}}'’.&-]*"  # not "On" of "NAME/La Repubblica On Friday"
    outlet = rf"(?:{ARTICLE}[ ])?(?:{title}[ ]){{0,3}}(?:{press})(?:[ ]{title}){{0,2}}(?![\p{{L}}])"
    titled = rf"{ARTICLE}[ ]{title}(?:[ ]{title}){{0,2}}"  # "The Hindu", "Le Soir": a paper, or a heading's half
    agency = rf"(?<![\p{{L}}\p{{N}}-])(?:{known_agencies()})(?![\p{{L}}\p{{N}}]|-\p{{L}})" if known else "(?!)"
    wire = r"\p{Lu}{2,8}(?:-\p{Lu}{2,8})?(?![\p{L}])"
    part = rf"(?:(?P<named>{agency}|{outlet})|(?P<titled>{titled})|{wire})"
    first = rf"(?:[ ]?[/|][ ]?|[ ]for[ ]|[ ]FOR[ ]|,[ ](?={part}[ ]?/))"
    more = r"(?:[ ]?[/|][ ]?|,?[ ]via[ ])"
    return rf"(?P<credit>{people}{first}{part}(?:{more}{part}){{0,3}})"


_ENDINGS = r"(?:(?P<whole>[ \t]*[.;]?[ \t]*\Z)|[ ]+(?=(?:{starters})[ ]|\p{{Lu}}\p{{Ll}}+,?[ ]\p{{Ll}}))"


@cache
def _pattern(known: bool) -> LazyPattern:
    """The credit, then the end of its piece (sure) or the next sentence's first word (unsure)."""
    starters = alternation(words(table("pieces"), "starters"))
    return LazyPattern(_credit_pattern(known) + _ENDINGS.format(starters=starters), regex.VERSION1)


@per_paragraph
def find_unlabelled_credits(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, sure)`` of each credit in ``text`` made of a name run and outlets with no label."""
    if not _HINT.search(text):
        return ()
    pattern = _pattern(names_agency(text))
    return leftovers_in(text, lambda start, end, inside: _credit(pattern, text, start, end, inside))


def _credit(pattern: LazyPattern, text: str, start: int, end: int, inside: bool) -> tuple[int, int, bool] | None:
    """The credit that a piece is (from its first character to its end), or None."""
    if inside or _NUMBERED.search(text, max(0, start - 8), start):
        return None  # "2. NAME | Nation Media Group": a ranked list's line
    bracketed = text[start] in "(["
    found = pattern.match(text, start + 1, end - 1) if bracketed else pattern.match(text, start, end)
    if found is not None and not bracketed and not any(char.islower() for char in found.group("credit")):
        return None  # "LUFTHANSA SETS NAME/NAME SERVICE": out of brackets, capitals alone are a headline's
    named = bool(found and found.captures("named"))
    if found is None or not (named or found.captures("titled")) or (bracketed and found.group("whole") is None):
        return None
    if bracketed:
        return start, end, True
    return start, found.end("credit"), named and found.group("whole") is not None
