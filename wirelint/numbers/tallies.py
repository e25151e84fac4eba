"""Tallies of damage and loss, and costs to the public: counts that need a source like tolls.

"Some 340 homes were destroyed", "fires burned 12,000 hectares", "police
seized 45 vehicles", "has cost taxpayers $855 million". A tally is read by
its structure: a count with a noun and a predicate of loss governing it,
before it ("gutted 42 buses", "the slaughter of 42,000 pigs") or after it
("42 containers were washed overboard"). Predicates that only ever say a
loss make a tally of any counted thing; the ones that also mean something
else ("burned", "hit", "buried") only of the things listed; some nouns have
predicates of their own (jobs "cut", flights "cancelled"). The vocabulary is
data in quantities.toml.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.costs import public_cost
from wirelint.numbers.data import people, table
from wirelint.numbers.nouns import singular
from wirelint.numbers.quantity import Kind, Quantity
from wirelint.numbers.spending import public_spending
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning

_QUALIFIERS = (r"(?:a|an|the|at\s+least|about|some|more\s+than|nearly|almost|over|around|up\s+to|an\s+estimated"
               r"|another|a\s+further|roughly|approximately|as\s+many\s+as|close\s+to|an\s+area\s+of|through|across"
               r"|over)")
_OWNED = r"(?:(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:of|from|in|at)\s+)"
"""What the predicate governs when it is something of the things counted: "smashed the windows of 42 shops",
"stole the personal data of 42,000 customers"."""
_STRUCK = r"(?:(?:(?:the|their)\s+(?:[\w-]+\s+){0,2}?|[\p{Ll}\p{M}-]+s\s+)(?:of|from|in|at|on)\s+)"
"""What an agent of harm struck in the things counted, with or without an article: "The blast shattered windows in
300 buildings" (an agent only: "destroyed homes in 12 villages" counts villages, not what was destroyed)."""
_HELPERS = (r"(?:were|was|have|has|had|are|is|been|being|be|will|would|could|may|might|also|reportedly|either"
            r"|completely|totally|partially|partly|badly|severely|heavily|now|already|still|left|remain|remains"
            r"|remained|got|reported|all|set|due|expected|likely|to)")
"""Words that may stand between a counted noun and its predicate ("were completely destroyed", "are to go")."""
_PREPOSITIONS = r"(?:by|of|in|on|at|for|with|from|to|among|against|involving|over|across|near|after|since)"
"""Not a verb: "The strike by 40,000 seamen" names the agent's makers, it does nothing to them."""
_PARTICLES = r"(?:into|through|up|down|out|off|over|apart|open|across)"
"""A verb's particle: "Burglars broke into 60 homes", "The gale tore apart 30 sheds"."""


def _governing(words: list[str]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A predicate after the counted noun (passive, or intransitive), and one before the figure (active, in any
    tense the list gives, and as an adverbial participle: "..., flattening 406 houses", "by seizing 40 kilos"; not
    "The developer is levelling 30 acres", a work in progress)."""
    verbs = spanning(words)
    after = compile_pattern(
        r"(?:\s+(?:of|in|and|on|at|across|from)(?:\s+[\w'-]+){1,3}?){0,2}?[\s,]+"
        rf"(?:{_HELPERS}\s+){{0,4}}(?:{verbs})\b",
        regex.IGNORECASE,
    )
    adverbial = spanning(participles(words)) if participles(words) else r"(?!)"
    before = compile_pattern(rf"(?:\b(?:{verbs})|(?:,\s*|\b(?:by|after|while|when|before)\s+)(?:{adverbial}))\s+"
                             rf"{_OWNED}?(?:{_QUALIFIERS}\s+)*$", regex.IGNORECASE)
    return after, before


def participles(words: list[str]) -> list[str]:
    """The -ing form of each listed past form, derived rather than listed: "destroyed" -> "destroying",
    "razed" -> "razing", "gutted" -> "gutting", "knocked down" -> "knocking down"."""
    found = []
    for phrase in words:
        first, _, rest = phrase.partition(" ")
        if first.endswith("ed") and len(first) > 4:
            found.append(" ".join(filter(None, (first[:-2] + "ing", rest))))
    return found


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    data = table()["tallies"]
    listed_after, listed_before = _governing(data["verbs"])
    any_after, any_before = _governing(data["predicates"])
    areas = compile_pattern(rf"(?:{spanning(data['areas'])}|{spanning(data['weights'])})\b", regex.IGNORECASE)
    payers = {payer.removeprefix("the ") for payer in data["payers"]}  # the article and modifiers stand before it:
    # "cost the national treasury", "cost the host city"
    payer = rf"(?:the\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?(?:{spanning(payers)})"
    cost = compile_pattern(
        rf"\b(?:cost(?:s|ing)?\s+{payer}|set(?:s|ting)?\s+{payer}\s+back)(?:\s+(?:an?|some|about"
        rf"|around|nearly|almost|more\s+than|at\s+least|over|up\s+to|an\s+estimated|roughly))*\s*$",
        regex.IGNORECASE,
    )
    taken = compile_pattern(rf"\b(?:{spanning(data['money-verbs'])})\s+"
                            rf"(?:(?:[\p{{L}}-]+\s+){{1,4}}?worth\s+(?:of\s+)?)?"
                            rf"(?:{_QUALIFIERS}\s+)*$", regex.IGNORECASE)  # "seized cocaine worth £30m"
    named_loss = compile_pattern(
        rf"\b(?:{spanning(data['damage-nouns'])})(?:\s+(?:on|for|at|from|in|of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
        r"\s+(?:(?:is|was|were|are|has|have|had|been|now|already"
        r"|of|worth|estimated|put|valued|totalling|totaling|amounting|at|to|reached|reaching|exceeded|topped|runs?"
        rf"|ran|into|could|may|might|be|stand|stands|stood|risen|rose|climbed)\s+)+(?:{_QUALIFIERS}\s+)*$",
        regex.IGNORECASE,
    )
    damage = compile_pattern(  # not "10.53 billion dlrs in damages awarded": a court's award, not a loss
        rf"\s+(?:{spanning(data['money']['loss-after'])})\b(?!\s+(?:awarded|claim))", regex.IGNORECASE
    )
    found = {"listed-after": listed_after, "listed-before": listed_before, "any-after": any_after,
             "any-before": any_before, "areas": areas, "cost": cost, "taken": taken, "named-loss": named_loss,
             "damage": damage}
    agents = data["agents"]
    found["agent"] = compile_pattern(
        rf"(?:^|[.;:!?]\s+)\W*(?:(?:the|a|an|this|last|heavy|strong|high|severe)\s+)*(?:[\p{{L}}-]+\s+)?"
        rf"(?:{spanning(agents['words'])})(?:e?s)?(?:\s+(?:at|in|on|near|from|across|over)\s+(?:the\s+)?[\p{{L}}'’-]+"
        rf"(?:\s+[\p{{L}}'’-]+)?)?\s+(?:(?:has|have|had|also|reportedly|then|now|already|so\s+far)\s+)*"
        rf"(?!(?:{spanning(agents['neutral-verbs'])}|{_PREPOSITIONS})\b)[\p{{Ll}}]+(?:\s+{_PARTICLES})?\s+{_STRUCK}?(?:{_QUALIFIERS}\s+)*$",
        regex.IGNORECASE,
    )
    found["passive-agent"] = compile_pattern(  # "Thirty caravans were blown over in the gale"
        rf"\s+(?:{_HELPERS}\s+){{1,3}}(?!(?:{spanning(agents['neutral-passives'])})\b)[\p{{Ll}}]+"
        rf"(?:\s+{_PARTICLES})?\s+(?:by|in|during)\s+(?:(?:the|a|an|this|last|heavy|strong|high|severe)\s+)*"
        rf"(?:[\p{{L}}-]+\s+)?(?:{spanning(agents['words'])})\b",
        regex.IGNORECASE,
    )
    found["extent"] = compile_pattern(  # "The fire, which has spread across 84,000 hectares", "The blaze, now covering"
        rf"(?<![\p{{L}}-])(?:{spanning(data['extent-agents'])})(?:\s*,\s*|\s+)(?:(?:which|that|now|so\s+far|already"
        rf"|still|also|has|have|had|is|are|was|were|been)\s+)*(?:{spanning(data['extent'])}|[\p{{Ll}}]+\s+(?:through|across"
        rf"|over))\s+(?:{_QUALIFIERS}\s+)*$",
        regex.IGNORECASE,
    )
    found["harm"] = compile_pattern(rf"\b(?:{spanning(agents['words'])})\b", regex.IGNORECASE)
    found["owned"] = compile_pattern(rf"\b(?:{spanning(data['predicates'])})\s+{_OWNED}(?:{_QUALIFIERS}\s+)*$",
                                     regex.IGNORECASE)
    for kind, words in data["kinds"].items():
        found[f"{kind}-after"], found[f"{kind}-before"] = _governing(words["predicates"])
    return found


@cache
def _things() -> frozenset[str]:
    return frozenset(table()["tallies"]["things"])




@cache
def listed_thing(noun: str) -> bool:
    """Whether a counted noun is one of the listed things, or a compound written as one word whose head is
    ("outbuildings", "farmhouses", "storerooms", "cowsheds" are buildings, houses, rooms and sheds)."""
    things, shortest = _things(), int(table()["wording"]["compound-head"])  # "farmhouse" a house; not "ahead"
    return noun in things or any(noun.endswith(thing) and len(thing) >= shortest and len(noun) > len(thing)
                                 for thing in things)


@cache
def _contraband() -> frozenset[str]:
    return frozenset(table()["tallies"]["contraband"])


@cache
def not_things() -> frozenset[str]:
    return frozenset(table()["tallies"]["not-things"])


@cache
def _kind_of() -> dict[str, str]:
    """Each noun with a loss of its own ("job", "flight") and the kind that lists it."""
    return {noun: kind for kind, words in table()["tallies"]["kinds"].items() for noun in words["nouns"]}


def _governed(patterns: dict[str, regex.Pattern[str]], key: str, text: str, quantity: Quantity, window: int) -> bool:
    return bool(patterns[f"{key}-before"].search(text, window, quantity.start)
                or patterns[f"{key}-after"].match(text, quantity.phrase_end))


_LARGE_SUM = 10_000
"""A sum a predicate of loss follows is a tally from this size up; below it, one person's loss in one case."""
_PLANNED = LazyPattern(
    r"\b(?:will|would|could|may|might|shall|(?:is|are|was|were)\s+(?:to|set\s+to|due\s+to|expected\s+to|likely\s+to)"
    r"|(?:is|are)\s+(?:axing|cutting|shedding|slashing|closing|scrapping|shutting|demolishing)|plans?\s+to|planned\s+to|planning\s+to|aims?\s+to|threaten(?:s|ed|ing)?\s+to"
    r"|going\s+to|intends?\s+to|wants?\s+to|proposes?\s+to|proposed|envisag(?:e|es|ed|ing)|foresees?|foresaw"
    r"|forecasts?|forecasting|predicts?|predicted|predicting"
    r"|(?:plans?|proposals?|bids?)\s+for(?=(?:\s+(?:a|an|another|some|about|around|nearly|almost|over|up\s+to))*\s*$))\b",
    regex.IGNORECASE,
)
"""A plan, a threat or a forecast ("is to cut 2,850 jobs", "plans to cut 200 jobs", "would cost a million jobs",
"will demolish 42 homes", "abandoned plans for 400 homes"): the actor's decision or a prediction, not a tally of what
was lost."""


def planned(text: str, quantity: Quantity) -> bool:
    """Whether the count's clause speaks of what is to come, before the figure or between it and its verb."""
    start = max(0, quantity.start - 50)
    for stop in (".", ";", ":"):
        start = max(start, text.rfind(stop, start, quantity.start) + 1)
    after = text[quantity.phrase_end:quantity.phrase_end + 30]
    return bool(_PLANNED.search(text, start, quantity.start) or _PLANNED.match(after.lstrip())
                or _PLANNED.search(after.split(",")[0]))


def measured_in(pattern: regex.Pattern[str], quantity: Quantity) -> bool:
    """Whether a measure's unit, as the engine gives it or as written on the figure ("25kg"), in the singular or as
    written, is one ``pattern`` names."""
    unit = quantity.unit or quantity.text.lstrip("0123456789.,- ")
    return bool(pattern.match(singular(unit)) or pattern.match(unit))


def is_tally(text: str, quantity: Quantity, plans: bool = False) -> bool:
    """True when ``quantity`` in ``text`` is a tally of damage or loss, or a cost to the public; with ``plans``, a
    loss planned or threatened too ("will cut 404 jobs": what a headline's "500 jobs to go" is matched with)."""
    patterns = _patterns()
    window = max(0, quantity.start - 80)
    if quantity.kind is Kind.MONEY:  # "has cost taxpayers $855 million", "caused £42m worth of damage"
        return bool(patterns["cost"].search(text, window, quantity.start) or public_cost(text, quantity)
                    or public_spending(text, quantity)  # "The county splashed out $42m", "£42m of state funds"
                    or patterns["damage"].match(text, quantity.end)
                    or patterns["taken"].search(text, window, quantity.start)
                    or patterns["named-loss"].search(text, window, quantity.start)
                    or (quantity.range.high >= _LARGE_SUM  # "£42m was stolen"; not "had £300 stolen"
                        and patterns["any-after"].match(text, quantity.phrase_end) is not None))
    if not plans and planned(text, quantity):
        return False
    if quantity.kind is Kind.MEASURE:  # any measure of land, goods or track with a predicate of loss
        return (measured_in(patterns["areas"], quantity) and (_governed(patterns, "listed", text, quantity, window)
                                  or _by_agent(patterns, text, quantity)
                                  or patterns["extent"].search(text, window, quantity.start) is not None)) or _governed(
            patterns, "any", text, quantity, window)
    if quantity.kind is not Kind.COUNT or not quantity.noun:
        return False
    noun = quantity.noun
    kind = _kind_of().get(noun)
    if kind is not None and _governed(patterns, kind, text, quantity, window) and (
            not table()["tallies"]["kinds"][kind].get("harm") or _harmed(patterns, text, quantity)
            or patterns[f"{kind}-before"].search(text, window, quantity.start)):
        # "cost 420 jobs", "42 flights were cancelled", "42 schools were shut by the storm"; a closure someone
        # decided, in the active voice ("The council shut 14 libraries"), is a tally too, not "were closed for
        # the holidays"
        return True
    if listed_thing(noun) and _governed(patterns, "listed", text, quantity, window):
        return True
    if _contraband() & set(quantity.modifiers) and _governed(patterns, "listed", text, quantity, window):
        return True  # "Rangers recovered 240 stolen ivory tusks": goods named unlawful, with a verb of seizure
    if noun in not_things():
        return False  # results and records are no loss
    if not people(noun) and _governed(patterns, "closures", text, quantity, window) and _harmed(
            patterns, text, quantity):
        return True  # any place shut by a harm: "Around 400 job centres remained shut during the strike"
    if patterns["owned"].search(text, window, quantity.start):
        return True  # "smashed the windows of 42 shops", "stole the data of 42,000 customers"
    if people(noun):  # people have events of their own; what an agent of harm did to them is one too
        return _by_agent(patterns, text, quantity)  # "Dengue has struck 60,000 people"
    return (_governed(patterns, "any", text, quantity, window) or _by_agent(patterns, text, quantity)
            or patterns["passive-agent"].match(text, quantity.phrase_end) is not None)


def _harmed(patterns: dict[str, regex.Pattern[str]], text: str, quantity: Quantity) -> bool:
    """Whether an agent of harm stands in the count's sentence ("were shut because of the storm")."""
    start = max(text.rfind(". ", 0, quantity.start) + 1, 0)
    stop = text.find(". ", quantity.end)
    return patterns["harm"].search(text, start, len(text) if stop < 0 else stop) is not None


def _by_agent(patterns: dict[str, regex.Pattern[str]], text: str, quantity: Quantity) -> bool:
    """What an agent of harm heading the clause did to the things counted: "Gales ripped the roofs from 42
    houses", "The virus wiped 42,000 files", "The storm toppled 42 pylons"."""
    start = max(0, quantity.start - 120)
    return bool(patterns["agent"].search(text, start, quantity.start))
