"""Totals and their parts, as reporters write them.

A list of counts ("20 soldiers and 31 militants") is the breakdown of a
total when the copy links them, in one of the ways wire copy does:

* in one sentence: "killed 40 people, including 29 adults and 17 children",
  "killed 90 combatants on both sides, the monitor said: 22 soldiers and 31
  rebels" (a colon list restates the total);
* in the next sentence, opened by a pointer back: "They included ...",
  "Among them were ...", "Of those, ...", "The dead included ...";
* in a sentence or paragraph next to it, when the parts name the same event
  themselves (the seeds: "killed more than 50 fighters on both sides" ...
  "claimed the lives of 20 pro-government fighters and 31 militants").

The total's noun must include the parts' nouns (quantities.toml: fighters
include soldiers and militants; people include children and fighters). A
pairing says whether the copy claims the list is complete ("on both sides",
"all", "a total of", a colon list) or only some of the total ("including",
"among them"); the rule decides what contradicts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.numbers.appositions import appositions, bare_values, parallel_to_total
from wirelint.numbers.boxes import box_lines, box_pairings
from wirelint.numbers.breakdowns import RATE, breakdowns
from wirelint.numbers.composed import composed_pairings
from wirelint.numbers.data import known_noun, personal, wording
from wirelint.numbers.events import within
from wirelint.numbers.extract import extract
from wirelint.numbers.fitting import (
    bare_total,
    breaks_down,
    counts_the_items,
    crosses,
    fits,
    named_people,
    named_total,
    part_noun,
)
from wirelint.numbers.lede import held
from wirelint.numbers.links import (
    ACCOUNT,
    ALL,
    ALSO,
    ALSO_FIRST,
    AMONG_AFTER,
    AMONG_THE,
    AND_BEFORE,
    AND_END,
    BRACKETED,
    BREAKDOWN_OF,
    BROUGHT,
    COLON,
    COMMA_AND,
    COMPOSED,
    COPULA,
    DASH,
    ELLIPTIC,
    IN_ALL_AFTER,
    INCLUDED,
    LINKED,
    MAX_COORDINATED,
    OF_HEAD,
    OF_THEM_AFTER,
    OF_TOTAL,
    PARTICIPLE,
    PARTITIVE,
    POINTER,
    POINTER_PARTIAL,
    POINTER_REACH,
    POINTER_WHOLE,
    RELATIVE,
    REMAINDER,
    REST,
    RESTATED,
    SAID,
    SUMMED,
    THE_OPENING,
    WITH,
)
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nested import without_nested
from wirelint.numbers.othersets import different_sets
from wirelint.numbers.outcomes import closed, divisions, elsewhere, may_become
from wirelint.numbers.parts import (
    EXHAUSTIVE,
    MORE_CLAUSE,
    PARTIAL,
    gapped_objects,
    groups,
    is_part,
    later_stage,
    names_noun,
)
from wirelint.numbers.pointed import (
    continues,
    is_among,
    outnumbered,
    referents,
    regrouped,
    restated_subject,
    split_lists,
    things_total,
)
from wirelint.numbers.predicates import doing, one_property, outcome_beside_kind, overlapping_kinds, two_questions
from wirelint.numbers.quantity import Kind, Quantity
from wirelint.numbers.reach import antecedents, clause_start, further_back, named_event, nearby, totals_after
from wirelint.numbers.respective import closed_by_respectively, names_each, respective_pairings
from wirelint.numbers.sides import WHOLE, side_pairings
from wirelint.numbers.tables import table_pairings


@dataclass(frozen=True)
class Pairing:
    """A total and the list of counts that breaks it down."""

    total: Located
    parts: tuple[Located, ...]
    complete: bool
    """The copy says the list is all of the total ("on both sides", "all", a colon list)."""
    partial: bool
    """The copy says the list is some of the total ("including", "They included")."""


def pairings(blocks: Sequence[Block]) -> Iterator[Pairing]:
    """Every list of counts in ``blocks`` with the total it breaks down, when the copy links them; bare numbers
    after a count ("She has 3 children, 12, 9 and 4") are its ages or values, not its parts."""
    for pairing in _pairings(blocks):
        kept = pairing.parts if closed_by_respectively(pairing.parts) else without_nested(pairing.total, pairing.parts)
        if len(kept) < len(pairing.parts):
            pairing = Pairing(pairing.total, kept, pairing.complete, pairing.partial)
        if pairing.parts and not bare_values(pairing.total, pairing.parts):
            yield pairing


def _pairings(blocks: Sequence[Block]) -> Iterator[Pairing]:
    every = [lists(block) for block in blocks]
    listed = {part.quantity for found in every for parts in found for part in parts}
    for found, block in zip(every, blocks, strict=True):  # "Fifty were house fires. Twenty-seven were ...": one list
        found.extend(split := split_lists(block, listed))
        listed.update(part.quantity for parts in split for part in parts)
    paired: set[Quantity] = set()
    apposed: set[Quantity] = set()
    listed |= box_lines(blocks)
    for whole, items, complete, partial in box_pairings(blocks):  # fact boxes and lists, one count a line: first,
        boxed = {item.quantity for item in items} | {whole.quantity}  # since the layout says what the parts are
        listed |= boxed
        every = [[parts for parts in found if not boxed & {part.quantity for part in parts}] for found in every]
        if whole.quantity not in paired:
            paired.add(whole.quantity)
            yield Pairing(whole, items, complete, partial)
    composed: set[Quantity] = set()  # a verb of composition says the list after it is all of the count before it
    joined = [(*found, True, None) for block in blocks for found in composed_pairings(block)]  # (composed.py);
    for whole, items, whole_list, some in [*joined, *respective_pairings(blocks)]:  # "respectively" says which too
        composed.update(item.quantity for item in items)
        listed |= composed
        taken = composed | {whole.quantity}  # "25 people, 14 and 16 ... respectively": the total heads no list
        every = [[parts for parts in found if not taken & {part.quantity for part in parts}] for found in every]
        if whole.quantity not in paired:
            paired.add(whole.quantity)
            yield Pairing(whole, items, True, False) if some is None else _pairing(whole, list(items), whole_list, some)
    for block in blocks:  # by structure first: the whole list, whatever its words (appositions.py)
        for whole, items, listing, partial in appositions(block):
            apposed.update(item.quantity for item in items)
            listed.update(item.quantity for item in items)
            if whole.quantity not in paired | composed:  # "broken down as 20 gold, 15 silver and ...": one list
                paired.add(whole.quantity)
                yield _pairing(whole, list(items), listing and not partial, partial)
    divided = list(divisions(blocks, apposed, set(listed)))  # outcomes, reasons, places (outcomes.py): after the lists
    listed |= (parallel := {item.quantity for whole, items, _ in divided if whole is None for item in items})
    from_lists: dict[Quantity, Pairing] = {}
    for position, found in enumerate(every):
        for parts in found:
            if any(part.quantity in parallel for part in parts):
                continue  # "10 were killed in the north. 15 died in the south and 3 in the west": no parts of it
            pairing = _pair(blocks, position, parts, listed)
            if pairing is not None and pairing.total.quantity not in paired:
                paired.add(pairing.total.quantity)
                from_lists[pairing.total.quantity] = pairing
    used = {part.quantity for pairing in from_lists.values() for part in pairing.parts}
    for whole, items, shared in divided:  # the copy's own links first (a division has none), unless it holds more
        listed.update(item.quantity for item in items)
        mine, earlier = {item.quantity for item in items}, from_lists.get(whole.quantity) if whole else None
        if whole is not None and (({part.quantity for part in earlier.parts} < mine) if earlier else
                                  (whole.quantity not in paired and not mine & used)):
            paired.add(whole.quantity)
            from_lists[whole.quantity] = Pairing(whole, tuple(items), shared, False)
    yield from from_lists.values()
    for block in blocks:
        for whole, items, listing, partial in breakdowns(block):
            listed.update(item.quantity for item in items)
            if whole.quantity not in paired:
                paired.add(whole.quantity)
                yield _pairing(whole, list(items), listing and not partial, partial)
    for block in blocks:  # tables run into a paragraph: "men, 12; women, 9; total, 20"
        for whole, items, complete, partial in table_pairings(block):
            listed.update(item.quantity for item in items)
            if whole.quantity not in paired:
                paired.add(whole.quantity)
                yield Pairing(whole, items, complete, partial)
    for whole, items, complete in side_pairings(blocks, listed):  # "on both sides ... The army lost 17. ..."
        listed.update(item.quantity for item in items)
        if whole.quantity not in paired:
            paired.add(whole.quantity)
            yield Pairing(whole, items, complete, False)
    by_total: dict[Quantity, Pairing] = {}
    for position, block in enumerate(blocks):
        for part in _singles(blocks, position, listed):
            pairing = _pair(blocks, position, [part], listed | parts_of(by_total), single=True)
            if pairing is None:
                pairing = _also(blocks, position, part, by_total) or _coordinated(part, by_total)
            if pairing is None or pairing.total.quantity == part.quantity:
                continue  # a count is never a part of itself ("the rebels 12; 28 in all": 28 is the total)
            whole = pairing.total.quantity
            if whole in by_total and _adds_to(block, part, by_total[whole]):
                # "including 5 soldiers, were killed; 9 rebels were also among the dead": both are parts
                earlier = by_total[whole]
                remainder = bool(REMAINDER.search(block.text, max(0, part.quantity.start - 16), part.quantity.start))
                # "and the remaining 25": all of them; not "..., while the rest stayed" (more than the parts)
                by_total[whole] = Pairing(earlier.total, (*earlier.parts, *pairing.parts),
                                          earlier.complete or remainder, not remainder)
            elif whole not in paired and whole not in by_total:
                by_total[whole] = pairing
    yield from by_total.values()


def _adds_to(block: Block, part: Located, earlier: Pairing) -> bool:
    """Whether a part adds to the parts given before for the same total rather than repeating them: "were also
    among the dead", "Also among the dead were ...", or coordinated with the part before it ("12 of whom died and
    20 of whom were injured")."""
    text = block.text
    if crosses(part, earlier.parts):
        return False  # "The 30 passengers included 20 Britons; 15 were children": children may be Britons
    if ALSO.match(text, part.quantity.phrase_end) or ALSO_FIRST.match(text, clause_start(block, part)):
        return True
    return _joined_by_and(part, earlier.parts[-1]) or continues(part, earlier.parts[-1])


def _joined_by_and(part: Located, before: Located) -> bool:
    """Whether ``part`` follows ``before`` in its sentence, joined by "and" after a few words."""
    if before.block is not part.block or before.sentence != part.sentence or before.quantity.end > part.quantity.start:
        return False
    if MORE_CLAUSE.match(part.block.text, part.quantity.end):
        return False  # "12 Syrians, and 40 more were picked up later": more of them, not some of them
    if later_stage(part.block.text, part.quantity, before.quantity):
        return False  # "Eighteen were questioned and 9 were later charged": the same people, later
    gap = _ASIDE.sub(",", part.block.text[_gap_start(before):part.quantity.start])
    return len(gap) <= MAX_COORDINATED and (AND_BEFORE.search(gap) is not None or _THE_REST.search(gap) is not None
                                            or _WHILE_BEFORE.search(gap) is not None)


_WHILE_BEFORE = LazyPattern(lambda: rf",\s*{wording('contrast')}\s+$", regex.IGNORECASE)
""""59 of the 87 patients were elderly, while 33 were children": a contrast that gives the next part."""


def _gap_start(before: Located) -> int:
    """Where the words between two coordinated parts start: after the first part, or after the total of its
    partitive ("Thirteen of the 20 prisoners who escaped were recaptured, and 11 are still at large": the total
    named inside the first part is no distance between the parts)."""
    text, end = before.block.text, before.quantity.end
    partitive = OF_TOTAL.match(text, end)
    if partitive is None:
        return end
    inner = next((loc.quantity for loc in figures(before.block) if loc.quantity.start == partitive.end()), None)
    return inner.phrase_end if inner is not None else end


_THE_REST = LazyPattern(lambda: r"[;,]\s*(?:and\s+|while\s+|but\s+)?the\s+"
                                rf"(?:{wording('rest')}|{wording('rest-marked')}\s*,)\s*$", regex.IGNORECASE)
"""A clause that gives the rest after a part: "freed 24 of them; the other 19 remain in custody", "...; the rest,
8, received severance pay"."""


_ASIDE = LazyPattern(r",\s*(?:[\p{L}\p{M}'’-]+\s+){1,4}?(?:said|says|reported|added|showed|shows|told\s+[\p{L}\p{M}]+)"
                     r"\s*,", regex.IGNORECASE)
"""An attribution set off by commas ("..., a hospital source said, and 17 were ..."): no distance between two
coordinated parts."""


def _also(blocks: Sequence[Block], position: int, part: Located, found: dict[Quantity, Pairing]) -> Pairing | None:
    """"Those killed included 36 men. Also among the dead were 51 women": a part that adds to the parts of the
    sentence before, so to their total."""
    block = blocks[position]
    last = list(found.values())[-1] if found else None
    if last is None or not (ALSO.match(block.text, part.quantity.phrase_end)
                            or ALSO_FIRST.match(block.text, clause_start(block, part))
                            or continues(part, last.parts[-1])):  # "Of them, 23 were boys. 24 were girls."
        return None
    event, whole = part.quantity.event, last.total.quantity.event
    if event and whole and not part.quantity.attributive and event != whole and not within(event, whole):
        return None  # "20 killed, including 5 children. Another 30 were wounded": another event, not a part
    before = last.parts[-1]
    previous = (before.block is block and before.sentence == part.sentence - 1) or (
        part.sentence == 0 and position > 0 and before.block is blocks[position - 1]
        and before.sentence == len(before.block.sentences) - 1
    )
    return Pairing(last.total, (part,), False, True) if previous else None


def _partitive_head(block: Block, first: Located) -> Located | None:
    """The total a sentence opens with to break down: "Of the 40 passengers, 20 were rescued"."""
    start = block.sentences[first.sentence][0]
    opening = OF_HEAD.match(block.text, start)
    if opening is None:
        return None
    return next((loc for loc in figures(block) if loc.quantity.start == opening.end()), None)


def _coordinated(part: Located, found: dict[Quantity, Pairing]) -> Pairing | None:
    """"Of these, 20 have been charged and 15 released": a count joined by "and" to a part already paired is a
    part of the same total."""
    for pairing in reversed(found.values()):
        if _joined_by_and(part, pairing.parts[-1]):
            return Pairing(pairing.total, (part,), False, True)
    return None


def parts_of(found: dict[Quantity, Pairing]) -> set[Quantity]:
    """The parts of the pairings found so far: a part is never a total itself."""
    return {part.quantity for pairing in found.values() for part in pairing.parts}


def lists(block: Block) -> list[list[Located]]:
    """The lists of counts in a block ("20 soldiers and 31 militants"), as placed figures."""
    placed = figures(block)
    if not placed:
        return []
    quantities = tuple(located.quantity for located in placed)
    known, places = _list_places(block.text)
    if known != quantities:  # not the figures of the text's own extraction: found here, not remembered
        places = _places(block.text, quantities)
    return [[placed[number] for number in parts] for parts in places]


@per_paragraph
def _list_places(text: str) -> tuple[tuple[Quantity, ...], tuple[tuple[int, ...], ...]]:
    """The text's figures and where its lists are among them: a function of the paragraph's text, remembered, so
    that an editor's re-lint does not group the counts of every unchanged paragraph again (WL402 and WL403 ask)."""
    quantities = extract(text)
    return quantities, _places(text, quantities)


def _places(text: str, quantities: Sequence[Quantity]) -> tuple[tuple[int, ...], ...]:
    """:func:`groups` as places among ``quantities`` (the last of equal ones, as a dict by quantity keeps it)."""
    last = {quantity: number for number, quantity in enumerate(quantities)}
    return tuple(tuple(last[quantity] for quantity in parts) for parts in groups(text, list(last)))


def _singles(blocks: Sequence[Block], position: int, listed: set[Quantity]) -> list[Located]:
    """Counts that may be one part of a total on their own ("36 people, 58 of them children"): the caller pairs
    them only where the copy says so. Every way of pairing one looks for the total in its own sentence or the one
    before or after it, so a count with no other count there is passed over at once (most counts of a long
    article)."""
    block = blocks[position]
    here = [loc for loc in figures(block) if loc.quantity.kind is Kind.COUNT]
    if not here:
        return []
    counted = {loc.sentence for loc in here}
    before = position > 0 and any(loc.quantity.kind is Kind.COUNT and loc.sentence == len(blocks[position - 1]
                                  .sentences) - 1 for loc in figures(blocks[position - 1]))
    after = position + 1 < len(blocks) and any(loc.quantity.kind is Kind.COUNT and loc.sentence == 0
                                               for loc in figures(blocks[position + 1]))
    last = len(block.sentences) - 1

    def near(loc: Located) -> bool:
        index = loc.sentence
        return (sum(other.sentence == index for other in here) > 1 or index - 1 in counted or index + 1 in counted
                or (index == 0 and before) or (index == last and after))

    return [loc for loc in here if is_part(loc.quantity) and loc.quantity not in listed and near(loc)]


def _pair(blocks: Sequence[Block], position: int, parts: list[Located], listed: set[Quantity],
          single: bool = False) -> Pairing | None:
    """The total ``parts`` break down, found the ways the copy ties them: in the sentence, by a pointer back, by
    an elliptical subject ("Twenty were women"), or (lists only) by naming the same event nearby. A single part
    is paired only where a link word, a pointer or "of them" says it is part of the total."""
    block = blocks[position]
    text = block.text
    if any(RATE.match(text, part.quantity.phrase_end) for part in parts):
        return None  # "two shares of common stock per unit", "40 dlrs a share": rates, not parts of a sum
    if held(text, parts[0].quantity):
        return None  # "2 buses collided, carrying 40 and 35 passengers": what they held, not parts of the toll
    if len({part.quantity.noun for part in parts}) == 1 and parts[0].quantity.noun and not one_property(parts):
        return None  # "31 patients were discharged and 14 patients had surgery": two questions, which may overlap
    if single and MORE_CLAUSE.match(text, parts[0].quantity.end):
        return None  # "..., and 40 more were picked up later": more of them, not some of them
    nouns = [part_noun(block, part.quantity) for part in parts]
    event = next((part.quantity.event for part in parts if part.quantity.event and not part.quantity.attributive), "")
    first = parts[0]
    here = figures(block)
    same = [loc for loc in here if loc.sentence == first.sentence and loc.quantity.end <= first.quantity.start]
    of_them = bool(OF_THEM_AFTER.match(text, first.quantity.end))
    head = _partitive_head(block, first)  # "Of the 40 passengers, 20 were rescued"
    for located in reversed(same):  # the same sentence, before the list
        gap = text[located.quantity.phrase_end:first.quantity.start]
        if AND_END.search(gap):
            continue  # "killed 5 people on Monday and 20 soldiers and ...": another item, not a total
        if counts_the_items(located, parts):
            continue  # "taken to two hospitals: 16 to the city hospital and 20 to a clinic": where, not how many
        linked = LINKED.fullmatch(gap) or WITH.fullmatch(gap) or PARTICIPLE.fullmatch(gap)
        if WITH.fullmatch(gap) and outnumbered(located, parts):
            break  # "250 staff will move, with 1,200 staying at head office and 300 at branches": the others
        broken_down = BREAKDOWN_OF.search(text, max(0, located.quantity.start - 30), located.quantity.start) is not None
        listing = bool(COLON.search(gap) or DASH.search(gap) or COMPOSED.search(gap)) or broken_down
        appositive = not single and len(parts) > 1 and (gap.rstrip().endswith(",") or BRACKETED.search(gap) is not None)
        if appositive and gap.rstrip().endswith(",") and parallel_to_total(text, gap, parts):
            break  # "12 were killed in the north, 15 in the south and 9 in the east": places listed, no parts
        explicit = of_them or broken_down or (located is head) or bool(
            linked and (PARTIAL.search(gap) or ((listing or appositive) and not single))
        )
        composed = COMPOSED.search(gap) is not None
        named = INCLUDED.fullmatch(gap) and (named_total(located, nouns, listed) or (
            composed and not any(nouns) and breaks_down(located, nouns, True)))
        if single and not (named or explicit):
            continue
        if ";" in gap and (elsewhere(located, parts) or different_sets(located, first)):
            return None  # "arrested 29 people in the capital on Friday; 26 were held in the north and ...": parallel
        outcome = of_them and may_become(located.quantity.event, [event])  # "detained 30 and freed 12 of them"
        if named or (broken_down and bool(located.quantity.event)) or fits(
                located, "" if outcome else event, nouns, listed, explicit, explicit) or (
            linked and breaks_down(located, nouns, explicit)
        ):
            partial = bool(PARTIAL.search(gap) or WITH.search(gap) or PARTICIPLE.fullmatch(gap)) or of_them
            listing = listing or names_each(text, gap, parts) or _copula_restated(block, located, gap)
            if partial and COMMA_AND.match(text, first.quantity.phrase_end):
                return None  # "six flights, including four non-stop flights, and three via Anchorage": an aside
            return _pairing(located, parts, listing and not partial, partial or single)
        if linked and located.quantity.kind is Kind.COUNT:
            break  # "killed 25 people, bringing the toll to 140, among them 60 ...": the list is tied to the 140
    last = parts[-1]
    later = [loc for loc in here if loc.sentence == last.sentence and loc.quantity.start >= last.quantity.phrase_end]
    of_total = bool(later) and not last.quantity.noun and OF_TOTAL.fullmatch(
        text, last.quantity.phrase_end, later[0].quantity.start) is not None and (
        later[0].quantity.event != "" or personal(later[0].quantity.noun))  # "Twelve of the 40 passengers were"
    before_start = max(0, later[0].quantity.start - 30) if later else 0
    named_after = later and (of_total or ACCOUNT.search(text, before_start, later[0].quantity.start)
                             or AMONG_THE.search(text, before_start, later[0].quantity.start)
                             or IN_ALL_AFTER.match(text, later[0].quantity.end)
                             or BROUGHT.search(text, max(0, later[0].quantity.start - 60), later[0].quantity.start))
    appended = bool(later) and not later[0].quantity.noun and APPENDED.fullmatch(
        text, last.quantity.phrase_end, later[0].quantity.start) is not None and IN_ALL_AFTER.match(
        text, later[0].quantity.end) is not None  # "62 homes ... and 34 in the lower valley, 87 in total"
    if named_after and (named_total(later[0], nouns, listed) or ((appended or not any(nouns))
                                                                 and bare_total(later[0], listed))):
        # "20 soldiers and 31 militants were among the 45 killed"; "for a total of 42 dead" claims all of them
        before_total = text[max(0, later[0].quantity.start - 30):later[0].quantity.start].lower()
        among = (of_total or "among" in before_total or "out of" in before_total
                 or AMONG_AFTER.match(text, last.quantity.phrase_end)
                 or BROUGHT.search(text, max(0, later[0].quantity.start - 60), later[0].quantity.start))
        # "12 children were brought ashore by the coastguard, which rescued a total of 42 people": the total of
        # another clause counts the list in without saying it is all of it
        other_clause = RELATIVE.search(text, last.quantity.phrase_end, later[0].quantity.start) is not None
        return _pairing(later[0], parts, False, bool(among) or single or other_clause)
    clause = clause_start(block, first)
    opens = clause == block.sentences[first.sentence][0]  # "Twenty sank and 12 ran aground": a verb read in a
    # noun's place names nothing, when the count opens its sentence (not after "arrivals to 300; 200 came ...")
    gapped = gapped_objects(text, [part.quantity for part in parts])  # "The army lost 12 and the rebels 20": the
    # total's noun left out, and the verb after the first clause
    elliptic = ((not first.quantity.noun or (opens and not names_noun(text, first.quantity)))
                and ELLIPTIC.fullmatch(text, clause, first.quantity.start) is not None) or gapped
    partitive = PARTITIVE.match(text, first.quantity.end) or AMONG_AFTER.match(text, last.quantity.phrase_end)
    pointer = POINTER.match(text, clause)
    if pointer is not None and (len(_ASIDE.sub(",", text[pointer.end():first.quantity.start])) > POINTER_REACH
                                or is_among(pointer)):  # "Among the dead, a list showed, were 60 ...": an aside
        pointer = None  # "They were suspected of ... swindling 450 people", "They are among 10 new names": no parts
    if (elliptic or partitive or pointer is not None) and not closed(parts) and (
            overlapping_kinds(parts) or two_questions(parts) or outcome_beside_kind(parts) or (
            any(doing(part) for part in parts) and not one_property(parts))):
        return None  # "The school enrolled 20 pupils. Twelve were girls and 11 were boarders", "Five were speeding
        # and five had no insurance": two questions, which may overlap; not "26 were ... and the other 52 were ..."
    if elliptic or partitive or pointer is not None:
        # "27 were later released", "Of the casualties, 20 were in a critical condition": they count what the
        # total counts, whatever words follow them
        written, nouns = nouns, [noun if known_noun(noun) else "" for noun in nouns]
        if single and elliptic and not partitive and pointer is None and not any(nouns):
            return None
    elif not any(nouns) or not all(known_noun(noun) or _unit(noun) or named_people(block, part.quantity)
                                   for noun, part in zip(nouns, parts, strict=True) if noun):
        return None
    if pointer is not None or elliptic or partitive:
        partial = bool(pointer and POINTER_PARTIAL.search(pointer.group())) or single or bool(partitive)
        if partial and not single and REST.search(text, first.quantity.end, last.quantity.start):
            partial = False  # "Six of those hurt were women; the other 30 were children": all of them
        label = bool(pointer and pointer.group("label") and not SAID.search(pointer.group("label")))
        whole = label or bool(pointer and (POINTER_WHOLE.search(pointer.group())
                                           or RESTATED.match(text, pointer.end())))
        earlier = referents(antecedents(blocks, position, first, clause), pointer)
        things = things_total(earlier, parts, pointer, elliptic)
        # "100 soldiers were among those killed" names its total by its event: not "hired 30 engineers" before it
        named = named_event(partitive.group()) if partitive is not None and pointer is None else ""
        for located in earlier:
            if named and not located.quantity.event:
                continue
            subject = restated_subject(blocks, position, located, parts, pointer.end() if pointer else clause)
            # "Another 30 were wounded" is no part of the dead; a restated group keeps its parts' words for people
            said = written if subject else [""] * len(nouns) if elliptic and closed(parts) else nouns  # "67 were
            # conscripts and the other 22 were officers": the rest of the group, whatever the words call them
            if fits(located, event, said, listed, True, restated=subject):
                if gapped and different_sets(located, first):
                    return None  # "The fighting killed 20 this week. Last month the army lost 31 and the rebels 9"
                # a pointer back ("Of the injured, ...") breaks the total down without claiming to be all of it
                regroup = subject and pointer is not None and regrouped(pointer)
                return _pairing(located, parts, whole or regroup, partial, from_total=gapped)
            if located is things:  # "withdrew 48 vehicles. Of these, 26 were petrol ...": the nearest count
                return _pairing(things, parts, whole, partial, from_total=False)
        if pointer is not None or partitive:
            naming = text[clause:max(first.quantity.start, pointer.end() if pointer else partitive.end())]
            for located in further_back(blocks, position, first, naming):
                if fits(located, event, nouns, listed, True):
                    return _pairing(located, parts, whole, partial, from_total=False)
        for located in totals_after(blocks, position, first):
            if fits(located, event, nouns, listed, True):
                return _pairing(located, parts, False, True, from_total=False)
        return None
    if not single:
        summed = _summed_after(blocks, position, parts, nouns, event, listed)
        if summed is not None:
            return summed
    if not event or single:
        return None
    for located in nearby(blocks, position, parts):
        same_sentence = located.block is block and located.sentence == first.sentence
        if (same_sentence and located.quantity.end <= first.quantity.start
                and AND_END.search(text[located.quantity.phrase_end:first.quantity.start])):
            continue  # "50 were killed last year, and 30 men and 25 women the year before": another item
        whole = WHOLE.search(located.sentence_text) is not None  # "46 combatants were killed on both sides": the
        # sides' losses are all of it, whatever the copy calls each side's men
        if fits(located, event, [noun if known_noun(noun) or not whole else "" for noun in nouns], listed, whole):
            if different_sets(located, first):
                return None
            return _pairing(located, parts, whole, bool(PARTIAL.search(first.sentence_text)))
    return None


def _unit(noun: str) -> bool:
    """A plural the data does not know, as the copy names a side's men or a unit ("dragoons", "skirmishers"): a part
    only of a total that says it is all of them ("on both sides"); the strict hierarchy keeps it from any other."""
    return not known_noun(noun) and noun.isalpha()


APPENDED = LazyPattern(r"[^.;:!?\d()]{0,50}?(?:,|\s[-–—])\s*")
"""A bare count set right after the last part (and its place) by a comma or a dash, then "in total": the list's own
total, whatever the list counts ("flooded 62 homes in the upper valley and 34 in the lower valley, 87 in total")."""
def _copula_restated(block: Block, located: Located, gap: str) -> bool:
    """"The 38 dead were 28 guides and 14 tourists": the group restated as the subject of "were", its list is
    what the whole group was, all of it (unlike "The dead included", or "The dead were" with no count)."""
    quantity = located.quantity
    start = block.sentences[located.sentence][0]
    return (quantity.definite and THE_OPENING.fullmatch(block.text, start, quantity.start) is not None
            and COPULA.fullmatch(gap) is not None)


def _summed_after(blocks: Sequence[Block], position: int, parts: list[Located], nouns: list[str], event: str,
                  listed: set[Quantity]) -> Pairing | None:
    """A list summed up by the sentence after it: "20 women and 64 children were pulled alive from the rubble. In
    total, rescuers saved 74 people", "... Total dead: 79" (all of it); "That brings the number of dead this week
    to 45" (the list and others before it)."""
    for located in totals_after(blocks, position, parts[-1]):
        if located.quantity in listed or not (fits(located, event, nouns, listed, True)
                                              or (not located.quantity.noun and bare_total(located, listed))):
            continue
        start = located.block.sentences[located.sentence][0]
        return Pairing(located, tuple(parts), SUMMED.match(located.block.text, start) is not None, False)
    return None


def _pairing(total: Located, parts: list[Located], colon: bool, partial: bool, from_total: bool = True) -> Pairing:
    """The pairing, complete when the list or (``from_total``) the total's sentence says the list is all of it."""
    claims = (from_total and EXHAUSTIVE.search(total.sentence_text)) or EXHAUSTIVE.search(parts[0].sentence_text)
    every = total.quantity.definite and ALL.search(total.block.text, max(0, total.quantity.start - 12),
                                                    total.quantity.start)
    rest = closed(parts)
    return Pairing(total, tuple(parts), bool(colon or claims or every or rest), partial and not rest)
