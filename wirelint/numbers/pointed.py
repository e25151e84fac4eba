"""What a pointer sentence breaks down when the total is no casualty count: a group restated, or things.

Two shapes wire copy uses beside the casualty tolls of totals.py:

* a definite group as the subject of a sentence with no event, its list in the very next sentence: "The 12
  finalists were announced on Tuesday. They were 7 students and 5 teachers." A bare "the 12" may refer back to
  an earlier figure, but when the next sentence points back to that subject with its list, the group is what the
  list breaks down (an earlier figure of it is the same set, and the list contradicts both). "They were" then
  restates the whole group, as "The 38 dead were 28 guides and 10 tourists" does;
* a count of things with a verb that is no event, broken down by "Of these" into parts with no noun of their own
  (adjectives or participles: "The railway withdrew 40 trains. Of these, 12 were regional and 28 intercity"):
  the parts take the noun of the nearest count before them, and "Of these" gives some of it.

totals.py asks these questions of each candidate its pointer reaches; the judging of nouns is in fitting.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.appositions import WORD_AFTER
from wirelint.numbers.data import counts_people
from wirelint.numbers.fitting import breaks_down, mixed_measures, part_noun, written_noun
from wirelint.numbers.links import STATED_NOUN, THE_OPENING, composition
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import counted_noun, is_plural, singular
from wirelint.numbers.parts import names_noun
from wirelint.numbers.predicates import one_property
from wirelint.numbers.quantity import Kind, Quantity

DIRECT = LazyPattern(lambda: rf"[\s,:]*(?:(?:were|was|are)\s+)?(?:(?:{composition()})\s+)?(?:(?:a|an|the)\s+)?",
                     regex.IGNORECASE)
"""What may stand between a pointer and its list when the list restates the group: "They were 7 men", "Among them
were 10 students", "Of them, 12 were"; not "They were met by 40 relatives", which names another set."""
REGROUPED = LazyPattern(r"\b(?:they|these|those|(?:the|this)\s+group)\s+(?:were|are|was|is)\s*$", regex.IGNORECASE)
"""A pointer that restates the whole group it points to ("They were ..."), not some of it ("They included")."""
DEMONSTRATIVE = LazyPattern(r"\W*(?:of|among)\s+(?:these|those|them|(?:the|that|this)\s+(?:total|number|figure))"
                            r"(?:\s+[\p{Ll}\p{M}-]+){0,2}?\s*,", regex.IGNORECASE)
"""An explicit partitive pointer to the count before: "Of these, ...", "Of those flights, ...", "Of the total,"."""

AMONG = LazyPattern(r"(?:\s+(?:also|all|both))?\s+among\b", regex.IGNORECASE)
"""After a pointer, what makes the group a part of the count that follows ("They are among 10 new names")."""


def is_among(pointer: regex.Match[str]) -> bool:
    """Whether the pointer's group is among the count after it: that count holds it, it does not break it down."""
    return AMONG.match(pointer.string, pointer.end()) is not None


def restated_subject(blocks: Sequence[Block], position: int, located: Located, parts: Sequence[Located],
                     opening: int) -> bool:
    """Whether ``located`` is a definite group opening the sentence right before the list's, and the list follows
    its pointer (ending at ``opening``) or opens its clause directly: the list breaks that group down ("The 12
    victims were named on Friday. They were 7 men and 5 women", "... Seven were men and five were women")."""
    quantity, first = located.quantity, parts[0]
    if not quantity.definite or not DIRECT.fullmatch(first.block.text, opening, first.quantity.start):
        return False
    if not parallel(parts):
        return False  # "The 12 ministers were sworn in. Nine were men and five had served before": two divisions
    if not first.quantity.noun and not WORD_AFTER.match(first.block.text, first.quantity.end):
        return False  # "The three men were named. They were 19, 23 and 31": their ages
    if first.sentence > 0:
        previous = located.block is first.block and located.sentence == first.sentence - 1
    else:
        previous = (position > 0 and located.block is blocks[position - 1]
                    and located.sentence == len(located.block.sentences) - 1)
    start = located.block.sentences[located.sentence][0]
    if not previous:
        return False
    if THE_OPENING.fullmatch(located.block.text, start, quantity.start) is not None:
        return True
    return _object_group(located) and RESTATING.fullmatch(
        first.block.text, first.block.sentences[first.sentence][0], opening) is not None


def _object_group(located: Located) -> bool:
    """A definite group that is the object of its sentence and the last count in it ("Officials identified the 12
    victims on Monday."): a sentence that restates it whole next breaks it down, as it would its subject."""
    block, quantity = located.block, located.quantity
    start = block.sentences[located.sentence][0]
    if not OBJECT_THE.search(block.text, start, quantity.start) or THE_OPENING.fullmatch(block.text, start,
                                                                                        quantity.start):
        return False
    return not any(other.sentence == located.sentence and other.quantity.start > quantity.start
                   for other in figures(block))


OBJECT_THE = LazyPattern(r"\b[\p{Ll}]{3,}\s+(?:all\s+)?the\s+$", regex.IGNORECASE)
"""A verb (or a word) and "the" right before a count: "identified the 12", "named all the 12"."""
RESTATING = LazyPattern(lambda: r"\W*(?:they|these|those|(?:the|this)\s+group)\s+(?:(?:were|are|was|is)\s*"
                        rf"(?:(?:{composition()})\s*)?|(?:included|include|includes)\s*)", regex.IGNORECASE)
"""A pointer back to a group named as an object: "They were", "The group was made up of" restate all of it; "They
included" gives some of it (parts above it still contradict it)."""


def regrouped(pointer: regex.Match[str]) -> bool:
    """"They were 7 men and 5 women" after a restated group: all of the group, as a copula list is."""
    return REGROUPED.search(pointer.group()) is not None


def things_total(candidates: Sequence[Located], parts: Sequence[Located],
                 pointer: regex.Match[str] | None, elliptic: bool = False) -> Located | None:
    """The count of things an explicit "Of these," breaks down into parts with no noun of their own: the nearest
    count before the pointer, when it can be broken down ("withdrew 40 trains. Of these, 12 were regional ...").
    With no pointer, a division whose bare counts open the very next sentence breaks down that sentence's count of
    things the same way ("The storm damaged 40 buildings. 25 were homes and 20 were shops")."""
    first = parts[0]
    pointed = pointer is not None and DEMONSTRATIVE.match(first.block.text, pointer.start()) is not None
    if len(parts) < 2 or not (pointed or (elliptic and pointer is None)):
        return None  # a list, whose parts can be compared with each other: "20 were domestic and 22 international"
    largest = max(part.quantity.value.low for part in parts)
    nearest = next((loc for loc in candidates if loc.quantity.kind is Kind.COUNT
                    and loc.quantity.value.high >= largest), None)  # "40 trains from 6 depots. Of these, 25 ..."
    if nearest is None or not nearest.quantity.noun or not breaks_down(nearest, [], explicit=True):
        return None
    if not pointed and (counts_people(nearest.quantity.noun) or not _just_before(nearest, first)
                        or any(names_noun(part.block.text, part.quantity) for part in parts)):
        return None  # people are read by totals.py's own tests; a count further back may be another set
    if _listed(nearest, candidates):
        return None  # "destroyed 40 houses, 30 shops and 8 churches. Of those, ...": which of them is not said
    if any(_own_noun(part, singular(nearest.quantity.noun)) for part in parts):
        return None  # "Of these, the busiest served 6,913 people": parts of another measure
    if mixed_measures(parts):
        return None  # "Of them, 20 were Britons and 15 were children": two measures that may overlap
    if not parallel(parts):
        return None  # "Of these, 20 were approved in May and 15 were for cancer": two ways of dividing them
    return nearest


def _just_before(located: Located, first: Located) -> bool:
    """Whether ``located`` stands in the sentence right before ``first`` (across a paragraph break too)."""
    if located.block is first.block:
        return located.sentence == first.sentence - 1
    return first.sentence == 0 and located.sentence == len(located.block.sentences) - 1


ITEM_GAP = LazyPattern(r"\s*(?:,|and|or|,\s*(?:and|or))\s*", regex.IGNORECASE)


def _listed(nearest: Located, candidates: Sequence[Located]) -> bool:
    """Whether the nearest count is an item of a list of counts, which a pointer after it may take whole."""
    for other in candidates:
        if other is not nearest and other.block is nearest.block and other.sentence == nearest.sentence:
            ends = (other.quantity.phrase_end, nearest.quantity.start)
            starts = (nearest.quantity.phrase_end, other.quantity.start)
            if any(a <= b and ITEM_GAP.fullmatch(other.block.text, a, b) for a, b in (ends, starts)):
                return True
    return False


PREDICATE = LazyPattern(r"\s+(?:(?P<verb>were|was|are|is|had|have|has|will|would)\s+(?:been\s+)?)?(?P<wor"
                        r"d>[\p{L}\p{M}-]+)",
                        regex.IGNORECASE)
PREPOSITIONS = frozenset("in at on for from to by with without under over near outside inside".split())
_COPULAS = {"were": "be", "was": "be", "are": "be", "is": "be"}


def parallel(parts: Sequence[Located]) -> bool:
    """Whether the parts are said alike, as one division of a group is: the same verb where each has one ("12 were
    men and 9 were women"; not "9 were men and 5 had served before") and the same kind of word after it, an
    adjective or participle or one preposition ("on domestic routes and 22 on international routes"; not "20 were
    approved in May and 15 were for cancer"), answering one question (predicates.one_property)."""
    verbs, words = set(), set()
    for part in parts:
        found = PREDICATE.match(part.block.text, part.quantity.phrase_end)
        if found is None or (not found.group("verb") and found.group("word").lower() == "the"):
            continue  # "and 17 the south": the verb and preposition of the part before, left out
        if found.group("verb"):
            verbs.add(_COPULAS.get(found.group("verb").lower(), found.group("verb").lower()))
        word = found.group("word").lower()
        words.add(word if word in PREPOSITIONS else "")
    return len(verbs) <= 1 and len(words) <= 1 and one_property(parts)


PREDICATED = LazyPattern(r"\s+(?:were|was|are)\s+(?!(?:about|around|some|over|under|nearly|almost)\b)[\p{L}\p{M}-]",
                         regex.IGNORECASE)
"""A count with no noun right before a copula and a word: the words after it say what the members were."""


def _own_noun(part: Located, total_noun: str) -> bool:
    """Whether a part names what it counts: not "20 were large and 33 small" or "84 were public", whose word,
    after a plural count, is no plural and stands for the total's noun left out."""
    quantity = part.quantity
    if not quantity.noun and PREDICATED.match(part.block.text, quantity.end):
        # "Of those, 31 were holiday homes": what those members were, if of the total's kind (people or things);
        # not "housed in two schools. Of them, 43 were men", which counts the people before
        predicate = written_noun(part).split()
        word = predicate[-1].lower() if predicate else ""
        if is_plural(word):  # a word that is no plural is an adjective, read below ("84 were private")
            return counts_people(singular(word)) != counts_people(total_noun)
    noun = part_noun(part.block, quantity)
    if not noun or singular(noun.split()[-1]) == total_noun:
        return False  # "Of these, 41 were primary schools": the total's own noun again
    text = part.block.text
    stated = None if quantity.noun else STATED_NOUN.match(text, quantity.end)  # "84 were public"
    span = (stated.end(), counted_noun(text, stated.end())[1]) if stated else (quantity.start, quantity.phrase_end)
    written = text[span[0]:span[1]].split()[-1]
    return not (quantity.value.low > 1 and written.islower() and not is_plural(written))


def outnumbered(located: Located, parts: Sequence[Located]) -> bool:
    """Whether a count of no event is smaller than one of the parts a "with" clause lists after it: those are
    the others, not some of it ("250 staff will move, with 1,200 staying at head office and 300 at branches")."""
    quantity = located.quantity
    return not quantity.event and any(part.quantity.value.low > quantity.value.high for part in parts)


ASIDE = LazyPattern(r",\s*(?:which|who|whose|that)\b[^,;]*$", regex.IGNORECASE)
"""A relative clause set off by a comma and still open before a count ("The firm, which employs 4,000 people,")."""


def referents(candidates: list[Located], pointer: regex.Match[str] | None) -> list[Located]:
    """What "Of these," may point back to: not a count in an aside about something else ("The firm, which employs
    900 people, shut 45 depots. Of these, ..." points to the depots)."""
    if pointer is None or not DEMONSTRATIVE.match(pointer.string, pointer.start()):
        return candidates
    kept = []
    for located in candidates:
        start = located.block.sentences[located.sentence][0]
        if not ASIDE.search(located.block.text, start, located.quantity.start):
            kept.append(located)
    return kept


OPENS = LazyPattern(r"\W*$")


def continues(part: Located, before: Located) -> bool:
    """Whether a count that opens its sentence goes on with the list of the sentence before, said alike and naming
    the same kind of people: "Of them, 23 were boys. 24 were girls." (not "... 15 were Britons": another measure)."""
    block, quantity = part.block, part.quantity
    start = block.sentences[part.sentence][0]
    if quantity.noun or not OPENS.fullmatch(block.text, start, quantity.start):
        return False
    if before.block is not block or before.sentence != part.sentence - 1:
        return False
    if not written_noun(part) or not written_noun(before) or mixed_measures([before, part]):
        return False  # both name what they count, in words the hierarchy may lack ("36 were scientists")
    return parallel([before, part])


def split_lists(block: Block, taken: set[Quantity]) -> list[list[Located]]:
    """Lists split over sentences, one part each: "Fifty were house fires. Twenty-seven were false alarms." Each
    sentence holds one count, which opens it with no noun and is said alike to the one before (continues); the run
    is read as one list, so the count it breaks down is found as for a list in one sentence."""
    counts = [loc for loc in figures(block) if loc.quantity.kind is Kind.COUNT]
    alone = [loc for loc in counts if sum(other.sentence == loc.sentence for other in counts) == 1
             and loc.quantity not in taken]
    found: list[list[Located]] = []
    run: list[Located] = []
    for located in alone:
        if run and (continues(located, run[-1]) or _goes_on(located, run[-1])):
            run.append(located)
            continue
        if len(run) >= 2:
            found.append(run)
        start = block.sentences[located.sentence][0]
        opens = not names_noun(block.text, located.quantity) and OPENS.fullmatch(block.text, start,
                                                                                 located.quantity.start)
        run = [located] if opens else []
    if len(run) >= 2:
        found.append(run)
    return found


def _goes_on(part: Located, before: Located) -> bool:
    """Whether a count that opens its sentence goes on with the one opening the sentence before, neither naming
    what it counts and both said alike with a verb of their own: "Sixty-nine went to galleries in the US.
    Twenty-eight went to Japan." (continues asks the same of parts that name what they count)."""
    block, quantity = part.block, part.quantity
    start = block.sentences[part.sentence][0]
    if names_noun(block.text, quantity) or before.block is not block or before.sentence != part.sentence - 1:
        return False  # a verb read in a noun's place ("Twenty-eight went") names nothing
    if not OPENS.fullmatch(block.text, start, quantity.start) or names_noun(block.text, before.quantity):
        return False
    verbs = [PREDICATE.match(block.text, located.quantity.end) for located in (before, part)]
    if any(found is None for found in verbs) or len({found.group("word").lower() for found in verbs if found}) != 1:
        return False  # the same verb in both ("went to ... went to"), not "Twenty went. Fifteen stayed."
    return parallel([before, part])
