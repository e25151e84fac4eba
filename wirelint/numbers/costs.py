"""Costs borne by the public, in any wording.

"The failed IT project landed taxpayers with a bill of £408m", "Ratepayers will foot a £321m bill", "The bailout
left the public purse £321m out of pocket", "Bill payers will shoulder £463m of the costs", "added £344m to the
burden on taxpayers": a sum whose clause names who pays for the public (taxpayers, ratepayers, bill payers,
households, consumers, the public purse) and a word of bearing a cost (a bill, a tab, a burden, to foot, pay,
shoulder, bear, pick up, out of pocket). The two lists are data (quantities.toml ``[tallies.money]``). A sum that
small is one household's share only with "more" or "extra" and a period ("£346 more a year"); otherwise it is a
price. Company payers (firms, customers, insurers) stay with the narrower "cost <payer>" reading of tallies.py:
what a company pays is business copy's daily result, not a cost to the public.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import table
from wirelint.numbers.quantity import Quantity
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import alternation, spanning

LARGE_SUM = 10_000
"""From this size up a sum the public bears is a tally; below it, a price or one person's share."""
_EACH = LazyPattern(r"\s+(?:more|extra)\s+(?:a|an|per|each|every)\s+(?:year|month|week|quarter|household|home"
                    r"|family|customer)\b", regex.IGNORECASE)
"""A small sum that is a rise in what each household pays: "£346 more a year"."""
_PUBLIC = LazyPattern(r"\bthe\s+public\s+(?:will|would|could|may|might|must|has|have|had|is|are|was|were|faces?"
                      r"|faced|pays?|paid|picks?|picked|bears?|bore|foots?|footed|shoulders?|shouldered)\b",
                      regex.IGNORECASE)
""""The public will pick up the £50m bill": the public as the subject of a verb, not "the public offering"."""
_EXTRA_BEFORE = LazyPattern(r"\b(?:an?\s+)?(?:extra|additional)\s+$", regex.IGNORECASE)
_PERIOD = LazyPattern(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|quarter)\b", regex.IGNORECASE)
"""'Households face an extra £30 a month': the rise named before the sum."""
_OF = LazyPattern(r"\s+of\s+(?:the\s+)?", regex.IGNORECASE)
"""A sum of something: "£42m of public money"."""
_CLAUSE_END = LazyPattern(r"[.;!?](?:\s|$)")
_ACCOUNTS = (r"deficits?|surplus(?:es)?|gaps?|balances?|positions?|process|plans?|proposals?|talks|debates?"
             r"|statements?|figures|forecasts?|estimates?|years?|committees?|offices?|officers?|directors?|rules?")
"""What a public purse names when another noun follows it: an account or a body, not money paid ("the federal budget
deficit hit $412bn", "the state budget process")."""


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    money = table()["tallies"]["money"]
    payers, bearing, bodies, worse_off = (alternation(money[key], gap=r"\s+") for key in (
        "public-payers", "bearing", "public-bodies", "left-worse-off"))
    owners, purses = (spanning(money[key]) for key in ("public-owners", "public-purses"))
    purse = rf"\b(?:the\s+)?(?-i:{owners})(?:['’]s)?\s+(?:{purses})\b(?!\s+(?:{_ACCOUNTS})\b)"
    # "the county's budget"; not "the federal budget deficit" (a statistic), "Home State funds" (a bank)
    return tuple(compile_pattern(source, regex.IGNORECASE) for source in (
        rf"{payers}|{purse}", bearing, bodies, worse_off))


def public_cost(text: str, quantity: Quantity) -> bool:
    """Whether the sum ``quantity`` is a cost its clause says the public bears."""
    payers, bearing, bodies, worse_off = _patterns()
    if quantity.range.high >= LARGE_SUM and _OF.match(text, quantity.end) and payers.match(
            text, _OF.match(text, quantity.end).end()):
        return True  # "swallowed £42m of taxpayers' money", "burned through $42m of public funds": the public's
    start = max(0, quantity.start - 160)
    for found in _CLAUSE_END.finditer(text, start, quantity.start):
        start = found.end()
    stop = _CLAUSE_END.search(text, quantity.end)
    end = stop.start() if stop else len(text)
    payer = payers.search(text, start, end) or _PUBLIC.search(text, start, end)
    if payer is None and worse_off.search(text, start, end):
        payer = bodies.search(text, start, end)  # "left the state £42m poorer": a public body left worse off
    if payer is None:
        return False
    clause = text[start:payer.start()] + " " * (payer.end() - payer.start()) + text[payer.end():end]
    if not bearing.search(clause):  # "Bill payers have saved £300m": the payer's own "bill" bears nothing
        return False
    return quantity.range.high >= LARGE_SUM or _EACH.match(text, quantity.end) is not None or (
        _EXTRA_BEFORE.search(text, max(0, quantity.start - 30), quantity.start) is not None
        and _PERIOD.match(text, quantity.end) is not None)
