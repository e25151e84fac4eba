"""Whether the parts of a list divide their total by one property, read from what each says after its verb.

A total's parts add up to it only when they answer one question about its members: the same verb with contrasting
values ("42 were leased, while 36 were owned"; "11 were domestic and 14 international"; "31 were holiday homes and 14
were permanent residences"). Parts that answer different questions may overlap, so their sum says nothing:

* one goes on with a time or a reason the other lacks, a later action or another matter ("42 were leased and 36
  were returned to service by March"; "31 were rescued and 14 were treated for smoke inhalation"); a place or
  whom to is no such mark ("31 were returned to their owners and 14 were crushed": fates of one group);
* a plain adjective beside a participle, a state beside what was done to them ("41 were new and 30 were exported");
* a bare kind beside a qualified noun, or a noun qualified by a participle beside one qualified by a kind ("80 were
  flats and 60 were affordable homes"; "31 were stolen vehicles and 14 were luxury models").

Participles that name a state as adjectives do ("new or used") are data (quantities.toml [predicates]).

What divides the parts is read before their shapes: parts that each give an answer of one question (quantities.toml
[predicates.questions]: kept or let go, accepted or turned down, new or used...) divide their group by it, whatever
else one says ("31 fans were charged on Saturday and 14 were freed"; "31 were new and 14 were imported
second-hand"). Parts that name kinds divide by one property when the kinds are of one family in the noun hierarchy
("homes" and "shops" are buildings; "women" and "men" a division of people), not a division beside a role ("girls"
and "boarders") nor two qualified kinds with different heads ("counterfeit goods" and "designer brands").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import (
    counts_people,
    divisions_by_sex,
    divisions_of_people,
    known_noun,
    members,
    table,
    wording,
)
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import NEXT_LINE, is_plural, singular

CLAUSE = LazyPattern(r"[^,;.:!?()]*?(?=[,;.:!?()]|\s(?:and|or|but|while|whereas|whilst|with)\b|$)",
                     regex.IGNORECASE)
"""What a part says up to the end of its clause: the next mark or the conjunction that joins the next part."""
VERB = LazyPattern(r"\s*(?P<verb>were|was|are|is|had|have|has|will|would)\s+(?:been\s+)?", regex.IGNORECASE)
COMPLEMENTS = frozenset(
    "in at on for from to by with without under over near outside inside within into onto after before during since "
    "until because across through via abroad overseas as of along around beside alongside throughout off".split())
"""Words that open a complement: where, when, why or to whom, after the predicate."""
TIMED = LazyPattern(
    r"\b(?:(?:by|within|until|till|after|before|since|in|on|from)\s+(?:(?:a|an|the|last|next|this|early|late|mid-?)\s+)?"
    r"(?:[\d.,]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|spring|summer|autumn|winter|years?|months?|weeks?|days?|hours?|(?:19|20)\d\d)\b|\blater\b|\bfor\s+\p{L})",
    regex.IGNORECASE)
"""A complement of time or reason: "by March", "within a year", "later", "for smoke inhalation"."""
OF_THEM = LazyPattern(r"\s+(?:of|among)\s+(?:them|whom|(?:those|these|the)(?:\s+[\p{Ll}\p{M}-]+){0,2}?)"
                      r"(?=\s+(?:were|was|are|is|had|have|has)\b)", regex.IGNORECASE)
ADVERBS = frozenset("still now also all both yet again already never not later since then".split())
PARTICLES = frozenset("out up down off away back over through".split())
NEGATED = LazyPattern(r"(?:un|dis|non-?)(?P<stem>\p{Ll}{4,})")


AGED = LazyPattern(lambda: r"(?:aged\s+|(?:over|under|above|below|older\s+than|younger\s+than)\s+[\d\p{L}]"
                   r"|(?:younger|older)\b(?!\s+than\s+(?:the|their|his|her|its)\b)"
                   r"|in\s+(?:their|his|her)\s+(?:early\s+|mid-?|late\s+)?(?:" + wording("decades") + r"|\d0s)\b)",
                   regex.IGNORECASE)
"""A predicate that says how old the members are ("were over 60", "aged five to 12", "in their sixties"): the
question of age, which any other question may overlap."""


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = table().get("predicates", {})
    return (frozenset(data.get("states", ())), frozenset(data.get("participles", ())),
            frozenset(data.get("having", ())))


def states() -> frozenset[str]:
    """The participles that name a state as adjectives do (quantities.toml [predicates] states)."""
    return _lists()[0]


@cache
def age_bands() -> frozenset[str]:
    """Words that say how old the members are without a number (quantities.toml [predicates] ages): an age, which
    another question (a role, a nationality, an outcome) may overlap."""
    return frozenset(table().get("predicates", {}).get("ages", ()))


def having_words() -> frozenset[str]:
    """The verbs of having, needing or being given (quantities.toml [predicates] having)."""
    return _lists()[2]


def word_class(word: str) -> str:
    """"participle" for what was done ("exported", "stolen", "sold"), else "adjective" (a state, a kind or a
    quality); a negative prefix goes by its stem ("uninsured" as "insured", "disused" as "used")."""
    word = word.lower()
    negated = NEGATED.fullmatch(word)
    stem = negated.group("stem") if negated else word
    states, participles, _ = _lists()
    if stem in states:
        return "adjective"
    if stem in participles or (stem.endswith("ed") and len(stem) > 3) or (stem.endswith("en") and len(stem) > 4):
        return "participle"
    return "adjective"


class Predicate(NamedTuple):
    """What a part says after its count: its verb (empty where none), the shape of what follows, whether a time or
    reason follows it, and its words up to the first complement."""

    verb: str
    shape: str
    timed: bool
    core: tuple[str, ...] = ()


def predicate(part: Located) -> Predicate | None:
    """A part's verb (empty where none), the shape of its predicate and whether a time or reason follows it; None when
    the part says nothing after its count or opens with a preposition (read by the caller)."""
    text, quantity = part.block.text, part.quantity
    start = quantity.phrase_end if not _verb_as_noun(part) else quantity.end  # "Twelve sank": the verb, no noun
    if NEXT_LINE.match(text, start):
        return None  # "Adults: 45\nChildren: 25": the line ends at the count, its label says what it counts
    partitive = OF_THEM.match(text, start)
    if partitive is not None:
        start = partitive.end()  # "Eleven of them were children": what the members were, after the pointer
    verb = VERB.match(text, start)
    if verb is not None:
        start = verb.end()
    if AGED.match(text, start):
        return Predicate(verb.group("verb").lower() if verb is not None else "", "age", False, ("age",))
    clause = CLAUSE.match(text, start)
    words = [word for word in regex.findall(r"[\p{L}\p{M}-]+", clause.group() if clause else "")
             if word.lower() not in ADVERBS and (not word.lower().endswith("ly") or word.lower() in age_bands())]
    # "are still in captivity"; "were elderly" keeps its age
    if not words or words[0].lower() in COMPLEMENTS or (verb is None and words[0].lower() == "the"
                                                         and _gapped_place(words)):
        return None  # "17 the south": a place with its verb and preposition left out, as the part before it says
    name = verb.group("verb").lower() if verb is not None else ""
    timed = TIMED.search(clause.group()) is not None if clause else False
    having = _lists()[2]
    passive = verb is not None and "been" in verb.group().lower()  # "had been released": what was done
    given = (name in ("were", "was", "are", "is") and words[0].lower() in having and len(words) > 1
             and words[1].lower() not in PARTICLES)  # "were given banning orders", not "were handed back"
    if (name in having and not passive) or (not name and words[0].lower() in having) or given:
        return Predicate(name, "having", timed)  # "14 had surgery", "14 patients needed treatment": what they had
    if not name and quantity.noun and not _verb_as_noun(part):
        return Predicate(name, "participle", timed)  # "14 casualties remain in intensive care": a verb of its own
    cut = next((index for index, word in enumerate(words) if word.lower() in COMPLEMENTS), len(words))
    core = words[:cut]
    while len(core) > 1 and core[-1].lower() in PARTICLES:
        core = core[:-1]  # "dropped out", "were laid off": the verb's own particle
    if " ".join(core).lower() in age_bands():
        return Predicate(name, "age", timed, ("age",))  # "were elderly", "were pensioners": how old, as "over 60"
    if len(core) == 1 and not is_plural(core[0].lower()):
        shape = word_class(core[0])  # "new", "exported", "leased"
    elif len(core) == 1:
        shape = "kind"  # "flats", "cafes"
    elif is_plural(core[-1].lower()) and len(core) == 2:
        shape = "kind " + word_class(core[0])  # "holiday homes", "stolen vehicles"
    else:
        shape = "phrase"  # "were taken into care", "were more than 50 years old"
    return Predicate(name, shape, timed, tuple(word.lower() for word in core))


def _verb_as_noun(part: Located) -> bool:
    """A count opening its sentence whose "noun" is the verb after it ("Twelve sank", "Twenty run on diesel")."""
    from wirelint.numbers.parts import names_noun  # parts.py reads the lists these predicates judge

    quantity = part.quantity
    return bool(quantity.noun) and not names_noun(part.block.text, quantity) and regex.fullmatch(
        r"\W*", part.block.text[part.block.sentences[part.sentence][0]:quantity.start]) is not None


def _gapped_place(words: Sequence[str]) -> bool:
    """"the south", "the one in Bari": a noun phrase with at most a place after it, what a part with its verb and
    preposition left out says; not "the city bought last year", a clause with a verb of its own ("15 the city
    bought": an object, not a place)."""
    rest = words[1:]
    cut = next((index for index, word in enumerate(rest) if word.lower() in COMPLEMENTS), len(rest))
    return 1 <= cut <= 2


def overlapping_kinds(parts: Sequence[Located]) -> bool:
    """Whether every part names a kind after its verb and the kinds may overlap ("Twelve were girls and 11 were
    boarders", "35 were counterfeit goods and 20 were designer brands", "20 are primary schools and 16 are church
    schools"): see one_family and crossed_qualifiers."""
    read = [predicate(part) for part in parts]
    if len(read) < 2 or any(found is None or not found.shape.startswith("kind") for found in read):
        return False
    kinds = [found for found in read if found is not None]
    return (not one_family([found.core[-1] for found in kinds], any(found.shape != "kind" for found in kinds))
            or crossed_qualifiers([found.core for found in kinds]))


def two_questions(parts: Sequence[Located]) -> bool:
    """Whether parts said in different shapes answer different questions, so they may overlap: an age beside
    anything else ("46 were smokers and 47 were over 60"), or an answer of a question of the data beside words
    that answer none ("40 were charged and 11 were given banning orders"). Parts said alike, or that all answer
    questions of the data, are left to one_property."""
    read = [predicate(part) for part in parts]
    if len(read) < 2 or any(found is None for found in read):
        return False
    shapes = {found.shape for found in read if found is not None}
    if len(shapes) == 1:
        return False
    if "age" in shapes:
        return True
    answered = [bool(_answers(said_after(part))) for part in parts]
    # what the others had or were given ("were given banning orders", "had surgery"), not an answer in words the
    # data lacks ("remain in captivity", "were flown home")
    return any(answered) and not all(answered) and all(
        found.shape == "having" for found, said in zip(read, answered, strict=True) if found is not None and not said)


@cache
def _qualifier_groups() -> dict[str, str]:
    """Each qualifier of quantities.toml [qualifiers] and the question it answers."""
    data = table().get("qualifiers", {})
    return {word: name for name, words in data.items() if name != "examples" for word in words}


def crossed_qualifiers(kinds: Sequence[Sequence[str]]) -> bool:
    """Whether parts name one noun qualified by answers of different questions ("primary schools" and "church
    schools", "village schools" and "faith schools"): a school may be both, so the parts may overlap. Qualifiers
    of one question ("primary" and "secondary") or unknown to the data ("dairy farms", "arable farms") divide."""
    if len(kinds) < 2 or any(len(words) < 2 for words in kinds):
        return False
    if len({singular(words[-1].lower()) for words in kinds}) != 1:
        return False
    groups = [_qualifier_groups().get(words[-2].lower()) for words in kinds]
    return None not in groups and len(set(groups)) > 1


def outcome_beside_kind(parts: Sequence[Located]) -> bool:
    """Whether one part says what became of its members and another what kind they are ("Thirty were discharged and
    15 were children"): two questions, which may overlap."""
    shapes = {found.shape for part in parts if (found := predicate(part)) is not None}
    return "participle" in shapes and any(shape.startswith("kind") for shape in shapes)


def doing(part: Located) -> bool:
    """Whether a part says what its members were doing ("Five were speeding"): an attribute they had before any
    outcome, which another part's outcome or attribute may overlap."""
    found = predicate(part)
    return (not part.quantity.event and found is not None and found.verb in ("were", "was", "are", "is")
            and bool(found.core) and found.core[0].endswith("ing"))  # not "are still missing": what befell them


def one_property(parts: Sequence[Located]) -> bool:
    """Whether the parts' predicates are said alike, as one division of their total is (see the module's doc)."""
    if places_apart(parts):
        return False  # "25 were in rural areas and 20 were in Scotland": two descriptions of where, which may overlap
    read = [found for part in parts if (found := predicate(part)) is not None]
    if len(read) < 2:
        return True
    said = [said_after(part) for part in parts if predicate(part) is not None]
    if answer_one_question(said):
        return True  # "31 were charged on Saturday and 14 were freed": kept or let go, whenever
    if all(found.shape == "adjective" for found in read) and _some_answer(said):
        return False  # "31 were new and 14 were red": an answer of one question beside a word of another
    if len({found.timed for found in read}) > 1:
        return False
    shapes = {found.shape for found in read}
    if len(shapes) != 1:
        return False
    shape = shapes.pop()
    return not shape.startswith("kind") or (one_family([found.core[-1] for found in read], qualified=shape != "kind")
                                            and not crossed_qualifiers([found.core for found in read]))


@cache
def _questions() -> tuple[tuple[tuple[str, ...], ...], ...]:
    data = table().get("predicates", {}).get("questions", {})
    return tuple(tuple(tuple(f" {phrase} " for phrase in answer) for answer in answers)
                 for name, answers in data.items() if name != "examples")


def padded_words(text: str) -> str:
    """``text``'s words in small letters, one space between and around them, so that a listed phrase is found as
    ``f" {phrase} "`` and never inside a longer word."""
    return " " + " ".join(regex.findall(r"[\p{L}\p{M}-]+", text.lower())) + " "


def _answers(said: str) -> dict[int, set[int]]:
    """For each question of quantities.toml [predicates.questions] that a part's words answer, which answers."""
    padded = padded_words(said)
    found: dict[int, set[int]] = {}
    for question, answers in enumerate(_questions()):
        given = {index for index, answer in enumerate(answers) if any(phrase in padded for phrase in answer)}
        if given:
            found[question] = given
    return found


def answer_one_question(said: Sequence[str]) -> bool:
    """Whether every part's words (what it says after its count) answer one question of the data, not all with the
    same answer ("31 were rescued and 14 were found" gives one answer twice: two ways of saying it, not a
    division)."""
    if len(said) < 2:
        return False
    answered = [_answers(words) for words in said]
    common = set(answered[0]).intersection(*answered[1:])
    return any(len(set().union(*(given[question] for given in answered))) > 1 for question in common)


def _some_answer(said: Sequence[str]) -> bool:
    """Whether some parts answer a question of the data that others leave unanswered ("new" is an age, "red" no
    answer of it): the parts describe their members by two questions."""
    answered = [set(_answers(words)) for words in said]
    return any(question not in given for question in set().union(*answered) for given in answered)


PLACE = LazyPattern(r"\s+(?:(?:were|was|are|is)\s+)?(?:based\s+|located\s+)?(?:in|at|on|near|outside|across)\s+"
                    r"(?P<place>[^,;.:!?()]*?)(?=[,;.:!?()]|\s(?:and|or|but|while|whereas)\b|$)", regex.IGNORECASE)
"""A part that says where its members are ("were in rural areas", "in Scotland")."""
THE_OTHERS = LazyPattern(r"\b(?:the\s+)?(?:other|remaining|rest|others)\W+(?:\w+\W+){0,2}$", regex.IGNORECASE)
"""A part marked as the rest of its group ("and the other 15", "the remaining 15"): the division is complete."""


def places_apart(parts: Sequence[Located]) -> bool:
    """Whether parts say where their members are in two ways that may overlap: a place named with a capital beside a
    description ("in rural areas" and "in Scotland"); not two named places ("in Scotland" and "in Wales"), two
    descriptions ("in the north" and "in the south") or a part marked as the rest ("and the other 15 ...")."""
    named: set[bool] = set()
    for part in parts:
        text, quantity = part.block.text, part.quantity
        found = PLACE.match(text, quantity.phrase_end)
        if found is None:
            return False
        if THE_OTHERS.search(text, max(0, quantity.start - 30), quantity.start):
            return False
        named.add(any(word[:1].isupper() for word in found.group("place").split()))
    return len(named) > 1


def roles_beside_divisions(nouns: Sequence[str]) -> bool:
    """Whether kinds of people are named by two questions that may be the same people: a sex ("women", "girls")
    beside a role ("pensioners", "tourists", "boarders"), or an age beside a role of that age ("teenagers" and
    "students", both children in the hierarchy; not "children" and "veterans"). A side of a fight ("soldiers") is no
    such role, and a group that holds the divisions ("50 children and 35 elderly people") names none."""
    kinds = {singular(noun) for noun in nouns if noun}
    if len(kinds) < 2 or len(kinds) < len(nouns) or not all(counts_people(kind) for kind in kinds):
        return False
    division, sexed = divisions_of_people(), divisions_by_sex()
    fighters = members("fighter") | members("combatant")
    roles = {kind for kind in kinds if kind not in division and not members(kind) & division and kind not in fighters}
    for kind in kinds & division:
        ages = {group for group in division if kind in members(group)} | {kind}  # "teenager": a child
        if any(kind in sexed or any(role in members(group) for group in ages) for role in roles):
            return True
    return False


def said_after(part: Located) -> str:
    """A part's words after its count, to the end of its clause."""
    text, start = part.block.text, part.quantity.phrase_end
    clause = CLAUSE.match(text, start)
    return clause.group() if clause else ""


def one_family(heads: Sequence[str], qualified: bool) -> bool:
    """Whether kinds named after "were" are values of one property: one head ("road bridges", "rail bridges"); the
    division of people by sex and age on both sides or on neither ("women" and "men", not "girls" and "boarders");
    kinds neither of which the hierarchy puts under the other ("homes" and "shops", "soldiers" and "civilians"; not
    "buildings" and "homes", "soldiers" and "officers"); kinds the hierarchy does not know only when bare ("cafes"
    and "bars"), not when qualified ("counterfeit goods" and "designer brands": two descriptions that may overlap),
    unless they name people ("noodle vendors" and "rickshaw pullers": roles, one question of who they were; a word
    the data does not know beside them is a role too: "lorry loaders", "deck sleepers")."""
    nouns = {singular(head) for head in heads}
    if len(nouns) == 1:
        return True
    division = divisions_of_people()
    if len({noun in division for noun in nouns}) > 1:
        return False
    if any(other in members(noun) for noun in nouns for other in nouns if other != noun):
        return False
    return all(known_noun(noun) for noun in nouns) or not qualified or (
        any(counts_people(noun) for noun in nouns)
        and all(counts_people(noun) or not known_noun(noun) for noun in nouns))
    # "noodle vendors" and "rickshaw pullers", "stone-cutters" and "lorry loaders": roles, one question
