"""WL4xx: figures that disagree with each other.

All three in-article checks compare figures as intervals (see
:mod:`wirelint.numbers`), and index figures by what they count, so an
article is read once and no rule compares every sentence with every other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from wirelint.document import Article, Block
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers import Interval, Kind, Quantity
from wirelint.numbers.axes import axes_apart
from wirelint.numbers.causes import causes_only
from wirelint.numbers.conditions import conditions_apart
from wirelint.numbers.data import people_per, personal
from wirelint.numbers.either import killed_or_injured
from wirelint.numbers.events import different_attacks, event_after, incidents
from wirelint.numbers.fitting import may_overlap, mixed_measures, written_noun
from wirelint.numbers.lede import headline_count, held, lede_count
from wirelint.numbers.links import ALL
from wirelint.numbers.located import Located, figures
from wirelint.numbers.othersets import SCOPE_PHRASE, narrower
from wirelint.numbers.outcomes import closed, divisions
from wirelint.numbers.parts import beyond_the_total, groups, overlapping, total
from wirelint.numbers.predicates import roles_beside_divisions
from wirelint.numbers.qualifiers import Bound, bound_of
from wirelint.numbers.restated import named_back
from wirelint.numbers.states import states_only
from wirelint.numbers.tallies import is_tally
from wirelint.numbers.totals import Pairing, lists, pairings
from wirelint.numbers.versions import changes, message
from wirelint.rule import Examples, Rule, RuleDocs, VersionRule

if TYPE_CHECKING:
    from wirelint.config import Settings

UPDATE = LazyPattern(
    r"\b(?:rose|risen|rising|climbed|increased|revised|updated|up\s+from|down\s+from|earlier|previously|initially"
    r"|initial|had\s+(?:said|reported|put)|bringing|brings|brought|compared\s+(?:with|to)|another|further"
    r"|additional|new\s+toll|latest|now|previous)\b",
    regex.IGNORECASE,
)
"""Words that signpost a figure as an update or a different set ("rose to", "up from", "another")."""
_ANCHOR = LazyPattern(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight"
    r"|(?:last|this|next)\s+(?:week|weekend|month|year)|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:19|20)\d\d)\b",
    regex.IGNORECASE,
)
"""Words that tie a figure to a time; two figures tied to different times are different facts."""
HEADLINE_ROUNDING = 0.1
"""A headline figure may round its body figure by at most this share of itself."""
MAX_GROUP = 8
"""A fact counted more often than this is a table or a tally, not one fact repeated."""


def phrase(block: Block, quantity: Quantity) -> str:
    """The figure with its counted noun, as written, on one line: "more than 50 fighters" (a fact box's "20" before
    a line "Civilians: 35" is not "20 Civilians")."""
    return " ".join(block.text[quantity.start:quantity.phrase_end].split("\n", 1)[0].split())


def describe(block: Block, quantity: Quantity) -> str:
    """A figure for a message: the words as written and what they mean."""
    meaning = " ".join(part for part in (str(quantity.value), quantity.event) if part)
    return f'"{phrase(block, quantity)}" ({meaning})'


@dataclass(frozen=True)
class _Sum:
    """The parts of a list added up, to stand as one body figure ("20 and 31" supports "51 killed")."""

    block: Block
    parts: tuple[Quantity, ...]

    @property
    def range(self) -> Interval:
        return total(self.parts)

    def describe(self) -> str:
        written = " + ".join(phrase(self.block, part) for part in self.parts)
        return f'"{written}" ({self.range})'


@dataclass(frozen=True)
class _Across(_Sum):
    """The article's first count of the killed and its first of the injured, in two paragraphs."""

    second: Block

    def describe(self) -> str:
        killed, injured = self.parts
        return f'"{phrase(self.block, killed)} + {phrase(self.second, injured)}" ({self.range})'


class HeadlineFigureUnsupported(Rule):
    code = "WL401"
    examples = Examples(
        match=(
            "12 killed in market attack\n\nMore than 50 people were killed in the attack on the market, police said.",
        ),
        no_match=(
            "Dozens killed in market attack\n\n"
            "More than 50 people were killed in the attack on the market, police said.",
        ),
    )
    name = "headline-figure-unsupported"
    severity = Severity.ERROR
    fields = ("headline", "standfirst")
    docs = RuleDocs(
        what="A count in the headline or standfirst (killed, injured, arrested, displaced, missing, a vague word "
        "counting a thing: \"Scores of homes flooded\", or things with a loss: \"Over 500 homes destroyed\", matched "
        "with the body's tallies of that thing) that no count of the same event or thing in the body "
        "allows, nor the sum of a list of them. Figures are compared as intervals, "
        "with the bounds of quantities.toml: \"more than 50\" is 51 to 99 (below the next round step), so "
        "\"Dozens killed\" fits it and \"Hundreds killed\" or \"12 killed\" do not; \"51 killed\" fits \"more "
        "than 50\", not \"more than 60\". A headline may round (\"$16bn\" for 16.6bn) and may state a bound's "
        "edge (\"50 killed\" for \"more than 50\"). When the body has no count of that event or thing, a vague "
        "headline count of people (\"Dozens missing\", \"Thousands join strike\") is compared with the lede's count "
        "when the first paragraph has exactly one, of people (\"searching for 5 people\", \"Some 350 workers walked "
        "out\"); otherwise nothing is reported. A body count may be named before its figure (\"the number of "
        "migrants evacuated ... stood at 45\") or have an aside before its verb (\"Six people, including two men, "
        "were injured\"). Under a headline count of people, a body count of households, homes or families is read "
        "as one to four people each (quantities.toml [people-per]): \"Thousands without water\" over \"450 households "
        "had no running water\" is unsupported, over 900 households it may be right.",
        why="The headline is what most readers take away. When the body was updated and the headline was not, or "
        "the headline rounded a figure the wrong way, the story contradicts itself where it shows most.",
        example="Dozen killed in clashes\n\nThe clashes have killed more than 50 fighters, a monitor said.",
        use_instead="Dozens killed in clashes\n\nThe clashes have killed more than 50 fighters, a monitor said.",
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for block, quantity, body in self.unsupported(article):
            yield self.finding(
                block, quantity.start, quantity.phrase_end,
                f"{block.field} figure {describe(block, quantity)} is not supported by the body, which has {body}",
            )

    def unsupported(self, article: Article) -> Iterator[tuple[Block, Quantity, str]]:
        """Headline and standfirst counts no body count of their event allows, with the body figure to quote."""
        by_event: dict[str, list[tuple[Block, Quantity] | _Sum]] = defaultdict(list)
        firsts: dict[str, tuple[Block, Quantity]] = {}
        for block in article.fields("body"):
            placed = [located.quantity for located in figures(block)]
            for quantity in placed:
                counted = (not quantity.definite or _every(block, quantity)) and not held(block.text, quantity)
                if quantity.kind is Kind.COUNT and counted and (key := _counted_as(quantity, headline=False)):
                    by_event[key].append((block, quantity))
                if quantity.kind is Kind.COUNT and counted and (key := _tally_of(block, quantity)):
                    by_event[key].append((block, quantity))
            for parts in groups(block.text, placed):
                if parts[0].event:
                    by_event[parts[0].event].append(_Sum(block, tuple(parts)))
                if parts[0].noun and not personal(parts[0].noun):
                    by_event[f"sum:{parts[0].noun}"].append(_Sum(block, tuple(parts)))
            if (tolls := _killed_and_injured(block, placed)) is not None:
                by_event[CASUALTIES].append(tolls)
            for quantity in placed:
                if quantity.kind is Kind.COUNT and quantity.event in ("killed", "injured"):
                    firsts.setdefault(quantity.event, (block, quantity))
        if len(firsts) == 2 and firsts["killed"][0] is not firsts["injured"][0]:
            # killed in one paragraph, wounded in the next: the article's first of each
            by_event[CASUALTIES].append(_Across(firsts["killed"][0], (firsts["killed"][1], firsts["injured"][1]),
                                                firsts["injured"][0]))
        for block in self.blocks(article):
            for located in figures(block):
                quantity = located.quantity
                key = _counted_as(quantity, headline=True) or _tally_of(block, quantity)
                candidates = by_event.get(key, []) if quantity.kind is Kind.COUNT and key else []
                if not candidates and quantity.kind is Kind.COUNT:
                    candidates = _things_instead(block, quantity, by_event)
                if candidates and quantity.kind is Kind.COUNT:
                    candidates = candidates + _same_things(quantity, candidates, by_event)
                if candidates and (quantity.noun == "casualty"
                                   or killed_or_injured(block.text, quantity.phrase_end)):
                    candidates = candidates + by_event[CASUALTIES]  # "40 casualties": the killed and the injured
                people = _counts_people(block, quantity)
                if candidates and not any(_as_headline(quantity).overlaps(_as_people(people, c).closed())
                                          for c in candidates):
                    first = candidates[0]
                    yield block, quantity, first.describe() if isinstance(first, _Sum) else describe(*first)
                elif not candidates and block.field == "headline":
                    yield from _against_lede(article, block, quantity)


CASUALTIES = "casualties"
"""The key of the body's killed and injured added up, which a headline count of casualties may stand for."""


def _killed_and_injured(block: Block, placed: list[Quantity]) -> _Sum | None:
    """A paragraph's first count of the killed and its first of the injured, added up ("The bombing killed 12
    people and wounded 28": 40 casualties)."""
    killed = next((found for found in placed if found.kind is Kind.COUNT and found.event == "killed"), None)
    injured = next((found for found in placed if found.kind is Kind.COUNT and found.event == "injured"), None)
    return _Sum(block, (killed, injured)) if killed is not None and injured is not None else None


def _against_lede(article: Article, block: Block, quantity: Quantity) -> Iterator[tuple[Block, Quantity, str]]:
    """A vague headline count of people with no body count of its event or noun, against the lede's one count
    of people ("Dozens missing" over "Rescuers were searching for 5 people"): see numbers/lede.py."""
    if headline_count(block) != quantity or (found := lede_count(article, quantity)) is None:
        return
    if not _as_headline(quantity).overlaps(found[1].range.closed()):
        yield block, quantity, describe(*found)


def _counted_as(quantity: Quantity, headline: bool) -> str:
    """What a count counts, for matching headline and body: its event ("killed"), or else its noun, for a
    vague headline word ("Scores of homes flooded", "Handful of cases") that a body count of the noun must
    allow. An exact headline count with no event is left alone: it often counts something else."""
    if quantity.event:
        return quantity.event
    return f"noun:{quantity.noun}" if quantity.noun and (quantity.vague or not headline) else ""


def _tally_of(block: Block, quantity: Quantity) -> str:
    """A count of things with a loss ("Nearly 1,000 homes flooded", "Over 500 homes destroyed"): a headline's is
    matched with the body's tallies of the same thing, not with every count of it ("The town has 2,000 homes");
    a loss to come counts too ("More than 500 jobs to go" over "would cut 404 jobs")."""
    if quantity.event or not quantity.noun or not is_tally(block.text, quantity, plans=True):
        return ""
    return f"tally:{quantity.noun}"


def _things_instead(block: Block, quantity: Quantity,
                    by_event: dict[str, list[tuple[Block, Quantity] | _Sum]]) -> list[tuple[Block, Quantity] | _Sum]:
    """The body's counts of the same things, for a headline count of things whose verb the body words otherwise
    ("Scores of sheep drowned" over "Farmers lost about 15 sheep", "Nearly 50 homes evacuated" over "Police
    evacuated 31 homes"): its tallies of that thing, or for a vague word any count of it."""
    if not quantity.event or not quantity.noun or personal(quantity.noun):
        return []
    if is_tally(block.text, quantity, plans=True) and (found := by_event.get(f"tally:{quantity.noun}")):
        return found
    return by_event.get(f"noun:{quantity.noun}", []) if quantity.vague else []


def _same_things(quantity: Quantity, candidates: list[tuple[Block, Quantity] | _Sum],
                 by_event: dict[str, list[tuple[Block, Quantity] | _Sum]]) -> list[tuple[Block, Quantity] | _Sum]:
    """Every other body figure a headline count of things may stand for: any count of the same things, a list of
    them added up ("31 homes in Mill Street and 17 in Church Lane"), and what befell them over the body added up
    ("Police evacuated 31 homes. Another 17 homes were evacuated"). A body count of the same things that fits
    supports the headline; counts of people are left to their events."""
    if not quantity.noun or personal(quantity.noun):
        return []
    noun = quantity.noun
    counts = by_event.get(f"noun:{noun}", []) + by_event.get(f"sum:{noun}", [])
    befell: dict[tuple[int, int], tuple[Block, Quantity]] = {}
    for candidate in candidates + by_event.get(f"tally:{noun}", []):
        if isinstance(candidate, tuple) and candidate[1].noun == noun:
            befell.setdefault((id(candidate[0]), candidate[1].start), candidate)
    if len(befell) > 1:
        first = next(iter(befell.values()))
        counts = [*counts, _Sum(first[0], tuple(found for _, found in befell.values()))]
    return counts


def _every(block: Block, quantity: Quantity) -> bool:
    """"All 28 people detained": a count of the whole, though it follows a determiner."""
    return bool(ALL.search(block.text, max(0, quantity.start - 12), quantity.start))


def _as_headline(quantity: Quantity) -> Interval:
    """What a headline figure allows: to the nearest, and for sums rounding down too ("$16bn" for 16.6bn)."""
    value = quantity.value
    up = 2 if quantity.kind is Kind.MONEY else 1
    rounding = min(quantity.rounding, HEADLINE_ROUNDING * value.high)  # "1,000 dead" is not 600
    return Interval(max(0.0, value.low - rounding), value.high + up * rounding)


def _range(candidate: tuple[Block, Quantity] | _Sum) -> Interval:
    return candidate.range if isinstance(candidate, _Sum) else candidate[1].range


def _counts_people(block: Block, headline: Quantity) -> bool:
    """Whether a headline count counts people: no noun, a noun of people, or a noun that is the object of the
    count's own verb ("Thousands flee floods": the thousands flee; not "30 displaced families", whose participle
    describes them, nor "Thousands of homes without power")."""
    if not headline.noun or personal(headline.noun):
        return True
    verb = headline.modifiers[0] if headline.modifiers else ""
    return (bool(verb) and not verb.endswith(("ed", "en")) and bool(headline.event)
            and event_after(block.text, headline.end) == headline.event)


def _as_people(people: bool, candidate: tuple[Block, Quantity] | _Sum) -> Interval:
    """A body count of households read as people when the headline counts people ("Thousands without water" over
    "450 households": 450 to 1,800 people, quantities.toml [people-per]); any other count as it is."""
    allowed = _range(candidate)
    if isinstance(candidate, _Sum) or not people:
        return allowed
    per = people_per(candidate[1].noun)
    if per is None:
        return allowed
    return Interval(allowed.low * per[0], allowed.high * per[1], allowed.low_open, allowed.high_open)


class TotalContradictsParts(Rule):
    code = "WL402"
    examples = Examples(
        match=(
            "More than 50 fighters were killed on both sides, the monitor said: 20 pro-government "
            "fighters and 18 jihadists.",
            "Ten people were killed, police said: six soldiers, three police officers and four civilians.",
        ),
        no_match=(
            "More than 50 fighters were killed on both sides, the monitor said: 20 pro-government "
            "fighters and 31 jihadists.",
            "Ten people were killed, police said: six soldiers and four civilians.",
        ),
    )
    name = "total-contradicts-parts"
    severity = Severity.ERROR
    fields = ("body",)
    docs = RuleDocs(
        what="A total that its parts do not add up to, the parts written as reporters write them: in the same "
        "sentence (\"including\", \"of which\", \"36 people, 58 of them children\", a colon list after the "
        "attribution, a dash, \"lost four men and the rebels 35\", \"for a total of 45\"), in the next sentence or "
        "clause (\"They included\", \"Among the dead were\", \"Twenty were women\", \"; 17 of the dead were\", "
        "\"Also among the dead were\", \"In all, 40 people died\") or in the paragraph next to it, after a total "
        "with any word naming each part (\"22 people were hurt, 9 seriously and 17 slightly\", \"40 fighters, 28 of "
        "whom were foreigners and 19 local recruits\", \"35 passengers: 21 Britons, 8 French and 6 Germans\"), or "
        "set out line by line (a fact box with a \"Total:\" line, a bulleted or numbered list under \"The victims "
        "were:\") or as a table run into a paragraph (\"men, 12; women, 9; total, 20\"). A pointer that names its "
        "group (\"Those evacuated comprised\", \"Nineteen of the missing were\", \"The group consisted of\") "
        "reaches back up to two paragraphs to the count of that event. A group that opens a sentence with no event "
        "is what the next sentence breaks down (\"The 14 winners were named on Friday. They were six poets and eight "
        "novelists\"), and \"Of these,\" gives parts of the count of things before it, whatever its verb, when the "
        "parts name nothing of their own (\"The airline cancelled 40 flights. Of these, 25 were domestic and 15 "
        "international\"). A group divided by what became of it, why "
        "or where (\"12 miners were trapped. Rescuers brought out 9 alive and 8 bodies\", \"Ten died at the scene "
        "and 11 in hospital\", \"Nine were banned for doping and 7 for betting\") is broken down too, with its "
        "count before the division or after it (\"..., out of 16 on board\"; quantities.toml [outcomes]), after a "
        "semicolon or colon too (\"checked 40 restaurants; 25 passed and 20 were closed\"). A definite group named "
        "as an object is broken down by a next sentence that restates it whole (\"Police named the 12 victims. They "
        "were 5 women and 8 men\"); a count of things by bare counts opening the next sentence (\"The storm damaged "
        "40 buildings. 25 were homes and 20 were shops\"); a second part may leave out its verb and preposition "
        "(\"12 are kept at the depot in Turin and 16 the one in Milan\"); a list may be split over sentences, one "
        "part each (\"Twelve went to Oslo. Nine went to Bergen.\"); a place's share of a count across a wide area "
        "is a part of it (\"across the valley ... In Soria, 41 families ...\"). Parts that answer different "
        "questions may overlap and are not summed (\"12 were girls and 11 were boarders\", \"35 were counterfeit "
        "goods and 20 were designer brands\", an age beside anything else: \"46 were smokers and 47 were over 60\", "
        "what some were given beside an outcome: \"40 were charged and 11 were given banning orders\", one noun "
        "qualified by two questions: \"20 are primary schools and 16 are church schools\", quantities.toml "
        "[qualifiers], people by sex beside people by role: \"38 women and 8 pensioners\"); parts that give "
        "answers of one question are (\"31 were charged on Saturday and 14 were freed\"; quantities.toml "
        "[predicates.questions]). "
        "Parts above an exact total always contradict it; parts below it only when the list claims to be complete "
        "(\"on both sides\", \"all 30\", \"a total of 40:\", a colon or dash list, \"comprised\", \"made up of\", "
        "\"broken down as\", \"split between\", \"the rest\", \"the other N\", \"The 30 dead were ...\", one part "
        "for each of \"the two cars\"). The total's noun must "
        "include the parts' nouns (fighters include soldiers and rebels; people include children and fighters; "
        "quantities.toml).",
        why="When one figure of a story is updated and the others are not, the sum stops working. Readers notice; "
        "editors often do not.",
        example="Forty people were injured in the blast, the ministry said. They included 29 adults and 17 "
        "children.",
        use_instead="Forty-six people were injured in the blast, the ministry said. They included 29 adults and 17 "
        "children.",
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for pairing in pairings(list(self.blocks(article))):
            finding = self._compare(pairing)
            if finding is not None:
                yield finding

    def _compare(self, pairing: Pairing) -> Finding | None:
        """Parts above the total always contradict it; below it only when the list claims to be complete."""
        located, parts = pairing.total, pairing.parts
        whole, allowed = located.quantity, located.quantity.range
        if whole.qualifier and bound_of(whole.qualifier) is Bound.NEARLY:
            allowed = replace(allowed, high_open=False)  # "nearly 37 houses, 25 ... and 12 ...": parts that make
            # up the figure itself do not contradict the word that rounds it
        added = total([part.quantity for part in parts], rounded=False)
        too_many = allowed.below_all_of(added)
        too_few = pairing.complete and not pairing.partial and added.below_all_of(allowed)
        apart = too_many and closed(list(parts))  # "26 were ... and the other 52 were ...": the rest, no overlap
        if not (too_many or too_few) or (not apart and (causes_only(located, parts)
                                                        or states_only(located, parts, too_many)
                                                        or conditions_apart(parts, whole.event))):
            return None  # "treated 53 people, 22 for burns and 34 for smoke inhalation": causes, which may overlap;
            # "34 needed surgery and 69 remain in hospital": states, which may overlap and need not cover the group;
            # "25 had broken bones and 20 had burns": conditions of their own, the same
        written = [(part.block.text, part.quantity) for part in parts]
        if too_many and ((overlapping(written) and not apart)
                         or (not pairing.complete and self._on_top(written, allowed))):
            return None  # some counted twice, or the last part comes on top of a list that adds up
        alone = any(allowed.below_all_of(part.quantity.range) for part in parts)  # a people or a role above the
        # total, whatever measure beside it ("38 passengers, among them 7 pickers and 40 Romanians")
        measures = not alone and (mixed_measures(parts) or roles_beside_divisions([_kind(part) for part in parts]))
        if too_many and not apart and (measures or may_overlap(parts) or axes_apart(parts)):
            return None  # "They included 12 children and 30 Britons", "They were 5 women and 8 pensioners", "20 are
            # primary schools and 16 are church schools": two measures, which may overlap
        listed = " + ".join(phrase(part.block, part.quantity) for part in parts)
        direction = "exceed" if too_many else "fall short of"
        return self.finding(
            located.block, whole.start, whole.phrase_end,
            f"total {describe(located.block, whole)} contradicts its parts: {listed} = {added}, which "
            f"{direction} it",
        )


    @staticmethod
    def _on_top(written: list[tuple[str, Quantity]], allowed: Interval) -> bool:
        """"300 jobs, with 200 in London and 100 in New York, and a further 50 next year": the parts before the
        last add up to the total, and the last is said to come on top of them."""
        if len(written) < 3 or not beyond_the_total(written):
            return False
        before = total([quantity for _, quantity in written[:-1]], rounded=False)
        return not (allowed.below_all_of(before) or before.below_all_of(allowed))


class ConflictingFigures(Rule):
    code = "WL403"
    examples = Examples(
        match=(
            "At least 380,000 people have been killed in the war, the monitor said.\n\n"
            "The war has killed 350,000 people, the monitor said in its report.",
        ),
        no_match=(
            "At least 380,000 people have been killed in the war, the monitor said.\n\n"
            "The toll rose to 390,000 people killed in the war, the monitor said later.",
        ),
    )
    name = "conflicting-figures"
    severity = Severity.WARNING
    fields = ("body",)
    docs = RuleDocs(
        what="The same fact given two incompatible figures in one article: the same event (killed, injured, "
        "arrested, displaced, missing) counted for the same noun and the same kind of incident (war, attack, "
        "quake...), once as 380,000 and once as 350,000. An update that says so (\"rose to\", \"up from\", "
        "\"another\"), a different day or a different incident is not a conflict, nor a count limited to a part of "
        "the other's (\"in the market alone\", \"in one village\", a named place beside a count across the country). "
        "A group named back with a number (\"All 40 victims\", \"the 53 dead\") must have the number of the one "
        "group of people the article counted by an event before it (\"Forty-three people died in the blaze\"); "
        "not where two groups were counted (killed and injured), the group was of another noun (passengers), or "
        "the name limits it (\"the 18 victims identified so far\").",
        why="Two tolls in one story mean one of them is stale, usually a paragraph of background pasted from an "
        "older version.",
        example="Syria's war has killed more than 380,000 people since 2011. ... The war has killed 350,000 people.",
        use_instead="Syria's war has killed more than 380,000 people since 2011. ... The war has killed more than "
        "380,000 people.",
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        blocks = list(self.blocks(article))
        listed = {part.quantity for block in blocks for parts in lists(block) for part in parts}
        # the shares of a group divided by what became of it ("detained 43 migrants. 22 migrants were released and
        # 21 migrants were held"): a part of the group, not another figure for it
        listed |= {part.quantity for _, parts, _ in divisions(blocks, set(), set()) for part in parts}
        facts: dict[tuple[str, ...], list[Located]] = defaultdict(list)
        for block in self.blocks(article):
            for located in figures(block):
                quantity = located.quantity
                if quantity.kind is Kind.COUNT and quantity.event and quantity.noun and not quantity.definite and (
                    quantity not in listed
                ):
                    facts[(quantity.event, quantity.noun, *quantity.modifiers)].append(located)
        for same in facts.values():
            if 2 <= len(same) <= MAX_GROUP:
                yield from self._conflicts(same)
        for earlier, later in named_back(blocks, listed):  # "43 people died ... All 40 victims were residents"
            if not later.quantity.compatible(earlier.quantity) and not _other_group(earlier, later):
                yield self.finding(
                    later.block, later.quantity.start, later.quantity.phrase_end,
                    f"{describe(later.block, later.quantity)} names back the group counted as "
                    f"{describe(earlier.block, earlier.quantity)} earlier in the article",
                )

    def _conflicts(self, same: list[Located]) -> Iterator[Finding]:
        for later_index, later in enumerate(same):
            for earlier in same[:later_index]:
                if not later.quantity.compatible(earlier.quantity) and not _different_facts(earlier, later) \
                        and not _subset(earlier, later):
                    yield self.finding(
                        later.block, later.quantity.start, later.quantity.phrase_end,
                        f"{describe(later.block, later.quantity)} conflicts with "
                        f"{describe(earlier.block, earlier.quantity)} earlier in the article",
                    )
                    break


def _kind(part: Located) -> str:
    """The last word of what a part counts, as written ("38 women", "Twelve were girls"), in small letters."""
    words = written_noun(part).split()
    return words[-1].lower() if words else ""


def _subset(first: Located, second: Located) -> bool:
    """Whether the smaller count is limited to a place or group the larger one's sentence does not name (a subset
    of it: "In Kerala, the floods have killed 45 people" after "200 people across the country")."""
    small, large = (first, second) if first.quantity.range.high <= second.quantity.range.low else (second, first)
    return small.quantity.range.high <= large.quantity.range.low and narrower(small, large)


def _different_facts(first: Located, second: Located) -> bool:
    """True unless the two figures read as one fact: no update signposted, the same incident, the same time.

    Tolls of named incidents are one fact only when they name the same kind of
    incident ("war" and "conflict"); tolls of no named incident only when
    neither is tied to a time.
    """
    texts = (first.sentence_text, second.sentence_text)
    if any(UPDATE.search(text) or ONE_OF_SEVERAL.match(text) for text in texts):
        return True
    anchors = [{word.lower() for word in _ANCHOR.findall(text)} for text in texts]
    if anchors[0] and anchors[1] and anchors[0] != anchors[1]:
        return True
    kinds = [incidents(_clause(located)) or incidents(text) for located, text in zip((first, second), texts,
                                                                                      strict=True)]
    if kinds[0] or kinds[1]:
        return not kinds[0] & kinds[1] or (kinds[0] & kinds[1] == {"attack"} and different_attacks(*texts))
    return bool(anchors[0] or anchors[1])


def _other_group(first: Located, second: Located) -> bool:
    """Whether a group named back may be another group than the count before it: an update or one of several
    signposted, other times, or other incidents named in both sentences (one named only in the first is the
    incident the group was counted in)."""
    texts = (first.sentence_text, second.sentence_text)
    if any(UPDATE.search(text) or ONE_OF_SEVERAL.match(text) for text in texts):
        return True
    anchors = [{word.lower() for word in _ANCHOR.findall(text)} for text in texts]
    kinds = [incidents(text) for text in texts]
    if first.quantity.range.high < second.quantity.range.low and any(
            found.group("name") or found.group("alone") for found in SCOPE_PHRASE.finditer(texts[0])):
        return True  # "In Kerala, 45 people died. ... All 200 victims": the first a part of the group
    return bool(anchors[0] and anchors[1] and anchors[0] != anchors[1]) or bool(
        kinds[0] and kinds[1] and not kinds[0] & kinds[1])


ONE_OF_SEVERAL = LazyPattern(
    r"\W*(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|other|one|another"
    r"|each|earlier|later|biggest|largest|deadliest|worst|smaller|larger|single)\b"
    r"(?!(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|told|tells|recalled|described|reported|claimed)\b)",
    regex.IGNORECASE,
)
"""A sentence about one of several incidents or groups ("The first blast killed 25 people", "In the second, ..."):
its toll is part of the story's total, not another figure for it. Not a speaker ("One witness said the militants
killed 40"): that is one person's figure for the same fact."""
_CLAUSE_BREAK = LazyPattern(r",\s*(?:but|while|whereas|although)\s|;\s", regex.IGNORECASE)


def _clause(located: Located) -> str:
    """The clause of its sentence a figure stands in ("Europe suffered fewer natural disasters, but 191 people were
    killed ... in the attack": the toll is of the attack, not of the disasters)."""
    text = located.sentence_text
    offset = located.quantity.start - located.block.sentences[located.sentence][0]
    starts = [0, *(match.end() for match in _CLAUSE_BREAK.finditer(text) if match.end() <= offset)]
    end = next((match.start() for match in _CLAUSE_BREAK.finditer(text) if match.start() > offset), len(text))
    return text[starts[-1]:end]


class ChangedBetweenVersions(VersionRule):
    code = "WL405"
    name = "changed-between-versions"
    severity = Severity.WARNING
    fields = ("headline", "standfirst", "body")
    docs = RuleDocs(
        what="A figure that changed, was added or was dropped between two versions of a story, or a headline that "
        "no longer matches the new body. The same quantity in other words is not a change (\"48 hours\" and "
        "\"two days\", \"a dozen\" and \"12\"). Reported only by `wirelint compare OLD NEW`, on the new version.",
        why="Wire stories are updated through the day; each update changes tolls and totals. An editor merging an "
        "update needs every changed figure in one list, not a re-read of the whole story.",
        example="wirelint compare story-v1.txt story-v2.txt",
        use_instead="Check each reported figure against the newest source before publishing.",
    )

    def compare(self, old: Article, new: Article, settings: Settings) -> Iterable[Finding]:
        """Every figure changed since ``old``, and each headline figure the new body no longer supports."""
        for change in changes(old, new):
            yield self.finding(change.block, change.start, change.end, message(change))
        headline = HeadlineFigureUnsupported()
        before = {(q.figure.lower(), q.event, q.noun) for _, q, _ in headline.unsupported(old)}
        for block, quantity, body in headline.unsupported(new):
            if (quantity.figure.lower(), quantity.event, quantity.noun) not in before:
                yield self.finding(
                    block, quantity.start, quantity.phrase_end,
                    f"{block.field} no longer matches the body: {describe(block, quantity)} against {body}",
                )


RULES = [HeadlineFigureUnsupported, TotalContradictsParts, ConflictingFigures, ChangedBetweenVersions]
