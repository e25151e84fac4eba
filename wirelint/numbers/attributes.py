"""Which attribute of its members a part describes, so parts that describe different attributes are not summed.

Only parts of one dimension add up to their total: sides, roles, ages, sexes, nationalities, places, outcomes. Wire
copy often gives two attributes of one total in a list that reads like a breakdown: "50 families, 32 of them headed
by women and 22 with small children", "57 staff, 25 of them women and 37 over the age of 50", "62 migrants; 24 are
Sudanese and 44 have work permits", "26 drivers, 11 of whom were speeding and 20 of whom had no licence". A family
headed by a woman may have small children, so the parts may overlap and their sum says nothing.

A part's attribute is read from the words right after its count (past "of them", "of whom" and a copula):

* ``having``: what they have, need or were given ("with babies", "without papers", "have work permits", "had no
  licence"; the verbs are quantities.toml [predicates] having);
* ``agent``: who heads, leads or runs them ("headed by women", "run by the council", and "by men" with its
  participle left out);
* ``age``: how old they are ("over the age of 50", "aged under 18", "in their sixties");
* ``doing``: what they were doing ("were speeding");
* ``people``: a people, a party or a faith, in a capital ("are Sudanese");
* ``kind``: a kind named by a plural noun ("women", "pensioners", "agency staff");
* ``state``: a compound adjective or a participle that names a state (quantities.toml [predicates] states:
  "council-owned", "part-time", "married");
* ``place`` and ``purpose``: where they are and whom or what they are for ("in single rooms", "for children").

Parts whose attributes differ, one of them being having, agent, age or doing, may overlap; so may a place beside a
purpose ("37 beds, 18 of them for children and 26 of them in single rooms") and a state beside a kind ("74 nurses, 64
of them part-time and 19 of them agency staff"). Two exceptions divide:
an age beside a kind that is itself an age ("17 under 18 and 30 adults"), and parts that answer one question of
quantities.toml [predicates.questions] ("17 were unharmed and 14 needed treatment").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import divisions_by_sex, divisions_of_people, members, wording
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import STOP_WORDS, is_plural, singular
from wirelint.numbers.predicates import CLAUSE, answer_one_question, having_words, said_after, states

_OPENING = LazyPattern(lambda: rf"\s*,?\s*(?:(?:of|among)\s+{wording('pointers')}\s+)?(?:(?:were|was|are|is)\s+)?"
                               rf"(?:{wording('opening-adverbs')}\s+)?", regex.IGNORECASE)
"""What may stand between a part's count and its description: a pointer and a copula ("32 of them headed by",
"11 of whom were speeding")."""
_AGENT = LazyPattern(r"(?:[\p{Ll}]+(?:ed|en|led|run)\s+)?by\s", regex.IGNORECASE)
_COPULA = LazyPattern(r"\b(?:were|was|are|is)\s*$", regex.IGNORECASE)
_AGE = LazyPattern(lambda: r"(?:aged\s+(?:\d|under|over|between|from)|(?:over|under|above|below|older\s+than"
                   rf"|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?:\d|{wording('age-numbers')}\b)"
                   r"|in\s+(?:their|his|her)\s+(?:early\s+|mid-?|late\s+)?"
                   rf"(?:{wording('decades')}|\d0s)\b)", regex.IGNORECASE)
"""How old the members are: "over the age of 50", "under 18", "under five", "aged between 5 and 11", "in their
sixties" (not "over the weekend")."""
_WITH = LazyPattern(r"(?:with|without)\s", regex.IGNORECASE)
_FROM = LazyPattern(r"from\s", regex.IGNORECASE)
_WORD = LazyPattern(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
_LEAD = LazyPattern(lambda: rf"(?:(?P<purpose>{wording('purpose')})|{wording('place')})\s", regex.IGNORECASE)
"""A part described by what it is for, or where it is ("18 for children", "26 in single rooms")."""
_KIND = LazyPattern(r"(?:[\p{Ll}][\p{L}\p{M}-]*\s+){0,2}(?P<head>[\p{Ll}][\p{L}\p{M}-]*)"
                    r"(?=\s*(?:[,;.)]|\band\b|\bwhile\b|$))", regex.IGNORECASE)
"""A kind named by a plural noun, with up to two words before it, ending the part's clause ("agency staff")."""
_APART = frozenset({"having", "agent", "age", "doing", "clause"})
"""Attributes that another attribute of the same members may overlap."""
_OTHER_PAIRS = ({"place", "purpose"}, {"state", "kind"})
"""Two more pairs of attributes of one member: where a bed is and whom it is for; a term of work and a role."""


def attribute(part: Located, shared: bool = False) -> str:
    """The attribute a part describes (see the module's doc); empty when its words say none of them. A noun
    ``shared`` by every part of the list is read by the phrase that qualifies it, if one does ("32 families headed by
    women", "22 families with small children", "25 players who play abroad"): the noun only repeats the total's."""
    text, quantity = part.block.text, part.quantity
    if quantity.noun:
        written = text[quantity.start:quantity.noun_end].split()[-1].lower()
        if not is_plural(written):
            return ""
        qualified = _qualified(text, quantity.noun_end) if shared else ""
        return qualified or f"kind {quantity.noun}"
    opening = _OPENING.match(text, quantity.end)
    start = opening.end() if opening else quantity.end
    copula = opening is not None and _COPULA.search(opening.group()) is not None
    if _AGE.match(text, start):
        return "age"
    if _WITH.match(text, start):
        return "having"
    if _AGENT.match(text, start) and not copula:
        return "agent"  # "32 headed by women"; not "three were checked by paramedics", what was done to them
    if (lead := _LEAD.match(text, start)) is not None:
        return "purpose" if lead.group("purpose") else "place"
    if _FROM.match(text, start):
        return "origin"  # "37 from the camps" beside "34 under five": where they come from beside an age
    word = _WORD.match(text, start)
    if word is None:
        return ""
    first = word.group()
    lowered = first.lower()
    if lowered in having_words():
        return "having"
    if lowered.endswith("ing") and len(lowered) > 4 and copula:
        return "doing"
    if first[0].isupper() and _ends_clause(text, word.end()):
        return "people"
    kind = _KIND.match(text, start)
    if kind is not None and is_plural(kind.group("head").lower()) and not any(
            word.lower() in STOP_WORDS or word.lower().endswith(("ed", "ing")) for word in kind.group().split()):
        return "kind " + singular(kind.group("head"))  # "agency staff"; not "referred to police"
    if ("-" in first or lowered in states()) and _ends_clause(text, word.end()):
        return "state"  # "council-owned", "part-time", "married"
    return ""


_QUALIFIER = LazyPattern(r"\s+(?:(?P<clause>who|that|which|whose)|(?P<with>with|without)|(?P<from>from)"
                         r"|(?P<agent>[\p{Ll}]+(?:ed|en|led|run)\s+by))\s", regex.IGNORECASE)
"""A phrase after a counted noun that says something of its members: a relative clause, "with", "from", or a
participle with its agent ("families headed by women")."""
_QUALIFIED = {"clause": "clause", "with": "having", "from": "origin", "agent": "agent"}


def _qualified(text: str, position: int) -> str:
    """The attribute a phrase right after a counted noun describes; empty when none follows."""
    found = _QUALIFIER.match(text, position)
    return _QUALIFIED[found.lastgroup] if found is not None and found.lastgroup else ""


def _ends_clause(text: str, position: int) -> bool:
    clause = CLAUSE.match(text, position)
    return clause is not None and not clause.group().strip()


def attributes_apart(parts: Sequence[Located]) -> bool:
    """Whether the parts describe different attributes of their members, one of them what they have, who heads them,
    how old or what they were doing: the parts may overlap (see the module's doc)."""
    if _origin_beside_member(parts):
        return True
    shared = len({part.quantity.noun for part in parts}) == 1 and bool(parts[0].quantity.noun)
    read = [attribute(part, shared) for part in parts]
    if len(read) < 2 or not all(read):
        return False
    classes = {found.split()[0] for found in read}
    if len(classes) < 2 or not (classes & _APART or classes in _OTHER_PAIRS):
        return False
    if _elided(parts):
        return False  # "Six men were charged with looting and eight with arson": the verb left out, one question
    ages = divisions_of_people() - divisions_by_sex()
    if classes == {"age", "kind"} and all(found.split()[-1] in ages for found in read if found.startswith("kind")):
        return False  # "17 under 18 and 30 adults": ages, one dimension
    return not answer_one_question([said_after(part) for part in parts])


def _origin_beside_member(parts: Sequence[Located]) -> bool:
    """Whether a part names a noun qualified by a proper adjective (where its members come from: "11 Parisian
    players", "20 Syrian soldiers") beside a part naming a kind the hierarchy puts under that noun (a position or a
    rank: "14 defenders", "5 officers"): two questions, so the parts may overlap."""
    proper = {part.quantity.noun for part in parts if part.quantity.noun and any(
        word[:1].isupper() for word in part.block.text[part.quantity.end:part.quantity.noun_end].split()[:-1])}
    return any(part.quantity.noun != noun and part.quantity.noun in members(noun) for noun in proper for part in parts)


def _elided(parts: Sequence[Located]) -> bool:
    """Whether a later part opens with a word the part before says after its own count: its verb left out ("eight
    with arson" after "were charged with looting", "18 by women" after "headed by men")."""
    for before, part in pairwise(parts):
        said = _words_after(part)
        if said and said[0] in _words_after(before)[1:]:
            return True
    return False


_AFTER = LazyPattern(r"[^,;.:!?()]*?(?=[,;.:!?()]|\s(?:and|or|but|while|whereas)\b|$)", regex.IGNORECASE)


def _words_after(part: Located) -> list[str]:
    """A part's words after its count (and noun), to the end of its clause, lower case."""
    found = _AFTER.match(part.block.text, part.quantity.phrase_end)
    return found.group().lower().split() if found else []
