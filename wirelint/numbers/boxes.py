"""Totals and parts set out line by line: fact boxes and bulleted or numbered lists.

Copy sometimes gives a breakdown as a list rather than a sentence:

    The attack killed 38 people.     Casualties at a glance
    The victims were:                Killed: 12
    • 18 soldiers                    Injured: 40
    • 20 civilians                   Total: 52

Each item is a line holding one count, after a bullet ("•", "-", "*", "–"), a number ("1.", "2)") or a label and a
colon ("Women: "); the items may share a paragraph or stand one to a paragraph. The total is an item labelled as one
("Total: 52", "Overall toll: 52", quantities.toml [wording] box-totals), or the count of the sentence that
introduces the list, or of the sentence before it. A list under a colon or beside a total line is all of the total;
one introduced by "included" or "among" is some of it; one under a heading with no colon ("Rescued") says neither,
so only parts above its total contradict it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import both_people, includes, personal, wording
from wirelint.numbers.events import within
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import STOP_WORDS, is_plural, singular
from wirelint.numbers.predicates import states
from wirelint.numbers.quantity import Kind, Quantity

_MARK = r"(?:[-–—*•·+▪▫◦‣►■□●○➤→]\s*|\d{1,2}[.)]\s+)"
_ITEM = LazyPattern(rf"^\s*(?P<mark>{_MARK})?(?:and\s+)?"
                    r"(?:\|\s*)?(?:(?P<label>[\p{L}\p{M}][\p{L}\p{M} '’()-]{0,30}?)"
                    r"\s*(?::|\.{2,}|…+|\t|\||\s[-–—])\s*)?$",
                    regex.IGNORECASE)
"""What may stand before a line's count: a bullet or a number, a label and a colon, dot leaders, a tab or a table's
cell rule or a spaced dash ("- ", "Women: ", "• and ", "Sappers | ", "Sappers - ")."""
_LABEL_LINE = LazyPattern(rf"^[ \t]*{_MARK}?[\p{{L}}\p{{M}}][\p{{L}}\p{{M}} '’-]{{0,30}}:[ \t]*\S[^\n:]{{0,40}}$",
                          regex.MULTILINE)
"""A fact box's line: a short label, a colon and a short value ("Area: 29 sq km")."""
_LABEL = LazyPattern(r"[ \t]*\|?[ \t]*(?P<label>[\p{L}\p{M}][\p{L}\p{M}\d '’()-]{0,30}?)\s*[:|][ \t]*(?=\S)")
"""A label with a number of its own before a box's count ("Over 50: ", "Under 18s: ")."""
_NUMBERED = LazyPattern(r"\s*\d{1,2}[.)]\s")
_TOTAL_LABEL = LazyPattern(lambda: rf"^(?:(?:{wording('box-totals')})(?:\s+[\p{{L}}-]+){{0,3}}"
                           rf"|(?:[\p{{L}}-]+\s+){{1,3}}(?:totals?|\(?(?:{wording('box-totals')})\)?))$",
                           regex.IGNORECASE)
"""A line that gives the total: "Total", "Overall toll", "Total casualties", "Casualty total", "Hurt in all",
"Injured (all)"."""
_TOTAL_WORDS = LazyPattern(lambda: rf"^(?:(?:{wording('box-totals')})\s*)+|\s*\btotals?$", regex.IGNORECASE)
_QUALIFIER = LazyPattern(lambda: rf"^(?:{wording('box-qualifiers')})\b", regex.IGNORECASE)
"""A label that qualifies rather than names ("On target", "In London", "Over 60"): a subset or an attribute."""
_INTRODUCED = LazyPattern(r":\s*$")
_POINTS_BACK = LazyPattern(r"(?:^|(?<=[.!?]\s))(?:they|these|those|the\s+[\p{L}-]+)\s+"
                           r"(?:were|are|was|included|include|includes)\s*:\s*$",
                           regex.IGNORECASE)
"""An intro line that only points back ("They were:", "The cuts were:"): the list restates the count before it."""
_POINTER_LENGTH = 40
"""A paragraph that only introduces a list ("They were:", "The dead included:") is short."""
_HEADING_LENGTH = 60
_SENTENCE_END = LazyPattern(r"[.!?…\"”’)]\s*$")
_ITEM_TAIL = 40
"""What follows an item's count is a noun phrase ("night-shift workers;"), not a sentence."""
_SOME = LazyPattern(r"\b(?:included?|includes|including|among|such\s+as)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class _Line:
    block: int
    start: int
    end: int
    first: bool
    last: bool


@dataclass(frozen=True)
class _Item:
    line: _Line
    located: Located
    label: str
    marked: bool


def box_pairings(blocks: Sequence[Block]) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for every run of lines that each give one count."""
    for run in _runs(blocks):
        totals = [item for item in run if item.label and _TOTAL_LABEL.match(item.label)]
        parts = tuple(item.located for item in run if item not in totals)
        if len(parts) < 2 and not (totals and parts):
            continue
        if len(totals) == 1:
            found = _box_parts(totals[0], [item for item in run if item not in totals])
            if found is not None:
                yield totals[0].located, found[0], True, found[1]
        elif not totals:
            found = _introduced_total(blocks, run[0].line, parts)
            if found is not None and _restates(run[0], found[0]):
                yield found[0], found[1][1:], True, False  # "Killed: 20 / Soldiers: 8 / Civilians: 12" under 20
            elif found is not None:
                yield found


def _box_parts(total: _Item, items: list[_Item]) -> tuple[tuple[Located, ...], bool] | None:
    """The parts a box's total line sums and whether some lines were left out, or None when its lines are no
    partition of it. A line equal to the total restates it ("Staff: 500 ... Total: 500"); labels of different shapes
    ("Part-time", "In London", "Women") are attributes that may overlap, and a qualifier after a name ("Shots: 14 /
    On target: 6") a subset of it; a total that names a kind ("Total homes flooded") sums only lines of that kind."""
    value = total.located.quantity.value
    items = [item for item in items if item.located.quantity.value != value]
    shapes = {_shape(item.label) for item in items}
    if len(shapes) > 1 and shapes & {"qualifier", "state"}:
        return None
    whole = _TOTAL_WORDS.sub("", total.label).split()
    noun = singular(whole[0].lower()) if whole and is_plural(whole[0].lower()) else ""
    parts = tuple(item.located for item in items if not noun or _shape(item.label) != "kind"
                  or _of_kind(noun, singular(_head(item.label.lower().split()))))
    left_out = len(parts) < len(items)
    if not parts or (left_out and len(parts) < 2):
        return None
    return parts, left_out


def _restates(first: _Item, total: Located) -> bool:
    """Whether a box's first line restates the total above it: its count, under a label that names the total's
    event or noun ("Killed: 20", "Dead: 21", "Workers hurt: 25") or the whole ("Total", "All")."""
    quantity, mine = total.quantity, first.located.quantity
    if mine is quantity or mine.value != quantity.value or not first.label:
        return False
    words = {singular(word) for word in first.label.lower().split()}
    same = mine.event == quantity.event or within(mine.event, quantity.event)
    return bool(_TOTAL_WORDS.match(first.label) or (mine.event and same)
                or (quantity.noun and singular(quantity.noun) in words))


def _shape(label: str) -> str:
    """What a box's label names: a qualifier ("In London", "Over 60"), a state ("Part-time"), a kind ("Women",
    "Homes flooded") or an event ("Killed"), or nothing (a bullet)."""
    words = label.lower().split()
    if not words:
        return ""
    if _QUALIFIER.match(label):
        return "qualifier"
    if _head(words):
        return "kind"
    return "state" if "-" in words[0] or words[0] in states() else "event"


def _head(words: list[str]) -> str:
    """The plural a label names its kind by, after at most two modifiers: "Women", "Homes flooded", "Pass holders",
    "Season ticket holders"; a hyphenated compound by its last half ("Concert-goers", not "Part-time")."""
    for word in words[:3]:
        if word not in STOP_WORDS and is_plural(word.rsplit("-", 1)[-1]):
            return word
    return ""


def _of_kind(whole: str, part: str) -> bool:
    """A line's kind under the kind a total label names: the same, or below it in the noun hierarchy."""
    return part == whole or includes(whole, part) or both_people(whole, part)


def _runs(blocks: Sequence[Block]) -> Iterator[list[_Item]]:
    """Runs of item lines: consecutive in one paragraph, or one paragraph after another when each is marked."""
    run: list[_Item] = []
    for position, block in enumerate(blocks):
        placed = [loc for loc in figures(block) if loc.quantity.kind is Kind.COUNT]
        for line in _lines(block, position):
            item = _item(block, placed, line)
            after = bool(run) and (run[-1].line.block == position or (run[-1].line.last and line.first
                                                                       and run[-1].line.block == position - 1))
            joined = after and (run[-1].line.block == position or (item is not None and item.marked
                                                                   and run[-1].marked))
            if item is None or not joined:
                if len(run) > 1:
                    yield run
                run = [item] if item is not None else []
            else:
                run.append(item)
    if len(run) > 1:
        yield run


def _lines(block: Block, position: int) -> list[_Line]:
    spans = []
    start = 0
    for text in block.text.split("\n"):
        if text.strip():
            spans.append((start, start + len(text)))
        start += len(text) + 1
    return [_Line(position, start, end, index == 0, index == len(spans) - 1)
            for index, (start, end) in enumerate(spans)]


def _item(block: Block, placed: list[Located], line: _Line) -> _Item | None:
    """The line's one count and its label, when the line is an item (a bullet, a number or a label before it)."""
    text = block.text
    number = _NUMBERED.match(text, line.start, line.end)  # "1. 12 men": the item's number is not a count
    labelled = _LABEL.match(text, line.start, line.end)  # "Over 50: 190": the label's number is not the count
    first = number.end() if number else labelled.end() if labelled else line.start
    here = [loc for loc in placed if first <= loc.quantity.start < line.end]
    if len(here) != 1 or line.end - here[0].quantity.end > _ITEM_TAIL:
        return None
    lead = _ITEM.match(text[line.start:here[0].quantity.start])
    if lead is None and labelled is None:
        return None
    if lead is None:
        return _Item(line, here[0], labelled.group("label").strip(), True)
    label = (lead.group("label") or "").strip()
    return _Item(line, here[0], label, bool(lead.group("mark") or label))


def _introduced_total(blocks: Sequence[Block], first: _Line, parts: tuple[Located, ...],
                      ) -> tuple[Located, tuple[Located, ...], bool, bool] | None:
    """The total a list breaks down: a count in the sentence that introduces it ("The 38 passengers were:") or the
    sentence before ("killed 38 people. The victims were:"), across a pointer paragraph of its own ("They were:") or
    a heading ("Rescued")."""
    position, limit = first.block, first.start
    if first.first:
        if position == 0:
            return None
        position -= 1
        limit = len(blocks[position].text)
    block = blocks[position]
    intro = block.text[:limit].rstrip()
    line_start = intro.rfind("\n") + 1
    line = intro[line_start:]
    heading = _heading(line)
    if not (heading or _INTRODUCED.search(line)):
        return None
    before = [loc for loc in figures(block) if loc.quantity.end <= limit]
    if not before and line_start == 0 and position > 0 and (heading or len(line) <= _POINTER_LENGTH):
        block = blocks[position - 1]  # "Police named the 35 people arrested. // They were: // 1. ...": a pointer
        before, line_start = figures(block), len(block.text)
    if not before:
        return None
    last = max(0, bisect_right([start for start, _ in block.sentences], max(0, line_start - 1)) - 1)
    some = _SOME.search(line) is not None
    pointed = _POINTS_BACK.search(line) is not None
    nouns = [part.quantity.noun for part in parts if part.quantity.noun]
    events = {part.quantity.event for part in parts} - {""}
    for located in reversed(before):
        quantity = located.quantity
        if located.sentence < last - 1 or quantity.kind is not Kind.COUNT or quantity.vague:
            continue
        if any(event != quantity.event and not within(event, quantity.event) for event in events):
            continue  # "killed 40 people. In numbers: • 40 dead • 120 injured • 3,000 displaced": other events
        named = quantity.noun and nouns and all(_fits(quantity.noun, noun) for noun in nouns)
        # "The 38 passengers on the coach were:", "admitted 48 people. They were: - 30 adults": the copy names the
        # total's members by kind; a count of an event may have parts named by label only ("Killed: 12")
        named = named or (pointed and sum(loc.sentence == located.sentence for loc in before) == 1)
        # "The airline cut 400 jobs. They were: 1. 150 pilots ...": a pointer back at a sentence of one count
        named = named or (not nouns and personal(quantity.noun) and quantity.start >= line_start
                          and _INTRODUCED.search(line) is not None)  # "The 51 victims, by role:": the intro line's
        # own count of people, its items named by their labels
        if named or (quantity.event and all(_fits(quantity.noun or "person", noun) for noun in nouns)):
            return located, parts, not (some or heading), some
    return None


def box_lines(blocks: Sequence[Block]) -> set[Quantity]:
    """The counts of every "Label: value" line of a block with two or more such lines: a fact box's values
    ("Population: 17,000 / Area: 29 sq km / Founded: 1887"), never single parts of a total in the prose around it."""
    boxed: set[Quantity] = set()
    for block in blocks:
        if block.text.count(":") < 2 or "\n" not in block.text:
            continue
        spans = [(line.start(), line.end()) for line in _LABEL_LINE.finditer(block.text)]
        if len(spans) > 1:
            boxed.update(loc.quantity for loc in figures(block)
                         if any(start <= loc.quantity.start < end for start, end in spans))
    return boxed


def _heading(line: str) -> bool:
    """A short title over a box ("Rescued", "Deaths by province"): no count, no colon, no sentence."""
    return (0 < len(line.strip()) <= _HEADING_LENGTH and ":" not in line and not _SENTENCE_END.search(line)
            and not regex.search(r"\d", line))


def _fits(whole: str, part: str) -> bool:
    """A listed part counts people the total counts: the hierarchy's people, or a word for a doer ("dockers")
    under a count of people, since the copy itself ties the list to the total."""
    return both_people(whole, part) or (personal(part) and includes("person", whole))
