"""A group divided by what became of it: outcomes, states, reasons, places and times.

"Twelve miners were trapped. Rescuers brought out 9 alive and 8 bodies", "A boat carrying 17 tourists
capsized. Four survived and 15 drowned", "Police arrested 19 fans. Nine have been released and 16 charged",
"The crash killed 16 people. Ten died at the scene and 11 in hospital", "Thirty were picked up in Porto and
eight in Braga": two or more bare counts coordinated in one clause (each the subject of its own verb, or the
object of one verb, the second perhaps with its verb left out) divide a group the copy has just counted. No
pointer ("of them") is needed: a bare count can only count what was counted before it. The group may also be
counted after the division ("..., out of 40 on board", "of the 28 miners trapped", "In all, 30 were
charged").

The structure finds the candidates; what keeps look-alikes out is structure and data too:

- each part is bare: no noun, or a word for an outcome in a noun's place ("9 alive", "8 bodies"); a part
  with its own noun of people may open the division ("Four passengers were pulled out and five are missing");
- a part with "others", "more", "another" or "a further" is another set, not a share of this one;
- the total counts people (or has an event and no noun), and what may become of it is data
  (quantities.toml ``[outcomes]``): the dead divide by where or why they died, not into the hurt;
- another place, time, incident or running total in the parts' sentence (othersets.py) is another set.

A division claims no completeness of its own: only parts above the total contradict it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

import regex

from wirelint.checks.last_results import PerText
from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import known_noun, personal, table, wording
from wirelint.numbers.events import event_after, incidents, within
from wirelint.numbers.links import BROUGHT, ELLIPTIC, OF_THE, OF_THEM_AFTER, POINTER, SAID, STATED_NOUN, TOTALIZER
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import counted_noun
from wirelint.numbers.othersets import different_sets
from wirelint.numbers.parts import MORE_CLAUSE, SUBJECT, is_part, later_stage, names_noun
from wirelint.numbers.predicates import doing, one_property, overlapping_kinds, two_questions
from wirelint.numbers.quantity import Kind, Quantity

JOIN = LazyPattern(
    r"(?P<tail>[^\d.;:!?()–—]{0,70}?)(?P<join>\s*,\s*and|\s+and|\s*,?\s+(?:while|whereas|but)|\s*;\s*(?:and\s+)?"
    r"|\s*,)"
    r"(?P<lead>(?:\s+(?!(?:others?|more|another|further|additional|other|also|the|a|an|their|its|his|her|some|and"
    r"|while|but|whereas|of|out|from|to|in|at|on|for|with|by|than|against|up|down|over|under|about|around|some"
    r"|nearly|almost|just|only|least)\b)[\p{Ll}\p{M}-]+){0,2}?)(?P<rest>\s+the\s+(?:other|remaining|rest\s*[,–—-]|remainder\s*[,–—-]))?"
    r"\s+$",
    regex.IGNORECASE,
)
"""Between two parts: the first part's own words, then "and", "while", a semicolon or a comma (not as the last
join: "A were hurt, B treated and C unhurt"), then at most a verb ("and recovered 8 bodies")."""
OTHERS = LazyPattern(r"\b(?:another|a\s+further|an\s+additional|(?<!\bthe\s)other|others|more"
                     r"|(?:all|everyone|everybody)\s+(?:but|except))\W*$", regex.IGNORECASE)
"""A part that adds more of them ("another 5 ..."), not a share of the group, or that is the rest of it ("All but 12
survived, and 140 walked away unhurt": the 140 are some of the survivors)."""
OF_HEAD = LazyPattern(r"(?:\s+(?!(?:with|from|than|against|versus|to|compared)\b)[\p{Ll}\p{M}-]+){0,4}?\s*,?\s*"
                      r"(?:out\s+of|of|from|among)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:total|crew|group|party|team"
                      r"|complement|contingent|batch|convoy)\s+of\s+)?(?:an\s+estimated\s+|some\s+)?$",
                      regex.IGNORECASE)
""""..., out of 40 thought to be on board", "... of the 28 miners trapped", "from a crew of 16", "out of a total of
40": the group named after its division (a word for a group of people before "of" is still the group)."""
ELIDED = LazyPattern(
    r"\s+(?:(?:later|afterwards|subsequently|since|then|still|now|mostly|mainly)\s+)?(?:in|at|on|from|near|after"
    r"|for|to|with|by|during|before|under|over|across|inside|outside|aboard|along|around|beside)\b|\s*(?:[,.;:)]|$)",
    regex.IGNORECASE,
)
"""What follows a part with its verb left out: a place, time, reason or manner ("and 11 later in hospital", "and
7 for betting"), or the end of the clause."""
OPENING = LazyPattern(
    r"(?!\W*(?:in|at|on|from|by|for|with|against|compared|than|up|down|across|outside|over|after|before)\b)"
    r"[^\d]{0,60}?(?<!\b(?:from|with|against|than|versus|vs|to|of|at|by|in|on|for|over|under|about|around|between"
    r"|among|into|were|was|is|are|be|been|being|totalled|totaled|numbered|compared|stood)\s+)"
    r"(?<!\b(?:in|of|for|at|on|the|and)\s+[\p{Ll}]+s\s+)$",
    regex.IGNORECASE,
)
"""What may stand before the first part in its clause: nothing, or a subject and verb ("Rescuers brought out").
Not a clause that opens with a place or a comparison ("in Wales 59,000", "up from 1.61 mln"), nor a count after a
preposition or a copula ("against 6,000 awarded", "Exports were 6.38 billion"): values compared, not a group
divided; nor a number after a plural noun, which labels it ("in years one and two")."""
LINK_BEFORE = LazyPattern(r"(?:[:–—(]|\s-|\b(?:including|among\s+them|of\s+whom|of\s+them|such\s+as|namely"
                          r"|comprising|with))\s*$", regex.IGNORECASE)
"""A list tied to a count by a colon, a dash or a link word ("made 67 arrests – 35 for looting and 15 for arson"):
totals.py reads it, with what its link claims."""


@cache
def _outcomes() -> dict[str, frozenset[str]]:
    """What may become of a group counted by each event (quantities.toml [outcomes])."""
    data = table()["outcomes"]
    return {event: frozenset(events) for event, events in data.items() if event != "nouns"}


@cache
def _outcome_nouns() -> frozenset[str]:
    return frozenset(table()["outcomes"]["nouns"])


def divisions(blocks: Sequence[Block], taken: set[Quantity], items: set[Quantity]
              ) -> Iterator[tuple[Located | None, list[Located], bool]]:
    """Every division of a group by outcome in ``blocks`` with the count of the group and whether the division
    is all of it; its parts not in ``taken`` (parts another reading already paired), its group none of ``items``
    (the items of a list: "carrying 120 passengers and six crew" is no one count of them). Counts parallel to the group
    ("10 were killed in the north. 15 died in the south and 3 in the west") come with no total: they are no parts
    of it."""
    for position, block in enumerate(blocks):
        for parts in _coordinated(block):
            if any(part.quantity in taken for part in parts) or any(_kind_stated(part) for part in parts):
                continue  # "12 were miners and 19 rescuers": kinds (totals.py); a pointed list totals.py paired
                # ("They were ...") is taken, and one it could not read ("Of these, 5 died at the scene and 9 in
                # hospital": the second verb left out) is a division of the count before, like any other
            if ((all(part.quantity.noun for part in parts) or any(doing(part) for part in parts)) and not one_property(
                    parts)) or overlapping_kinds(parts) or two_questions(parts):
                continue  # "31 miners were rescued and 14 miners were treated for burns", "Five were speeding and
                # five had no insurance": two questions, which may overlap
            total = _total_after(blocks, position, parts) or _total_before(blocks, position, parts, items)
            if total is None:
                continue
            if elsewhere(total, parts):
                yield None, parts, False  # parallel counts: no total, and no part of one either
            else:
                last = parts[-1].quantity
                rest = THE_REST.search(parts[-1].block.text, max(0, last.start - 16), last.start)
                yield total, parts, (_one_each(total, parts) or bool(SUMMED_UP.search(parts[0].sentence_text))
                                     or rest is not None)


THE_REST = LazyPattern(lambda: rf"\bthe\s+(?:{wording('rest')}|{wording('rest-marked')}\s*[,–—-]?)\s*$",
                       regex.IGNORECASE)
"""A last part that is the rest of the group ("14 were freed and the other 11 charged"): the division is all of it."""


def closed(parts: Sequence[Located]) -> bool:
    """"31 of them were tenants and the other 4 were builders": a last part that is the rest of the total closes
    any list of one sentence, so the parts are all of it and none overlaps another, even after "of them"."""
    last = parts[-1]
    if len(parts) < 2 or parts[0].block is not last.block or parts[0].sentence != last.sentence:
        return False
    return THE_REST.search(last.block.text, parts[-2].quantity.end, last.quantity.start) is not None
ITEM_GAP = LazyPattern(r"(?:(?<!\b(?:of|among)\s+(?:those|these|them))\s*,|\band|\bor|\bthen)\s*$", regex.IGNORECASE)
"""A count right before the division, joined by a bare comma or "and", is its first item, not the group: "arrested
2 people on Monday, 5 on Tuesday and 3 on Wednesday"; not a pointer's comma ("trapped 47 miners; of those, 29 ...")."""
SUMMED_UP = LazyPattern(r"\b(?:in\s+total|in\s+all|altogether|all\s+told|between\s+them)\b", regex.IGNORECASE)
"""A division that says it is all of the group ("Altogether 9 were freed and 11 charged"); "the rest are still
held" says there are more."""
ORDINALS = ("first", "second", "third", "fourth", "fifth")
"""The places of a group shared out one part each: "6 were in the first car and 19 in the second"."""


def _one_each(total: Located, parts: list[Located]) -> bool:
    """Whether the group is shared out among places the total's sentence counts, one part each ("23 people were
    in the two cars. Six were in the first and 19 in the second"): then the parts are all of it."""
    count = len(parts)
    if count > len(ORDINALS):
        return False
    places = [loc for loc in figures(total.block) if loc.sentence == total.sentence and loc is not total
              and loc.quantity.value.is_point and loc.quantity.value.low == count
              and (loc.quantity.definite or BOTH.search(loc.block.text, max(0, loc.quantity.start - 6),
                                                        loc.quantity.start))]
    said = parts[0].sentence_text.lower()
    return bool(places) and all(regex.search(rf"\b{word}\b", said) for word in ORDINALS[:count])


BOTH = LazyPattern(r"\bboth\s+$", regex.IGNORECASE)


def _kind_stated(part: Located) -> bool:
    """A part that names a kind of person after its verb ("12 were miners"): a division by kind, not outcome."""
    stated = STATED_NOUN.match(part.block.text, part.quantity.end)
    if stated is None or event_after(part.block.text, part.quantity.end):
        return False  # "14 were wounded": an outcome, though "the wounded" are people
    noun = counted_noun(part.block.text, stated.end())[0]
    return known_noun(noun) and personal(noun)  # not "were sent home"


def _bare(located: Located, opening: bool, first: Located | None = None) -> bool:
    """A part that counts the group itself: no noun, a word for an outcome, or people, opening the division or
    named again as the first part named them ("31 pupils passed and 14 pupils failed")."""
    noun = located.quantity.noun
    if not noun or noun in _outcome_nouns():
        return True
    if (opening and personal(noun)) or (first is not None and first.quantity.noun == noun):
        return True
    written = located.block.text[located.quantity.end:located.quantity.phrase_end].strip().lower()
    # "22 recovered", "10 spent the night", "16 came ashore": a word after a plural count that is no plural noun;
    # "4 returned home": a verb and its object, not a noun with a participle before it
    return located.quantity.value.low > 1 and not written.endswith("s") and (
        not known_noun(noun) or any(word.endswith("ed") for word in located.quantity.modifiers[:1]))


_RUNS: PerText[tuple[tuple[Quantity, ...], tuple[tuple[int, ...], ...]]] = PerText()
"""Each paragraph's runs as places among its figures, with the figures they were found among, by its text."""


def _coordinated(block: Block) -> list[list[Located]]:
    """Runs of two or more bare counts coordinated in one sentence.

    A function of the block's text (its figures, sentences and quotes all are): where the runs are among its
    figures is remembered by the text, so that an editor's re-lint does not read again the counts of every
    unchanged paragraph, which WL402 and WL403 both ask about on every edit."""
    placed = figures(block)
    if not placed:
        return []
    quantities = tuple(located.quantity for located in placed)

    def places() -> tuple[tuple[Quantity, ...], tuple[tuple[int, ...], ...]]:
        number = {id(located): index for index, located in enumerate(placed)}
        return quantities, tuple(tuple(number[id(part)] for part in run) for run in _runs(block, placed))

    known, runs = _RUNS.get(block.text, places)
    if known != quantities:  # not the figures of the text's own extraction: found here, not remembered
        runs = places()[1]
    return [[placed[index] for index in run] for run in runs]


def _runs(block: Block, placed: list[Located]) -> Iterator[list[Located]]:
    """The runs of :func:`_coordinated`, read from the block."""
    text = block.text
    run: list[Located] = []
    head: Located | None = None  # the count right before the run in its sentence: the group it may divide
    comma = False
    for index, located in enumerate(placed):
        quantity = located.quantity
        previous = placed[index - 1] if index else None
        usable = (quantity.kind is Kind.COUNT and is_part(quantity) and not located.quoted
                  and not OTHERS.search(text, max(0, quantity.start - 20), quantity.start)
                  and not MORE_CLAUSE.match(text, quantity.end))
        join = (JOIN.fullmatch(text, previous.quantity.end, quantity.start)
                if usable and run and previous is run[-1] and previous.sentence == located.sentence else None)
        if join is not None and SAYING.search(join.group("lead")):
            join = None  # "...; officials said 7 had been in the building": what a source says, no further part
        if (join is not None and len(run) == 1 and ";" in join.group("join")
                and not SUBJECT.match(text, previous.quantity.phrase_end)):
            join = None  # "entered 40 pupils for the test; 31 passed and ...": an object, then the group divided
        if join is not None and ";" in join.group("join") and PRESENCE.match(text, quantity.end):
            join = None  # "14 trainees qualified and 20 dropped out; 30 trainees had started": the group after it
        if join is not None and (_bare(located, False, run[0]) or _names_the_group(head, located)):
            if later_stage(text, quantity, run[0].quantity):
                run = []  # "Twenty passed and 15 went on to university": a later stage of the first, not a share
                continue
            run.append(located)
            comma = join.group("join").strip() == ","
            continue
        if len(run) >= 2 and not comma and (kept := _headless(text, run)):
            yield kept
        run = [located] if usable and (_bare(located, True) or _repeats(previous, located)
                                       or _named_alike(placed, index)) and _opens(block, located) else []
        head = previous if run and previous is not None and previous.sentence == located.sentence else None
    if len(run) >= 2 and not comma and (kept := _headless(text, run)):
        yield kept


def _names_the_group(head: Located | None, located: Located) -> bool:
    """"inspected 33 takeaways; 25 passed and 13 takeaways were shut down": a later part that names the noun of the
    group counted right before the division, after a semicolon or colon, is a share of it too."""
    if head is None or not head.quantity.noun or head.quantity.noun != located.quantity.noun:
        return False
    text = located.block.text
    return (any(mark in text[head.quantity.phrase_end:located.quantity.start] for mark in ";:")
            and SUBJECT.match(text, located.quantity.phrase_end) is not None)


def _named_alike(placed: list[Located], index: int) -> bool:
    """"Five dogs were rehomed within a week and 15 dogs were put down": counts that each name one noun, each the
    subject of its own verb, open a division of a group of that noun (which _total_before must find)."""
    located = placed[index]
    if index + 1 >= len(placed) or not located.quantity.noun:
        return False
    following = placed[index + 1]
    text = located.block.text
    return (following.sentence == located.sentence and following.quantity.noun == located.quantity.noun
            and SUBJECT.match(text, located.quantity.phrase_end) is not None
            and (SUBJECT.match(text, following.quantity.phrase_end) is not None
                 or ELIDED.match(text, following.quantity.phrase_end) is not None))  # "... and 28 pylons along
    # the coast": the second with its verb left out


def _repeats(previous: Located | None, located: Located, subject: bool = True) -> bool:
    """A part that names again what the count before it in its sentence counted ("flew 40 orphans to Rome; 31
    orphans were adopted, ...", "seized 40 cars; 31 cars were returned"): after a semicolon or colon, the subject
    of its own verb is a share of that count, whatever it counts (not "revisions totalling 404 billion cubic feet,
    while it discovered 568 billion cubic feet": objects of other verbs)."""
    if previous is None or previous.sentence != located.sentence or previous.block is not located.block:
        return False
    text = located.block.text
    return (bool(located.quantity.noun) and previous.quantity.noun == located.quantity.noun
            and any(mark in text[previous.quantity.phrase_end:located.quantity.start] for mark in ";:")
            and (not subject or SUBJECT.match(text, located.quantity.phrase_end) is not None))


def _headless(text: str, run: list[Located]) -> list[Located]:
    """"Forty workers were trapped; 31 workers were rescued and 14 died": a count that names its noun, then a
    semicolon and a division of it into two or more outcomes it may have, is the group, not the first part."""
    first, second = run[0].quantity, run[1].quantity
    if (len(run) >= 3 and first.noun and ";" in text[first.phrase_end:second.start]
            and may_become(first.event, _events(run[1:]))):
        parts = run[1:]  # and a later stage of the first part is no share ("31 fans were arrested and 20 fans were
        # later charged"), as in any division
        later = any(later_stage(text, part.quantity, second) for part in parts[1:])
        return [] if later else parts
    return run


def _opens(block: Block, located: Located) -> bool:
    """The first part opens its clause or is the first count after a short subject and verb."""
    start = block.sentences[located.sentence][0]
    clause = max(start, block.text.rfind(";", start, located.quantity.start) + 1,
                 block.text.rfind(",", start, located.quantity.start) + 1)
    if SUBJECT.match(block.text, located.quantity.phrase_end):  # "interviewed 40 witnesses: 31 witnesses backed ...,
        clause = max(clause, block.text.rfind(":", start, located.quantity.start) + 1)  # while 14 disputed it"
    return (OPENING.fullmatch(block.text, clause, located.quantity.start) is not None
            and not LINK_BEFORE.search(block.text, clause, located.quantity.start))


def _events(parts: list[Located]) -> list[str]:
    """Each part's event; a part with its verb left out ("and 11 in hospital") has the event of the one before."""
    events: list[str] = []
    for index, part in enumerate(parts):
        text, quantity = part.block.text, part.quantity
        join = JOIN.fullmatch(text, parts[index - 1].quantity.end, quantity.start) if index else None
        own_verb = bool(join and join.group("lead").strip())  # "killed 40 and wounded 60": a verb of its own
        elided = events and not quantity.noun and not own_verb and ELIDED.match(text, quantity.end)
        events.append(events[-1] if elided else quantity.event)
    return events


SCENE = LazyPattern(r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?[\p{Ll}]+\s+"
                   r"(?P<where>(?:in|at|on)\s+(?:the\s+)?[\p{L}\p{M}-]+)(?=\s*(?:[,.;]|$|and\b))", regex.IGNORECASE)
"""Where or when the group's event happened, right after its verb: "Ten people were killed in the north", "...
on Monday", "... in Kabul"."""
PLACED = LazyPattern(r"\b(?:in|at|on)\s+(?:the\s+)?[\p{L}\p{M}-]+(?=\s*(?:[,.;]|$|and\b))", regex.IGNORECASE)
WHEN = LazyPattern(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July"
                   r"|August|September|October|November|December)|(?:19|20)\d\d"
                   r"|(?i:(?:last|this|next)\s+(?:week|weekend|month|year|season|night|summer|winter|spring|autumn)))\b")
"""A day, month, year or period named in a clause: two lists dated differently count different sets."""
WHERE_THEY_WERE = LazyPattern(r"\b(?:in|at|on)\s+(?:the\s+)?(?:hospital|scene|spot|site|way|custody)\b",
                              regex.IGNORECASE)
"""Where the members of a group were when it happened to them ("at the scene", "in hospital", "in custody"): a
share of the group, wherever the group's event took place."""


def elsewhere(total: Located, parts: list[Located]) -> bool:
    """"Ten people were killed in the north. Fifteen died in the south and three in the west", "Three were killed
    on Monday. 21 died on Tuesday and 17 on Wednesday": parts placed or dated the way the total is, but elsewhere or
    on other days, are parallel counts, not shares of it; so are counts of the same event (or of none) dated
    otherwise ("sold 40 aircraft last year; 31 aircraft were sold this year and ...")."""
    text = total.block.text
    first, end = parts[0].quantity.start, parts[-1].block.sentences[parts[-1].sentence][1]
    spans = ((total.quantity.phrase_end, first), (first, end))
    if total.quantity.start > first:  # the group after its division: "...; last year the school entered 40 pupils"
        spans = ((parts[-1].quantity.phrase_end, total.block.sentences[total.sentence][1]),
                 (parts[0].block.sentences[parts[0].sentence][0], parts[-1].quantity.phrase_end))
    days = [{" ".join(day.lower().split()) for day in WHEN.findall(text, start, stop)} for start, stop in spans]
    same = all(not event or event == total.quantity.event for event in _events(parts))
    if total.block is parts[0].block and days[0] and days[1] and not days[0] & days[1] and same:
        return True  # "arrested 29 people on Friday; 26 were held in the north and 12 in the south on Saturday";
        # not "...; 31 were charged on Saturday and 20 freed on Sunday": what became of them later
    scene = SCENE.match(text, total.quantity.phrase_end)
    if scene is None:
        return False
    where = " ".join(scene.group("where").lower().split())
    if incidents(where):
        return False  # "were killed in the attack": the incident, not a place the parts could be elsewhere than
    text = parts[0].block.text
    for part in parts:
        stop = text.find(" and ", part.quantity.end)
        own = text[part.quantity.end:stop if stop >= 0 else part.block.sentences[part.sentence][1]]
        found = PLACED.search(own)
        if found is None or WHERE_THEY_WERE.match(found.group()):
            continue  # "at the scene", "in hospital": where some of the group were, a share of it
        place = " ".join(found.group().lower().split())
        if place.split()[0] == where.split()[0] and place != where:
            return True
    return False


def may_become(total: str, events: list[str]) -> bool:
    """Whether a group counted by ``total`` may divide into parts with ``events``."""
    if not total:
        return True
    allowed = _outcomes().get(total, frozenset({total}))
    return all(not event or event == total or event in allowed or within(event, total) for event in events)


def _group(located: Located) -> bool:
    """A count of a group of people: exact enough to add up, not itself a list's part."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or quantity.vague:
        return False
    if quantity.noun:
        return personal(quantity.noun)
    return bool(quantity.event)


VERB = LazyPattern(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?P<verb>[\p{Ll}]+(?:ed|en|t))\b",
                   regex.IGNORECASE)


def _same_verb(total: Located, first: Located) -> bool:
    """"Fourteen jockeys were banned last year. Nine were banned for doping and ...": the division repeats the
    group's own verb, so it divides that group whatever its noun."""
    quantity = total.quantity
    if quantity.kind is not Kind.COUNT or quantity.vague or (quantity.noun and not personal(quantity.noun)
                                                             and known_noun(quantity.noun)):
        return False
    said, again = VERB.match(total.block.text, quantity.phrase_end), VERB.match(first.block.text, first.quantity.end)
    return bool(said and again and said.group("verb").lower() == again.group("verb").lower())


def _named_before(located: Located, first: Located) -> bool:
    """"The shelter took in 18 dogs. // Five dogs were rehomed ... and 15 dogs were put down": a count of the noun
    the division names, in the sentence right before it (the group's own noun, whatever it counts)."""
    quantity = located.quantity
    if not quantity.noun or quantity.noun != first.quantity.noun or quantity.vague or quantity.kind is not Kind.COUNT:
        return False
    if located.block is first.block:
        return located.sentence == first.sentence - 1
    return first.sentence == 0 and located.sentence == len(located.block.sentences) - 1


def _things_before(located: Located, parts: list[Located]) -> bool:
    """"A total of 92 cattle were culled. Fifty-five were on farms near Dumfries and 45 near Lockerbie": bare counts
    that open the sentence right after a count of things, naming nothing of their own, divide those things (as
    pointed.things_total reads a list in that place); so do bare counts that open the clause after a semicolon or
    colon in the count's own sentence ("Customs opened 74 parcels; 69 were cleared and 13 were held for checks")."""
    quantity, first = located.quantity, parts[0]
    if quantity.kind is not Kind.COUNT or quantity.vague or not quantity.noun or personal(quantity.noun):
        return False
    start = first.block.sentences[first.sentence][0]
    if located.block is first.block and located.sentence == first.sentence:  # "opened 74 parcels; 69 were cleared
        start = max(first.block.text.rfind(mark, 0, first.quantity.start) + 1 for mark in ";:")  # and 13 were held"
        if start <= located.quantity.end:
            return False
    if first.block.text[start:first.quantity.start].strip(" \"'‘“") or any(
            names_noun(part.block.text, part.quantity) for part in parts) or not one_property(parts):
        return False  # "Six lost their roofs and 15 had broken panes": two questions of one greenhouse
    if located.block is first.block:
        return located.sentence in (first.sentence - 1, first.sentence)
    return first.sentence == 0 and located.sentence == len(located.block.sentences) - 1


def _heads_list(located: Located, first: Located) -> bool:
    """A count its own sentence breaks down by a colon, a dash or a link word ("87 people were evacuated: 42 by boat
    and ..."): that list's total, not the group of a division further on (the division itself may follow the
    colon: "interviewed 40 witnesses: 31 witnesses backed ..., while 14 disputed it"); the rest set off by dashes
    ("and the rest - 43 - were picked up") is the division's last part, not such a list."""
    text, end = located.block.text, located.quantity.phrase_end
    return any(loc.sentence == located.sentence and loc.quantity.start > end and loc.quantity is not first.quantity
               and LINK_BEFORE.search(text, end, loc.quantity.start) is not None
               and THE_REST.search(text, max(end, loc.quantity.start - 16), loc.quantity.start) is None
               for loc in figures(located.block))


def _clause_before(located: Located, first: Located) -> bool:
    """Whether ``located`` stands in an earlier clause of the division's sentence, ended by a semicolon or colon."""
    return (located.block is first.block and located.sentence == first.sentence
            and any(mark in located.block.text[located.quantity.phrase_end:first.quantity.start] for mark in ";:"))


def _thing(quantity: Quantity) -> bool:
    """A count of things the hierarchy knows are not people ("2,000 patents", "12 cars")."""
    return bool(quantity.noun) and known_noun(quantity.noun) and not personal(quantity.noun)


def _total_after(blocks: Sequence[Block], position: int, parts: list[Located]) -> Located | None:
    """The group counted right after its division: "..., out of 40 on board"; "In all, 30 were charged"."""
    block, last = blocks[position], parts[-1]
    later = [loc for loc in figures(block) if loc.quantity.start >= last.quantity.phrase_end]
    if later and later[0].sentence == last.sentence:
        following = later[0]
        if ((OF_HEAD.match(block.text, last.quantity.phrase_end, following.quantity.start)
             or _present(block.text, last.quantity.phrase_end, following, LATER_CLAUSE)
             or BROUGHT.search(block.text, max(last.quantity.phrase_end, following.quantity.start - 60),
                               following.quantity.start))  # "..., bringing the number saved to 89"
                and following.quantity.kind is Kind.COUNT and not following.quantity.vague
                and not _thing(following.quantity)):
            return following
        if (following.quantity.kind is Kind.COUNT and not following.quantity.vague
                and _repeats(parts[0], following, subject=False)
                and may_become(following.quantity.event, _events(parts))):
            return following  # "31 pupils passed and 14 pupils failed; the school had entered 40 pupils"
        return None
    if later and later[0].sentence == last.sentence + 1:
        start = block.sentences[last.sentence + 1][0]
        summed = later[0].quantity
        if ((TOTALIZER.match(block.text, start) and may_become(summed.event, _events(parts)))
                or _present(block.text, start, later[0], SAID_OPENING)) and summed.kind is Kind.COUNT \
                and not summed.vague and not _thing(summed):
            return later[0]  # "That makes 37 accounted for", "The total was 18", "The firm said 40 were aboard"
    return None


SAYING = LazyPattern(r"\b(?:said|says|say|confirmed|added|reported|estimated|told)\s*$", regex.IGNORECASE)
LATER_CLAUSE = LazyPattern(r"[^;.!?\d]{0,80}?(?:;|,\s*(?:adding|and\s+said|saying))\s*(?:(?:[\p{L}\p{M}'’-]+\s+){1,4}?"
                           r"(?:said|says|confirmed|added|reported|estimated|believes?|thinks?)\s+(?:that\s+)?)?",
                           regex.IGNORECASE)
"""From a division to a count in a later clause that may say how many there were: "...; the operator said 40"."""
SAID_OPENING = LazyPattern(r"\W*(?:(?:[\p{L}\p{M}'’-]+\s+){1,4}?(?:said|says|confirmed|added|reported|estimated)\s+"
                           r"(?:that\s+)?)?", regex.IGNORECASE)
CARRIED = LazyPattern(r"[^;.!?\d]{0,80}?\b(?:said|says|adding|added|confirmed|told\s+[\p{L}\p{M}]+)\b[^;.!?\d]{0,40}?"
                      r"\b(?:carried|carrying|was\s+carrying|had\s+been\s+carrying|had\s+on\s+board|held|holding)"
                      r"\s+(?:(?:a\s+crew\s+of|an\s+estimated|some|about|around)\s+)?", regex.IGNORECASE)
"""A later clause that gives how many a vessel or vehicle held: "..., adding that the ship carried 12 sailors"."""
PRESENCE = LazyPattern(r"(?:\s+[\p{Ll}\p{M}-]+){0,2}?\s+(?:(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+"
                       r"(?:on|in|aboard|at|inside|on\s+board|travelling|taking\s+part|working|staying|living)"
                       r"|(?:had\s+|have\s+)?(?:set\s+out|set\s+off|embarked|took\s+part|taken\s+part|signed\s+up|turned\s+up|attended"
                       r"|boarded|enrolled|registered|started|begun|began))\b", regex.IGNORECASE)
"""A count that says how many were there or took part: "40 had been on the trip", "35 people were aboard", "18 had
set out", "18 climbers took part"."""


def _present(text: str, start: int, following: Located, opening: LazyPattern) -> bool:
    """Whether ``following`` opens a clause (perhaps after its source) that says how many were there, so it is the
    group a division before it divides: "7 were flown home and 22 stayed on; the operator said 24 had been on the
    trip"."""
    quantity = following.quantity
    if quantity.event:
        return False
    if opening.fullmatch(text, start, quantity.start) is not None and PRESENCE.match(text, quantity.end):
        return True
    return CARRIED.fullmatch(text, start, quantity.start) is not None


def _opens_on(first: Located) -> bool:
    """Whether a division that opens a paragraph may count the group of the paragraph before: its first count opens
    its sentence ("Twelve were later freed", "Of them, 9 ..."), follows a source ("Wardens said 30 trees were ...")
    or names no event; "The attack killed 38 people and wounded 118" tells of an event of its own, whatever the
    paragraph before counted ("Three suspects remain at large")."""
    text, start = first.block.text, first.block.sentences[first.sentence][0]
    return (not first.quantity.event or ELLIPTIC.fullmatch(text, start, first.quantity.start) is not None
            or POINTER.match(text, start) is not None or SAID.search(text, start, first.quantity.start) is not None)


def _total_before(blocks: Sequence[Block], position: int, parts: list[Located], items: set[Quantity]
                  ) -> Located | None:
    """The nearest count of a group before the division, in an earlier clause or the sentence before, whose
    group may become what the parts say."""
    block, first = blocks[position], parts[0]
    earlier = [loc for loc in figures(block) if loc.sentence == first.sentence
               and loc.quantity.end <= first.quantity.start]
    if first.sentence > 0:
        before = [loc for loc in figures(block) if loc.sentence == first.sentence - 1]
    elif position > 0 and blocks[position - 1].sentences:
        last = len(blocks[position - 1].sentences) - 1
        before = [loc for loc in figures(blocks[position - 1]) if loc.sentence == last] if _opens_on(first) else []
    else:
        before = []
    events = _events(parts)
    if any(loc.quantity.kind is Kind.COUNT and not _thing(loc.quantity) for loc in earlier):
        before = []  # "That brings arrivals this week to 40; 25 came from Turkey and 15 from Libya": a division after
        # a count of its own sentence is of that count or of none, never of one in the sentence before
    earlier = [loc for loc in earlier if not ITEM_GAP.search(block.text, loc.quantity.phrase_end, first.quantity.start)
               or OF_THE.search(block.text, max(0, loc.quantity.start - 12), loc.quantity.start)]  # "Of the 25 ...,"
    for located in [*reversed(earlier), *reversed(before)]:
        quantity = located.quantity
        if quantity in items or OF_THEM_AFTER.match(located.block.text, quantity.end) or _heads_list(located, first):
            continue  # an item of a list, a part itself ("four of them seriously"), or the total of a list
        if not (_group(located) or _same_verb(located, first) or _repeats(located, first)
                or _named_before(located, first) or any(_names_the_group(located, part) for part in parts[1:])
                or _things_before(located, parts)):
            continue
        if quantity.definite and not OF_THE.search(located.block.text, max(0, quantity.start - 12),
                                                   quantity.start) and not _clause_before(located, first):
            continue  # "the 40" refers back, unless its own clause heads the division ("The 40 candidates sat
            # the test; 31 passed and 14 failed")
        if not may_become(quantity.event, events):
            continue
        if located.sentence != first.sentence or located.block is not block:
            if different_sets(located, first):
                return None
        return located
    return None
