"""What happened to the people counted: killed, injured, arrested, displaced, missing, rescued, abducted,
infected.

"Dozens killed", "killed more than 50 fighters", "claimed the lives of 20
soldiers", "12 people died" and "a death toll of 30" all count the dead. The
event, not the noun, is what makes two casualty figures comparable.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from wirelint.gates import LiteralGate
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import table
from wirelint.numbers.nouns import counted_noun, is_plural
from wirelint.text.lexicon import alternation, listed_form, spanning


@cache
def events_after() -> dict[str, tuple[str, ...]]:
    """Words after a figure ("12 killed", "30 people were wounded") that name the event (quantities.toml
    [events.after]; read when a figure is first placed, not at import)."""
    return {event: tuple(words) for event, words in table()["events"]["after"].items()}


_REACHED = (r"(?:\s+[\w-]+){0,3}?\s+(?:reached|rose\s+to|risen\s+to|climbed\s+to|stood\s+at|stands\s+at|numbered"
             r"|totalled|totaled|doubled\s+to|tripled\s+to)")
""""Casualties on both sides reached 29", "deaths rose to 40": a toll named by its own noun."""
_BEFORE: dict[str, str] = {
    "killed": r"kill(?:ed|ing|s)?|dead\s+(?:were|are|included|include)|(?:dead|deaths|fatalities)\s*:|"
    r"(?:taken|cost|claimed)\s+(?:the\s+)?lives\s+of|(?:claimed|claiming|claims|cost|costing)(?=\s+\S+\s+lives\b)|"
    r"lives\s+of|deaths\s+of|bodies\s+of"
    r"|(?:death\s+)?toll(?:\s+(?:from|of|in)\s+(?:the\s+|this\s+|last\s+)?[\w-]+(?:\s+[\w-]+){0,3})?"
    r"(?:\s+(?:now|currently|already|officially|so\s+far|(?:this|last)\s+(?:week|month|year)|on\s+(?:both|each|all|either)"
    r"\s+sides?))?\s+(?:of|at|to|reached|reaches|rose\s+to|rises\s+to"
    r"|climbed\s+to|climbs\s+to|jumped\s+to|jumps\s+to|hits|hit|tops|topped|stands\s+at|stood\s+at|is|was"
    r"|has\s+risen\s+to|(?:has\s+|have\s+)?[\p{Ll}]+(?:s|ed)\s+to)|massacr(?:ed|ing)|execut(?:ed|ing)"
    r"|(?:number|count|tally)\s+of\s+(?:\w+\s+){0,2}(?:killed|dead|deaths|fatalities)\s+(?:(?:has\s+|had\s+|is\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|increased|stands|stood|now\s+stands)\s+)?(?:to|at)"
    r"|(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the\s+|this\s+|last\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?=\s*$)"
    # "Death toll from Bor landslide tops 100": the toll of an incident, then the bound
    r"|(?:death\s+)?toll(?:\s+(?:climbs|climbed|rises|rose|jumps|jumped|soars|soared|goes|went|edges|edged"
    r"|moves|moved|creeps|crept))?"  # "quake toll passes 1,000", "toll climbs past 500": the verb is the bound
    rf"|(?:deaths|fatalities|dead){_REACHED}",
    "injured": r"injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:ing)?|(?:injured|wounded|casualties)\s*:"
    r"|(?:number|count|tally)\s+of\s+(?:\w+\s+){0,2}(?:injured|wounded|hurt)\s+(?:(?:has\s+|had\s+|is\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|increased|stands|stood)\s+)?(?:to|at)"
    rf"|(?:casualties|injuries|injured|wounded){_REACHED}",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|round(?:ed|ing|s)?\s+up|captur(?:e|es|ed|ing)"
    r"|(?:arrested|detained|arrests)\s*:"
    r"|(?<=\b(?:police|troops|soldiers|authorities|forces|officers|guards)\s+)(?:holds?|held)",  # "Police hold 15"
    "displaced": r"displac(?:ed|ing)|evacuat(?:ed|ing)|uproot(?:ed|ing)|forc(?:ed|ing)\s+(?:out|from)"
    rf"|(?:number|count)\s+of\s+(?:\w+\s+){{0,2}}?(?:homeless|displaced|refugees|evacuees){_REACHED}",
    "rescued": r"rescu(?:ed|ing)|airlift(?:ed|ing)",
    "abducted": r"abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?",
    "infected": r"infect(?:ed|ing|s)?|sicken(?:ed|ing|s)?|poison(?:ed|ing|s)?",
}


def _before_words() -> dict[str, list[str]]:
    """Verb forms that govern a figure, by event (quantities.toml): "charged 37 men", "plucked 37 sailors"."""
    words: dict[str, list[str]] = table()["events"]["before"]
    return words


def _before(event: str) -> str:
    forms = [_BEFORE[event]] if event in _BEFORE else []
    words = _before_words().get(event)
    return "|".join([*forms, spanning(words)] if words else forms)


def _before_source() -> str:
    events = dict.fromkeys([*_BEFORE, *_before_words()])
    return "|".join(rf"(?P<{event}>\b(?:{_before(event)})\b)" for event in events)


@cache
def _after_word() -> dict[str, str]:
    return {word: event for event, words in events_after().items() for word in words}


@cache
def _passive_word() -> dict[str, str]:
    """The past participles of the verbs that govern a count, which say the same event in the passive ("charged 37
    men", "37 men have been charged"; "imprison", "37 were imprisoned"); only after a passive auxiliary, since
    "70,000 people abandoned the ground" and "two imprisoned bloggers" are no passive."""
    after = _after_word()
    return {word: event for event, words in _before_words().items() for word in words
            if word.endswith("ed") and " " not in word and len(word) > 5 and word not in after}


@cache
def _predicative() -> frozenset[str]:
    """Adjectives that name the event only as a predicate (quantities.toml [events.predicative])."""
    return frozenset(table()["events"].get("predicative", {}).get("words", ()))


_DESCRIBES = LazyPattern(
    r"-|\s+(?!(?:after|from|with|in|at|on|following|over|because|due|since|and|or|but|as|when|while|during|by|of"
    r"|for|amid|among|across|near|last|this|yesterday|today|overnight|aboard|off|the|a|an|every|each|again|too"
    r"|enough)\b)[\p{Ll}]", regex.IGNORECASE)
"""After a predicative adjective, a hyphen or a word that is no preposition, conjunction or time: the adjective is
part of a compound ("ill-fated") or stands before a noun ("sick pay"), and says nothing of the count."""


def _after_source() -> str:
    return (
        r"\s*(?:(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|now|later|all|of\s+them|so\s+far"
        r"|remain|remains|remained|still|left|got|made|rendered|feared|believed|presumed|confirmed|reported"
        r"|among\s+(?:those|the)|more|further|additional"
        r"|(?:feared|believed|thought|reported|said|known|presumed|understood)\s+to\s+(?:have\s+)?(?:been\s+)?"
        r"|lost\s+their)\s*){0,3}(?:(?P<word>" + alternation(_after_word(), boundary=False, gap="[ ]")
        + r")|(?<=\b(?:were|was|been|be|being|are|is|get|got)\s+(?:[\p{Ll}]+ly\s+)?)(?P<passive>"
        + alternation(_passive_word(), boundary=False, gap="[ ]") + r")|"
        + "|".join(rf"(?P<{event}>{shape})" for event, shape in _AFTER_SHAPES.items()) + r")\b"
    )


_AFTER_SHAPES: dict[str, str] = {
    "killed": r"[\p{Ll}]+\s+to\s+death|(?:gunned|shot|cut)\s+down",
    "injured": r"(?:suffered|sustained|received|treated\s+for)\s+(?:[\p{Ll}\p{M}-]+\s+){0,2}?(?:injuries|wounds|burns"
    r"|fractures|cuts|bruises|bruising)|(?:mown|mowed|knocked|run)\s+(?:down|over)",
    "missing": r"(?:not|never)\s+(?:yet\s+)?been\s+(?:heard\s+from|seen|traced|found|located|accounted\s+for)",
    "displaced": r"(?:bussed|bused|ferried|trucked|shipped|flown|airlifted|moved|transferred)\s+(?:out|away)\b",
}
"""Events read by the shape of the words after a count rather than listed phrase by phrase: any verb "to death"
("bludgeoned to death"), injuries of any kind suffered ("suffered crush injuries"), not heard from since, moved
out of a place by any means ("bussed out of the camp")."""
_BEFORE_PATTERN = LazyPattern(_before_source, regex.IGNORECASE)
_AFTER = LazyPattern(_after_source, regex.IGNORECASE)
_BEFORE_GATE = LiteralGate(_BEFORE_PATTERN)
"""Searched only in a paragraph that holds one of the event words (three in four paragraphs with a figure hold none)."""
_LIVES_TAKEN = LazyPattern(r"\b(?:claimed|claiming|claims|cost|costing|taken|took)\s+\S+\s*$", regex.IGNORECASE)


_HELD_OBJECT = LazyPattern(
    r"\s+(?!(?:in|at|over|after|on|for|without|overnight|since|as|under|during|until)\b)"
    r"(?!by\s+(?:the\s+)?(?:police|security|authorities|troops|army|soldiers|rebels|militants|gunmen|kidnappers"
    r"|captors|insurgents|forces|militia|jihadists)\b)[\p{L}\p{M}\d]",
    regex.IGNORECASE,
)
_ACTIVE = LazyPattern(r"\s*(?:(?:also|now|reportedly)\s+)*(?:have|has|had)\b", regex.IGNORECASE)
LOST = LazyPattern(r"\blos(?:t|e|es|ing)\s+(?:(?:a|an|the|some|about|more\s+than|at\s+least|nearly|over|around)\s+)*$",
                   regex.IGNORECASE)
""""lost 40 fighters", "lose 12 men": a death toll when what was lost are people (the caller checks the noun)."""


def within(part: str, whole: str) -> bool:
    """True when a count of ``part`` (an event) can be part of a total of ``whole``: the charged among the
    arrested (quantities.toml [events.within])."""
    return whole in table()["events"]["within"].get(part, ())


def event_before_lives(text: str, position: int) -> str:
    """"claimed 40 lives", "cost 12 lives": a toll written as lives taken."""
    before = text[max(0, position - 40):position]
    return "killed" if _LIVES_TAKEN.search(before) else ""


def event_after(text: str, position: int) -> str:
    """The event named right after a figure or its noun: "12 killed", "people were wounded"."""
    match = _AFTER.match(text, position)
    if not match:
        return ""
    if match.group("passive") is not None:
        return _passive_word()[listed_form(match.group("passive"))]
    if match.group("word") is None:
        return next(event for event in _AFTER_SHAPES if match.group(event) is not None)
    word = listed_form(match.group("word"))
    if word in _predicative() and _DESCRIBES.match(text, match.end()):
        return ""  # "200 ill-equipped schools", "100 sick days": the adjective describes something else
    if word == "lives" and "lost" not in match.group().lower():
        return event_before_lives(text, position)
    if word == "held" and (_HELD_OBJECT.match(text, match.end()) or _ACTIVE.match(match.group())):
        return ""  # "held talks", "has held on to the top spot": holding something, not being held
    return _after_word()[word]


_ONE_WORD = LazyPattern(r"\s+[\p{Ll}]+")
TIME_NOUNS = frozenset("seconds minutes hours days nights weeks months years decades times".split())
"""Plurals after an event word that are no noun it describes: "12 died hours later"."""


def attributive(text: str, position: int) -> str:
    """The event of a participle or adjective standing between a count and its plural noun ("20 convicted
    murderers", "12 wounded soldiers", "30 displaced families"): it describes the people; what happened to them in
    the sentence is said elsewhere. Empty when the word after the count is no such modifier ("12 killed
    yesterday", "12 dead, 30 injured", "12 were wounded")."""
    match = _AFTER.match(text, position)
    if match is None or not _ONE_WORD.fullmatch(match.group()):
        return ""
    noun, noun_end, _ = counted_noun(text, match.end())
    written = text[match.end():noun_end].split()
    last = written[-1].lower() if noun and written else ""
    if not last or last in TIME_NOUNS or not is_plural(last):
        return ""
    return event_after(text, position)


_OBJECT_GAP = LazyPattern(r"\s*(?:(?:a|an|another|the|total|of|all|some)\s+)*", regex.IGNORECASE)
"""What may stand between an event verb and the figure it governs ("killed a total of 30")."""
_APPOSITIVE = LazyPattern(r"\s*,\s*")
""""The toll, 69, includes ...": a toll given in apposition."""


def event_before(text: str, start: int, window: int) -> str:
    """The event verb right before a figure: "killed more than", "the lives of", not "evacuated from two towns"."""
    best = ""
    for match in _BEFORE_GATE.finditer(text, window, start):
        governs = _OBJECT_GAP.fullmatch(text, match.end(), start) or (
            match.group().lower().endswith("toll") and _APPOSITIVE.fullmatch(text, match.end(), start)
        )
        best = match.lastgroup or "" if governs else ""
    return best


INCIDENTS: dict[str, tuple[str, ...]] = {
    "war": ("war", "wars", "conflict", "civil war", "fighting", "clashes", "insurgency", "uprising", "revolt"),
    "attack": ("attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "bomb",
               "bombs", "shooting", "shootings", "massacre", "raid", "raids", "ambush", "shelling", "air strike",
               "air strikes", "airstrike", "airstrikes"),
    "quake": ("earthquake", "earthquakes", "quake", "quakes", "tremor", "tsunami", "tsunamis", "waves"),
    "flood": ("flood", "floods", "flooding", "landslide", "landslides", "mudslide"),
    "storm": ("storm", "storms", "hurricane", "cyclone", "typhoon", "tornado", "tornadoes"),
    "crash": ("crash", "crashes", "collision", "derailment", "sinking", "accident", "accidents"),
    "fire": ("fire", "fires", "blaze", "wildfire", "wildfires"),
    "disease": ("epidemic", "outbreak", "pandemic", "virus", "disease", "flu", "famine", "drought"),
    "unrest": ("riots", "riot", "protests", "protest", "unrest", "demonstrations", "violence", "crackdown"),
    "disaster": ("disaster", "disasters", "catastrophe", "catastrophes"),
}
"""What a toll is the toll of. Two tolls of different incidents are different facts."""
_INCIDENT = LazyPattern(
    r"\b(?:" + "|".join(rf"(?P<{group}>" + "|".join(r"\s+".join(w.split()) for w in words) + ")"
                        for group, words in INCIDENTS.items()) + r")\b",
    regex.IGNORECASE,
)


ATTACKS: dict[str, tuple[str, ...]] = {
    "blast": ("bombing", "bombings", "blast", "blasts", "explosion", "explosions", "bomb", "bombs"),
    "shooting": ("shooting", "shootings", "massacre"),
    "raid": ("raid", "raids"),
    "ambush": ("ambush",),
    "strike": ("shelling", "air strike", "air strikes", "airstrike", "airstrikes"),
}
"""Kinds of attack: "the blasts" and "the raid" are two incidents; "the attack" may be either."""
_ATTACK = LazyPattern(
    r"\b(?:" + "|".join(rf"(?P<{group}>" + "|".join(r"\s+".join(w.split()) for w in words) + ")"
                        for group, words in ATTACKS.items()) + r")\b",
    regex.IGNORECASE,
)


def different_attacks(first: str, second: str) -> bool:
    """True when two sentences name attacks of different kinds and no kind in common (a raid, then blasts)."""
    kinds = [frozenset(match.lastgroup for match in _ATTACK.finditer(text) if match.lastgroup)
             for text in (first, second)]
    return bool(kinds[0] and kinds[1] and not kinds[0] & kinds[1])


@lru_cache(maxsize=1024)
def incidents(text: str) -> frozenset[str]:
    """The kinds of incident a sentence speaks of ("war", "attack", "quake"...), remembered: the same sentences are
    asked about for every list near them."""
    return frozenset(match.lastgroup for match in _INCIDENT.finditer(text) if match.lastgroup)
