"""A total and its parts joined by structure, whatever word follows each part.

"22 people were hurt, 9 seriously and 17 slightly", "14 workers were injured,
6 critically, 11 lightly", "40 fighters, 28 of whom were foreigners and 19
local recruits", "35 passengers: 21 Britons, 8 French and 6 Germans": a count
followed directly (a comma or colon apposition, a dash, a bracket, "of whom",
"including", "among them", "of them") by a coordinated list of two or more
bare counts is a total and its parts. The words after each part name a
degree, a manner, a people or a kind; they need not be nouns the hierarchy
knows. What keeps other lists out is structure too:

- every figure from the first part to the end of the clause is a part: a
  year, an age, a time, a percentage or a sum inside the list ("31 in 2004
  and 24 in 2005", "aged 14 and 63", "19 at 6 and 15 at 9") breaks it;
- a part followed by a plural noun that is not of the total's kind ("12
  soldiers hurt: 8 vehicles and 6 tents") is another kind of thing;
- after a bare comma, where a list of parallel facts looks the same ("12
  people on Monday, 5 on Tuesday", "9 climbers, 5 hikers and 6 guides"), a
  part may only be qualified (an adverb, an adjective, a people's name:
  "9 seriously", "5 Austrians", "19 alive") or named by a noun the total's
  noun includes ("12 people, 9 soldiers and 4 civilians").

A colon, dash or bracket list restates the total (complete); "including" and
the like give some of it (partial); a bare comma claims neither, so only
parts above the total contradict it there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import holds, includes, known_noun, personal, table, wording
from wirelint.numbers.events import incidents
from wirelint.numbers.fitting import counts_the_items
from wirelint.numbers.links import COMMA_AND
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import ACRONYMS, singular
from wirelint.numbers.quantity import Kind, Quantity

HEAD = LazyPattern(
    lambda: r"(?P<clause>[^,;:()\d–—]{0,60}?)(?:\s*,\s*(?:[\p{L}\p{M}'’-]+\s+){1,4}?(?:said|says|reported|added"
    r"|told\s+[\p{L}\p{M}]+))?"
    r"\s*(?:(?P<list>:|\(|\s[–—-])|[,;](?:\s*with\b)?)\s*"
    r"(?:(?P<partial>including|among\s+(?:them|whom)|of\s+(?:whom|them))(?:\s+(?:are|were|was|is))?\s+"
    r"|(?P<restating>(?:" + wording("restating") + r"))\s*[,:]?\s*)?$",
    regex.IGNORECASE,
)
"""From the total to its first part: a clause of its own at most ("were hurt in the crash"), then the link; a word
that restates the total ("namely", "that is", quantities.toml [wording] restating) makes the list all of it."""
_JOIN = r"(?P<join>\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?|\s*,?\s+(?:while|whereas)\s+)$"
GAP = LazyPattern(r"(?P<words>(?:\s+[\p{L}\p{M}'’-]+){0,4}?)" + _JOIN, regex.IGNORECASE)
"""Between two parts: the first part's words and a comma or "and"."""
SHARED_GAP = LazyPattern(r"(?P<words>(?:\s+[\p{L}\p{M}'’-]+){0,6}?)" + _JOIN, regex.IGNORECASE)
"""Between two shares led by a preposition: a place may take more words ("14 at the colliery in the north and")."""
TAIL = LazyPattern(r"(?P<words>(?:\s+[\p{L}\p{M}'’-]+){0,4}?)\s*(?:[,.;:)–—]|$)", regex.IGNORECASE)
"""After the last part: its words, then the end of the list."""
OF_WHOM = LazyPattern(r"^\s+(?:of\s+(?:whom|them)|among\s+them)\b", regex.IGNORECASE)
"""The first part's "28 of whom were foreigners and 19 local recruits": the link after the first part."""
_NOT_PART_WORD = LazyPattern(
    r"^\s*(?:on|in|at|from|by|for|to|per|a|an|each|last|this|next|since|until|over|under|between|during|after"
    r"|off|near|outside|inside|across|around|via|through|within|into|onto|along|beyond|behind|below|above|beside"
    r"|towards?|aboard|against|with|without"
    r"|before|than|or|times|more|less|fewer|up|down|percent|pct|cent|years?|months?|weeks?|days?|hours?"
    r"|minutes?|seconds?|points?|goals?|runs?|votes?|seats?)\b",
    regex.IGNORECASE,
)
"""A part's words that make it another measure or a parallel fact, not a share of the total."""
NATIONALS = LazyPattern(r"^\s*(?:[\p{Lu}][\p{L}\p{M}-]+\s+){1,2}(?:nationals|citizens|passport\s+holders)\b")
""""25 Pakistani nationals": a people named with a capital, then the plain word for its members."""
_PLACE_OR_STATE = LazyPattern(r"^\s*(?:in|at|on|from|near|off|inside|outside|across|aboard|with|without)\s"
                              r"(?!(?:19|20)\d\d\b)", regex.IGNORECASE)
"""A preposition that can lead a share of a listed total: where, when or in what state."""
COMPARISON = LazyPattern(r"\b(?:than|vs|versus|against|compared|per|times|or|from|to)\b", regex.IGNORECASE)
WORD_AFTER = LazyPattern(r"\s+(?!and\b)[\p{L}\p{M}]", regex.IGNORECASE)
BARE_LINK = LazyPattern(r"\s*,\s*")
RESPECTIVELY = LazyPattern(r"\s+respectively\b", regex.IGNORECASE)
_NOT_PLURAL = frozenset("was is has this thus plus as us yes less unless perhaps always besides its his".split())


def appositions(block: Block) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for every total followed by a coordinated list of its parts; a list
    whose first part is itself the total of the rest ("45 pupils; 30 were injured, 12 seriously and 18 slightly")
    breaks down that part only."""
    found = list(_appositions(block))
    inner = {item[0].quantity for item in found}
    for total, parts, listing, partial in found:
        if parts[0].quantity not in inner:
            yield total, parts, listing, partial


def _appositions(block: Block) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    placed = figures(block)
    text = block.text
    for index, total in enumerate(placed[:-2]):
        whole = total.quantity
        if whole.kind is not Kind.COUNT or whole.unit or not (whole.noun or whole.event):
            continue
        after = index + 1
        while after < len(placed) - 1 and placed[after].quantity.kind in _WHEN:
            after += 1  # "banned 15 cyclists in 2019, 9 for doping and 8 for race-fixing": a year is no part
        first = placed[after]
        if first.sentence != total.sentence:
            continue
        head = HEAD.fullmatch(_masked(text, whole.phrase_end, placed[index + 1:after], first.quantity.start))
        if head is None:
            continue
        bare = not (head.group("list") or head.group("partial") or head.group("restating"))
        if bare and (_LIST_OPENER.search(text, max(0, whole.start - 25), whole.start) or _peoples(text, whole)):
            continue  # "split between 10 Indians, six Nepalis and 14 Bangladeshis": the first item of a list
        rest = [loc for loc in placed[after:] if loc.sentence == total.sentence
                and not (loc.quantity.definite and loc is not first)]  # "17 at the two clinics": a part's words
        restates = bool(head.group("list") or head.group("restating"))
        parts = _list(text, rest, whole, restates, bool(head.group("partial")))
        if parts is None and (bare or WITH_LINK.search(head.group())):
            parts = _shared_lead(text, rest, whole, head.group("clause"))  # "..., with 30 for doping and 15 for ..."
        if parts is not None and counts_the_items(total, list(parts)):
            continue  # "were split between the two towns, with 42 in the north and 9 in the south": the groups
        if parts is not None and not all(holds(whole.event, part.quantity.event) for part in parts):
            continue  # "casualties reached 70, 15 killed, 50 wounded and five missing": the wounded are no part of
            # the 15 killed, but facts beside it
        if parts is not None:
            respective = RESPECTIVELY.match(text, parts[-1].quantity.end)  # "12 and 19 respectively": all of it
            listing = (restates or bool(respective)) and not head.group("partial")
            yield total, parts, listing, bool(head.group("partial"))


_BY = LazyPattern(r"\s*by\s", regex.IGNORECASE)
_AGENT_SHARE = LazyPattern(r"\s*[\p{Ll}]+(?:ed|en)\s+by\s", regex.IGNORECASE)
"""A share by agent ("25 headed by men"): a part after it may leave its participle out ("and 18 by women")."""
_WHEN = frozenset({Kind.YEAR, Kind.DATE, Kind.TIME})
"""Figures that say when, which may stand in the total's clause before its list."""


def _masked(text: str, start: int, skipped: list[Located], end: int) -> str:
    """The words from the total to its first part, with the figures that say when written as letters, so the head
    of the list reads them as words."""
    gap = text[start:end]
    for located in skipped:
        low, high = located.quantity.start - start, located.quantity.end - start
        gap = gap[:low] + "x" * (high - low) + gap[high:]
    return gap


def _list(text: str, rest: list[Located], whole: Quantity, listing: bool,
          partial: bool) -> tuple[Located, ...] | None:
    """The parts when every figure from the first to the end of the list is a bare count joined to the next."""
    parts: list[Located] = []
    last = rest[-1].quantity.end
    linked = listing or partial or bool(_AMONG_TAIL.match(text, last))
    said = ""  # the words of the part before
    for position, located in enumerate(rest):
        part = located.quantity
        if part.kind is not Kind.COUNT or part.unit or part.vague or part.definite:
            return None
        nxt = rest[position + 1] if position + 1 < len(rest) else None
        gap = GAP.fullmatch(text, part.end, nxt.quantity.start) if nxt else None
        if gap is None and nxt is not None and position == 0:
            longer = SHARED_GAP.fullmatch(text, part.end, nxt.quantity.start)  # "19 of whom have returned home
            gap = longer if longer is not None and OF_WHOM.match(longer.group("words")) else None  # while 14 ..."
        tail = None if gap else TAIL.match(text, part.end)
        match = gap or tail
        if match is None:
            return None
        words = match.group("words")
        if parts and _BY.match(words) and _AGENT_SHARE.match(said):
            words = ""  # "25 headed by men and 18 by women": the second share by agent, its participle left out
        said = words
        if partial and gap and position == 0 and COMMA_AND.match(gap.group("join")):
            return None  # "six flights, including four non-stop, and three via Anchorage": an aside closed
        elided = position == 0 and OF_WHOM.match(words)
        if not _part_words(words, whole, linked or bool(elided), listing, part.value.high == 1):
            return None
        parts.append(located)
        if tail is not None:
            break
        if position == 0 and elided:
            linked = True
    return tuple(parts) if len(parts) >= 2 else None


def _shared_lead(text: str, rest: list[Located], whole: Quantity, clause: str) -> tuple[Located, ...] | None:
    """"18 drivers were fined last year, 8 for speeding and 13 for using a phone", "arrested 20 people, 12 in Leeds
    and 8 in Bradford", "charged 20 men, 14 with burglary and 11 with theft", "turned away 27 lorries, 14 for
    faulty papers and 21 for overloading": bare counts after a count, each led by the same preposition of reason,
    place or time, the verb left out, are shares of it. Not when the total's own clause has a phrase with that
    preposition ("arrested 12 people on Monday, 5 on Tuesday and 3 on Wednesday"): the total is then the list's
    first item."""
    if len(rest) < 2:
        return None
    parts: list[Located] = []
    lead = ""
    for position, located in enumerate(rest):
        part = located.quantity
        if part.kind is not Kind.COUNT or part.unit or part.vague or part.definite:
            return None
        nxt = rest[position + 1] if position + 1 < len(rest) else None
        match = (SHARED_GAP.fullmatch(text, part.end, nxt.quantity.start) if nxt
                 else SHARED_TAIL.match(text, part.end))
        if match is None:
            return None
        opening = SHARED.match(match.group("words"))
        if opening is None or COMPARISON.search(match.group("words"), opening.end()):
            return None  # "30 from the deep mine": the lead itself is no comparison
        word = _PLACE_WORDS.get(opening.group(1).lower(), opening.group(1).lower())
        if lead and word != lead:
            return None
        lead = word
        parts.append(located)
        if nxt is None:
            break
    if len(parts) < 2 or parallel_to_total(text, clause, parts):
        return None
    return tuple(parts)


def parallel_to_total(text: str, gap: str, parts: Sequence[Located]) -> bool:
    """Whether a comma list's parts are each led by a preposition that also leads a phrase of the total's clause
    (``gap``): "12 people were killed in the north, 15 in the south and 9 in the east" lists three places, the
    total being the first item, not a whole the others divide."""
    shapes = set()
    happenings = False  # "12 died in the floods, 15 in the storm and 9 in the fire": a list of happenings
    for part in parts:
        phrase = _PHRASE.match(text, part.quantity.end)
        if phrase is None:
            return False
        shapes.add(_shape(phrase))
        happenings = happenings or _happening(phrase.group("word"))
    return any(_shape(phrase) in shapes for phrase in _PHRASE.finditer(gap)
               if happenings or not _happening(phrase.group("word")))
    # "74 guards were hurt in the riot, 65 in the east wing and 21 in the yard": the riot is what befell them, the
    # wing and the yard where


_PHRASE = LazyPattern(r"\s*\b(?P<lead>for|with|over|because\s+of|in|at|on|from|near|along|off|aboard|inside"
                      r"|outside|during|after|through|via|by)\s+"
                      r"(?P<the>the\s+|a\s+|an\s+)?(?P<word>[\p{L}\p{M}]+)", regex.IGNORECASE)
"""A phrase of place, time or reason: its preposition, its article, its first word."""


def _happening(word: str) -> bool:
    """Whether a word names what befell the counted (an incident, or an agent of harm of quantities.toml
    [tallies.agents]: "in the riot", "in the blizzard"), not where they were."""
    return bool(incidents(word)) or word.lower() in _agents()


@cache
def _agents() -> frozenset[str]:
    return frozenset(word.lower() for word in table()["tallies"]["agents"]["words"])


def _shape(phrase: regex.Match[str]) -> tuple[str, bool, bool]:
    """A phrase's shape: the preposition, whether an article follows, whether the word is a name. "in the north"
    and "in the south" are alike (places of one list); "in the raids" and "in Leeds" are not (an event, then a
    town that shares it out)."""
    lead = phrase.group("lead").lower()
    return _PLACE_WORDS.get(lead, lead), bool(phrase.group("the")), phrase.group("word")[:1].isupper()


WITH_LINK = LazyPattern(r",\s*with\s*$", regex.IGNORECASE)
SHARED = LazyPattern(r"\s*(for|with|over|because\s+of|in|at|on|from|near|along|off|aboard|inside|outside|during"
                     r"|after|through|via|by|about|into|regarding|concerning|to|of)\s+(?!\d)", regex.IGNORECASE)
"""The preposition that leads each share of a list with its verb left out: a reason, a place, a time or a topic
("47 about housing and 50 about benefits", "22 into banks and 18 into insurers")."""
_PLACE_WORDS = dict.fromkeys(("in", "at", "on", "near", "along", "off", "aboard", "inside", "outside"), "in")
"""Prepositions of place, one lead for a list: "74 at the cannery and 19 on the trawlers" shares out one total by
workplace as "12 in Leeds and 8 in Bradford" does by town."""
SHARED_TAIL = LazyPattern(r"(?P<words>(?:\s+[\p{L}\p{M}'’-]+){1,9}?)\s*(?:[,.;:)–—]|$)", regex.IGNORECASE)
"""After the last share: its words (a reason may be long: "for using a phone at the wheel"), then the end."""


def bare_values(total: Located, parts: Sequence[Located]) -> bool:
    """Numbers with no word of their own right after a count and a comma: "She has 3 children, 12, 9 and 4"
    gives their ages, "3 offers, 12, 9 and 4 dollars" their values; such a list is no breakdown."""
    text = total.block.text
    first = parts[0].quantity
    if any(part.block is not total.block for part in parts) or first.start < total.quantity.end:
        return False
    if not BARE_LINK.fullmatch(text, total.quantity.phrase_end, first.start):
        return False
    return not any(WORD_AFTER.match(text, part.quantity.end) for part in parts)


def _part_words(words: str, whole: Quantity, linked: bool, listing: bool = False, single: bool = False) -> bool:
    """Whether the words after a part keep it a share of the total (see the module docstring); after a colon, dash
    or bracket a part led by a preposition is a share by place, day or state ("admitted: 10 in a critical
    condition and 14 stable", "intercepted – 30 on Monday and 22 on Tuesday")."""
    if (_NOT_PART_WORD.match(words) and not (listing and _PLACE_OR_STATE.match(words))) or COMPARISON.search(words):
        return False
    tokens = words.split()
    if not tokens or OF_WHOM.match(words) or NATIONALS.match(words):
        return True
    lowered = [token.lower() for token in tokens]
    if "by" in lowered:
        tokens = tokens[:lowered.index("by")]  # "25 headed by men and 18 by women": the agent, not what is counted
    plural = [singular(token.lower()) for token in tokens
              if _plural(token) or (single and token[0].islower() and known_noun(token.lower()))]  # "and one
    # civilian": a count of one names its noun in the singular ("7 home, 6 away": no nouns)
    if personal(whole.noun) or whole.event:
        if any(not personal(noun) for noun in plural):
            return False  # "12 soldiers hurt: 8 vehicles and 6 tents": another kind of thing
    if linked or not plural:
        return True
    total_noun = "person" if whole.noun in ("", "people") else whole.noun
    return all(includes(total_noun, noun) and noun != total_noun for noun in plural)


_AMONG_TAIL = LazyPattern(r"(?:\s+[\p{L}\p{M}'’-]+){0,3}?\s+(?:among|of)\s+them\b", regex.IGNORECASE)
"""A list closed by "among them" ("35 officers and 7 deckhands among them"): tied to the total like "including"."""
_LIST_OPENER = LazyPattern(r"\b(?:between|including|such\s+as|namely|comprising|among\s+them|of\s+whom|of\s+them"
                           r"|consisting\s+of|made\s+up\s+of|included|comprised)\s+$", regex.IGNORECASE)
"""Words after which a count opens a list rather than stating a total."""


def _peoples(text: str, whole: Quantity) -> bool:
    """Whether the count is of a people named with a capital ("10 Indians"): one people does not divide into
    others, so the counts after it are more items of the same list."""
    words = text[whole.end:whole.phrase_end].split()
    return bool(words) and words[-1][:1].isupper() and not ACRONYMS.fullmatch(words[-1])


def _plural(token: str) -> bool:
    """A lower-case word that reads as a plural noun ("tents", "soldiers"), not "was", "less" or "serious"."""
    word = token.lower()
    if not token[0].islower() or word in _NOT_PLURAL or word.endswith(("ss", "ous", "us", "is")):
        return word in ("people", "children", "men", "women", "police", "staff", "crew")
    return word.endswith("s") or word in ("people", "children", "men", "women", "police", "staff", "crew")
