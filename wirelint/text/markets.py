"""Market restrictions: the outlets of a nationality, or a channel or clients in a country, a picture may not reach.

"NO NATIONALITY TABLOIDS", "NATIONALITY MAGAZINES OUT", "print out in COUNTRY", "No clients in COUNTRY or
COUNTRY", "May not be published in COUNTRY", "For distribution outside COUNTRY only": an agency writes them in
capitals, in small letters or as a sentence. Their shape is a head of restriction, a nationality or a list of
places, and a kind of outlet or a channel, in one of a few orders (``[lexicon.markets]``: the nationalities, the
outlets, channels, heads and verbs are data; the places are ``[lexicon.notices] places``).

The restriction is the whole of its piece (``text/pieces.py``): it opens a line, a sentence, a bracket or a
fragment after a CMS's separator, and it closes the piece, a clause before a dash, a semicolon or "++", or runs
into the next sentence (then where it ends is a guess). News that uses the words has more around them: a subject
before ("The regulator said the magazine must not be published in COUNTRY"), words after ("Dutch newspapers were
barred from ...", "Online sales in COUNTRY doubled"). Dropped into a sentence, the restriction is told by its case
(in capitals, or opening on a capital after a word in small letters), and its end is never sure.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.lexicon import alternation, fragments, table, words
from wirelint.text.noticewords import place_pattern
from wirelint.text.pieces import SEPARATORS, Span, leftovers_in

_JOIN = r"(?:,[ ](?:(?:and|or|&)[ ])?|,?[ ](?:and|or|&|nor)[ ]|[ ]?/[ ]?)"


def _list(key: str) -> str:
    return fragments(words(table("markets"), key))


def _listed(item: str) -> str:
    """One item or several joined as a list ("Danish, Swedish or Finnish")."""
    return rf"(?:{item})(?:{_JOIN}(?:{item}))*"


def _restriction() -> str:
    nationality = alternation(words(table("markets"), "nationalities"), boundary=False, gap="[ ]")
    places = _listed(rf"(?:the[ ])?(?:{place_pattern()})")
    nations = _listed(nationality)
    outlets = _listed(_list("outlets"))
    channels = _listed(_list("channels"))
    uses, outs, verbs = _list("uses"), _list("outs"), _list("verbs")
    return rf"""(?<![\p{{L}}\p{{N}}])(?:
        (?:{_list("heads")})[ ]{nations}[ ]{outlets}
      | {nations}[ ]{outlets}[ ](?:{outs})
      | {channels}(?:[ ](?:{uses}))?[ ](?:{outs})[ ](?:in|for|to)[ ]{places}
      | no[ ](?:{channels}[ ](?:{uses})|{outlets})[ ](?:in|for|to|from)[ ]{places}
      | (?:{_list("modals")})[ ]be[ ](?:{verbs})(?:{_JOIN}(?:{verbs}))*[ ](?:in|to[ ](?:\p{{L}}+[ ])?in|to)[ ]{places}
      | (?:{_list("outside-heads")})[ ](?:only[ ])?(?:outside|except[ ]in|excluding)[ ]{places}[ ]only
    )(?![\p{{L}}\p{{N}}])"""


_RESTRICTION = LazyPattern(_restriction, regex.IGNORECASE | regex.VERBOSE | regex.VERSION1)
_HINT = LazyPattern(
    lambda: rf"(?<![\p{{L}}])(?:{_list('hints')})(?![\p{{L}}])", regex.IGNORECASE | regex.VERSION1
)
_CLOSED = LazyPattern(rf"[ \t]*(?:[.!;)\]}}]|\r?\n|\Z|[ \t][-–—+]{{1,2}}[ \t]|{SEPARATORS})")
"""What may follow a restriction that ends its clause: a stop, a bracket, a line's end, a dash, "++", a CMS's mark."""
_NEXT_SENTENCE = LazyPattern(r"[ \t]+[\"“]?\p{Lu}")
_NEXT_IN_CAPITALS = LazyPattern(r",[ \t]+\p{Lu}{2}")
"""A comma before more capitals: the next clause of a notice in capitals ("DUTCH PAPERS OUT, NO TV"); in ordinary
case a comma goes on to the sentence's own words ("No clients in Norway, the bank said")."""
_CAPITALS = LazyPattern(r"(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])")
_CAPITAL_WORD_NEXT = LazyPattern(r"[ \t]+(?=\p{Lu}{2,}(?![\p{Ll}]))")
_JOINED = LazyPattern(rf"[ \t]*(?:;|,|[ \t][-–—+]{{1,2}}|{SEPARATORS})[ \t]*")
_CLOSING = LazyPattern(r"[ \t]*[)\]}]")
_OPENING = LazyPattern(r"[(\[{][ \t]*")


@per_paragraph
def find_markets(text: str) -> tuple[Span, ...]:
    """``(start, end, sure)`` of each market restriction in ``text`` (see the module's docstring)."""
    if _HINT.search(text) is None:
        return ()
    found = list(leftovers_in(text, lambda start, end, inside: _restriction_at(text, start, end, inside)))
    for word in _CAPITALS.finditer(text):  # in capitals, dropped into a sentence after a preposition too
        start = word.start()
        if any(first <= start < last for first, last, _ in found):
            continue
        match = _RESTRICTION.match(text, start)
        if match is None or not match.group().isupper() or " " not in match.group():
            continue
        stop = _chained(text, match.end())
        if not _headline_goes_on(text, stop):
            found.append((start, stop, False))
    return tuple(sorted(found))


def _restriction_at(text: str, start: int, end: int, inside: bool) -> Span | None:
    """The restriction that opens the piece ``text[start:end]``, or None."""
    bracket = _OPENING.match(text, start)
    at = bracket.end() if bracket else start
    found = _RESTRICTION.match(text, at, end)
    if found is None:
        return None
    stop = _chained(text, found.end())
    if bracket:
        close = _CLOSING.match(text, stop, end)
        return (start, close.end(), True) if close else None  # the bracket holds only the restriction
    capitals = found.group().isupper()
    if capitals and _headline_goes_on(text, stop):
        return None
    if inside and not (capitals or found.group()[:1].isupper()):
        return None  # in small letters inside a sentence it may be the sentence's own words
    if _CLOSED.match(text, stop) or (capitals and _NEXT_IN_CAPITALS.match(text, stop)):
        return start, stop + (text[stop : stop + 1] == "."), not inside  # with its own stop
    if inside or _NEXT_SENTENCE.match(text, stop):
        return start, stop, False  # run into the sentence it was dropped into, or the next one
    return None


def _headline_goes_on(text: str, stop: int) -> bool:
    """Whether words in capitals go on after a restriction in capitals that ends at ``stop``, none of them opening
    another restriction: a headline about the press ("FRENCH PAPERS BARRED FROM IRAQ", "NO BRITISH BROADCASTERS AT
    SUMMIT"), whose restriction-like words are its news, not a notice (a notice is the whole of its piece)."""
    more = _CAPITAL_WORD_NEXT.match(text, stop)
    return more is not None and _RESTRICTION.match(text, more.end()) is None


def _chained(text: str, stop: int) -> int:
    """The end of the last of the restrictions chained after the one ending at ``stop`` ("DUTCH WEEKLIES OUT - NO
    GREEK WEBSITES", "No clients in Peru; print out in Chile")."""
    while (joined := _JOINED.match(text, stop)) and (more := _RESTRICTION.match(text, joined.end())):
        stop = more.end()
    return stop
