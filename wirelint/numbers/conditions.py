"""Parts defined by different conditions overlap: a partition says one predicate of different groups.

"Of 40 survivors, 25 had broken bones and 20 had burns": each part names a condition of its own (what its members
had, did, said or were given), and one survivor may have both, so 25 + 20 says nothing of 40, above it or below
it. "All 60 guests were questioned: 45 had booked online and 30 had stayed before" is the same, and so is one verb
with different objects ("47 had lost their cars and 22 had lost their crops"). A partition names one predicate of
different groups ("25 were sappers and 20 were signallers", kinds read by predicates.py and the hierarchy), one
question's answers (quantities.toml [predicates.questions], [outcomes]: "20 were freed and 15 charged", "4 survived
and 15 drowned", read by states.py and outcomes.py, which an event on the parts points to), or one condition in
degrees ("12 had minor injuries and 30 had serious injuries": the same verb and the same head).

Read by the shape of each part's clause, not by its words: a bare count (no noun of its own) as the subject of a
verb of its own that is not "to be" before a kind or a state ("had", "needed", "complained", "lost", "said"), or of
"were" before what was given or being done ("were given blankets", "were suffering from cold").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.located import Located
from wirelint.numbers.parts import names_noun
from wirelint.numbers.predicates import COMPLEMENTS, PARTICLES, THE_OTHERS, answer_one_question, having_words
from wirelint.numbers.states import own_words

_LEAD = LazyPattern(r"\s*(?:(?:of|among)\s+(?:them|whom|these|those)\s+)?"
                    r"(?:(?:still|later|also|then|all|both|each|now|already|reportedly|allegedly)\s+)?",
                    regex.IGNORECASE)
"""What may stand between a bare count and its verb: a pointer back and an adverb ("eight of them later had")."""
_COPULAS = frozenset(("were", "was", "are", "is", "be", "been"))
_NOT_VERBS = COMPLEMENTS | frozenset(("and", "or", "but", "while", "whereas", "per", "percent", "pct", "more",
                                      "others", "other", "people", "a", "an", "the", "when", "where",
                                      "whose", "who", "which", "if", "once"))
"""Words that open no verb's clause: a complement with its verb left out ("and 15 by grandparents"), a unit."""
_OWN = frozenset(("their", "his", "her", "its", "they", "he", "she", "of", "about", "that"))
"""What opens a verb's object that is the members' own or what they said or felt."""


def conditions_apart(parts: Sequence[Located]) -> bool:
    """Whether the parts name conditions of their own, which may overlap (see the module's doc)."""
    if len(parts) < 2 or any(THE_OTHERS.search(part.block.text, max(0, part.quantity.start - 30),
                                               part.quantity.start) for part in parts):
        return False  # "and the other 15 had ...": the copy says the parts divide the group
    said = [_clause(part, parts[index + 1:]) for index, part in enumerate(parts)]
    if any(words is None for words in said) or answer_one_question([" ".join(words or ()) for words in said]):
        return False
    clauses = [words for words in said if words is not None]
    if not any(_condition(words) for words in clauses) or len({tuple(words) for words in clauses}) < len(clauses):
        return False
    events = {part.quantity.event for part in parts}
    if len(events) > 1 and "" not in events:
        return False  # "4 survived and 15 drowned": outcomes of one group, for outcomes.py and states.py
    verbs, heads = {words[0] for words in clauses}, {words[-1] for words in clauses}
    return not (len(verbs) == 1 and len(heads) == 1)  # "had minor injuries" and "had serious injuries": degrees


def _clause(part: Located, later: Sequence[Located]) -> list[str] | None:
    """A bare part's clause from its verb on, in small letters; None for a part that names what it counts or has no
    verb of its own."""
    quantity, text = part.quantity, part.block.text
    if names_noun(text, quantity):
        return None
    lead = _LEAD.match(text, quantity.end)
    start = lead.end() if lead else quantity.end
    words = regex.findall(r"[\p{L}\p{M}'-]+", own_words(part, later)[start - quantity.end:].lower())
    if not words or words[0] in _NOT_VERBS or not regex.fullmatch(r"\p{Ll}+", words[0]):
        return None
    while words and words[-1] in _NOT_VERBS:
        words.pop()  # "had burns and": the conjunction before the next part
    return words


def _condition(words: Sequence[str]) -> bool:
    """A verb of having, needing or being given ("had", "needed", "had seen", "were given", "were suffering"), or one
    whose object is the members' own or what they said or felt ("lost their luggage", "complained of headaches", "said
    they"); not an outcome said by its verb alone ("sank", "ran aground") nor a degree ("gravely")."""
    rest = [word for word in words[1:] if word != "been"]
    if words[0] in _COPULAS:
        return bool(rest) and ((rest[0] in having_words() and rest[1:2] != [] and rest[1] not in PARTICLES)
                               or rest[0].endswith("ing"))  # not "were handed back": what became of them
    return words[0] in having_words() or (bool(rest) and rest[0] in _OWN)
