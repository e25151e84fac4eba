"""How copy ties a list of counts to its total: the words and marks between them.

A pointer back ("They included", "Of the injured"), a link right after the
total ("including", "of whom", a colon or a dash), a verb of composition
("comprising", "made up of"), a total named after its list ("among the 45
killed", "bringing the toll to 63", "40 people in all"), and the words
that make a list another set ("In another attack"). The reading that uses
them is in wirelint/numbers/totals.py; one concept here: the links.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import wording

_DONE = r"(?:hurt|killed|injured|wounded|detained|arrested|held|rescued|evacuated|missing|dead|affected|treated)"
_GROUP = r"(?:dead|slain|missing|deceased|elderly|[\p{Ll}\p{M}-]+(?:ed|en|s))"
"""People named as a group by what happened to them or what they are: "the dead", "the slain", "the displaced",
"the victims", "the hostages", "the evacuees"."""
def _figure() -> str:
    """A figure named back: "that toll", "the count", "those figures" (quantities.toml [wording] figure-nouns)."""
    return r"(?:the|that|this|these|those)\s+(?:" + wording("figure-nouns") + r")"


POINTER = LazyPattern(
    lambda: r"\W*(?:also\s*,?\s+)?(?:[^.,;:!?]{0,40}?\b(?:said|says|added|reported|told\s+\w+)\s+(?:that\s+)?)?"
    r"(?:(?P<label>(?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?(?=\s*:)"
    r"|(?:broken\s+down|in\s+detail|by\s+(?:nationality|sex|gender|age|region|province|place|cause))(?=\s*,))"
    r"|(?:they|these|those|this|their\s+(?:number|ranks)|the\s+" + _GROUP + r")(?:\s+\w+){0,2}?\s+"
    r"(?:included|include|includes"
    r"|comprised|comprise|consisted\s+of|consist\s+of|numbered|were|are|was)"
    r"|(?:they|these|those|it|the\s+(?:death\s+)?(?:toll|figure|total|number|dead|" + _GROUP + r")|" + _figure()
    + r")(?:\s+(?:was|were|is|are|has\s+been|have\s+been))?\s+(?:" + composition() + "|" + wording("figure-verbs")
    + r")|" + _figure() + r"\s+(?:included|include|includes)"
    r"|(?:they|these|those|the\s+" + _GROUP + r")(?:\s+[\p{Ll}]+(?:ed|en))?(?=\s*(?:[–—(]|-\s))"
    r"|(?:the|a)\s+(?:[\p{L}\p{M}-]+\s+)?(?:breakdown|group)(?:\s+[\p{L}\p{M}-]+){0,5}?\s+(?:showed|shows|gave|gives"
    r"|consisted\s+of|consists\s+of|comprised|was|were|included)"
    r"|[\w-]+\s+of\s+(?:them|those|these|the\s+" + _GROUP + r")(?:\s+" + _DONE + r")?"
    r"\s*(?:were|was|are|[–—(,]\s*(?=\w))"
    r"|(?:among|of)\s+(?:(?:that|this|the)\s+(?:number|figure|total)|those\s+" + _DONE
    + r"|them|those|these|whom|the\s+(?:dead|victims|injured|wounded"
    r"|casualties|fatalities)"
    r"|the\s+\w+\s+(?:killed|dead|injured|wounded|arrested|detained)))\b",
    regex.IGNORECASE,
)
"""How a sentence that breaks down the total of the one before starts: "They included", "Among them were", "Police
said they were", or a short label and a colon ("The breakdown: ...", which restates all of it). "The slain
included", "The displaced include": a group named by what happened to it points back like "the dead". As the
issue defines a complete list ("on both sides", "all", "a total of N:", a colon list), "They were A and B" claims
no more than "They included": parts above the total contradict it, parts below do not."""
SAID = LazyPattern(r"\b(?:said|says|told|added|reported)\b", regex.IGNORECASE)
POINTER_REACH = 25
"""How far after a pointer back its list may start ("Police said they were 20 adults ...")."""
POINTER_WHOLE = LazyPattern(lambda: rf"\b(?:comprised|comprise|consisted|consist|numbered|breakdown|{composition()}"
                                    rf"|{wording('figure-verbs')})\b", regex.IGNORECASE)
"""Pointers that give all of the total: what it was made of, its breakdown ("It breaks down as", "The toll was split
between")."""
RESTATED = LazyPattern(r"\s*(?:[–—(]|-\s)")
"""A pointer's list set off by a dash or bracket right after it ("Those rescued – 16 fishermen and 12 tourists –"):
the group restated, all of it."""
POINTER_BACK = 2
"""How many paragraphs back a pointer that names its group may reach ("Those evacuated comprised ..." after a
paragraph of background)."""
POINTER_PARTIAL = LazyPattern(r"\b(?:included|include|includes|among)\b", regex.IGNORECASE)
"""Pointers that give some of the total ("They included"), not all of it."""
ALL = LazyPattern(r"\ball\s+(?:the\s+)?$", regex.IGNORECASE)
""""all 30 people on board": a total that claims to be every one of them."""
COLON = LazyPattern(r":\s*(?:[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*,\s*)?$")
"""A colon list, its first item perhaps named before its count ("treated 36 people: men, 22; women, 14")."""
DASH = LazyPattern(r"\s[-–—]\s*$")
LINKED = LazyPattern(
    r"(?:\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:[\p{Ll}\p{M}-]+\s+)?[\p{Ll}\p{M}-]+"
    r"(?=\s*[,:]|\s+(?:in|at|on|off|near|from|during|across|outside|around)\s))?"
    r"(?:\s*,\s*(?:[\p{L}\p{M}'-]+\s+){1,4}?(?:said|says|reported|added|told\s+[\p{L}\p{M}]+)(?=\s*,))?"
    r"(?:\s+(?:in|at|on|off|near|from|during|across|outside|around)\s+(?:the\s+)?[\p{L}\p{M}-]+"
    r"(?:\s+(?:and\s+)?[\p{L}\p{M}-]+){0,3}?(?=\s*[,:–—]))?"
    r"\s*(?:(?:in\s+total|in\s+all|altogether)\s*)?(?:[:;–—(]|\s-|,)?\s*"
    r"(?:(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them|comprising|consisting\s+of|namely"
    r"|made\s+up\s+of|split\s+into|divided\s+into|broken\s+down\s+into)\s*:?\s*)?"
    r"(?:(?<=[:;]\s*)[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*,\s*"
    r"|(?<=\(\s*)[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*:\s*"
    r"|[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*\(\s*)?",
    regex.IGNORECASE,
)
"""What ties a list to a total right before it in one sentence: a colon or dash, "including", "of whom", after
at most the total's own verb ("were killed, including"), an attribution ("died, police said, including") and a
short place or time ("rescued 69 migrants off Kidal, two children and ...")."""
_OF_THEM = r"of\s+(?:them|whom)|(?:[\p{L}\p{M}-]+\s+){0,2}?among\s+them"
OF_THEM_AFTER = LazyPattern(rf"\s+(?:{_OF_THEM}|of\s+which)\b", regex.IGNORECASE)
""""36 people, 58 of them children": a part that says what it is part of (the one "of them" pattern of the number
rules and WL201; parts.py reads the people's forms only: :data:`OF_PEOPLE_AFTER`)."""
OF_PEOPLE_AFTER = LazyPattern(rf"\s+(?:{_OF_THEM})\b", regex.IGNORECASE)
""""36 people, 58 of them children", not "151 banks, 25 of which ...": after a count, the count before is the total,
not the first item of a list (parts.groups)."""
ELLIPTIC = LazyPattern(r"\s*(?:(?:it|he|she|they|the\s+[\p{Ll}]+)\s+(?:said|says|added|reported)\s+(?:that\s+)?)?"
                      r"[\"“‘']?\s*(?:(?:a\s+further|another|an\s+additional)\s+)?", regex.IGNORECASE)
"""What may open a clause before an elliptical subject: "Twenty were women and 3 were children" counts what the
count before it counted, also after its source ("It said 36 were soldiers and 37 were rebels")."""
OTHER = LazyPattern(
    r"\b(?:another|other|others|separate|separately|elsewhere|also|meanwhile|earlier|previous|previously"
    r"|last\s+(?:week|month|year)|more|further|additional)\b",
    regex.IGNORECASE,
)
"""Words that make a list of counts a different set from a total nearby ("In another attack, ...")."""
CUMULATIVE = LazyPattern(
    r"\b(?:so\s+far|to\s+date|this\s+(?:year|month|season)|since\s+(?:[\w-]+\s+){0,5}?(?:began|begun|started"
    r"|broke\s+out|erupted|start|beginning|outbreak|records|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:19|20)\d\d|last\s+(?:year|month))"
    r"|in\s+(?:recent|the\s+past|the\s+last)\s+"
    r"(?:\w+\s+)?(?:days|weeks|months|years)|over\s+the\s+(?:past|last)|cumulative|in\s+the\s+year)\b",
    regex.IGNORECASE,
)
"""Words that make a count a running total over a period ("Since the crisis began", "since March", "So far this
year"; not "since late Thursday", the window of one day's toll): its parts are no parts of one day's count."""


def composition() -> str:
    """The verbs that give what a whole is made of (quantities.toml [wording] composition): "comprising", "made up
    of", "breaks down as", "split between", "divided into"."""
    return wording("composition")


COMPOSED = LazyPattern(lambda: rf"\b(?:{composition()})\b", regex.IGNORECASE)
"""A list tied to its total by what the total is made of: all of it, like a colon list."""
INCLUDED = LazyPattern(
    lambda: r"\s*[,–—]?\s*(?:[\p{L}\p{M}-]+(?!,\s*(?:which|that|who)\b),?\s+(?:[–—]\s+)?){0,15}?"
    r"(?:(?:(?:were|was|are|is)\s+)?(?:" + composition() + r")"
    r"|(?:[\p{L}\p{M}-]+\s*,?\s*(?:who|which|that)\s+)?(?:included|include|includes)|were|was|are|numbered)"
    r"(?:\s+(?:[\p{L}\p{M}-]+\s+){0,3}?[\p{Lu}][\p{L}\p{M}-]+\s*\(|\s+)",
    regex.IGNORECASE,
)
"""A total and its list joined by a verb of inclusion: "Among the 45 dead were", "The 45 victims ... included"."""
_PHRASE_WORD = r"\s+(?!(?:and|or|but|while|which|who|that)\b)[\p{Ll}\p{M}-]+"
WITH = LazyPattern(rf"(?:{_PHRASE_WORD}){{0,6}}\s*,\s*with\s+$", regex.IGNORECASE)
""""36 people were killed, with 20 dying in Goma and 5 in Bor", "300 workers will lose their jobs, with 200 going at
the plant and a further 100 at head office": some of the total, by where or how, after the total's own verb
phrase."""
ACCOUNT = LazyPattern(r"\b(?:account(?:s|ed|ing)?\s+for|(?:made|make|makes|making)\s+up|constitut(?:e|es|ed|ing)"
                     r"|form(?:s|ed)?)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?$", regex.IGNORECASE)
""""Between them, women (36) and children (5) account for all 41 people detained", "made up the 48 people taken
hostage": a total after its list."""
BREAKDOWN_OF = LazyPattern(r"\bbreakdown\s+of\s+(?:the\s+)?$", regex.IGNORECASE)
""""A breakdown of the 41 deaths shows 22 were children and 19 adults": what follows is all of it."""
OF_TOTAL = LazyPattern(r"\s+of\s+(?:the|these|those)\s+", regex.IGNORECASE)
BRACKETED = LazyPattern(r",\s*[\p{Ll}][\p{L}\p{M}-]*(?:\s+[\p{Ll}][\p{L}\p{M}-]*)?\s*\(\s*$")
""""detained, men (17) and women (13)": each item a noun with its count in brackets."""
REST = LazyPattern(r"\bthe\s+(?:other|others|rest|remaining|remainder)\b", regex.IGNORECASE)
"""A last item that is the rest of the total: the list is all of it."""
PARTICIPLE = LazyPattern(r"(?:\s+[\p{L}\p{M}-]+){0,2}?\s*,\s*(?!(?:comprising|including|consisting|numbering|totall?ing"
                         r"|making|bringing|taking|leaving)\b)[\p{Ll}]+ing\s+(?:a\s+further\s+|another\s+)?",
                         regex.IGNORECASE)
""""arrested 79 suspects, charging 69 and releasing 27": what became of some of the total."""
BROUGHT = LazyPattern(r"\b(?:bringing|taking|raising|pushing|brought|took|raised|pushed)\s+(?:the\s+)?"
                      r"(?:[\p{L}\p{M}'’-]+\s+){0,2}?(?:toll|total|tally|number)\b[^.;]{0,40}\bto\s+$",
                      regex.IGNORECASE)
""""..., bringing the toll to 63": a total that counts the list in, and perhaps others given before."""
AMONG_THE = LazyPattern(r"\b(?:among\s+(?:the\s+|those\s+)?|out\s+of\s+(?:the\s+)?"
                        r"|(?:(?:out\s+of|for|with|making|in)\s+)?(?:a|the)\s+(?:total|toll)\s+of\s+)$",
                        regex.IGNORECASE)
"""A total named after its list: "were among the 45 killed", "35 out of the 30 people killed", "for a total of 42
dead", "were killed, a total of 40"."""
IN_ALL_AFTER = LazyPattern(r"(?:\s+[\p{L}\p{M}-]+)?\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b",
                           regex.IGNORECASE)
""""... died – 40 people in all": a total named after its list, and all of it."""
RELATIVE = LazyPattern(r"\b(?:which|that|who)\b(?![^,;]*\b(?:both|each)\s+sides?\b)", regex.IGNORECASE)
"""A total in a relative clause after its list ("..., which rescued 42"), unless it counts both sides."""
AMONG_AFTER = LazyPattern(
    r"\s+(?:(?:were|was|are|is)\s+(?:also\s+)?)?among\s+(?:them\b|(?:the|those)\s+(?:dead|victims|injured|wounded"
    r"|casualties|fatalities|deceased|killed|hurt|detained|arrested|held|missing|rescued|evacuated)\b)",
    regex.IGNORECASE,
)
""""12 soldiers were also among the dead", "Forty soldiers and eight rebels were among them", "a roll showed 12 guards
and 9 cooks among the dead" (the list named as some of a group): a part of a total given before."""
OF_HEAD = LazyPattern(r"\W*(?:of|among|out\s+of)\s+(?:the\s+|those\s+|these\s+)?", regex.IGNORECASE)
AND_BEFORE = LazyPattern(r"(?:\band\s+(?:the\s+(?:remaining|rest\s+of\s+the|other)\s+"
                        r"|(?!(?:another|a\s+further|an\s+additional)\b)(?:[\p{L}\p{M}-]+\s+){0,4})|;\s*)$",
                        regex.IGNORECASE)
""""19 of whom died and 29 ...", "20 were rescued and the remaining 25", "men accounted for 18 and women for 8",
"38 were children; 55 were elderly": a count coordinated with the one before."""
REMAINDER = LazyPattern(r"\bthe\s+(?:remaining|remainder|rest|other)\b", regex.IGNORECASE)
ALSO_FIRST = LazyPattern(r"\W*(?:also|a\s+further|another|an\s+additional|the\s+(?:remainder|rest|others))\b",
                         regex.IGNORECASE)
""""Also among the dead were ...", "A further 64 were soldiers", "The remainder – 27 – were children": a sentence
that adds its count to the parts of the sentence before."""
MAX_COORDINATED = 60
ADDED = LazyPattern(r"\W*(?:a\s+further|another|an\s+additional|also)\b", regex.IGNORECASE)
"""A sentence that adds parts to the ones before ("A further 64 were soldiers")."""
_SUMS = r"in\s+all|in\s+total|altogether|all\s+told|total(?:\s+[\p{L}\p{M}-]+)?\s*:\s*"
"""Words that sum up: "in all", "Total dead:"."""
TOTALIZER = LazyPattern(rf"\W*(?:{_SUMS}|overall|a\s+total\s+of"
                        r"|the\s+(?:overall\s+|final\s+)?total\s+(?:was|is|stood|stands|came|comes|reached|rose)"
                        r"|the\s+(?:(?:overall|total|final|official|full)\s+)?(?:death\s+)?toll\s+(?:now\s+)?"
                        r"(?:stands|stood|is|was|rose|reached|has\s+risen)"
                        r"|(?:that|this|which)\s+(?:makes|made|brings|brought|takes|took|puts|put)\b)\b",
                        regex.IGNORECASE)
""""12 soldiers were among those killed. In all, 40 people died": a total given right after its part."""
SUMMED = LazyPattern(rf"\W*(?:{_SUMS}|(?:that|this|which)\s+(?:makes|made)\b)", regex.IGNORECASE)
""""In total, rescuers saved 74 people", "Total dead: 79", "That makes 50": a sentence that sums the list before
it up, all of it ("That brings the toll to 63" counts the list in with others)."""
ALSO = LazyPattern(r"\s+(?:were|was|are|is)\s+also\s+among\b", regex.IGNORECASE)
"""A part that adds to the parts given before ("... were also among the dead")."""
PARTITIVE = LazyPattern(
    r"\s+of\s+(?:them|those|these|the\s+(?:dead|victims|injured|wounded|casualties|fatalities|bodies|deceased"
    r"|detainees|dead\s+and\s+injured))\b",
    regex.IGNORECASE,
)
""""identified 12 of the dead as soldiers": a count that is part of a total given before, wherever it stands."""
COMMA_AND = LazyPattern(r"\s*,\s*and\b", regex.IGNORECASE)
AND_END = LazyPattern(r"\b(?:and|or|but|while)\s*$", regex.IGNORECASE)
YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")
STATED_NOUN = LazyPattern(
    r"\s+(?:were|was|are|is|of\s+(?:them|whom|those|these|the\s+\w+)(?:\s+(?:were|was|are))?)\s+", regex.IGNORECASE
)
OF_THE = LazyPattern(r"\bof\s+(?:the|those|these)\s+$", regex.IGNORECASE)
""""of the 40 fighters killed, 12 were ...": a total named to be broken down, though it follows "the"."""
COPULA = LazyPattern(r"(?:\s+(?!(?:among|including|included|include|includes)\b)[\p{L}\p{M}-]+){0,12}?\s+"
                     r"(?:were|are)\s+",
                     regex.IGNORECASE)
"""From a definite total to its list by "were": "The 38 dead were 28 guides and 4 tourists" restates the group."""
THE_OPENING = LazyPattern(r"\W*(?:all\s+)?(?:the|these|those)\s+$", regex.IGNORECASE)
