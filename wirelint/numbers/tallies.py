"""Tallies of damage and loss, and costs to the public: counts that need a source like tolls.

"Some 340 homes were destroyed", "fires burned 12,000 hectares", "police
seized 45 vehicles", "has cost taxpayers $855 million". What counts as a
tally (the things, areas, verbs and payers) is data in quantities.toml.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.numbers.data import table
from wirelint.numbers.nouns import singular
from wirelint.numbers.quantity import Kind, Quantity
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import alternation

_QUALIFIERS = (r"(?:a|an|the|at\s+least|about|some|more\s+than|nearly|almost|over|around|up\s+to|an\s+estimated"
               r"|another|a\s+further|roughly|approximately|as\s+many\s+as|close\s+to)")


def _words(key: str) -> str:
    return alternation(table()["tallies"][key], boundary=False, gap=r"\s+")


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    verbs = _words("verbs")
    after = compile_pattern(
        r"(?:\s+(?:of|in|and|on|at|across)\s+[\w'-]+){0,2}?[\s,]+(?:(?:were|was|have|has|had|are|is|been|being|also"
        r"|reportedly|either|completely|totally|partially|partly|badly|severely|heavily|now|already|still|left"
        r"|remain|remains|remained|being|got|reported|all|also)\s+){0,4}"
        rf"(?:{verbs})\b",
        regex.IGNORECASE,
    )
    before = compile_pattern(rf"\b(?:{verbs})\s+(?:{_QUALIFIERS}\s+)*$", regex.IGNORECASE)
    areas = compile_pattern(rf"(?:{_words('areas')}|{_words('weights')})\b", regex.IGNORECASE)
    cost = compile_pattern(
        rf"\bcost(?:s|ing)?\s+(?:(?:the\s+)?[\p{{L}}-]+\s+){{0,2}}?(?:{_words('payers')})(?:\s+(?:an?|some|about|around|nearly|almost|more\s+than"
        rf"|at\s+least|over|up\s+to|an\s+estimated|roughly))*\s*$",
        regex.IGNORECASE,
    )
    taken = compile_pattern(rf"\b(?:{_words('money-verbs')})\s+(?:{_QUALIFIERS}\s+)*$", regex.IGNORECASE)
    named_loss = compile_pattern(
        rf"\b(?:{_words('damage-nouns')})\s+(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|now|already"
        r"|of|worth|estimated|put|valued|totalling|totaling|amounting|at|to|reached|reaching|exceeded|topped|runs?"
        rf"|ran|into|could|may|might|be)\s+)+(?:{_QUALIFIERS}\s+)*$",
        regex.IGNORECASE,
    )
    damage = compile_pattern(  # not "10.53 billion dlrs in damages awarded": a court's award, not a loss
        r"\s+(?:worth\s+of\s+|in\s+|of\s+)?(?:damage|losses|destruction)\b(?!\s+(?:awarded|claim))", regex.IGNORECASE
    )
    return after, before, areas, cost, damage, taken, named_loss


@cache
def _things() -> frozenset[str]:
    return frozenset(table()["tallies"]["things"])


def is_tally(text: str, quantity: Quantity) -> bool:
    """True when ``quantity`` in ``text`` is a tally of damage or loss, or a cost to the public."""
    after, before, areas, cost, damage, taken, named_loss = _patterns()
    window = max(0, quantity.start - 80)
    if quantity.kind is Kind.MONEY:  # "has cost taxpayers $855 million", "caused £42m worth of damage"
        return bool(cost.search(text, window, quantity.start) or damage.match(text, quantity.end)
                    or taken.search(text, window, quantity.start) or named_loss.search(text, window, quantity.start))
    if quantity.kind is Kind.MEASURE:
        counted = bool(areas.match(singular(quantity.unit)) or areas.match(quantity.unit))
    elif quantity.kind is Kind.COUNT:
        counted = quantity.noun in _things()
    else:
        return False
    if not counted:
        return False
    return bool(before.search(text, window, quantity.start) or after.match(text, quantity.phrase_end))
