"""Lists of what a place or people go without, told from the outlets a restriction notice bars.

"No TV, no radio, no internet.", "No apps, no internet and no phones: ...", "No water. No power. No television.":
a story's list of what people lack uses the words an agency's notice uses for the outlets it keeps a picture
out of ("NO TV", "NO MOBILE, NO INTERNET"), so the scorer of notice terms (``text/notices.py``) reads both alike.
A run of "no X" items is news when every item is such an everyday thing (``[lexicon.lack-lists] lacked``), none
names a use, a sale or a distribution ("no TV use", "no archives"), it is written in ordinary case, and nothing
around it is a notice's: no label ("Restrictions:"), no fence or CMS separator ("[[...]]", "///", "¦"), and no
credit in the sentence before or after it ("REUTERS/NAME. No TV. No internet.").
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.noticeterms import vocabulary


def _data(key: str) -> list[str]:
    return words(table("lack-lists"), key)


_LACKED = LazyPattern(lambda: rf"(?:{fragments(_data('lacked'))})", regex.IGNORECASE | regex.VERSION1)
_ITEM = LazyPattern(
    r"[ \t]*(?:(?:and|or|nor|&)[ \t]+)?(?P<no>no[ ]+)?"
    r"(?P<thing>[\p{L}'’-]+(?:[ ]+(?!(?:and|or|nor)\b)[\p{L}'’-]+){0,2}?)"
    r"(?:[ \t]*[,;.:!]+[ \t]*|(?=[ \t]+(?:and|or|nor|&)[ \t])|[ \t]*\Z)",
    regex.IGNORECASE,
)
"""One item of a list of "no X": "no TV,", "and no phones", "or television"."""


def _items_end(text: str, start: int, end: int) -> int:
    """Where the list of lacked things that opens ``text[start:end]`` ends (``start`` when none does). An item is
    an everyday thing of ``lacked`` ("TV", "mobile signal") or a thing no notice names ("traffic"): never a use
    or a trade outlet ("no archives", "no TV use", "no calendars")."""
    at, first = start, True
    terms = vocabulary()
    while at < end and (item := _ITEM.match(text, at, end)) is not None and item.end() > at:
        thing = item.group("thing")
        if first and not (item.group("no") and _LACKED.fullmatch(thing)):
            break
        if not _LACKED.fullmatch(thing) and (terms.strong.search(item.group()) or terms.weak.search(thing)):
            break
        at, first = item.end(), False
    return at


NEAR = 25
"""Characters either side of a list in which a label, a fence or a CMS's separator makes it a notice's."""
_MARKS = LazyPattern(lambda: rf"(?:{fragments(_data('marks'))})")
"""A separator or fence only a CMS, an agency or a notice writes ("///", "¦", "[[", "==", "Restrictions:")."""
_SMALL = LazyPattern(r"\p{Ll}")
_STOP = LazyPattern(r"[.!?][\"”’)]*(?:[ \t]+|\Z)")
_CREDIT = LazyPattern(lambda: rf"(?:{fragments(_data('credit-signs'))})", regex.IGNORECASE)


def lack_list(text: str, start: int, end: int) -> bool:
    """Whether the notice found at ``text[start:end]`` is a story's list of what people lack (see the module)."""
    if _items_end(text, start, end) < end or not _SMALL.search(text, start, end):
        return False  # a term besides the lacked things, or all in capitals: the notice's
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    near = text[max(line_start, start - NEAR) : min(len(text) if line_end < 0 else line_end, end + NEAR)]
    if _MARKS.search(near):
        return False
    return not any(_CREDIT.search(piece) for piece in _neighbours(text, start, end))


def lack_headline(text: str, start: int, end: int) -> bool:
    """Whether a notice opens with a list of lacked things that runs on into words with no notice term ("NO TV, NO
    RADIO, NO INTERNET: LIFE IN THE BLACKOUT ZONE"): a headline's, maybe; where it ends is the editor's call."""
    items_end = _items_end(text, start, end)
    return start < items_end < end and vocabulary().strong.search(text, items_end, end) is None


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The sentence before the list and the one after it, on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _STOP.split(text[line_start:start].rstrip(" \t.!?"))[-1]
    after = _STOP.split(text[end : len(text) if line_end < 0 else line_end].lstrip(), maxsplit=1)[0]
    return [before, after]
