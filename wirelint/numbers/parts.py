"""Parts of a total: "20 pro-government fighters and 31 militants".

Counts listed together with "and" or commas, sharing an event, are the
parts of some total; their sum is an interval like any other figure. Which
total they belong to, and whether the list is complete, is for the rules to
judge with the cue words below.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from itertools import pairwise
from operator import add

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import includes, known_noun, stage_sequences, staying, table, wording
from wirelint.numbers.interval import Interval
from wirelint.numbers.links import IN_ALL_AFTER, OF_PEOPLE_AFTER
from wirelint.numbers.quantity import Kind, Quantity
from wirelint.text.lexicon import alternation

_POINTING = r"(?!(?:of|among|out\s+of)\s+(?:those|these|them|which|whom)\b)"
"""Not a pointer back ("; of those, 25 were ..."): a partitive, not the label of an item."""
LISTED = LazyPattern(
    r"(?:\s+[\p{Ll}\p{M}-]+){0,6}?\.\s+(?:so|as|and\s+so)\s+did\s+"  # "12 adults died. So did 38 children"
    r"|(?:(?:\)\s*(?=,|\s*and)"  # "in Goma (13) and Bor (56)": counts in brackets after places
    r"|(?:\s+[\p{Ll}]+(?:ing|ed)(?:\s+to\s+[\p{Ll}]+)?)?(?:\s+(?:in|at|from|on|near|off)\s+(?:the\s+)?[\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*){0,2}"
    r"|\s+(?:in|at|on|to|from)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\p{M}-]+\s+){0,2}?[\p{Ll}\p{M}-]+"
    r"(?:\s+of\s+(?:the\s+)?[\p{L}\p{M}-]+)?"  # "in the north of the park"
    r"|\s+[\p{Ll}]+(?:ed|en)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\p{M}-]+\s+){0,2}?[\p{Ll}\p{M}-]+)"  # "25 headed by
    # men and 18 by women": a share by agent
    r"|\s+(?:abroad|overseas|locally|at\s+home|domestically)"
    r"|\s+(?:(?:were|was|are|is)\s+)?(?:aged\s+)?(?:under|over|above|below)\s+[\p{L}\d-]+"  # "79 under 25 and 17 aged
    # 25 or over", "30 were under 80 and 28 were over 80": by age
    r"|\s+aged\s+[\p{L}\d-]+(?:\s+(?:to|or|and)\s+[\p{L}\d-]+)?"
    r"|\s+[\p{Ll}]+(?:ed|ing)(?=\s*;)"  # "In Goma, 43 people died; in Bor, 19"
    r"|\s+(?:(?:were|was|are)|of\s+(?:them|whom|those|these|the\s+\p{Ll}+))\s+(?:[\p{Ll}\p{M}-]+\s+){0,2}?[\p{Ll}\p{M}-]+)?"
    r"\s*(?:,|and|,\s*and|;|;\s*and|,?\s*as\s+well\s+as|plus|,?\s*while|,?\s*whereas|alongside|along\s+with"
    r"|together\s+with)\s*"
    r"(?:(?<=;\s*)" + _POINTING + r"[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*,\s*"
    r"|(?<=,\s*)[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*:\s*"
    r"|(?<=\band\s+)[\p{Ll}]+ing\s+"
    r"|(?<=;\s*)(?:in|at|on|from)\s+[\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)?\s*,\s*"
    r"|(?:(?:in|at|from|to)\s+)?(?:the\s+)?[\p{L}\p{M}][\p{L}\p{M}-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}-]*){0,2}\s*\(\s*"
    r"|(?:a\s+further|another|an\s+additional|the\s+(?:rest|remaining|remainder|others?))\s*,?\s*)?)",
    regex.IGNORECASE,
)
LABELLED = LazyPattern(r";\s*(?:" + _POINTING + r"[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?"
                      r"|(?:in|at|on|from)\s+[\p{Lu}][\p{L}\p{M}-]*"
                      r"(?:\s+[\p{Lu}][\p{L}\p{M}-]*)?)\s*,\s*$", regex.IGNORECASE)
""""men, 22; women, 26": items that each name what they count before the figure."""
REMAINDER = LazyPattern(r"\b(?:a\s+further|another|an\s+additional|the\s+(?:rest|remaining|remainder|others?))\b",
                        regex.IGNORECASE)
"""A second item that adds to the first ("and a further 75", "; the rest, 10,"): a list, even after a semicolon."""
FURTHER = LazyPattern(r"\b(?:a\s+further|another|an\s+additional)\s*$", regex.IGNORECASE)
FURTHER_AND = LazyPattern(r"[^.;:!?\d()]{0,50}?\band\s+(?:a\s+further|another|an\s+additional)\s+",
                          regex.IGNORECASE)
ELIDED = LazyPattern(r"\s*(?:[,.;:)]|$|(?:in|at(?!\s+(?:risk|stake)\b)|on|from|near|after|before|during|over|across|off"
                     r"|outside|inside|abroad|overseas|elsewhere|locally"
                     r"|around|along|within|overnight|later|earlier|afterwards|yesterday|today|tonight"
                     r"|to(?!\s+(?:be|have)\b)|since|when|(?:last|this|next|that|the\s+(?:next|following|previous|same))"
                     r"\s+[\p{Ll}]+|[\p{Ll}]+ly(?=\s*(?:[,.;:)]|$|and\b)))\b)", regex.IGNORECASE)
"""What follows an added count with no verb of its own: a place, a time or the end of the clause ("a further 75 in
hospital", "another 8 overnight", "a further 95 to Bristol", "another 15 this week"); "another 30 were wounded" has
its own verb and is another clause."""
"""What stands between two items of a list: "20 soldiers and 31 militants", "80 in Scotland and 50 in England",
"12 were adults and 9 were children"."""

MORE_CLAUSE = LazyPattern(r"\s+(?:more|others|other\s+\w+|additional\s+\w+)\s+(?:were|was|are|is|have|has|had)\b",
                          regex.IGNORECASE)
"""A count of more of them with a verb of its own ("and 40 more were picked up later"): added, not listed."""
GAPPED = LazyPattern(
    r"\s*,?\s+(?P<join>and|while|whilst|whereas)\s+(?:the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,4}?|(?:[\p{L}\p{M}-]+\s+)?(?![\p{L}\p{M}-]*(?:ed|ing)\s)"
    r"(?!(?:was|has|is|does|as|this|its|his|thus|plus|less|unless|across|towards|us)\s)[\p{L}\p{M}-]+s)\s+",
    regex.IGNORECASE,
)
"""A second item whose verb is left out: "the army lost 4 men and the rebels 35", "..., whereas the rebels lost 44
fighters" (a contrast joins the two sides' counts as "and" does). Only a count with no noun of
its own can follow it, or one after "the" and a subject ("and the rebels 30 fighters"); the caller checks."""
THE_SUBJECT = LazyPattern(r"\s+the\s", regex.IGNORECASE)
"""The subject of a gapped second item that names its count's noun: "and the rebels 30 fighters"."""


def _after_colon(text: str, first: Quantity) -> bool:
    """Whether a colon in the same sentence opens the list ``first`` starts: there, semicolons divide items ("49
    people were abducted: 22 from a school in Kirkuk; 27 from a church in Bor")."""
    colon = text.rfind(":", 0, first.start)
    return colon >= 0 and ". " not in text[colon:first.start] and ";" not in text[colon:first.start]


def joined(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` is the next item of a list after ``first``: "20 soldiers and 31 militants", "80 in
    Scotland and 50 in England", "lost 4 men and the rebels 35"."""
    if LISTED.fullmatch(text, first.phrase_end, second.start):
        # a semicolon joins items of a list ("12 soldiers; 20 police officers; and 5 civilians") but also clauses
        # ("held 22 people; 10 were children"): only counts that both name what they count are items
        gap = text[first.phrase_end:second.start]
        if FURTHER.search(gap) and not ELIDED.match(text, second.phrase_end) and not (
                not second.noun and _place_left_out(text, first, second)):
            return False  # "were killed and another 30 were wounded": a clause of its own
        if MORE_CLAUSE.match(text, second.end):
            return False  # "12 Syrians, and 40 more were picked up later": more of them, in a clause of its own
        return (";" not in gap or (names_noun(text, first) and names_noun(text, second)
                                   and not _new_clause(text, first, second))
                or REMAINDER.search(gap) is not None
                or LABELLED.search(gap) is not None or _after_colon(text, first))
    if (not second.noun and FURTHER_AND.fullmatch(text, first.phrase_end, second.start)
            and ELIDED.match(text, second.phrase_end)):
        return True  # "18 were hurt in the north and a further 13 in the south": the added count's verb left out
    if not second.noun and _place_left_out(text, first, second):
        return True  # "12 are kept at the depot in Turin and a further 16 the one in Milan"
    if not second.noun and VERB_PLACED.fullmatch(text, first.phrase_end, second.start) and _WHERE_AFTER.match(
            text, second.end):
        return True  # "62 homes were flooded in the upper valley and 34 in the lower valley"
    gapped = GAPPED.fullmatch(text, first.phrase_end, second.start)
    return (gapped is not None and (not second.noun or THE_SUBJECT.match(text, gapped.end("join"))) and (
        "," not in gapped.group() or gapped.group("join").lower() != "and")) or (
        comma_gapped(text, first, second))


COMMA_GAPPED = LazyPattern(lambda: rf",\s+the\s+(?:(?!(?:{wording('clause-verbs')})\b)[\p{{L}}-]+\s+){{1,2}}",
                           regex.IGNORECASE)
"""A second clause after a comma with its verb left out, a subject and a bare count: "Government forces lost 14 men,
the insurgents 9" (not "..., the army said 9": a clause with a verb of its own)."""
_GAPPED_END = LazyPattern(r"\s*(?:[.;,:)]|$|and\s)")
_VERB_BEFORE = LazyPattern(lambda: rf"\b(?:[\p{{Ll}}]+(?:ed|ing)|{alternation(table()['predicates']['participles'])})"
                           r"\s+$")
"""A verb right before the first count ("lost", "killed", "held", "caught"): the count is its object."""


def comma_gapped(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` repeats the clause of ``first`` with its verb left out after a comma: the first count the
    object of a verb, the second a bare count after "the" and a subject, closing its clause."""
    if second.noun or COMMA_GAPPED.fullmatch(text, first.phrase_end, second.start) is None:
        return False
    words = text[max(0, first.start - 30):first.start]
    return _VERB_BEFORE.search(words) is not None and _GAPPED_END.match(text, second.phrase_end) is not None


def gapped_objects(text: str, parts: Sequence[Quantity]) -> bool:
    """Whether a list of bare counts are objects of one verb left out after the first clause ("The army lost 12 and
    the rebels 20", "government forces lost 2, the insurgents 5"): each counts what the total before them counts."""
    return len(parts) > 1 and not any(part.noun for part in parts) and all(
        GAPPED.fullmatch(text, before.phrase_end, after.start) or comma_gapped(text, before, after)
        for before, after in pairwise(parts)) and _VERB_BEFORE.search(
        text[max(0, parts[0].start - 30):parts[0].start]) is not None


VERB_PLACED = LazyPattern(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+[\p{Ll}]+"
                          r"\s+(?:in|at|on|from|near|along|across)\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}?"
                          r"[\p{L}\p{M}'’-]+\s*,?\s*and\s+", regex.IGNORECASE)
"""A first part with its passive verb and a place, then "and" and a bare count (its verb left out, a place after
it): "62 homes were flooded in the upper valley and 34 in the lower valley", "31 were hurt in the stand and 17 in
the car park"."""


def names_noun(text: str, quantity: Quantity) -> bool:
    """Whether a count names what it counts, as an item of a list does: a noun the hierarchy knows or one written as
    a plural; not a verb read in a noun's place ("checked 40 restaurants; 25 passed and 20 were closed": the 25 is
    the subject of "passed", a share of the 40, not a second item beside it)."""
    return bool(quantity.noun) and _own_words(text, quantity) == quantity.phrase_end


PLACED_THE = LazyPattern(r"[^.;:!?\d]{0,40}?\bthe\s+[\p{L}\p{M}-]+"
                        r"[^.;:!?\d]{0,30}?\s*,?\s*(?:and|while|whereas)(?:\s+(?:a\s+further|another|an\s+additional))?\s+$",
                        regex.IGNORECASE)
THE_AFTER = LazyPattern(r"\s+the(?:\s+[\p{L}\p{M}-]+){1,2}?(?:\s+(?:in|at|of|near)\s+[\p{L}\p{M}-]+)?\s*(?:[,.;)]|$)",
                        regex.IGNORECASE)


def _place_left_out(text: str, first: Quantity, second: Quantity) -> bool:
    """"Sixteen are in the north and 17 the south", "12 work at the plant in Lyon and a further 7 the site in
    Nantes", "12 serve the port in Genoa and a further 62 the one in Bari": a second count with its verb (and
    preposition) left out, only a place or object with "the" after it, mirroring the one the first count's clause
    names with "the"."""
    return (PLACED_THE.fullmatch(text, first.phrase_end, second.start) is not None
            and THE_AFTER.match(text, second.end) is not None)


SUBJECT = LazyPattern(r"\s*(?:(?:also|later|then|still|all|now|reportedly)\s+)?(?:were|was|are|is|have|has|had"
                      r"|remain(?:s|ed)?|[\p{Ll}]+ed)\b", regex.IGNORECASE)
"""A count that is the subject of its own verb ("Nine were freed; 11 were charged"), not the object of one before
it."""


def _new_clause(text: str, first: Quantity, second: Quantity) -> bool:
    """"detained 30 protesters on Sunday; 14 protesters were released": after a semicolon, the subject of a clause of
    its own follows an object, so the two are no items of one list (the second may be a share of the first)."""
    return SUBJECT.match(text, second.phrase_end) is not None and (
        SUBJECT.match(text, first.phrase_end) is None or first.noun == second.noun)  # "Forty students applied; 31
    # students were admitted": items of a list count different things


EXHAUSTIVE = LazyPattern(
    r"\b(?:both\s+sides|each\s+side|in\s+total|in\s+all|a\s+total\s+of|altogether|combined|all\s+told"
    r"|between\s+them|together|(?:the\s+(?:remaining|remainder|rest|others?))(?=\s*,?\s*(?:\d|(?:one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a\s+further)\b)))\b",
    regex.IGNORECASE,
)
"""Words that say a list of parts is complete, so the parts must add up to the total ("20 were rescued and the
remaining 25 are missing"); "the rest" with no count of its own ("..., while the rest stayed at base camp") says
there are more than the parts, not that they are all."""

PARTIAL = LazyPattern(r"\b(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|them|which)|such\s+as)\b",
                        regex.IGNORECASE)
"""Words that say the parts are some of the total, not all of it."""


def is_part(quantity: Quantity) -> bool:
    """True for figures that can be one item of a list of parts."""
    return quantity.kind is Kind.COUNT and not quantity.vague and not quantity.definite




_SUMS_BEFORE = LazyPattern(r"[;,]\s*(?:and\s+)?(?:in\s+all|in\s+total|altogether|all\s+told|overall)\s*,?\s*$",
                           regex.IGNORECASE)
"""A count after "; in all," sums the list before it ("12 were women and 15 children; in all, 27 died"): no item."""
_OPENS_PARTITIVE = LazyPattern(r"(?:^|[.!?;]\s+)\W*(?:of|out\s+of|among)\s+(?:the\s+|those\s+|these\s+)?$",
                               regex.IGNORECASE)
""""Out of 66 migrants on the boat, 22 were women and 56 were children": a count a sentence opens with to break it
down is the total, never an item of the list that follows."""


STAGE = LazyPattern(r"\s+(?:(?:have|has|had|were|was|are|is|would|will)\s+)?(?:(?P<adverb>then|later|since"
                   r"|eventually|subsequently|afterwards|in\s+turn|also|too)\b|went\s+on|go(?:es)?\s+on|gone\s+on)",
                   regex.IGNORECASE)
"""A later part that follows on from the first ("Twenty passed and 15 went on to university", "30 were arrested
and 12 later charged", "14 recovered and 4 have since returned to work"): the same people at a later stage, so the
parts overlap and add up to nothing."""
_STAGE_ELIDED = LazyPattern(r"\s*(?:[,.;:)]|$|(?:in|at|on|from|near|after|for|with|to|by|among)\s)",
                            regex.IGNORECASE)
"""After "also" or "later", a place or a group and no verb ("11 rescuers were also among the victims"): more of
the same, not a later stage of the first part."""


_OF_THOSE = LazyPattern(r"\s+of\s+(?:those|these|them|whom)\b", regex.IGNORECASE)


def later_stage(text: str, part: Quantity, first: Quantity) -> bool:
    """Whether a later part follows on from the first (STAGE, then another verb): "and 5 later in hospital" (a
    place, the verb left out) and "8 died ... and 5 later died in hospital" (the same verb) are shares."""
    if _OF_THOSE.match(text, part.end) and not _OF_THOSE.match(text, first.end):
        return True  # "Forty were charged and 35 of those were convicted": a part of the part before
    stage = STAGE.match(text, _own_words(text, part))
    if stage is None or (stage.group("adverb") and _STAGE_ELIDED.match(text, stage.end())):
        return False
    said, again = _VERB.match(text, _own_words(text, first)), _VERB.match(text, stage.end())
    return not (said and again and said.group("verb").lower() == again.group("verb").lower())


def _own_words(text: str, quantity: Quantity) -> int:
    """Where a count's own words end: after its noun when it names one ("20 fans were later charged", "14 firms
    were also investing": the hierarchy knows it or it is written as a plural), else right after the figure (a
    bare count's "noun" may be its verb: "Thirty graduated", "25 went on")."""
    written = text[quantity.end:quantity.phrase_end].strip().lower()
    named = known_noun(quantity.noun) or (quantity.value.low > 1 and written.endswith("s"))
    return quantity.phrase_end if quantity.noun and named else quantity.end


_CLAUSE_END = LazyPattern(r"[,;:.()]|\band\b|\bwhile\b|\d")


def overlapping(parts: Sequence[tuple[str, Quantity]]) -> bool:
    """Whether a later part of a list is at a later stage than an earlier one (quantities.toml [stages]): "with 20
    charged and 15 released on bail" counts some people twice, so the parts may add up to more than the group; not
    when the earlier part says its members stayed there ("42 were kept in hospital and 44 were sent home")."""
    read = [(stages_of(text, quantity), _stays(text, quantity)) for text, quantity in parts]
    return any(not stays and any(seen is not None and stage is not None and seen < stage
                                 for seen, stage in zip(earlier, stages, strict=True))
               for index, (stages, _) in enumerate(read) for earlier, stays in read[:index])


def _stays(text: str, quantity: Quantity) -> bool:
    """Whether the words after a part, to the end of its clause, say its members stayed (quantities.toml
    [staying])."""
    return any(f" {word} " in _clause_words(text, quantity) for word in staying())


def beyond_the_total(parts: Sequence[tuple[str, Quantity]]) -> bool:
    """Whether the last part is said to come on top ("..., and a further 50 at its Paris office next year")."""
    text, last = parts[-1]
    return _ON_TOP.search(text, max(last.start - 30, 0), last.start) is not None


_ON_TOP = LazyPattern(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", regex.IGNORECASE)


def stages_of(text: str, quantity: Quantity) -> tuple[int | None, ...]:
    """For each sequence of [stages] in quantities.toml, the latest stage the words after ``quantity`` name, up to
    the end of its clause (None where they name none)."""
    words = _clause_words(text, quantity)
    return tuple(max((index for index, phrases in enumerate(sequence) if any(f" {p} " in words for p in phrases)),
                     default=None) for sequence in stage_sequences())


def _clause_words(text: str, quantity: Quantity) -> str:
    """The words after a count to the end of its clause, lower case and padded with spaces."""
    end = _CLAUSE_END.search(text, quantity.end, quantity.end + 80)
    return " " + " ".join(text[quantity.end : end.start() if end else quantity.end + 80].lower().split()) + " "


_VERB = LazyPattern(r"(?:\s+(?:were|was|are|is|have|has|had|been|being|later|then))*\s+(?P<verb>[\p{L}\p{M}]+)",
                    regex.IGNORECASE)
"""The verb after a part or after its stage word (the events of coordinated counts are shared, so compared as
written: "8 died at the scene and 5 later died in hospital" is one event, at two times)."""


_AND_LAST = LazyPattern(r"[^.;:\d]*\band\s+$", regex.IGNORECASE)
_WHERE_AFTER = LazyPattern(r"\s+(?:in|at|on|from|near|after)\s", regex.IGNORECASE)


def _verb_left_out(text: str, before: Quantity, quantity: Quantity) -> bool:
    """"30 dying at the scene and 15 in hospital": a bare count after "and" with a place or time and no verb of
    its own has the verb of the count before, whatever event its place suggests ("in hospital" is where they
    died, not an injury)."""
    return (bool(before.event) and not quantity.noun and _AND_LAST.fullmatch(text, before.end, quantity.start)
            is not None and _WHERE_AFTER.match(text, quantity.end) is not None)


_AGE_BOUND = LazyPattern(r"\b(?:under|over|above|below|aged|to|than)\s+$", regex.IGNORECASE)


def groups(text: str, quantities: Sequence[Quantity]) -> list[list[Quantity]]:
    """Lists of two or more counts joined by "and" or commas, with one event (in text order)."""
    found: list[list[Quantity]] = []
    current: list[Quantity] = []
    resume = -1  # where the list goes on after a sub-group given inside it ("13 drivers, 8 of whom ..., and 10 ...")
    for quantity in quantities:
        if current and resume < 0 and (resume := nested_end(text, current[-1], quantity)) >= 0:
            continue  # the sub-group is a part of the item before it, not an item of the list
        if current and resume >= 0 and is_part(quantity) and RESUMED.fullmatch(text, resume, quantity.start):
            resume = -1
            current.append(quantity)
            continue
        resume = -1
        if current and quantity.kind is Kind.AGE and _AGE_BOUND.search(text, max(0, quantity.start - 12),
                                                                         quantity.start):
            continue  # "79 under 25 and 17 aged 25 or over": the ages say which part, they end no list
        if not is_part(quantity) or _OPENS_PARTITIVE.search(text, max(0, quantity.start - 30), quantity.start):
            _close(text, current, found)
            current = []
            continue
        if current and joined(text, current[-1], quantity) and (
            quantity.event == current[-1].event or _verb_left_out(text, current[-1], quantity)
        ) and not (len(current) == 1 and OF_PEOPLE_AFTER.match(text, quantity.end)
                   and "," in text[current[-1].end:quantity.start]
                   and not OF_PEOPLE_AFTER.match(text, current[-1].end)) \
                and not IN_ALL_AFTER.match(text, quantity.phrase_end) \
                and not later_stage(text, quantity, current[0]) \
                and not _SUMS_BEFORE.search(text, current[-1].end, quantity.start):
            current.append(quantity)
        else:
            _close(text, current, found)
            current = [quantity]
    _close(text, current, found)
    return found


NESTED_BEFORE = LazyPattern(r"[^\d.;:!?]*,\s*(?:(?:of|among)\s+whom\s+)?", regex.IGNORECASE)
"""From an item of a list to a sub-group of it: "13 bus drivers, 8 of whom", "28 were rafters, four of them",
"76 were scaffolders, of whom 40"."""
NESTED_POINTER = LazyPattern(r"\s+(?:of|among)\s+(?:them|whom)\b", regex.IGNORECASE)
RESUMED = LazyPattern(r"\s*,?\s*(?:and\s+)?", regex.IGNORECASE)


def nested_end(text: str, item: Quantity, quantity: Quantity) -> int:
    """Where the clause of a sub-group given inside a list ends, right before the list goes on ("13 bus drivers, 8
    of whom were off duty, and 10 street sweepers": after "off duty,"), or -1 when ``quantity`` is no such
    sub-group of ``item``."""
    gap = NESTED_BEFORE.fullmatch(text, item.phrase_end, quantity.start)
    if gap is None or not (gap.group().rstrip().endswith("whom") or NESTED_POINTER.match(text, quantity.end)):
        return -1
    comma = text.find(",", quantity.end)
    stop = min((at for at in (text.find(mark, quantity.end) for mark in ".;:") if at >= 0), default=len(text))
    return comma + 1 if 0 <= comma < stop else -1


def _close(text: str, current: list[Quantity], found: list[list[Quantity]]) -> None:
    if len(current) >= 3 and _head_is_total(text, current):
        current = current[1:]  # "4,000 people, 3,000 in Britain and 2,000 abroad": a total, then its parts
    if len(current) >= 2:
        found.append(current)


HEAD_GAP = LazyPattern(r"\s*(?:,\s*(?:[\p{L}\p{M}'-]+\s+){1,4}?(?:said|says|reported|added)\s*[:–—-]|,|:|[–—-]"
                      r"|(?:were|was|are)\s+[\p{Ll}\p{M}-]+\s*,)\s*(?:including\s+|of\s+them\s+"
                      r"|[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*\(\s*)?",
                       regex.IGNORECASE)
"""What may stand between a total and the first of its parts when they are listed together: "4,000 people, 3,000
in Britain", "40 people were wounded, 12 of them adults", "31 people, officials said: 19 were pupils"."""


def _head_is_total(text: str, items: list[Quantity]) -> bool:
    """"40 people, 12 adults and 30 children": the first item counts what all the others count."""
    head, rest = items[0], items[1:]
    if not head.noun:  # "The dead numbered 60, with mothers (16) and babies (44) among them": parts named in brackets
        gap = HEAD_GAP.fullmatch(text, head.phrase_end, rest[0].start)
        return bool(head.event and gap and "(" in gap.group() and not any(item.noun for item in rest))
    if not any(item.noun for item in rest):
        # "4,000 people, 3,000 in Britain and 2,000 abroad"; but in "65 flights on Thursday, 180 on Friday" the head
        # has its own day like the others, so it is one of them
        return HEAD_GAP.fullmatch(text, head.phrase_end, rest[0].start) is not None
    named = [item for item in rest if item.noun]
    # "40 people were wounded, 12 of them adults and 30 children": parts whose noun comes later count as unnamed
    return all(item.noun != head.noun and (includes(head.noun, item.noun) or _some_people(head, item))
               for item in named)


def _some_people(head: Quantity, item: Quantity) -> bool:
    """"63 migrants, 18 children and 50 elderly people": people described by a word are some of any people."""
    return item.noun == "people" and bool(item.modifiers) and includes("person", head.noun)


def total(parts: Sequence[Quantity], rounded: bool = True) -> Interval:
    """The interval of the sum of ``parts``; with ``rounded`` False, each part as written, not widened by its
    rounding ("3,000 and 2,000" is 5,000, as a reader adds them up)."""
    return reduce(add, (part.range if rounded else part.value for part in parts))
