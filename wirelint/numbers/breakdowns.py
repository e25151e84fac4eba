"""Breakdowns of an amount in one sentence: "total 194,000 tonnes, of which 45,000 are grains and 149,000
derivatives", "pay 93 mln dlrs for the refinery - 33 mln dlrs in cash and 60 mln dlrs in crude".

Business and wire copy breaks sums, volumes and counts down the way casualty
copy breaks down tolls, but the parts carry their own words ("in cash", "for
selling", "in band one at 9-7/8 pct") and rarely an event. Here the link
word does the work: after ", of which", ", including", "comprising",
"consisting of", a colon or a dash, the amounts of the total's kind up to
the end of the sentence (or the next link word) are its parts. The total is
the nearest amount before the link that is at least as large as its largest
part, so "to 439 from 16 airlines, comprising 275 firm orders and 164
options" takes 439, not 16.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import both_people, includes, known_noun, personal
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import singular
from wirelint.numbers.quantity import Kind, Quantity

LINK = LazyPattern(
    r"(?:,\s*(?P<partial>including|of\s+which|of\s+whom|among\s+them)|\b(?:comprising|consisting\s+of|made\s+up\s+of"
    r"|split\s+into|divided\s+into|broken\s+down\s+into)|(?P<list>:|\s[-–—](?=\s)))\s*",
    regex.IGNORECASE,
)
"""What opens a breakdown; a colon or dash restates the whole, "including" gives some of it."""
OF_THE_HEAD = LazyPattern(r"(?:^|[,;:]\s*|\bsaid\s+(?:that\s+)?)of\s+(?:the\s+)?$", regex.IGNORECASE)
""""of the 42,387 wells completed last year, 19,741 were oil wells, ...": the total is named first."""
_COMMA = LazyPattern(r"(?P<partial>(?!))?(?P<list>(?!))?,\s*")
EACH = LazyPattern(r"[^,;]{0,12}?\beach\b", regex.IGNORECASE)
NESTED = LazyPattern(r"\b(?:including|of\s+which|of\s+whom|among\s+them|comprising)\b", regex.IGNORECASE)
RATE = LazyPattern(r"(?:\s+of\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)?(?:\s*(?:a|per)\s+(?:share|day|year|week|month"
                   r"|barrel|tonne|head|unit|person|capita)\b|\s*(?:each|times)\b)", regex.IGNORECASE)
"""A rate after an amount ("40 dlrs a share", "two shares of common stock per unit"): not a part of a sum."""
MAX_GAP = 70
"""Characters a breakdown's link may stand from its total ("pay 93 mln dlrs for its half ownership in the
refinery - ...")."""
LEAD = LazyPattern(r"\s*(?:(?:a\s+total\s+of|a|an|the|another|only|just)\s+)?", regex.IGNORECASE)
"""What may stand between a link and the first part (", a total of 19,741"); qualifiers belong to the part."""
JOIN = LazyPattern(r"(?:,|\band)\s*$", regex.IGNORECASE)
COMPARISON = LazyPattern(
    r"\b(?:vs|versus|against|compared|than|times|or|per)\b|[()]|\b(?:from|to|up|down|rose|fell)\s+[\d$£€]",
    regex.IGNORECASE,
)
_COMMA_AND = LazyPattern(r"\s*,\s*and\b", regex.IGNORECASE)
MAX_TAIL = 60
_NUMBER_WORD = r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SPLIT_AFTER = LazyPattern(rf"\s*(?:to|-|–)\s*{_NUMBER_WORD}", regex.IGNORECASE)
SPLIT_BEFORE = LazyPattern(rf"(?<![\p{{L}}\d]){_NUMBER_WORD}\w*\s*(?:to|-|–)\s*$", regex.IGNORECASE)
KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT)


def breakdowns(block: Block) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for every breakdown in ``block``."""
    placed = figures(block)
    for sentence, (start, end) in enumerate(block.sentences):
        here = [loc for loc in placed if loc.sentence == sentence and loc.quantity.kind in KINDS]
        if len(here) < 3:
            continue
        for link in _links(block.text, here, start, end):
            found = _breakdown(block, here, link, end)
            if found is not None:
                yield found
                break


def _links(text: str, here: list[Located], start: int, end: int) -> Iterator[regex.Match[str]]:
    """Link words in a sentence, and the comma after a total named by "of the" ("of the 42,387 wells, ...")."""
    yield from LINK.finditer(text, start, end)
    for located in here:
        if OF_THE_HEAD.search(text, max(start, located.quantity.start - 20), located.quantity.start):
            comma = _COMMA.search(text, located.quantity.phrase_end, end)
            if comma is not None:
                yield comma


def _breakdown(block: Block, here: list[Located], link: regex.Match[str],
               end: int) -> tuple[Located, tuple[Located, ...], bool, bool] | None:
    text = block.text
    stop = NESTED.search(text, link.end(), end)
    after = [loc for loc in here if link.end() <= loc.quantity.start < (stop.start() if stop else end)]
    before = [loc for loc in here if loc.quantity.phrase_end <= link.start()]
    if not before or len(after) < 2 or not LEAD.fullmatch(text, link.end(), after[0].quantity.start):
        return None  # the list starts right after its link: "- but Shrek 2, which had seven ..." is an aside
    parts = _parts(text, before, after)
    if parts is None or not _listed(text, parts, bool(link.group("partial"))):
        return None
    largest = max(part.quantity.value.low for part in parts)
    for candidate in reversed(before):
        whole = candidate.quantity
        if link.start() - whole.phrase_end > MAX_GAP:
            return None
        if SPLIT_AFTER.match(text, whole.end) or SPLIT_BEFORE.search(text, max(0, whole.start - 12), whole.start):
            return None  # "a 12 to eight majority": one side of a split, not a total
        nearest = candidate is before[-1]
        if _same_kind(whole, parts[0].quantity) and _nouns_fit(whole, parts) and (
            whole.range.high >= largest or (nearest and _counts_people(whole))
        ):
            listing = bool(link.group("list"))
            return candidate, parts, listing, bool(link.group("partial"))
    return None


def _parts(text: str, before: list[Located], after: list[Located]) -> tuple[Located, ...] | None:
    """The amounts after the link that share the total's kind; None when one is a rate or "each"."""
    kind = next((loc.quantity.kind for loc in reversed(before) if loc.quantity.kind is not Kind.PERCENT),
                before[-1].quantity.kind)
    parts = tuple(loc for loc in after if _same_kind(loc.quantity, after[0].quantity) or loc.quantity.kind is kind)
    parts = tuple(loc for loc in parts if loc.quantity.kind is not Kind.PERCENT or kind is Kind.PERCENT)
    if len(parts) < 2 or any(part.quantity.definite or part.quantity.vague for part in parts):
        return None
    if any(EACH.match(text, part.quantity.phrase_end) or RATE.match(text, part.quantity.phrase_end)
           for part in parts):
        return None  # "1/2 pct each for management and underwriting", "40 dlrs a share": not parts of a sum
    return parts


def _listed(text: str, parts: tuple[Located, ...], partial: bool) -> bool:
    """Whether the parts read as one list: each joined to the next by a comma or "and", after at most a few
    words of its own ("33 mln dlrs in cash and 60 mln dlrs"), with no comparison between them."""
    for index, (first, second) in enumerate(pairwise(parts)):
        gap = text[first.quantity.phrase_end:second.quantity.start]
        if len(gap) > MAX_TAIL or not JOIN.search(gap) or COMPARISON.search(gap):
            return False
        if partial and index == 0 and _COMMA_AND.match(gap):
            return False  # "six flights, including four non-stop flights, and three via Anchorage": an aside
    return True


def _counts_people(whole: Quantity) -> bool:
    """A count of people right before the link is its total even when a part is larger ("All 22 crew members
    – 24 Filipinos and 16 Indians"): that is the contradiction, not a sign of another total."""
    return whole.kind is Kind.COUNT and (includes("person", whole.noun) if whole.noun else bool(whole.event))


def _same_kind(whole: Quantity, part: Quantity) -> bool:
    """A part counts in the total's terms: the same kind and unit, or a bare number under a sum or a measure."""
    if part.kind is Kind.COUNT and not part.unit and whole.kind in (Kind.MONEY, Kind.MEASURE, Kind.COUNT):
        return True
    if whole.kind is not part.kind:
        return False
    if whole.kind is Kind.MEASURE:
        return singular(whole.unit) == singular(part.unit)
    return whole.kind is not Kind.MONEY or not part.unit or _currency(whole.unit) == _currency(part.unit)


def _currency(unit: str) -> str:
    return singular(unit.lower().strip(".")).replace("dlr", "dollar").replace("$", "dollar")


def _nouns_fit(whole: Quantity, parts: tuple[Located, ...]) -> bool:
    """Parts that name things the hierarchy knows must be things the total's noun includes (the link word says
    they are parts, so any people fit under a count of people, as in :func:`both_people`)."""
    if whole.kind is not Kind.COUNT or not whole.noun:
        return True
    for part in parts:
        noun = part.quantity.noun
        if noun and known_noun(noun) and known_noun(whole.noun) and not both_people(whole.noun, noun):
            return False
        if _things_under_people(whole, part):
            return False  # "The hotel had 4 guests: 30 rooms and 14 suites were empty": another kind of thing
    return True


def _things_under_people(whole: Quantity, part: Located) -> bool:
    """A part named by a lower-case noun that is not people under a total of people."""
    quantity = part.quantity
    if not quantity.noun or not personal(whole.noun) or personal(quantity.noun):
        return False
    word = part.block.text[quantity.end:quantity.noun_end].split()
    return bool(word) and word[-1][:1].islower()
