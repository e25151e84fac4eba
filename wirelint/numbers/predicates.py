"""Whether the parts of a list divide their total by one property, read from what each says after its verb.

A total's parts add up to it only when they answer one question about its members: the same verb with contrasting
values ("42 were leased, while 36 were owned"; "11 were domestic and 14 international"; "31 were holiday homes and 14
were permanent residences"). Parts that answer different questions may overlap, so their sum says nothing:

* one goes on with a time or a reason the other lacks, a later action or another matter ("42 were leased and 36
  were returned to service by March"; "31 were rescued and 14 were treated for smoke inhalation"); a place or
  whom to is no such mark ("31 were returned to their owners and 14 were crushed": fates of one group);
* a plain adjective beside a participle, a state beside what was done to them ("41 were new and 30 were exported");
* a bare kind beside a qualified noun, or a noun qualified by a participle beside one qualified by a kind ("80 were
  flats and 60 were affordable homes"; "31 were stolen vehicles and 14 were luxury models").

Participles that name a state as adjectives do ("new or used") are data (quantities.toml [predicates]).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import table
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import is_plural

CLAUSE = LazyPattern(r"[^,;.:!?()]*?(?=[,;.:!?()]|\s(?:and|or|but|while|whereas|whilst|with)\b|$)",
                     regex.IGNORECASE)
"""What a part says up to the end of its clause: the next mark or the conjunction that joins the next part."""
VERB = LazyPattern(r"\s*(?P<verb>were|was|are|is|had|have|has|will|would)\s+(?:been\s+)?", regex.IGNORECASE)
COMPLEMENTS = frozenset(
    "in at on for from to by with without under over near outside inside within into onto after before during since "
    "until because across through via abroad overseas".split())
"""Words that open a complement: where, when, why or to whom, after the predicate."""
TIMED = LazyPattern(
    r"\b(?:(?:by|within|until|till|after|before|since|in|on|from)\s+(?:(?:a|an|the|last|next|this|early|late|mid-?)\s+)?"
    r"(?:[\d.,]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|spring|summer|autumn|winter|years?|months?|weeks?|days?|hours?|(?:19|20)\d\d)\b|\blater\b|\bfor\s+\p{L})",
    regex.IGNORECASE)
"""A complement of time or reason: "by March", "within a year", "later", "for smoke inhalation"."""
ADVERBS = frozenset("still now also all both yet again already never not later since then".split())
PARTICLES = frozenset("out up down off away back over through".split())
NEGATED = LazyPattern(r"(?:un|dis|non-?)(?P<stem>\p{Ll}{4,})")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = table().get("predicates", {})
    return (frozenset(data.get("states", ())), frozenset(data.get("participles", ())),
            frozenset(data.get("having", ())))


def word_class(word: str) -> str:
    """"participle" for what was done ("exported", "stolen", "sold"), else "adjective" (a state, a kind or a
    quality); a negative prefix goes by its stem ("uninsured" as "insured", "disused" as "used")."""
    word = word.lower()
    negated = NEGATED.fullmatch(word)
    stem = negated.group("stem") if negated else word
    states, participles, _ = _lists()
    if stem in states:
        return "adjective"
    if stem in participles or (stem.endswith("ed") and len(stem) > 3) or (stem.endswith("en") and len(stem) > 4):
        return "participle"
    return "adjective"


def predicate(part: Located) -> tuple[str, str, bool] | None:
    """A part's verb (empty where none), the shape of its predicate and whether a time or reason follows it; None when
    the part says nothing after its count or opens with a preposition (read by the caller)."""
    text, quantity = part.block.text, part.quantity
    start = quantity.phrase_end
    verb = VERB.match(text, start)
    if verb is not None:
        start = verb.end()
    clause = CLAUSE.match(text, start)
    words = [word for word in regex.findall(r"[\p{L}-]+", clause.group() if clause else "")
             if word.lower() not in ADVERBS and not word.lower().endswith("ly")]  # "are still in captivity"
    if not words or words[0].lower() in COMPLEMENTS:
        return None
    name = verb.group("verb").lower() if verb is not None else ""
    timed = TIMED.search(clause.group()) is not None if clause else False
    having = _lists()[2]
    passive = verb is not None and "been" in verb.group().lower()  # "had been released": what was done
    if (name in having and not passive) or (not name and words[0].lower() in having):
        return name, "having", timed  # "14 had surgery", "14 patients needed treatment": what they had or needed
    if not name and quantity.noun:
        return name, "participle", timed  # "14 casualties remain in intensive care": a verb of its own
    cut = next((index for index, word in enumerate(words) if word.lower() in COMPLEMENTS), len(words))
    core = words[:cut]
    while len(core) > 1 and core[-1].lower() in PARTICLES:
        core = core[:-1]  # "dropped out", "were laid off": the verb's own particle
    if len(core) == 1 and not is_plural(core[0].lower()):
        shape = word_class(core[0])  # "new", "exported", "leased"
    elif len(core) == 1:
        shape = "kind"  # "flats", "cafes"
    elif is_plural(core[-1].lower()) and len(core) == 2:
        shape = "kind " + word_class(core[0])  # "holiday homes", "stolen vehicles"
    else:
        shape = "phrase"  # "were taken into care", "were more than 50 years old"
    return name, shape, timed


def one_property(parts: Sequence[Located]) -> bool:
    """Whether the parts' predicates are said alike, as one division of their total is (see the module's doc)."""
    read = [found for part in parts if (found := predicate(part)) is not None]
    if len(read) < 2:
        return True
    if len({complement for _, _, complement in read}) > 1:
        return False
    return len({shape for _, shape, _ in read}) == 1
