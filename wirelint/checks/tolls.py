"""Tolls by their shape, for WL201: a count and a predicate of harm in its clause, in any order.

The number engine gives a count of people an event when a known verb governs it ("12 were killed"); tolls are
written in far more ways than any list of verbs ("proved fatal for 18 workers", "no trace of 21 crew members",
"Tear gas left 41 protesters needing medical care", "60,000 families sleeping in tents"). Here a count of people,
households, animals, structures or land is a toll when its clause holds a predicate of harm of a category its kind
can suffer (death, missing, injury, displacement for people; destruction for structures...), before or after it,
and nearer it than any other figure of the clause. Capacities, workforces, populations and deployments ("employs 400
people", "can house 120 families", "sent 40 firefighters") are not tolls. The vocabulary is data
(``attribution.toml`` [tolls]).
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.checks.harmnouns import WHO, named_toll
from wirelint.checks.wl2data import data
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers import Kind
from wirelint.numbers.data import THINGS_NOT_PEOPLE, known_noun, personal, table
from wirelint.numbers.located import Located, figures
from wirelint.numbers.quantity import Quantity
from wirelint.numbers.tallies import listed_thing, measured_in, not_things, planned
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning

_CLAUSE_BREAK = LazyPattern(r"[;:]|\s(?:but|while|whereas)\s")
"""What ends a count's clause: "40 people were evacuated; 300 homes were flooded" are two tolls of two clauses."""
_NOT_GROUP = LazyPattern(r"(?:(?<![.!?:]\s)(?-i:\p{Lu})[\p{L}\p{M}'’-]*|\b(?:in|at|on|into))\s+$", regex.IGNORECASE)
"""What a count of a noun no list knows is not a group of people after: a word in capitals inside its sentence (a
name: "Hot 97 studios") or a preposition of place ("fractured in three places")."""


@cache
def _harm(kind: str) -> regex.Pattern[str]:
    """The predicates of harm a count of ``kind`` can suffer, as whole words."""
    harm = data()["tolls"]["harm"]
    words = [word for category in data()["tolls"]["kinds"][kind] for word in harm[category]]
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}'’-])(?:{spanning(words)})(?![\p{{L}}\p{{N}}-])", regex.IGNORECASE)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    tolls = data()["tolls"]
    causes = [*tolls["causes"], *table()["tallies"]["agents"]["words"]]
    qualified = rf"(?:\s+(?:{spanning(tolls['qualifiers'])}))*\s*$"  # "for about 40", "of another 12"
    forces = spanning(tolls["forces"])
    return {
        # what opens a clause of its own after the count, whose harm is someone else's ("three children who are
        # orphaned when their parents die in a fire"); a relative clause ("40 people who were hurt") stays the count's
        "subordinate": compile_pattern(rf"\s(?:{spanning(tolls['subordinate'])})\s"),
        "no-harm": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning([*tolls['no-harm'], *tolls['levelled-off']])})"
                                   r"(?![\p{L}-])", regex.IGNORECASE),
        # those who harm by force, heading the clause of a figurative harm word: "Riot police clubbed 40 marchers"
        # (an adverb in -ly or a word of `force-adverbs` between: "Police allegedly beat")
        "force": compile_pattern(rf"(?<![\p{{L}}-])(?:{forces})\s+"
                                 rf"(?:(?:[\p{{Ll}}-]+ly|{spanning(tolls['force-adverbs'])})\s+){{0,2}}$",
                                 regex.IGNORECASE),
        # a particle that turns a harm word into something else: "Riot police beat back 300 protesters"
        "particle": compile_pattern(rf"\s+(?:{spanning(tolls['particles'])})\b", regex.IGNORECASE),
        # or head the clause a participle of harm goes on from: "Police baton-charged the march, hitting 13 students"
        "force-participle": compile_pattern(rf"^\W*(?:[\p{{L}}-]+\s+){{0,2}}?(?:{forces})\s+"
                                            r"[^.;:]{0,80},\s*$", regex.IGNORECASE),
        # or named after it: "40 protesters were shot by police"
        "by-force": compile_pattern(rf"\s+(?:dead\s+)?by\s+(?:the\s+)?(?:[\p{{Ll}}-]+\s+)?"
                                    rf"(?:{forces})(?![\p{{L}}-])", regex.IGNORECASE),
        "searcher": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(tolls['searchers'])})(?:s|es)?(?![\p{{L}}-])",
                                    regex.IGNORECASE),
        "weak-after": compile_pattern(rf"\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?(?:{spanning(tolls['harm']['weak-after'])})"
                                      r"(?![\p{L}-])", regex.IGNORECASE),
        "weak-before": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(tolls['harm']['weak-before'])}){qualified}",
                                       regex.IGNORECASE),
        "governed": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(tolls['governing'])}){qualified}",
                                    regex.IGNORECASE),
        "cause": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(causes)})(?![\p{{L}}-])", regex.IGNORECASE),
        "caused": compile_pattern(rf"[^.;:]{{0,{REACH}}}?(?<![\p{{L}}-])(?:{spanning(tolls['causal-links'])})\s+"
                                  rf"(?:(?:the|a|an|this|last|its|their)\s+)?(?:[\p{{Ll}}'’-]+\s+){{0,3}}?"
                                  rf"(?:{spanning(causes)})(?![\p{{L}}-])", regex.IGNORECASE),
        "not-before": compile_pattern(rf"(?<![\p{{L}}-])(?:can\s+|could\s+|to\s+)?(?:{spanning(tolls['not-before'])})"
                                      rf"{qualified}", regex.IGNORECASE),
        "areas": compile_pattern(spanning(table()["tallies"]["areas"]), regex.IGNORECASE),
        "harmed-of": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(tolls['harmed-of'])})\s+of{qualified}",
                                     regex.IGNORECASE),
        "lacking": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(tolls['lacking'])}){qualified}", regex.IGNORECASE),
    }


@cache
def _listed(name: str) -> frozenset[str]:
    return frozenset(data()["tolls"][name])


def _kind(located: Located) -> str | None:
    """What a figure counts, as far as harm goes: people, animals, structures, land; None for anything else."""
    quantity = located.quantity
    if quantity.kind is Kind.MEASURE:
        return "land" if measured_in(_patterns()["areas"], quantity) else None
    if quantity.kind is not Kind.COUNT:
        return None
    if not quantity.noun:
        return "people" if WHO.match(located.block.text, quantity.phrase_end) else None  # "the 33 who died"
    noun = quantity.noun
    if noun in _listed("animals"):
        return "animals"
    if personal(noun):
        return None if noun in _listed("squads") or _listed("squads") & set(quantity.modifiers) else "people"
    if listed_thing(noun):
        return "structures"
    text = located.block.text
    written = text[quantity.start:quantity.phrase_end].split()[-1]
    if (noun in THINGS_NOT_PEOPLE or noun in not_things() or known_noun(noun) or not written.isalpha()
            or not written.islower() or not written.endswith("s")
            or _NOT_GROUP.search(text, located.block.sentences[located.sentence][0] + 1, quantity.start)):
        return None  # not "the League Two side", "the Six Nations", "Doom 3 shot straight to the top", "New York's
        # Hot 97 studios" (a name), "fractured in three places" (where, not who)
    return "unknown"  # "46 scouts": a noun no list knows, which a predicate only people suffer names as people


def _responders(located: Located) -> bool:
    """A count of those who answer a disaster ("40 firefighters", "12 rescue workers")."""
    quantity = located.quantity
    return quantity.noun in _listed("responders") or bool(_listed("responder-modifiers") & set(quantity.modifiers))


def _clause(located: Located) -> tuple[int, int]:
    """Where the count's clause starts and ends in its block."""
    start, end = located.block.sentences[located.sentence]
    text, quantity = located.block.text, located.quantity
    for found in _CLAUSE_BREAK.finditer(text, start, quantity.start):
        start = found.end()
    stops = [found.start() for pattern in (_CLAUSE_BREAK, _patterns()["subordinate"])
             if (found := pattern.search(text, quantity.phrase_end, end))]
    return start, min(stops, default=end)


def is_toll(located: Located) -> bool:
    """Whether a count with no event of its own is a toll by its shape."""
    if named_toll(located):
        return True  # "Forty of the dead", "Fatalities from the heatwave now total 83"
    kind = _kind(located)
    if kind is None:
        return False
    quantity, text = located.quantity, located.block.text
    if kind == "people" and _responders(located):
        return False
    start, end = _clause(located)
    patterns = _patterns()
    if any(patterns[key].search(text, start, quantity.start) for key in ("not-before", "lacking")) or planned(
            text, quantity) or patterns["no-harm"].search(text, start, end):
        return False  # a capacity, a lack, a plan; a birth or a rehearsal ("300 babies are born in hospital")
    if kind == "people" and (quantity.noun in _listed("harmed") or _listed("harmed") & set(quantity.modifiers)
                             or patterns["harmed-of"].search(text, start, quantity.start)):
        return True  # "51 victims", "40,000 refugees", "the bodies of 79 migrants"
    others = [other.quantity for other in figures(located.block) if other.quantity is not quantity
              and start <= other.quantity.start < end and other.quantity.kind in (Kind.COUNT, Kind.MEASURE, Kind.MONEY)]
    harms = [harm for harm in _harm(kind).finditer(text, start, end) if (harm.start() == start
             or not harm.group()[0].isupper()) and _meant(located, kind, harm)]  # not a name: "Drink Or Die"
    if any(_nearest(quantity, _rivals(text, others, harm), harm.start(), harm.end(),
                    REACH if kind != "unknown" else UNKNOWN_REACH) for harm in harms):
        return True
    if kind == "unknown":
        return False
    sentence_end = located.block.sentences[located.sentence][1]
    # a cause after the count, for a count that heads its clause or a verb governs (not "raised premiums by £17 for
    # 170 homeowners after the floods": what was done for them)
    if not any(start <= other.start < sentence_end for other in others if other.start > quantity.start) and (
            not patterns["governed"].search(text, start, quantity.start)
            and patterns["caused"].match(text, quantity.phrase_end, sentence_end)):
        return True  # "58,000 islanders have been ferried to the mainland since the volcano stirred"
    if not patterns["cause"].search(text, *located.block.sentences[located.sentence]):
        return False
    return bool(patterns["weak-after"].match(text, quantity.phrase_end, quantity.phrase_end + WEAK_REACH)
                or patterns["weak-before"].search(text, max(start, quantity.start - WEAK_REACH), quantity.start))


REACH = 90
"""How far (in characters) a predicate of harm may stand from the count it is said of: "Divers are still searching
for 24 passengers", "left 40 people in the old town with cuts and broken bones"; not a clause's far end ("The
scrum method finally disappeared after the 1930 Lions tour (...), prompting the Board to rule that three men ...")."""
FORCE_REACH = 40
"""How near before a figurative harm word those who harm by force must stand to be its subject."""
UNKNOWN_REACH = 60
"""How near a predicate only people suffer must stand to a count of a noun no list knows ("in search of 46
scouts")."""
WEAK_REACH = 25
"""How near an ordinary word must govern the count to say a loss beside a cause ("pushed 61,000 residents",
"33,000 people have left"); not "The troops went in because of the threat of a strike by 55,000 employees"."""


def _meant(located: Located, kind: str, harm: regex.Match[str]) -> bool:
    """Whether a predicate of harm means harm here. A word that is figurative as often ("stung 400 investors",
    "shot 40 models", "reduced to 40 shops") says it only beside a cause of harm in the sentence, and never of a
    noun no list knows, or done by those who harm by force ("Guards beat 40 inmates"; harm by force only of people,
    ``_beaten``); a search ("searching for 40
    new staff", "hunting for three men") only beside a cause of harm or after those who search for the lost
    ("Divers are still searching for")."""
    word = " ".join(harm.group().lower().split())
    if word in _listed("force-verbs") and not _beaten(located, kind):
        return False  # not "beat 12 opponents", "hacked 30 websites", "whipped 3 horses"
    figurative, search = word in _listed("figurative"), word in _listed("searches")
    if not (figurative or search):
        return True
    text, (start, end) = located.block.text, located.block.sentences[located.sentence]
    if figurative and (kind == "unknown" or _patterns()["particle"].match(text, harm.end())):
        return False  # never of a noun no list knows; not "beat back 300 protesters"
    if figurative and (_patterns()["force"].search(text, max(start, harm.start() - FORCE_REACH), harm.start())
                       or _patterns()["by-force"].match(text, harm.end())
                       or (harm.group().endswith("ing")
                           and _patterns()["force-participle"].match(text, start, harm.start()))):
        return True  # "Riot police clubbed 40 marchers": harm done by force, with no cause named
    return bool(_patterns()["cause"].search(text, start, end)
                or (search and _patterns()["searcher"].search(text, start, harm.start())))


def _beaten(located: Located, kind: str) -> bool:
    """Whether a count is of people harm by force is done to: named as people ("40 marchers", "12 inmates") or as
    the harmed; not opponents in a contest, things or animals."""
    noun, modifiers = located.quantity.noun, set(located.quantity.modifiers)
    return kind == "people" and (noun in _listed("force-objects") or noun in _listed("harmed")
                                 or bool(_listed("harmed") & modifiers))


def _rivals(text: str, others: list[Quantity], harm: regex.Match[str]) -> list[Quantity]:
    """The figures of the clause that may claim a harm: not one after it past a comma, a part of the count it is
    said of ("Twenty-eight workers were burned, four badly": the four are some of the 28)."""
    return [other for other in others if other.start < harm.end() or "," not in text[harm.end():other.start]]


def _nearest(quantity: Quantity, others: list[Quantity], start: int, end: int, reach: int) -> bool:
    """Whether a predicate at ``start``-``end`` is within reach of the count and nearer it than any other figure of
    the clause."""

    def distance(figure: Quantity) -> int:
        if figure.phrase_end <= start:
            return start - figure.phrase_end
        return max(0, figure.start - end)

    own = distance(quantity)
    return own <= reach and all(own <= distance(other) for other in others)
