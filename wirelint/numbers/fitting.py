"""Whether a count can be the total of a list of parts: its kind, event and noun against theirs.

The total's noun must include the parts' nouns (quantities.toml: fighters include soldiers and militants;
people include children and fighters); where the copy links the parts to the total ("including", a colon, a
pointer), any people may be parts of a count of people. Split from totals.py, which finds the candidates and
the links; this module only judges a candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.attributes import attributes_apart
from wirelint.numbers.data import (
    DEMONYM_ENDINGS,
    both_people,
    counts_people,
    divisions_of_people,
    includes,
    known_noun,
    personal,
)
from wirelint.numbers.events import within
from wirelint.numbers.lexicon import CURRENCY_WORDS
from wirelint.numbers.links import ALL, OF_THE, STATED_NOUN
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import IRREGULAR, counted_noun, singular
from wirelint.numbers.predicates import crossed_qualifiers, overlapping_kinds, two_questions
from wirelint.numbers.quantity import Kind, Quantity


def named_people(block: Block, quantity: Quantity) -> bool:
    """A count of a people named with a capital ("16 Eritreans", "25 Sudanese"): people, though no list has them."""
    written = block.text[quantity.end:quantity.phrase_end].split()
    return bool(written) and written[-1][:1].isupper() and quantity.noun.endswith(DEMONYM_ENDINGS)


def priced(quantity: Quantity) -> bool:
    """Whether a count's words make it a price, sum or rate, not a number of things: "a 30 dlr-a-share tender
    offer", "a 5 pct-a-year rise", "a 10 pound-per-head levy" count no offers, rises or levies."""
    for modifier in quantity.modifiers:
        words = modifier.lower().split("-")
        if any(word in CURRENCY_WORDS or word in ("pct", "percent") for word in words):
            return True
        if len(words) > 2 and any(word in ("a", "per") for word in words[1:-1]):
            return True  # "two-a-day", "one-per-cent" are rates, whatever they count
    return False


def breaks_down(located: Located, nouns: list[str], explicit: bool = False) -> bool:
    """Whether a count with no event can be the total of a list the copy ties to it ("120 branches, including 80
    in Scotland and 50 in England"): the parts count what it counts, or name nothing else."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or quantity.vague or priced(quantity):
        return False
    if not quantity.noun:  # "The 69 evacuees were split between Goma (13) and Bor (56)"
        return explicit and bool(quantity.event) and not any(nouns)
    return not quantity.definite and nouns_fit(quantity.noun, nouns, explicit)


def part_noun(block: Block, quantity: Quantity) -> str:
    """The part's noun, or the one stated after it when the hierarchy knows it ("20 were children"; not "12 of
    whom died")."""
    if quantity.noun:
        return "" if _elided(block, quantity) else quantity.noun
    stated = STATED_NOUN.match(block.text, quantity.end)
    noun = counted_noun(block.text, stated.end())[0] if stated else ""
    return noun if known_noun(noun) else ""


def _elided(block: Block, quantity: Quantity) -> bool:
    """A count whose "noun" is an adjective with the total's noun left out ("34 flights were cancelled: 16 domestic
    and 18 international"): a plural count ending in a word that is not plural and that the hierarchy does not
    know."""
    written = block.text[quantity.start:quantity.phrase_end].split()[-1].lower()
    if written.endswith("ed") and _PARTICIPLE_AFTER.match(block.text, quantity.phrase_end):
        return True  # "with 200 expected to go at the plant", "273 based at the depot": a participle, no noun
    return (quantity.value.low > 1 and written.endswith(_ADJECTIVE_ENDINGS) and written not in IRREGULAR
            and not known_noun(quantity.noun) and not personal(quantity.noun))


_PARTICIPLE_AFTER = LazyPattern(r"\s+(?:to\s+(?!the\b|a\b|an\b)[\p{Ll}]+|at|in|on|from|near|by|across|outside"
                                r"|inside|abroad|overseas)\b", regex.IGNORECASE)


_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ese", "ish", "ary", "ern", "ian", "ior", "ign", "ile")
"""How the adjectives that stand for a left-out noun end: domestic, international, serious, foreign, senior."""


def bare_total(located: Located, listed: set[Quantity]) -> bool:
    """A count the copy names as the total of a list whose parts name nothing ("35 out of the 30 killed")."""
    quantity = located.quantity
    return quantity.kind is Kind.COUNT and not quantity.vague and quantity not in listed


def named_total(located: Located, nouns: list[str], listed: set[Quantity]) -> bool:
    """A count the sentence itself ties to the list ("Among the 45 dead were ...", "The 45 victims included ...",
    "... were among the 45 killed"): it may follow "the" and need not name an event, but must count people the
    parts are, or things the parts are of."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or quantity.vague or quantity in listed:
        return False
    return any(nouns) and nouns_fit(quantity.noun or "person", nouns, True)


def fits(located: Located, event: str, nouns: list[str], listed: set[Quantity], explicit: bool = False,
          stated: bool = False, restated: bool = False) -> bool:
    """Whether a figure can be the total of parts with this event and these nouns (``explicit``: the copy links
    them, so any people may be parts of a count of people, and a count of people needs no event of its own:
    "Twelve people, including 5 soldiers, were killed"; ``stated``: the link follows the total in its sentence, so
    "the 40 detainees, 12 of whom ..." is a total, though it follows "the"; ``restated``: the next sentence restates
    the group and lists it, "The 30 envoys arrived on Monday. They were 14 diplomats and 19 interpreters", so its
    noun, whatever it is, is what the parts are)."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or quantity in listed or priced(quantity):
        return False  # a price, sum or rate is no total of things or people ("a 30 dlr-a-share offer")
    vouched = restated and bool(quantity.noun)
    if not quantity.event and not vouched and not (explicit and quantity.noun and counts_people(quantity.noun)):
        return False
    if event and quantity.event and quantity.event != event and not within(event, quantity.event):
        return False  # (a total with no event of its own passed above only where the copy links the parts to it)
    window = max(0, quantity.start - 12)
    if quantity.definite and not (stated or restated) and not (ALL.search(located.block.text, window, quantity.start)
                                                               or OF_THE.search(located.block.text, window,
                                                                                quantity.start)):
        return False  # "the 40 detainees, 12 of whom ..." is a total the copy states; a bare "the 40" refers back
    return vouched or nouns_fit(quantity.noun or "person", nouns, explicit)


def nouns_fit(whole: str, nouns: list[str], explicit: bool) -> bool:
    """The total's noun includes every part's noun; where the copy links them, both counting people is enough."""
    fits = both_people if explicit else includes
    return all(fits(whole, noun) for noun in nouns if noun)


def counts_the_items(located: Located, parts: list[Located]) -> bool:
    """Whether a count before a list counts the list's items themselves (places, days, groups), not what they
    hold: "two hospitals: 16 to the city hospital and 20 to a clinic", "three villages: 10 in A, ..."."""
    quantity = located.quantity
    return (len(parts) > 1 and quantity.value.is_point and quantity.value.low == len(parts) and bool(quantity.noun)
            and not personal(quantity.noun))


def crosses(part: Located, parts: Sequence[Located]) -> bool:
    """Whether a part counts people by another measure than the parts before it: a people named with a capital
    ("20 Britons") against an age, sex or role ("15 were children"), which may overlap."""
    if not part_noun(part.block, part.quantity) or not any(part_noun(p.block, p.quantity) for p in parts):
        return False
    mine = named_people(part.block, part.quantity)
    return any(named_people(p.block, p.quantity) != mine for p in parts)


def mixed_measures(parts: Sequence[Located]) -> bool:
    """Whether a list counts people by two measures: peoples named with a capital ("30 Britons", "25 were Germans")
    beside ages, sexes or roles ("12 children"); such parts may overlap, so their sum says nothing of the total."""
    named = {_named(part) for part in parts if written_noun(part)}
    return len(named) > 1


def may_overlap(parts: Sequence[Located]) -> bool:
    """Whether the parts describe their members in ways that may overlap, so their sum says nothing of the total:
    kinds or answers of different questions (predicates.py: "12 were girls and 11 were boarders", "46 were smokers
    and 47 were over 60", "40 were charged and 11 were given banning orders"), or one noun qualified by answers of
    different questions ("44 of them village schools and 22 of them faith schools"). People by sex or age beside
    people by role are predicates.roles_beside_divisions."""
    if (overlapping_kinds(parts) or two_questions(parts) or division_beside_description(parts)
            or attributes_apart(parts)):
        return True
    return crossed_qualifiers([written_noun(part).lower().split() for part in parts])


DESCRIBED = LazyPattern(r"\s+(?:from|on|with|in|at|without|under|aboard)\s", regex.IGNORECASE)
"""A bare part described by a phrase: where they come from, their terms, what they hold ("33 from Sudan", "25 on
short contracts")."""


def division_beside_description(parts: Sequence[Located]) -> bool:
    """Whether members named by a kind (a sex, an age, a people, a role, any plural) stand beside a bare part
    described by a phrase or a predicate ("62 of them children and 33 from Sudan", "30 of them women and 25 on short
    contracts", "56 of them Indians and 29 without papers", "66 were teenagers and 16 were later charged"): two
    questions about the same members (children may come from Sudan), so the parts may overlap. Parts of one question
    ("12 women and 30 men", "40 from Syria and 12 from Iraq") are summed."""
    divided = described = sexed = worded = False
    for part in parts:
        noun = written_noun(part).split()
        text = part.block.text
        if noun:
            word = singular(noun[-1])
            kind = (word in divisions_of_people() or personal(word) or noun[-1][:1].isupper()
                    or word != noun[-1].lower())  # any kind written as a plural: "20 of them internationals"
            bare = _BARE_END.match(text, _noun_end(part)) is not None
            divided = divided or (kind and bare)
            sexed = sexed or (word in divisions_of_people() and bare)
            worded = worded or (len(noun) == 1 and bare and not known_noun(word) and word not in divisions_of_people()
                                and not personal(word) and word == noun[-1].lower().strip(".,"))
        elif not part.quantity.noun and (DESCRIBED.match(text, part.quantity.end)
                                         or PREDICATED.match(text, part.quantity.end)):
            described = True
        elif not part.quantity.noun and STATED_WORD.match(text, part.quantity.end):
            worded = True  # "30 were Labour"
    return (divided and described) or (sexed and worded)  # "30 were Labour and 25 were women", "50 of them
    # part-time and 40 women": a word of another question beside people by sex or age


STATED_WORD = LazyPattern(r"\s+(?:were|was|are|is)\s+(?!(?:men|women|boys|girls|children|adults|male|female)\b)"
                          r"[\p{L}-]+\s*(?:[,;.)]|and\b|$)", regex.IGNORECASE)
"""A bare part said to be one word ("30 were Labour", "12 were unionised"), which a division by sex may cross."""
PREDICATED = LazyPattern(r"\s+(?:were|was|are|have|had)\s+(?:(?:later|then|since|also|subsequently)\s+)?"
                         r"(?:been\s+)?[\p{Ll}]+ed\b", regex.IGNORECASE)
"""A bare part given a predicate of what was done to them ("16 were later charged", "20 have been released")."""


_BARE_END = LazyPattern(r"\s*(?:[,;.)]|and\b|$)", regex.IGNORECASE)
"""A division named and nothing said of it: "12 of them children and ..."; not "12 men were charged with looting and
30 with arson", where the second part's phrase answers the question the first one's does."""


def _noun_end(part: Located) -> int:
    """Where the words naming what a part counts end (see :func:`written_noun`)."""
    quantity, text = part.quantity, part.block.text
    stated = None if quantity.noun else STATED_NOUN.match(text, quantity.end)
    return quantity.phrase_end if stated is None else counted_noun(text, stated.end())[1]


def _named(part: Located) -> bool:
    words = written_noun(part).split()
    return bool(words) and words[-1][:1].isupper()


def written_noun(part: Located) -> str:
    """The words that name what a part counts, as written, after it or stated after "were" ("20 were scientists"),
    whether or not the hierarchy knows them."""
    quantity, text = part.quantity, part.block.text
    stated = None if quantity.noun else STATED_NOUN.match(text, quantity.end)
    if stated is None:
        return text[quantity.end:quantity.phrase_end].strip()
    return text[stated.end():counted_noun(text, stated.end())[1]].strip()
