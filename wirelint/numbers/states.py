"""Parts that name a state of care, custody or rescue: no partition of the total.

"Ninety-three people were injured; 34 needed surgery and 69 remain in hospital": someone who had surgery may still be
in hospital, so 34 + 69 says nothing of 93. "Police arrested 86 people. 77 have been charged and 12 remain in
custody", "The 27 hostages were freed; 20 were flown home and 13 were treated in hospital" are the same. Such states
need not cover the group either ("In all, 40 people were injured: 12 are in a critical condition and 9 were
discharged": others went home from the scene). A part names a state when the words after its count, to the end of
its clause, name one of quantities.toml [states] and it counts no kind of people of its own ("12 children were
taken to hospital and 20 adults were treated at the scene" is a division by kind, summed).

Each state answers a question (quantities.toml [states.questions]: treatment, condition, place, moved, custody,
questioned). Only states of DIFFERENT questions overlap; above the total, parts whose states answer one question are
exclusive outcomes and add up ("Police detained 60 people; 50 were deported and 40 were released": custody; "22 were
kept in hospital and 45 were released": place), as do parts that give different answers of one question of
[predicates.questions] ("12 were freed and 20 are still held"). Below the total they contradict it only when one is
said to be the rest of the group ("the remaining 15 were discharged").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import counts_people, table
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import singular
from wirelint.numbers.predicates import THE_OTHERS, answer_one_question, padded_words


def states_only(total: Located, parts: Sequence[Located], above: bool) -> bool:
    """Whether every part names only a state of the total's members (see the module's doc), so that parts ``above``
    the total (or below it) do not contradict it."""
    if len(parts) < 2 or any(_kind(part, total.quantity.noun) for part in parts):
        return False
    said = [own_words(part, parts[index + 1:]) for index, part in enumerate(parts)]
    if not all(names_state(words) for words in said):
        return False
    if above:  # "50 were deported and 40 were released": one question, exclusive answers
        return not (_one_state_question(said) or answer_one_question(said))
    return not any(THE_OTHERS.search(part.block.text, max(0, part.quantity.start - 30), part.quantity.start)
                   for part in parts)  # "the remaining 15 were discharged": the list says it covers the group


def own_words(part: Located, later: Sequence[Located] = ()) -> str:
    """A part's words from right after its figure to the next part or the end of its clause ("34 needed surgery":
    "needed surgery", where the extractor may take "surgery" for the counted noun; "25 were treated and released":
    both verbs)."""
    text, end = part.block.text, part.quantity.end
    stop = next((other.quantity.start for other in later if other.block is part.block and other.quantity.start > end),
                len(text))
    clause = _CLAUSE.match(text, end, stop)
    return clause.group() if clause else ""


_CLAUSE = LazyPattern(r"[^,;.:!?()]*?(?=[,;.:!?()]|\s(?:while|whereas|whilst)\b|$)", regex.IGNORECASE)
"""A part's words up to a mark or a contrast (not "and", which may join its own verbs: "treated and released")."""


def names_state(words: str) -> bool:
    """Whether ``words`` name a state of quantities.toml [states] ("remain in hospital", "have been charged")."""
    padded = padded_words(words)
    return any(f" {phrase} " in padded for phrase in _states())


def _one_state_question(said: Sequence[str]) -> bool:
    """Whether the first state each part names ("were treated in hospital": treated) answers one question for all."""
    asked = [_first_state_questions(words) for words in said]
    return bool(set.intersection(*asked))


def _first_state_questions(words: str) -> set[str]:
    """The questions of the earliest (then longest) state ``words`` name."""
    padded = padded_words(words)
    found = [(padded.find(f" {phrase} "), -len(phrase), phrase) for phrase in _states() if f" {phrase} " in padded]
    if not found:
        return set()
    first = min(found)[2]
    return {question for question, phrases in _state_questions().items() if first in phrases}


def _kind(part: Located, total_noun: str) -> bool:
    """Whether a part counts a kind of people of its own ("12 children were taken to hospital")."""
    noun = part.quantity.noun
    return bool(noun) and singular(noun) != singular(total_noun) and counts_people(singular(noun))


@cache
def _state_questions() -> dict[str, tuple[str, ...]]:
    return {question: tuple(phrases) for question, phrases in table()["states"]["questions"].items()}


@cache
def _states() -> tuple[str, ...]:
    return tuple(dict.fromkeys(phrase for phrases in _state_questions().values() for phrase in phrases))
