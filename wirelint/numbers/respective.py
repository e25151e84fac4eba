"""Parts given with "respectively": "The attacks killed 25 people, 14 and 16 of them in the two towns
respectively", "Two raids killed 40 villagers. Tangi and Sorkh lost 22 and 19 respectively", "12, 9 and 4 in the
first, second and third camps respectively".

"respectively" pairs a list of counts with a list of things, one count each, so the counts are one list however
they are joined, none of them is the total of the others (the list's first count is never the head of the rest),
and none is a sub-group of the total ("39 people, of whom 15, 5 and 24 died in ... respectively": all three are
parts). "of them" and "of whom" before or after the counts point back to the total; "including" or "among them"
says the list is some of it.
Its total is the nearest count before the list, in its sentence or the one before it, that can hold the parts: the
same kind of figure, and, where the parts name a noun, a noun the total's noun includes ("22 and 19 goals
respectively" is no part of "40 people"). Ages, distances, durations and prices are other kinds of figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import includes, known_noun, table
from wirelint.numbers.located import Located, figures
from wirelint.numbers.parts import PARTIAL
from wirelint.numbers.quantity import Kind

_BETWEEN = LazyPattern(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+", regex.IGNORECASE)
"""Between two counts of the list: "14 and 16", "12, 9 and 4", "12, 9, and 4"."""
_TO_RESPECTIVELY = LazyPattern(r"[^.;:!?\d]{0,100}?\brespectively\b", regex.IGNORECASE)
"""From the last count to "respectively", in its clause: "16 of them in the two towns respectively"."""


def respective_pairings(blocks: Sequence[Block]) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for each list of counts closed by "respectively" whose total stands
    before it: complete when the total's clause names the things the counts go with (:func:`names_each`), partial
    when the words between them say the list is some of the total ("including 14 and 16 ...")."""
    before: list[Located] = []
    for block in blocks:
        placed = figures(block)
        for parts in _lists(block, placed):
            first = parts[0]
            earlier = [loc for loc in placed if loc.quantity.end <= first.quantity.start]
            whole = _total(first, parts, earlier, before)
            if whole is not None:
                gap = block.text[whole.quantity.phrase_end:first.quantity.start] if whole.block is block else \
                    block.text[:first.quantity.start]
                some = any(not found.group().lower().startswith("of") for found in PARTIAL.finditer(gap))
                yield whole, parts, whole.sentence == first.sentence and names_each(block.text, gap, list(parts)), some
        before = [loc for loc in placed if loc.sentence == len(block.sentences) - 1]


_ALONGSIDE = LazyPattern(r"\b(?:while|whereas|but|against|compared\s+with|versus)\b", regex.IGNORECASE)
"""Words that set the list beside the count before it, as its peers, not its parts."""
_NAMES = LazyPattern(r"\b[\p{Lu}][\p{L}\p{M}-]+(?:\s+[\p{Lu}][\p{L}\p{M}-]+)?(?:\s*,\s*[\p{Lu}][\p{L}\p{M}"
                     r"-]+)*\s+and\s+[\p{Lu}]")
"""Names listed in the total's clause ("from Beni and Kirkuk", "Ovacik, Pulumur and Hozat")."""


def names_each(text: str, gap: str, parts: Sequence[Located]) -> bool:
    """"evacuated from Beni and Kirkuk, 10 and 26 respectively": one count for each name the total's clause (``gap``,
    from the total to the list) lists, so the list is all of the total."""
    names = _NAMES.search(gap)  # in the total's own clause, before any comma: not "..., with X and Y reporting"
    return closed_by_respectively(parts) and names is not None and "," not in gap[:names.start()]


def closed_by_respectively(parts: Sequence[Located]) -> bool:
    """True when "respectively" closes the list ``parts``: one count for each thing named, none inside another."""
    last = parts[-1]
    return bool(_TO_RESPECTIVELY.match(last.block.text, last.quantity.end))


def _lists(block: Block, placed: Sequence[Located]) -> Iterator[tuple[Located, ...]]:
    text = block.text
    index = 0
    while index < len(placed):
        run = [placed[index]]
        while (index + len(run) < len(placed)
               and _BETWEEN.fullmatch(text, run[-1].quantity.end, placed[index + len(run)].quantity.start)):
            run.append(placed[index + len(run)])
        if len(run) > 1 and closed_by_respectively(run) \
                and all(loc.quantity.kind is Kind.COUNT and loc.sentence == run[0].sentence for loc in run):
            yield tuple(run)
        index += len(run)


def _total(first: Located, parts: Sequence[Located], earlier: Sequence[Located],
           before: Sequence[Located]) -> Located | None:
    """The nearest count before the list, in its sentence, else in the sentence before, that can hold the parts."""
    same = [loc for loc in earlier if loc.sentence == first.sentence]
    if not same:
        same = ([loc for loc in earlier if loc.sentence == first.sentence - 1] if first.sentence
                else list(before))
    for located in reversed(same):
        if located.sentence == first.sentence and _ALONGSIDE.search(
                first.block.text, located.quantity.phrase_end, first.quantity.start):
            return None  # "1,100 jobs will go in banking while 1,200 and 550 will go in IT and HR respectively"
        if _holds(located, parts):
            return located
    return None


def _holds(whole: Located, parts: Sequence[Located]) -> bool:
    """A count of the same kind whose noun includes the parts' nouns, or whose event they count ("24 and 16
    deaths" of "killed 35 people"; quantities.toml [respective]); not the count of the things the list goes with
    ("taken to two clinics, which treated 28 and 49 of them respectively")."""
    quantity = whole.quantity
    if quantity.kind is not Kind.COUNT or not known_noun(quantity.noun) or quantity.value.high == len(parts):
        return False  # "rose 9 pct ... 8 and 9 pct respectively", "to 80.35 billion from 79.08 billion and 66.93
        # billion respectively": values compared, no counts of anything the data knows
    if any(not part.quantity.value.high.is_integer() for part in parts):
        return False
    tolls = table()["respective"].get(quantity.event, ())
    return all(includes(quantity.noun, noun) or noun in tolls for noun in (part.quantity.noun for part in parts)
               if noun)
