"""The bounds and noun groups of ``quantities.toml``, read once for every figure rule.

The file is data (see its comments); this module turns it into the values
the engine needs: the interval of each vague word, how far "nearly" and
"about" reach, the ceiling of a lower bound, which nouns a total's noun
includes, and durations in hours.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any

from wirelint.startcache import read_toml
from wirelint.text.lexicon import spanning

PATH = Path(__file__).with_name("quantities.toml")


@cache
def table() -> dict[str, Any]:
    """The parsed data file."""
    return read_toml(PATH)


@cache
def wording(name: str) -> str:
    """A regex alternation of the words quantities.toml [wording] lists under ``name`` (the small word lists the
    number patterns are written from)."""
    return spanning(table()["wording"][name])


@cache
def stage_sequences() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The [stages] sequences: each a tuple of stages in order, each stage a tuple of phrases."""
    return tuple(tuple(tuple(stage) for stage in sequence) for sequence in table()["stages"].values())


@cache
def staying() -> frozenset[str]:
    """Words that keep a count at its stage ("were kept in hospital"; quantities.toml [staying])."""
    return frozenset(table()["staying"]["words"])


def vague() -> dict[str, tuple[float, float]]:
    """Each vague quantity word ("dozens") with the closed interval it allows."""
    return {word: (float(low), float(high)) for word, (low, high) in table()["vague"].items()}


def nearly_factor() -> float:
    """"nearly N" starts at N times this."""
    return 1.0 - float(table()["bounds"]["nearly"])


def about_margin() -> float:
    """"about N" reaches this share of N either side."""
    return float(table()["bounds"]["about"])


def written_step(value: float) -> float:
    """The step of a figure's last non-zero digit, the precision it is written to: 41 -> 1, 40 -> 10, 47,000 ->
    1,000, 2.5 -> 0.1. Zero and non-finite values have none (inf)."""
    if value <= 0 or math.isinf(value) or math.isnan(value):
        return math.inf
    step = 10.0 ** math.floor(math.log10(value))
    while step > 1e-6 and abs(value / step - round(value / step)) > 1e-6:
        step /= 10
    return step


APPROXIMATE_WITHIN = ("written-precision", "percentage")
"""The values of quantities.toml ``[bounds] approximate-within`` (see :func:`approximate_reach`)."""


def approximate_reach(value: float) -> float:
    """How far "about"/"nearly" ``value``, written in digits, reaches at most (quantities.toml ``[bounds]
    approximate-within``). "written-precision": the step of its last non-zero digit, or five such steps when that
    digit is 5, since reporters round to fives ("some 41" -> 1, "about 40" -> 10, "about 25" -> 5, "about 250"
    and "an estimated 1,250" -> 50); "percentage": no cap beyond the percentages of [bounds] (inf)."""
    setting = table()["bounds"].get("approximate-within", APPROXIMATE_WITHIN[0])
    if setting not in APPROXIMATE_WITHIN:
        raise ValueError(f"{PATH.name}: [bounds] approximate-within must be one of {', '.join(APPROXIMATE_WITHIN)};"
                         f" got {setting!r}")
    step = written_step(value)
    if setting == "percentage" or math.isinf(step):
        return math.inf
    return step * 5 if round(value / step) % 10 == 5 else step


def ceiling(value: float) -> float:
    """The next round step above a lower bound: what "more than ``value``" stays below.

    One significant digit goes to the next power of ten (50 -> 100); more
    digits go to the next multiple of the leading power of ten (380,000 ->
    400,000). An unround count (its units digit not zero: 48, 27, 95) is a
    count so far, not an editor's round step: its ceiling is the next such
    step at least a quarter above it ("more than 48" is below 60, so 52
    listed is no contradiction; "at least 12" stays below 20). Zero and below
    have no ceiling.
    """
    if value <= 0 or math.isinf(value):
        return math.inf
    power = 10.0 ** math.floor(math.log10(value))
    leading = round(value / power, 9)
    if value >= 10 and value == int(value) and int(value) % 10:
        return max((math.floor(leading) + 1) * power, math.ceil(value * UNROUND_HEADROOM / power) * power)
    if leading == int(leading):
        return power * 10
    return (math.floor(leading) + 1) * power


UNROUND_HEADROOM = 1.25
"""How far above an unround count a lower bound reaches at least (see :func:`ceiling`)."""


@cache
def _groups() -> dict[str, frozenset[str]]:
    """Each group noun with every noun it includes, directly or through other groups."""
    direct: dict[str, set[str]] = {name: set(members) for name, members in table()["nouns"].items()
                                   if isinstance(members, list)}
    closed: dict[str, frozenset[str]] = {}
    for name in direct:
        seen: set[str] = set()
        stack = [name]
        while stack:
            noun = stack.pop()
            for member in direct.get(noun, ()):
                if member not in seen:
                    seen.add(member)
                    stack.append(member)
        closed[name] = frozenset(seen | {name})
    return closed


def holds(whole: str, part: str) -> bool:
    """Whether a group counted by the event ``whole`` may have members counted by the event ``part`` (quantities.toml
    [outcomes]: the injured may have died since, the killed were never injured); any event holds an unnamed one."""
    if not whole or not part or whole == part:
        return True
    return part in table()["outcomes"].get(whole, (part,))


def includes(whole: str, part: str) -> bool:
    """True when a count of ``whole`` (singular noun) can include a count of ``part``.

    Any count of people includes its divisions by sex and age ("40 members: 20 men and 26 women"); a count of people
    at work (staff, workers, personnel) any word for a doer the data lacks ("surveyors").
    """
    part = "person" if part == "people" else part  # "17 elderly people" among "52 killed"
    if whole == part:
        return True
    groups = _groups()
    if part in groups.get(whole, frozenset()):
        return True
    if "occupation" in groups.get(whole, frozenset()) and _doer(part):
        return True  # "35 workers, 26 miners and 12 surveyors": a trade the data lacks, among people at work
    return part in _divisions() and whole in groups["person"] and whole not in _divisions()


DEMONYM_ENDINGS = ("an", "ese", "ish", "ino", "ite", "i", "on")
"""How the singular of a people's name ends: briton, german, filipino, israeli, pakistani."""


def both_people(whole: str, part: str) -> bool:
    """True when both nouns count people: where the copy itself says the part is of the whole ("36 residents,
    among them 9 children and 35 elderly people"), that is enough; the strict :func:`includes` is for pairings
    the rules infer."""
    groups = _groups()
    part = "person" if part == "people" else part
    if includes(whole, part):
        return True
    if whole in _divisions() and part in _divisions():
        return False  # one division of people is never the total of another: "36 men" holds no "51 women"
    if whole in groups["person"] and not known_noun(part) and part.endswith(DEMONYM_ENDINGS):
        return True  # "The 40 victims included 12 Britons and 30 Germans": people named by where they are from
    if whole in groups["person"] and not known_noun(part) and personal(part):
        return True  # "38 wounded, who included 8 lecturers and 30 mothers", "40 combatants, 12 outriders and 28
        # musketeers": words for people (roles, units) the data lacks
    if groups.get(whole) == groups["fighter"] and _unit_of_fighters(part):
        return True  # "77 combatants in all, namely 50 auxiliaries and 27 levies": a unit the data lacks, tied by the
        # copy to a count of all fighters (fighters or combatants, not people at large)
    if _doer(whole) and (part in groups["person"] or personal(part) or part.endswith(DEMONYM_ENDINGS)):
        return True  # "The 16 finalists included 10 students and 6 Britons": people the data lacks, over people
    if whole not in groups["person"] or part not in groups["person"] or whole in groups["fighter"]:
        return False  # a count of soldiers is never a total of children
    # sides of a fight ("5 soldiers" and "9 rebels") are never one the part of the other; roles of civilians
    # overlap ("43 residents, among them 20 students")
    return not (part in groups["fighter"] and whole in groups["fighter"])


def _unit_of_fighters(noun: str) -> bool:
    """A noun the data lacks that may name a unit of fighters ("auxiliaries", "levies", "irregulars"): one word,
    not a thing an event is done to ("tanks", "warrants") nor a machine that ends like a doer ("bulldozers")."""
    return (noun.isalpha() and not known_noun(noun) and noun not in THINGS_NOT_PEOPLE
            and noun not in _thing_doers())


@cache
def _divisions() -> frozenset[str]:
    return frozenset(table()["noun-divisions"]["people"])


def people_per(noun: str) -> tuple[float, float] | None:
    """How many people one of ``noun`` holds, at least and at most, for a household word (quantities.toml
    [people-per]); None for any other noun."""
    found = table().get("people-per", {}).get(noun)
    return (float(found[0]), float(found[1])) if isinstance(found, list) else None


def divisions_of_people() -> frozenset[str]:
    """The nouns that divide any count of people by sex and age (quantities.toml [noun-divisions])."""
    return _divisions()


@cache
def divisions_by_sex() -> frozenset[str]:
    """The divisions of people that say a sex (quantities.toml [noun-divisions] sex): any role may be of either."""
    return frozenset(table()["noun-divisions"].get("sex", ()))


def members(group: str) -> frozenset[str]:
    """Every noun a group of the hierarchy holds, directly or through other groups (none for a noun that is no
    group)."""
    return _groups().get(group, frozenset())


def known_noun(noun: str) -> bool:
    """True for nouns the hierarchy knows, as a group or as a member."""
    groups = _groups()
    return noun in groups or any(noun in members for members in groups.values())


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "ess", "ive", "ard", "ier", "ite")
"""How nouns for people often end: climber, sailor, tourist, civilian, migrant, resident, evacuee, fisherman."""
_PERSON_WORDS = ("people", "person", "child", "children", "girl", "boy", "man", "men", "woman", "women", "member",
                 "kid", "baby", "babies", "folk", "crew", "staff")


@cache
def _person_group() -> frozenset[str]:
    return _groups()["person"] | _divisions()


def people(noun: str) -> bool:
    """True for nouns the hierarchy knows as people ("customers", "staff", "villagers"); "lawnmowers" and
    "containers" are not, though they end like a doer."""
    return noun in _person_group() or noun.endswith(_PERSON_WORDS)


def counts_people(noun: str) -> bool:
    """True for a noun of people, known to the hierarchy ("passengers") or a word for a doer it lacks
    ("finalists", "nominees", "winners"); not words that only end like one ("components", "warrants")."""
    return includes("person", noun) or _doer(noun)


def _doer(noun: str) -> bool:
    return (not known_noun(noun) and noun.endswith(DOER_ENDINGS + _people_heads()) and noun not in _thing_doers()
            and noun not in THINGS_NOT_PEOPLE)


DOER_ENDINGS = ("ist", "ee", "er", "or", "ian", "man", "men")
"""The endings of :data:`AGENT_ENDINGS` that name a person more often than not (finalist, nominee, winner)."""


def personal(noun: str) -> bool:
    """True when a counted noun may name people: the hierarchy's people, a word for a doer ("skiers", "sailors",
    "evacuees") or a compound ending in a word for people ("schoolgirls", "crew members"); a people's name is
    known by its capital (extract.py).
    Not "time capsules", "containers" are a guess either way; the callers use it to keep events of people off
    counts of things that are plainly not people."""
    if not noun:
        return False
    if noun in _person_group() or noun in _people_words() or noun.endswith(_PERSON_WORDS + _people_heads()):
        return True
    return noun.endswith(AGENT_ENDINGS) and noun not in _thing_doers()


@cache
def _people_heads() -> tuple[str, ...]:
    """Heads of compounds that name people though they end like no doer (quantities.toml [people-heads]: "mill
    hands", "goatherds", "blacksmiths")."""
    return tuple(table()["people-heads"]["words"])


@cache
def _people_words() -> frozenset[str]:
    """Whole words for people in a role that end like no doer (quantities.toml [people-words]: "marshals", "monks")."""
    return frozenset(table()["people-words"]["words"])


@cache
def _thing_doers() -> frozenset[str]:
    """Nouns that end like a doer but name things or machines (quantities.toml [thing-doers]: "containers",
    "litres", "bulldozers"): no trade among people at work."""
    return frozenset(table()["thing-doers"]["words"])


THINGS_NOT_PEOPLE = frozenset(
    "warrant order sentence plan project deal contract programme program policy law bill case claim appeal "
    "vehicle car truck tank boat ship plane aircraft weapon gun rifle share stock bond unit note security bank "
    "company firm business lender insurer count charge offence offense crime".split()
)
"""Nouns that an event verb never makes a toll ("executed 70 warrants", "captured 12 tanks", "10 shares held",
"rescued two banks")."""


def hours(unit: str) -> float | None:
    """How many hours one ``unit`` (singular: "day") lasts; None for units not listed."""
    value = table()["durations"].get(unit)
    return float(value) if isinstance(value, (int, float)) else None
