"""Public money spent, lost, wasted, written off or paid out: a cost to the public in the spender's words.

"The county splashed out $42m on a new headquarters", "The treasury wrote off €42bn", "£42m of state funds were
wasted", "Council cash worth £42m went on agency staff". The issue counts what the public paid as a tally that needs
a source, like "has cost taxpayers $42m" (costs.py, tallies.py); this reads the other side of it, where a public body
is the one that spends or the money is named as the public's. Only done spending counts (past forms: "plans to
spend" is a budget), and only public spenders (not a firm, a club, shoppers). The vocabulary is data
(quantities.toml ``[tallies.spending]``).
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import table
from wirelint.numbers.quantity import Quantity
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning

_AUX = (r"(?:has|have|had|was|were|is|are|been|being|also|now|already|reportedly|allegedly|so\s+far|since|then"
        r"|quietly|simply|effectively|largely|more\s+than|nearly|almost|over"
        r"|(?:last|this|that|each|every)\s+(?:year|month|week|quarter|spring|summer|autumn|winter))")
"""Words that may stand between a spender or the public's money and its verb ("has quietly written off", "last year
spent")."""
_WHERE = r"(?:\s+(?:across|in|throughout)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?"
"""Where a spender is, between it and its verb: "Councils across England lost", "Hospitals in the north spent"."""
_QUALIFIERS = (r"(?:a|an|the|some|about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|roughly"
               r"|an\s+estimated|a\s+further|another|an\s+extra|an\s+additional|close\s+to|as\s+much\s+as|out)")
"""What may stand between the verb and the sum ("spent an estimated £42m")."""


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    data, money = table()["tallies"]["spending"], table()["tallies"]["money"]
    verbs = spanning(data["verbs"])
    modifiers = int(data["spender-modifiers"])
    spender = (rf"(?:^|(?<=[.;:!?,]\s+)|\b(?:the|and|its|their)\s+)(?:[\p{{L}}’'-]+\s+){{0,{modifiers}}}?"
               rf"(?:{spanning(data['spenders'])})")
    # the spender heading the clause of a verb the sum follows: "The regional government lost €42m on swaps"
    active = compile_pattern(rf"{spender}{_WHERE}\s+(?:{_AUX}\s+){{0,3}}(?:{verbs})\s+(?:{_QUALIFIERS}\s+)*$",
                             regex.IGNORECASE)
    owners = spanning([*data["money-owners"], *money["public-owners"]])
    public_money = rf"(?<![\p{{L}}-])(?:{owners})\s+(?:{spanning(data['money-words'])})|\bthe\s+public\s+purse"
    # the public's money before the sum it is: "Public funds of $42m", "Council cash worth £42m"
    named_before = compile_pattern(rf"(?:{public_money})\s+(?:{spanning(data['money-links'])})\s+"
                                   rf"(?:{_QUALIFIERS}\s+)*$", regex.IGNORECASE)
    # or after it: "£42m of state funds", "€42m in public money", "£42m from the public purse"
    named_after = compile_pattern(rf"\s+(?:of|in|from)\s+(?:the\s+)?(?:{public_money})", regex.IGNORECASE)
    # the verb the money is the subject of: "... were wasted", "... has been sunk into", "... went on"
    passive = compile_pattern(rf"\b(?:{_AUX}\s+){{0,3}}(?:{verbs})\b", regex.IGNORECASE)
    return active, named_before, named_after, passive


_REACH = 120
"""How far before a sum its spender or its money's name may stand."""
_CLAUSE_END = LazyPattern(r"[.;!?](?:\s|$)|,\s+(?:but|while|and)\s")


def public_spending(text: str, quantity: Quantity) -> bool:
    """Whether the sum ``quantity`` is public money its sentence says was spent, lost, wasted or paid out."""
    active, named_before, named_after, passive = _patterns()
    window = max(0, quantity.start - _REACH)
    if active.search(text, window, quantity.start):
        return True
    after = named_after.match(text, quantity.end)
    if not (after or named_before.search(text, window, quantity.start)):
        return False
    stop = _CLAUSE_END.search(text, quantity.end)
    return passive.search(text, after.end() if after else quantity.end, stop.start() if stop else len(text)) is not None
