"""Credits parted by a bar, and the headings that look like them.

A bar parts a photographer from whoever the picture was taken for: ``NAME | AGENCY``, ``NAME | ORG photo``,
``NAME | Staff photographer``, ``AGENCY | NAME``. A bar also parts the two halves of a heading or a list's
line: ``1. NAME | Club``, ``Key Points | Budget Day``, a byline ``NAME | Political Editor``. What tells them
apart is the other side of the bar, not the bar:

* a side that *reads as a credit* (a listed agency, a name with an agency's own word, a web address, a word of
  the picture or a photographer's role) makes the pair a credit;
* a side that names an outlet the list lacks (a name with an agency's own word, a paper's or a broadcaster's
  word, ``[lexicon.credits] press-words``, or an article: ``Jutland Post``, ``The Hindu``) makes one only where
  no heading is: not after a list's number, not before a writer's role (a byline), not when the other side opens
  with a common word of English rather than a name. Such a credit's fix is unsafe: the editor decides;
* plain capitalised words on both sides (``Live Updates | Election Night``, ``NAME | Al Nassr``) read as a
  heading's halves, whatever the position: no finding.

Found where a credit may start (after a sentence, at a line's start) and inside a sentence between two words,
where it is reported with an unsafe fix (where it starts and ends is a guess).
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import known_agencies
from wirelint.text.common_words import FUNCTION_WORDS, NEWS_WORDS, SECTION_WORDS, WRITER_ROLES
from wirelint.text.creditparts import CLOSE, DOMAIN, LEFT, NAME_WORD, PARTICLE, Credit
from wirelint.text.lexicon import alternation, table, words
from wirelint.text.sentencebounds import opens_sentence

ARTICLE = r"(?:The|THE|El|EL|La|LA|Le|LE|Il|IL|Der|Die|De|DE|Los|Las|Les)"
"""An article that opens a paper's name ("The Hindu", "El Comercio"), never a person's."""
_WORD = r"(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?<![.'’-])|&)"
"""A word of a side: capitalised, a figure, or the ampersand of "Mail & Guardian"."""
PICTURE_WORDS = r"(?i:photos?|photographs?|photography|photographer|photojournalist|pictures?|pics?|images?|camera)"
"""Words of the picture or of its taker: a side that holds one reads as a credit ("Rappler photo")."""
_WORDS = rf"{_WORD}(?:[ ](?:(?:{PARTICLE}|and|of)[ ]){{0,2}}{_WORD}){{0,3}}(?:[ ]{PICTURE_WORDS})?"


def _side() -> str:
    """A side of the bar: a listed agency as written ("NTB scanpix") or capitalised words."""
    return rf"(?:(?<![\p{{L}}])(?:{known_agencies()})(?![\p{{L}}])|{_WORDS})"
_TAIL = (
    r"(?:[ ]?[/|][ ]?(?:File|FILE|Handout|HANDOUT|Pool|POOL)(?![\p{L}])"
    r"|(?:[ ]via[ ]|[ ]?/[ ]?)\p{Lu}[\p{L}-]*(?:[ ]\p{Lu}[\p{L}-]*)?)?"
)
"""What may close a credit after its bar: "/File", "| File", "via AGENCY", "/ AGENCY"."""
_INSIDE = r"(?<=[\p{Ll}\p{N},;][ ])"
_AFTER = r"(?=[ \t]*(?:\r?$|[)\].;,:!?](?:\s|$))|[ ][\p{Lu}\"“‘]|[ ]\p{Ll})"
_BAR = LazyPattern(
    lambda: rf"(?:{LEFT}|{_INSIDE})(?P<left>{_side()})"
    rf"(?P<bar>[ ]?\|[ ]?|[ ][-–—][ ]|[ ]?/[ ]?(?={ARTICLE}[ ])|[ ]for[ ])"
    rf"(?P<right>{_side()})(?P<tail>{_TAIL}){_AFTER}",
    regex.VERSION1 | regex.MULTILINE,
)
_OTHER_PARTING = LazyPattern(rf"[ ][-–—][ ]\p{{Lu}}|/{ARTICLE}[ ]|[ ]for[ ]{ARTICLE}[ ]", regex.VERSION1)
"""A dash, a slash or "for" that may part a photographer from an outlet ("NAME - Reuters", "NAME/The Age")."""
_OPENS = LazyPattern(LEFT, regex.VERSION1 | regex.MULTILINE)
_CLOSED = LazyPattern(CLOSE, regex.VERSION1 | regex.MULTILINE)
_LIST_MARK = LazyPattern(r"(?:^|(?<=\s))(?:\p{N}{1,3}[.)]|No\.?[ ]?\p{N}+|#\p{N}+|[-*•])[ \t]+\Z")
"""A list's number or bullet before a name: "1. NAME | Club" is a list's line (run into a paragraph too)."""
_PERSON = LazyPattern(
    rf"{NAME_WORD}(?:[ ](?:{PARTICLE}[ ]){{0,2}}{NAME_WORD}){{1,3}}"
    r"|\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){1,3}"
)
"""A person's name of two to four words, in ordinary case or in capitals."""
_SMALL_AFTER = LazyPattern(r"[ ]\p{Ll}")
_DASH_LIST = LazyPattern(r"(?:^|(?<=\s))(?:\p{N}{1,3}[.)]|[-*•])[ \t]+\Z")


@cache
def _strong_side() -> LazyPattern:
    """A side that surely reads as a credit: a listed agency (also with its own words after it, "TT News
    Agency"), a web address, or words of the picture or its taker ("Rappler photo", "Staff photographer")."""
    own = alternation(words(table("credits"), "agency-words"))
    return LazyPattern(rf"(?:{known_agencies()}|{DOMAIN})(?:[ ](?:{own}))*|.*?{PICTURE_WORDS}.*", regex.VERSION1)


@cache
def _outlet_side() -> LazyPattern:
    """A side that names an agency or an outlet the list lacks: a name with an agency's own word ("Nordic
    Press"), with a word that names a paper or a broadcaster ("Jutland Post", "Daily Maverick"), or opened by an
    article as papers' names are and people's never ("The Hindu", "El Comercio")."""
    credits = table("credits")
    own, press = alternation(words(credits, "agency-words")), alternation(words(credits, "press-words"))
    return LazyPattern(rf".*?\b(?:{own}|(?i:{press}))\b.*|{ARTICLE}[ ]\p{{Lu}}.*", regex.VERSION1)


def reading(side: str) -> int:
    """2 when a side surely reads as a credit, 1 when it names an outlet, 0 when it reads as neither."""
    if _strong_side().fullmatch(side):
        return 2
    return 1 if _outlet_side().fullmatch(side) else 0


def find_bar_credits(text: str) -> list[Credit]:
    """The credits parted by a bar in ``text``, with whether each may be deleted safely."""
    if "|" not in text and _OTHER_PARTING.search(text) is None:
        return []
    found = []
    for match in _BAR.finditer(text):
        credit = _judge(text, match)
        if credit is not None and not any(c.start < credit.end and credit.start < c.end for c in found):
            found.append(credit)
    return found


def _judge(text: str, match: regex.Match[str]) -> Credit | None:
    start, end = match.start(), match.end()
    left, right = match.group("left"), match.group("right")
    inside = _OPENS.match(text, start) is None
    run_on = not inside and _SMALL_AFTER.match(text, end) is not None
    tail = match.group("tail")
    if run_on and " " in tail.strip():  # "NAME | ORG / AGENCY Residents began": the last word opens a sentence
        end = match.start("tail") + len(tail.rstrip().rsplit(" ", 1)[0])
    elif run_on and not tail and " " in right:  # "NAME | NAME Roofs were torn off": the same
        right = right.rsplit(" ", 1)[0]
        end = match.start("right") + len(right)
    if _table_row(text, start, end):
        return None
    reads = [reading(left), max(reading(right), 2 * bool(match.group("tail")))]  # "NAME | ORG/File"
    persons = [_PERSON.fullmatch(side) is not None for side in (left, right)]
    credited = (reads[0] and persons[1]) or (reads[1] and persons[0])
    if "|" not in match.group("bar"):
        # A dash, a slash or "for" parts much prose: only a photographer, then an agency, a word of the picture or
        # an outlet's name, where a credit may start and up to the end of its line or sentence
        closed = _CLOSED.match(text, end) is not None
        # before a new sentence only an agency or a word of the picture closes it ("NAME - AFP Flood waters ...")
        if inside or run_on or not (reads[1] and persons[0]) or not (closed or reads[1] == 2):
            return None
        if _DASH_LIST.search(text, max(start - 12, 0), start) or not opens_sentence(text, start):
            return None  # "2. NAME - Reuters": a list's line; "Top scorer: NAME - Le Soir": a label's value
    # A photographer and a name the lists lack, alone between sentences ("NAME | Kathimerini"): an outlet, unless
    # a heading's shape says otherwise below; unsure, as an outlet the list lacks is
    plain = not credited and not inside and persons[0] and _PLAIN_NAME.fullmatch(right) is not None
    plain = plain and not any(word.lower() in _COMMON for word in right.split())  # "NAME | Sales Team"
    if not (credited or plain) or _LIST_MARK.search(text, max(start - 12, 0), start) or (
        max(reads) < 2 and heading(text, start, left, right)
    ):
        return None  # "1. NAME | Club", "2. NAME | Nation Media Group", "NAME | Political Editor": a heading
    if _SMALL_AFTER.match(text, end) is not None and not inside:
        return None  # "NAME | Club were relegated": a sentence goes on
    # An outlet the list lacks may be a heading's half all the same: only an agency or a word of the picture is sure
    sure = max(reads) == 2 and not inside and not run_on and not plain and _CLOSED.match(text, end) is not None
    return Credit(start, end, sure)


def heading(text: str, start: int, left: str, right: str) -> bool:
    """Whether ``left | right`` at ``start``, whose sides name an outlet at most, is a heading or a list's line
    rather than a credit: after a list's number or bullet, before a writer's role ("NAME | Political Editor"), or
    opening with a common word of English ("Key Points | Sky News")."""
    if _LIST_MARK.search(text, max(start - 12, 0), start):
        return True
    if right.split()[-1].lower() in WRITER_ROLES or right.split()[-1] in _byline_roles():
        return True
    if all(word in _page_words() for word in left.split()):
        return True  # "Live Updates | Sky News": a web page's title, not a photographer (WL107 on its own line)
    return any(word.lower() in _COMMON for word in left.split())


@cache
def _byline_roles() -> frozenset[str]:
    """``[lexicon.credits] byline-roles``: more of a writer's roles after a bar ("NAME | Outlet Bureau Chief")."""
    return frozenset(words(table("credits"), "byline-roles"))


@cache
def _page_words() -> frozenset[str]:
    """``[lexicon.credits] page-words``: the words of a web page's kind or section ("Live", "Updates")."""
    return frozenset(words(table("credits"), "page-words"))


_PLAIN_NAME = LazyPattern(r"\p{Lu}[\p{L}'’-]*\p{L}(?:[ ]\p{Lu}[\p{L}'’-]*\p{L})?", regex.VERSION1)
"""A name of one or two capitalised words: what a paper's name may be with no paper's word in it."""
_COMMON = FUNCTION_WORDS | NEWS_WORDS | SECTION_WORDS
"""Common words of English that a heading's half opens or is made with ("Key Points"), never a name's."""


def quiet_bar(text: str, start: int, found: str) -> bool:
    """Whether a credit another finder read across a bar (``found``, at ``start``) is a heading's halves: neither
    side reads as a credit ("Live Updates | Election Night", "NAME | Club"), or they name an outlet at most and
    :func:`heading` says so."""
    left, _, right = found.partition("|")
    left, right = left.strip(), right.strip()
    if not left or not right:
        return False
    readings = [reading(side) for side in (left, right)]
    listed = _LIST_MARK.search(text, max(start - 12, 0), start) is not None  # "1. NAME | Club": a list's line
    return listed or max(readings) == 0 or (max(readings) < 2 and heading(text, start, left, right))


def _table_row(text: str, start: int, end: int) -> bool:
    """Whether the line holds another bar: a table's row ("Rank | NAME | Club")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return "|" in text[line_start:start] or "|" in text[end : len(text) if line_end < 0 else line_end]
