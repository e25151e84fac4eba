"""Parts defined by different conditions overlap: a partition says one predicate of different groups.

"Of 40 survivors, 25 had broken bones and 20 had burns": each part names a condition of its own (what its members
had, did, said or were given), and one survivor may have both, so 25 + 20 says nothing of 40, above it or below
it. "All 60 guests were questioned: 45 had booked online and 30 had stayed before" is the same, and so is one verb
with different objects that are the members' own ("47 had lost their cars and 22 had lost their homes"), and so are
acts told by different verbs, each with what it was done to or where ("5 voted for the motion and 18 spoke in the
debate", "12 gave statements and 30 were asked to come back"). One verb
with bare objects is read as one question and must add up ("70 lost crops and 60 lost livestock" as "20 voted Labour
and 15 voted Conservative": the copy's words cannot tell the two apart). A partition names one predicate of
different groups ("25 were sappers and 20 were signallers", kinds read by predicates.py and the hierarchy), one
question's answers (quantities.toml [predicates.questions],
[outcomes]: "20 were freed and 15 charged", "40 were given fines and 30 were given prison terms", "4 survived and 15
drowned", read by states.py and outcomes.py, which an event on the parts points to), one condition in degrees ("12
had minor injuries and 30 had serious injuries": the same verb and the same head), or one verb and object with
different places or times ("20 had boarded in Paris and 15 had boarded in Lyon", "had been born in Britain" and
"abroad", "needed surgery on the field" and "in the capital": where or when, one question).

Read by the shape of each part's clause, not by its words: a bare count (no noun of its own) as the subject of a
verb of its own that is not "to be" before a kind or a state ("had", "needed", "complained", "lost", "said"), or of
"were" before what was given or being done ("were given blankets", "were suffering from cold"). A participle after
"had", "were" or "had been" is the clause's verb ("had boarded", "had been born", "were given"); its object runs to
the first word that opens a complement. The small word lists are quantities.toml [clauses].
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import table
from wirelint.numbers.located import Located
from wirelint.numbers.parts import names_noun
from wirelint.numbers.predicates import (
    COMPLEMENTS,
    PARTICLES,
    THE_OTHERS,
    answer_one_question,
    having_words,
    word_class,
)
from wirelint.numbers.quantity import Quantity
from wirelint.numbers.states import own_words

_LEAD = LazyPattern(lambda: r"\s*(?:(?:of|among)\s+(?:" + "|".join(_words("pointers")) + r")\s+)?(?:(?:"
                    + "|".join(_words("adverbs")) + r")\s+)?", regex.IGNORECASE)
"""What may stand between a bare count and its verb: a pointer back and an adverb ("eight of them later had")."""
_COPULAS = frozenset(("were", "was", "are", "is", "be", "been"))


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of quantities.toml [clauses]."""
    return frozenset(table()["clauses"][name])


def _not_verbs() -> frozenset[str]:
    """Words that open no verb's clause: a complement with its verb left out ("and 15 by grandparents"), a unit."""
    return COMPLEMENTS | _words("not-verbs")


def conditions_apart(parts: Sequence[Located], group_event: str = "") -> bool:
    """Whether the parts name conditions of their own, which may overlap (see the module's doc). Acts are read so
    only of a group counted by what it is (``group_event`` empty: "Of the 20 delegates"); what became of a group an
    event counted is its outcomes ("Thirty pupils were taken ill. 22 recovered at home and 10 spent the night in
    hospital")."""
    if len(parts) < 2 or any(THE_OTHERS.search(part.block.text, max(0, part.quantity.start - 30),
                                               part.quantity.start) for part in parts):
        return False  # "and the other 15 had ...": the copy says the parts divide the group
    said = [_clause(part, parts[index + 1:]) for index, part in enumerate(parts)]
    if any(words is None for words in said) or answer_one_question([" ".join(words or ()) for words in said]):
        return False
    clauses = [words for words in said if words is not None]
    if len({tuple(words) for words in clauses}) < len(clauses):
        return False
    shapes = [_shape(words) for words in clauses]
    verbs, objects = {verb for verb, _, _ in shapes}, {thing for _, thing, _ in shapes}
    if len(verbs) == 1 and len(objects) == 1:
        return False  # "had boarded in Paris" and "in Lyon", "needed surgery on the field": one question, where
    if not any(_condition(words) for words in clauses) and (group_event or not _acts(shapes)):
        return False  # "lost crops" and "lost livestock", "voted Labour" and "voted Conservative": one question
    events = {part.quantity.event for part in parts}
    if len(events) > 1 and "" not in events:
        return False  # "4 survived and 15 drowned": outcomes of one group, for outcomes.py and states.py
    heads = {thing[-1] if thing else "" for thing in objects}
    return not (len(verbs) == 1 and len(heads) == 1)  # "had minor injuries" and "had serious injuries": degrees


def _acts(shapes: Sequence[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> bool:
    """Whether each part names an act of its own, a different verb with what it was done to or where ("5 voted for
    the motion and 18 spoke in the debate", "3 were shown the footage and 46 were interviewed again"): acts one
    member may do both of, unlike outcomes said by a verb alone ("12 sank and 20 ran aground"), which an event on
    the parts or one question of the data reads as a division."""
    verbs = [verb for verb, _, _ in shapes]
    return len(set(verbs)) == len(verbs) and all(
        (thing or complement) and (bool(thing) and thing[0].endswith(_DONE) if verb in _COPULAS else _past(verb))
        for verb, thing, complement in shapes)  # not "were day hikers" nor "30 of them rural schools": kinds


def _past(word: str) -> bool:
    """A verb in the past ("voted", "spoke", "gave"), as acts are told; not an adjective read in a verb's place."""
    return word_class(word) == "participle" or word in _words("past-only")


_DONE = ("ed", "en", "wn")
"""How a participle the data does not list ends after "were" ("were shown", "were taken"): an act done to them."""


def _shape(words: Sequence[str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A clause's verb, its object and its complement: a participle after an auxiliary is the verb ("had boarded",
    "had been born", "were given"), the object runs to the first word that opens a complement ("in", "from",
    "abroad")."""
    start = 0
    while start + 1 < len(words) and words[start] in _words("auxiliaries") and (
            words[start + 1] in _words("auxiliaries") or word_class(words[start + 1]) == "participle"
            or words[start + 1].endswith("ing")):
        start += 1
    end = next((index for index in range(start + 1, len(words)) if words[index] in COMPLEMENTS), len(words))
    return words[start], tuple(words[start + 1:end]), tuple(words[end:])


def _clause(part: Located, later: Sequence[Located]) -> list[str] | None:
    """A bare part's clause from its verb on, in small letters; None for a part that names what it counts or has no
    verb of its own."""
    quantity, text = part.quantity, part.block.text
    if names_noun(text, quantity) and not _past_first(text, quantity):
        return None
    lead = _LEAD.match(text, quantity.end)
    start = lead.end() if lead else quantity.end
    words = regex.findall(r"[\p{L}\p{M}'-]+", own_words(part, later)[start - quantity.end:].lower())
    if not words or words[0] in _not_verbs() or not regex.fullmatch(r"\p{Ll}+", words[0]):
        return None
    while words and words[-1] in _not_verbs():
        words.pop()  # "had burns and": the conjunction before the next part
    return words


def _past_first(text: str, quantity: Quantity) -> bool:
    """Whether the word after a count is a simple past that is no participle ("15 gave written statements"): the
    count's verb, though the extractor read the words after it as a noun with modifiers."""
    first = regex.match(r"\s*([\p{L}\p{M}'-]+)", text[quantity.end:quantity.phrase_end])
    return first is not None and first.group(1).lower() in _words("past-only")


def _condition(words: Sequence[str]) -> bool:
    """A verb of having, needing or being given ("had", "needed", "had seen", "were given", "were suffering"), or one
    whose object is the members' own or what they said or felt ("lost their luggage", "complained of headaches", "said
    they"); not an outcome said by its verb alone ("sank", "ran aground") nor a degree ("gravely")."""
    rest = [word for word in words[1:] if word != "been"]
    if words[0] in _COPULAS:
        return bool(rest) and ((rest[0] in having_words() and rest[1:2] != [] and rest[1] not in PARTICLES)
                               or rest[0].endswith("ing"))  # not "were handed back": what became of them
    return words[0] in having_words() or (bool(rest) and rest[0] in _words("own"))
