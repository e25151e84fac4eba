"""What happened to the people counted: killed, injured, arrested, displaced, missing.

"Dozens killed", "killed more than 50 fighters", "claimed the lives of 20
soldiers", "12 people died" and "a death toll of 30" all count the dead. The
event, not the noun, is what makes two casualty figures comparable.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern

EVENTS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "dead", "died", "die", "deaths", "death", "fatalities", "lives", "bodies", "slain", "perished",
        "executed", "massacred", "drowned",
    ),
    "injured": ("injured", "wounded", "hurt", "injuries", "casualties"),
    "arrested": ("arrested", "detained", "captured", "taken prisoner"),
    "displaced": ("displaced", "homeless", "evacuated", "fled", "uprooted"),
    "missing": ("missing", "unaccounted for"),
}
"""Words after a figure ("12 killed", "30 people were wounded") that name the event."""

_BEFORE: dict[str, str] = {
    "killed": r"kill(?:ed|ing|s)?|(?:dead|victims)\s+(?:were|are|included|include)|"
    r"(?:taken|cost|claimed)\s+(?:the\s+)?lives\s+of|"
    r"lives\s+of|deaths\s+of|bodies\s+of|(?:death\s+)?toll\s+(?:of|at|to|reached|reaches|rose\s+to|rises\s+to"
    r"|climbed\s+to|climbs\s+to|jumped\s+to|jumps\s+to|hits|hit|tops|topped|stands\s+at|stood\s+at|is|was"
    r"|has\s+risen\s+to)|massacr(?:ed|ing)|execut(?:ed|ing)"
    r"|(?:number|count|tally)\s+of\s+(?:\w+\s+){0,2}(?:killed|dead|deaths|fatalities)\s+(?:has\s+|had\s+|is\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|increased|stands|stood|now\s+stands)\s+(?:to|at)",
    "injured": r"injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:ing)?"
    r"|(?:number|count|tally)\s+of\s+(?:\w+\s+){0,2}(?:injured|wounded|hurt)\s+(?:has\s+|had\s+|is\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|increased|stands|stood)\s+(?:to|at)",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|round(?:ed|ing|s)?\s+up|captur(?:e|es|ed|ing)",
    "displaced": r"displac(?:ed|ing)|evacuat(?:ed|ing)|uproot(?:ed|ing)|forc(?:ed|ing)\s+(?:out|from)",
}
_BEFORE_PATTERN = LazyPattern(
    "|".join(rf"(?P<{event}>\b(?:{pattern})\b)" for event, pattern in _BEFORE.items()), regex.IGNORECASE
)
_AFTER_WORD = {word: event for event, words in EVENTS.items() for word in words}
_AFTER = LazyPattern(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|now|later|all|of\s+them|so\s+far"
    r"|lost\s+their)\s+){0,3}(?P<word>" + "|".join(sorted(_AFTER_WORD, key=len, reverse=True)) + r")\b",
    regex.IGNORECASE,
)


def event_after(text: str, position: int) -> str:
    """The event named right after a figure or its noun: "12 killed", "people were wounded"."""
    match = _AFTER.match(text, position)
    if not match:
        return ""
    word = match.group("word").lower()
    if word == "lives" and "lost" not in match.group().lower():
        return ""
    return _AFTER_WORD[word]


_OBJECT_GAP = LazyPattern(r"\s*(?:(?:a|an|another|the|total|of|all|some)\s+)*", regex.IGNORECASE)
"""What may stand between an event verb and the figure it governs ("killed a total of 30")."""


def event_before(text: str, start: int, window: int) -> str:
    """The event verb right before a figure: "killed more than", "the lives of", not "evacuated from two towns"."""
    best = ""
    for match in _BEFORE_PATTERN.finditer(text, window, start):
        best = match.lastgroup or "" if _OBJECT_GAP.fullmatch(text, match.end(), start) else ""
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


def incidents(text: str) -> frozenset[str]:
    """The kinds of incident a sentence speaks of ("war", "attack", "quake"...)."""
    return frozenset(match.lastgroup for match in _INCIDENT.finditer(text) if match.lastgroup)
