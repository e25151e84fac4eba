"""WL2xx: claims with no source.

A hard figure (a toll, a percentage, a sum of money, a population) needs
someone who gives it (WL201, here); quoted speech needs someone who said it
(WL202, wirelint/checks/speech.py). The cue words that show a source are
kept in one place for both rules, wirelint/checks/sources.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from wirelint.checks.carryover import WORD, same_event, topic
from wirelint.checks.harmnouns import first_told, partitive
from wirelint.checks.sources import NAMED, blank, has_source, sourced
from wirelint.checks.speech import QuoteWithoutSpeaker
from wirelint.checks.tolls import is_toll
from wirelint.document import Article, Block
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers import Kind
from wirelint.numbers.data import table
from wirelint.numbers.lexicon import TENS, UNITS
from wirelint.numbers.links import OF_THEM_AFTER
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import PEOPLE, singular
from wirelint.numbers.tallies import is_tally
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.lexicon import spanning
from wirelint.text.vocabulary import is_content

if TYPE_CHECKING:
    from wirelint.config import Settings

ATTRIBUTION_SENTENCE = LazyPattern(
    r"^\s*[\"“‘']?(?:according\s+to|(?:that|this|those|these|the\s+(?:\w+\s+)?(?:figures?|numbers?|data|statistics"
    r"|estimates?|toll|count|tally|survey|poll|study|report|research|census))\b)",
    regex.IGNORECASE,
)
"""How a sentence that is itself the attribution of the one before starts ("That is according to ...")."""
CITATION = LazyPattern(
    r"^\s*(?:according\s+to|the\s+(?:\w+\s+)?(?:figures|data|statistics|estimates|survey|poll|study|report|research"
    r"|census)\b)",
    regex.IGNORECASE,
)
"""How a sentence that cites the source of its paragraph's figures starts; unlike a quote that opens with "That",
it names the data."""

MARKET = LazyPattern(
    r"\b(?:shares?|stocks?|share\s+price|index|dow|nasdaq|ftse|nikkei|dax|cac|hang\s+seng|dollar|euro|yen|sterling"
    r"|bonds?|yields?|futures|(?:interest|base|lending|funds|repo|discount|mortgage|prime|bank)\s+rates?)\b[^.;]{0,50}$",
    regex.IGNORECASE,
)
"""A market move ("shares fell 5%", "the dollar rose 2%") or a rate a bank sets ("interest rates are at 2%"): a
price or a decision anyone can see, not a claim to source."""
POLICY = LazyPattern(r"\b(?:target|targets|guidelines?|goal|aims?|limit|limits|threshold|ceiling|cap|quota|relief"
                     r"|write\s+off|account\s+for"
                     r"|of\s+the\s+(?:vote|decision)|pledge[sd]?|promise[sd]?|offer(?:s|ed)?|demand(?:s|ed|ing)?"
                     r"|propos(?:es|ed|al|ing)|pay\s+(?:rise|increase|offer|claim|deal))\b", regex.IGNORECASE)
"""Percentages that are rules, goals, demands, offers or pledges ("a 7% growth target", "100% debt relief", "will
account for 25% of the final decision", "demanding a 53% pay rise", "pledged to pay 10% of the debt"): terms of a
deal or a policy, reported at info, not as statistics."""
CONVERSION = LazyPattern(r"\s*(?:\(|;|,?\s*or)\s*", regex.IGNORECASE)
"""What stands between a sum and its conversion: "$1.5m (£799,000)", "$2.48bn; 1.88bn euros"."""
TABLE = LazyPattern(r"(?<!\w)vs\.?(?!\w)", regex.IGNORECASE)
"""Results tables ("Net 5.2 mln vs 4.1 mln"): the company's own figures, set out, not claims in prose."""
STAKE = LazyPattern(r"(?:-owned|\s+(?:\w+\s+){0,2}(?:stake|holding|shareholding|interest|owned|controlled)\b)",
                      regex.IGNORECASE)
"""A share of a company ("a 50 pct stake", "46%-owned"): a matter of record, not a statistic."""
OWNS = LazyPattern(r"\b(?:own|owns|owned|holds?|held|controls?)\s+(?:a\s+|the\s+remaining\s+)?$", regex.IGNORECASE)
"""A holder before a share ("who own 28.9% of the club"): a stake again."""


def _statistic_source() -> str:
    return r"\b" + spanning(table()["statistics"]["words"]) + r"\b"


STATISTIC = LazyPattern(_statistic_source, regex.IGNORECASE)
"""Words that make a percentage a statistic about people or the economy (quantities.toml, read on first use;
reported as a warning)."""


def _counted_source() -> str:
    return r"\b" + spanning(table()["statistics"]["count-words"]) + r"\b"


COUNTED = LazyPattern(_counted_source, regex.IGNORECASE)
"""What a bare count that moved is a statistic of (quantities.toml [statistics] count-words, read on first use)."""
_FULL_NAME = r"(?-i:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)+)"
NAMED_EACH = LazyPattern(rf",\s+{_FULL_NAME}(?:,\s+{_FULL_NAME})*,?\s+and\s+{_FULL_NAME},", regex.IGNORECASE)
"""A count whose people are each named in apposition ("two friends, Donna Small and Asha Jama, were shot"): the
reader is told who, not given a toll."""
RANK = LazyPattern(r"(?<!\b(?:now|still|they|which|that|who|to|will|would|could|may|might)\s+)\bnumber\s+$",
                   regex.IGNORECASE)
"""A figure after "number" is a rank ("The British number two escaped a ban"), not a count; after a word that makes
it a verb it is the count ("Fatalities now number 23")."""
KIN = LazyPattern(r"\s+of\s+(?:his|her|their|its|our|my)\b", regex.IGNORECASE)
"""A count of someone's own people ("killed two of her babies", "arrested three of his sons")."""
SOURCED_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.RATIO, Kind.MONEY, Kind.MEASURE})
"""The kinds of figure that can need a source: a paragraph whose figures are only years and dates is passed over
before its sentences are read."""
MONEY_THRESHOLD = 10_000
"""Sums below this are prices and fees, not claims that need a source."""
POPULATION_THRESHOLD = 1_000
"""Counts of people from this size up are statistics (reported at info)."""


class UnattributedFigure(Rule):
    code = "WL201"
    examples = Examples(
        match=(
            "At least 40 people were killed in the attack on Tuesday.",
        ),
        no_match=(
            "At least 40 people were killed in the attack on Tuesday, police said.",
        ),
    )
    name = "unattributed-figure"
    severity = Severity.WARNING
    fields = ("body",)
    docs = RuleDocs(
        what="A hard figure with no source in its sentence, an earlier sentence of its paragraph (for a toll, one "
        "about the same event), a following "
        "sentence that is the attribution (\"That is according to ...\") or a later one that cites the data (\"The "
        "research was carried out by ...\"). Warnings: death, injury, treatment, illness, arrest, charge and "
        "conviction, displacement, missing, rescue and abduction counts; harm named as a noun (\"Forty of the "
        "dead\", \"Fatalities now total 83\", \"Among the 41 casualties were\" with no toll before it) or done by "
        "force to people (\"Riot police clubbed 72 marchers\"; not \"beat 12 opponents\", \"hacked 30 "
        "websites\"; \"bodies\" only of the dead, not \"Public bodies total 140\"; not a squad's injuries); "
        "tallies of damage and loss, read by "
        "structure: a counted thing or measure with a predicate of loss, active, passive or nominal (\"gutted 42 "
        "buses\", \"42 containers were washed overboard\", \"the slaughter of 42,000 pigs\", \"smashed the windows "
        "of 42 shops\"), jobs lost or cut, flights cancelled, homes left without power or water; costs to the public "
        "or losses (\"has cost taxpayers $855 million\", \"£42m worth of damage\", \"£42m over budget\"), and public "
        "money spent, lost, wasted or written off, by a public body or named as the public's (\"The county splashed "
        "out $42m on\", \"£42m of state funds were wasted\"; not a firm's spending, a plan or a budget); ratios "
        "(\"one in five\"); percentages about people or the economy (polls, unemployment, inflation, crime, "
        "poverty) and bare counts such a statistic moved by (\"Waiting lists have grown by 37,000\"). Plans and "
        "forecasts (\"is to cut 200 jobs\", \"will demolish 40 homes\") are no tally, and a verb of finding that "
        "governs the count (\"officers found 37 kilos\") is no source. Info: other percentages, sums of 10,000 or "
        "more, counts of 1,000 people or more, and percentages that are targets, rules, demands, offers or pledges. "
        "Years, dates, "
        "ages, ordinals, quoted figures, currency conversions, market moves, bank rates, stakes and results tables "
        "never trigger it.",
        why="An unsourced toll or statistic reads as the publication's own claim. Wire copy attributes every hard "
        "figure; edits that cut a clause often cut the source with it.",
        example="Syria's war has killed more than 380,000 people since it started in 2011.",
        use_instead="Syria's war has killed more than 380,000 people since it started in 2011, according to the "
        "Syrian Observatory for Human Rights.",
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        blocks = list(self.blocks(article))
        for position, block in enumerate(blocks):
            placed = [located for located in figures(block) if self._severity(located) is not None]
            if not placed:
                continue
            sentences = _sentences(block)
            given = [sourced(sentence) for sentence in sentences]
            following = [*sentences[1:], _next_sentence(blocks, position)]
            cites: list[bool] = []  # read only for a figure no nearer source covers
            for located in placed:
                index = located.sentence
                here = given[index] and not _found_only(block, located, sentences[index])
                after = following[index]
                if located.quoted or here or _carried(block, placed, given, located) or _attributes_back(
                        sentences, index, after, located):
                    continue  # a quote is attributed to its speaker, which WL202 checks
                if _share_of_a_toll(located) or _restated_after(located, following[index]):
                    continue
                if located.quantity.kind in STUDY_KINDS and _study_just_before(blocks, position, located):
                    continue  # "... according to a study. // Only 16% of women earn ...": its findings go on
                cites = cites or [_cites(sentence) for sentence in sentences]
                if any(cites[index + 2:]):
                    continue  # a later sentence cites the paragraph's data
                if not _needs_source(block, located):
                    continue
                yield self._report(located)

    @staticmethod
    def _severity(located: Located) -> Severity | None:
        """How hard a figure is: WARNING for tolls, ratios and statistics of people; INFO for other
        percentages, sums and populations; None for everything else."""
        quantity = located.quantity
        if quantity.kind not in SOURCED_KINDS:
            return None  # years, dates, ages...
        if quantity.definite:  # "all 28 people detained" refers back to a figure given before; "Among the 41
            # casualties were ..." with no toll before it tells one
            return Severity.WARNING if first_told(located, _toll_like) else None
        text = located.block.text
        if quantity.kind is Kind.COUNT and (RANK.search(text, 0, quantity.start)
                                            or NAMED_EACH.match(text, quantity.phrase_end)):
            return None  # "the number two": a rank; "two friends, Donna Small and Asha Jama, were shot": each named
        if quantity.kind is Kind.RATIO and _policy_figure(located):
            return Severity.INFO  # "The outline proposes cuts at 12 out of 23 agencies": the terms of a plan
        if quantity.kind is Kind.RATIO or (quantity.kind is Kind.COUNT and quantity.event):
            if KIN.match(located.block.text, quantity.phrase_end):
                return None  # "killing two of her babies": a fact of one case, not a toll
            return Severity.WARNING
        if is_tally(located.block.text, quantity):
            return Severity.WARNING  # damage, loss or a cost to the public: a claim like a toll
        if is_toll(located):
            return Severity.WARNING  # "no trace of 21 crew members", "60,000 families sleeping in tents"
        if quantity.kind is Kind.COUNT and not quantity.noun and _statistic_moved(located):
            return Severity.WARNING  # "Waiting lists have grown by 37,000": a statistic, like a percentage
        if quantity.kind is Kind.PERCENT:
            if _policy_figure(located):
                return Severity.INFO
            return Severity.WARNING if STATISTIC.search(located.sentence_text) else Severity.INFO
        if quantity.kind is Kind.MONEY and quantity.range.high >= MONEY_THRESHOLD:
            return Severity.INFO
        if (
            quantity.kind is Kind.COUNT
            and not quantity.vague
            and quantity.noun in PEOPLE
            and quantity.range.low >= POPULATION_THRESHOLD
        ):
            return Severity.INFO
        return None

    def _report(self, located: Located) -> Finding:
        quantity, block = located.quantity, located.block
        written = block.text[quantity.start:quantity.phrase_end]
        what = f" {quantity.event}" if quantity.event and quantity.event not in written else ""
        return self.finding(
            block, quantity.start, quantity.phrase_end,
            f'figure "{written}"{what} has no source in its sentence or paragraph; say who gives it',
            severity=self._severity(located),
        )


TOLL_KINDS = frozenset({Kind.COUNT, Kind.MEASURE, Kind.MONEY})
"""The kinds of figure a toll or a tally is given in."""


def _toll_like(located: Located) -> bool:
    """A toll, a tally of damage or loss, or a cost to the public: a figure an attribution covers only when it is
    about the same event."""
    quantity = located.quantity
    return quantity.kind in TOLL_KINDS and bool(
        (quantity.kind is Kind.COUNT and quantity.event) or is_tally(located.block.text, quantity) or is_toll(located))


def _carried(block: Block, placed: list[Located], given: list[bool], located: Located) -> bool:
    """Whether a source earlier in the figure's paragraph covers it: any source a statistic ("Unemployment rose, the
    ONS said. Inflation stood at 2%"), but a toll only the source of an account of its event (carryover.py), or of
    one that gives a toll of its own ("Police said 12 people were arrested. Another 30 were hurt")."""
    index = located.sentence
    first = next((earlier for earlier in range(index) if given[earlier]), None)
    if first is None:
        return False
    if not _toll_like(located):
        return True
    if any(first <= other.sentence < index and _toll_like(other) for other in placed):
        return True
    start, end = block.sentences[first][0], block.sentences[index][0]
    return same_event(block.text[start:end], block.text[end:block.sentences[index][1]])


POLICY_REACH = 60
"""How far before or after a percentage or ratio a word of policy makes it the terms of one ("limit the size of a
eurozone country's deficit to 3% of GDP")."""


def _policy_figure(located: Located) -> bool:
    """Whether a word of policy near a figure makes the figure the terms of a rule, goal or plan ("a 7% growth
    target", "limit the deficit to 3% of GDP", "the Bank's 2-3% target range"), not a statistic measured against one:
    a word after the figure must follow it in its clause, with no other share between ("One in five children lives
    in poverty, far from the government target"; "At 2.6%, inflation remains within the Bank's 2-3% target range":
    the 2.6% is measured, the 2-3% is the target)."""
    block, quantity = located.block, located.quantity
    start, end = block.sentences[located.sentence]
    others = [other.quantity for other in figures(block) if other.sentence == located.sentence
              and other.quantity is not quantity and other.quantity.kind in (Kind.PERCENT, Kind.RATIO)]
    before = POLICY.search(block.text, max(start, quantity.start - POLICY_REACH), quantity.start)
    if before is not None and not any(before.end() <= other.start < quantity.start for other in others):
        return True
    after = POLICY.search(block.text, quantity.end, min(end, quantity.end + POLICY_REACH))
    return after is not None and not CLAUSE_BREAK.search(block.text, quantity.end, after.start()) and not any(
        quantity.end <= other.start < after.start() for other in others)


CLAUSE_BREAK = LazyPattern(r"[,;:()–—]|\s-\s")
"""What ends the clause of a figure before a word of policy after it."""


FINDER = LazyPattern(r"\b(?:found|discovered|uncovered|unearthed)\s+$", regex.IGNORECASE)
"""A verb of finding that governs the figure: "officers found 37 kilos of cocaine" says what was found, not who
gives the figure ("a study found 37% of adults" is sourced by "study")."""


def _found_only(block: Block, located: Located, sentence: str) -> bool:
    """True when a count's sentence is sourced only by the verb that found what it counts."""
    quantity = located.quantity
    if quantity.kind not in (Kind.COUNT, Kind.MEASURE):
        return False
    offset = quantity.start - block.sentences[located.sentence][0]
    finder = FINDER.search(sentence, 0, offset)
    if finder is None or REPORTED.match(block.text, quantity.phrase_end):
        return False  # "records found 11 people had been prosecuted": what a search found, reported
    return not sourced(sentence[:finder.start()] + " " * (finder.end() - finder.start()) + sentence[finder.end():])


REPORTED = LazyPattern(r"\s+(?:had|have|has|were|was|are|is|would|could|might)\b", regex.IGNORECASE)
"""A count that heads a clause of its own after a verb of finding ("found 11 people had been prosecuted"): the
finding of a search or a review, reported, not a find."""


MOVED = LazyPattern(
    r"\b(?:rose|risen|rise|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|increased|decreased"
    r"|dropped|jumped|soared|surged|climbed|doubled|tripled|halved|plunged|reached|topped|stood|stands|totalled"
    r"|totaled|numbered)\s+(?:by|to|at)?\s*$",
    regex.IGNORECASE,
)
"""A level or a change given as a bare count ("have grown by 37,000", "rose to 42,000")."""


def _statistic_moved(located: Located) -> bool:
    """True for a bare count that a statistic of people or the economy moved by or to: "Waiting lists have grown by
    37,000", "Burglaries rose to 42,000"."""
    block, quantity = located.block, located.quantity
    start = block.sentences[located.sentence][0]
    moved = MOVED.search(block.text, max(start, quantity.start - 30), quantity.start)
    return moved is not None and COUNTED.search(block.text, start, moved.start()) is not None


def _needs_source(block: Block, located: Located) -> bool:
    """False for figures that are not claims: conversions, market prices, results tables."""
    quantity = located.quantity
    if TABLE.search(located.sentence_text):
        return False
    if quantity.kind in (Kind.PERCENT, Kind.MONEY) and MARKET.search(block.text, max(0, quantity.start - 60),
                                                                     quantity.start):
        return False
    if quantity.kind is Kind.PERCENT and (
        STAKE.match(block.text, quantity.end) or OWNS.search(block.text, max(0, quantity.start - 20), quantity.start)
    ):
        return False
    if quantity.kind is Kind.MONEY:
        before = [loc.quantity for loc in figures(block) if loc.quantity.end <= quantity.start]
        if before and before[-1].kind is Kind.MONEY and CONVERSION.fullmatch(block.text, before[-1].end,
                                                                             quantity.start):
            return False
    return True


STUDY_KINDS = frozenset({Kind.PERCENT, Kind.RATIO})
"""Figures a study's findings are given in; tolls and tallies keep needing a source of their own."""
STUDY = LazyPattern(r"\b(?:survey|surveys|poll|polls|study|studies|research|report|results|census|figures|data"
                    r"|statistics)\b[^.;]{0,120}?\b(?:found|finds|showed|shows|show|revealed|reveals|suggests|suggested"
                    r"|concluded)\b|\baccording\s+to\s+(?:a|an|the|new|latest)\s+(?:[\p{L}-]+\s+){0,3}?(?:survey|poll|study"
                    r"|research|report|figures|data|statistics|census)\b", regex.IGNORECASE)
"""A paragraph that gives what a study found ("A study by the Pew ... found that", "The results also showed",
"according to a study released on Wednesday"), not one that only names it ("The report came out on Monday")."""


CONTINUES = LazyPattern(r"\W*(?:it|they|this|these|(?:the|its|their)\s+(?:[\p{L}\p{M}-]+\s+)?"
                        r"(?:survey|poll|study|research|report|results|census|findings|figures|data|statistics|researchers|authors))\b",
                        regex.IGNORECASE)
"""A sentence that goes on with a study's findings ("It also found ...", "The survey showed ...")."""


def _study_just_before(blocks: list[Block], position: int, located: Located) -> bool:
    """Whether the paragraph right before gives what a survey, poll or study found and the figure goes on with its
    findings: its sentence or its paragraph's first goes on from the study ("It also found ...", "The survey showed
    ...") or its paragraph shares a word of the study's subject ("... students sleep less ... // Only 16% of students
    ..."); an unrelated statistic after it ("Unemployment in the region rose to 9%") still needs a source of its
    own."""
    if position == 0 or STUDY.search(blocks[position - 1].text) is None:
        return False
    sentences = _sentences(located.block)
    if any(CONTINUES.match(sentences[index]) or STUDY.search(sentences[index]) for index in {0, located.sentence}):
        return True
    return bool(topic(" ".join(_sentences(blocks[position - 1]))) & topic(" ".join(sentences)))


def _share_of_a_toll(located: Located) -> bool:
    """"At least 60 people were arrested worldwide - 45 of them in the US": a share of a toll counted earlier in its
    sentence, whose own warning covers it; "Twelve of the dead", of a toll counted earlier in its paragraph."""
    block, quantity = located.block, located.quantity
    if partitive(located):  # "At least 40 died. Twelve of the dead were children": the 40's warning covers it
        return any(other.quantity.end <= quantity.start and _toll_like(other) for other in figures(block))
    if not OF_THEM_AFTER.match(block.text, quantity.end):
        return False
    return any(other.sentence == located.sentence and other.quantity.end <= quantity.start
               and other.quantity.kind is Kind.COUNT and other.quantity.event for other in figures(block))


def _restated_after(located: Located, following: str) -> bool:
    """"Thousands of civil service jobs have been cut. // Chancellor Gordon Brown said 12,500 jobs had gone": a vague
    figure the next sentence gives exactly, with its source, for the same thing."""
    quantity = located.quantity
    if not quantity.vague or not quantity.noun or not sourced(following):
        return False
    return regex.search(rf"\d[\d,.]*\s+(?:[\p{{L}}-]+\s+)?{regex.escape(quantity.noun)}s?\b", following,
                        regex.IGNORECASE) is not None


def _sentences(block: Block) -> list[str]:
    """The block's sentences with its figures blanked, so "an estimated 50" is not its own source."""
    text = blank(block.text, [located.quantity.span for located in figures(block)])
    return [text[start:end] for start, end in block.sentences]


def _next_sentence(blocks: list[Block], position: int) -> str:
    """The first sentence of the next paragraph, if there is one."""
    if position + 1 >= len(blocks) or not blocks[position + 1].sentences:
        return ""
    start, end = blocks[position + 1].sentences[0]
    return blocks[position + 1].text[start:end]


def _cites(sentence: str) -> bool:
    """A later sentence of the paragraph that names where its figures come from ("The research was carried out by
    the UK Film Council", "According to the report, ...")."""
    cites = CITATION.match(sentence)
    return cites is not None and sourced(sentence[cites.end():])  # "The output figures brought ..." cites nobody


def _is_attribution(sentence: str) -> bool:
    return bool(ATTRIBUTION_SENTENCE.match(sentence)) and sourced(sentence)


STUDY_OPENING = LazyPattern(r"^\s*[\"“‘']?the\s+(?:[\p{L}\p{M}'’-]+\s+)?(?:survey|poll|study|report|research|census)\b",
                            regex.IGNORECASE)
"""A sentence that opens on a named study ("The Hefce report, drawing on ... data, said ..."): it gives the study's
own findings, the source of a toll before it only when it speaks of the toll's event."""
FORWARD = LazyPattern(r"^\s*[\"“‘']?according\s+to\b", regex.IGNORECASE)
"""An attribution that opens its sentence and goes on with a claim of its own ("According to the report, ...")."""


def _attributes_back(sentences: list[str], index: int, after: str, located: Located) -> bool:
    """Whether ``after``, the sentence after the figure's, is the attribution of the figure's sentence. In its own
    paragraph it is ("... 37 bridges. According to the governor, ..."). A next paragraph's is when it points back
    ("That is according to ...", "The huge number was revealed by ..."), unless it says its figures count something
    else ("The report's figures on insurance claims ...", "Those figures for rainfall ..."), or when it names a source
    and the figure ("The fire service, which surveyed the land from the air, gave the figure"). A next paragraph's
    "According to X, <claim>" gives X's own claim ("According to city officials, the storm was the worst since
    1987"; "According to the parks department, the city's trees are inspected every spring"), and is a count's
    source only when the claim names the counted things again or the figure ("According to the mayor, the houses
    were all in the old town"); a statistic's when it shares a word of its subject."""
    if not _is_attribution(after):
        return index + 1 == len(sentences) and (
            (_gives_figure(after, sentences[index], located) and sourced(after)) or GIVEN.search(after) is not None)
    claim = FORWARD.match(after) or STUDY_OPENING.match(after)
    if claim and _toll_like(located) and (index + 1 < len(sentences) or not FORWARD.match(after)):
        # "... 340 homes were destroyed. The Hefce report, drawing on benefit data, said ...": its own findings
        return _names_back(located, after) or _gives_figure(after, sentences[index], located) or same_event(
            after, sentences[index])
    if index + 1 < len(sentences):
        return True
    if FORWARD.match(after):
        if located.quantity.kind in SHARED_TOPIC_KINDS and topic(sentences[index]) & topic(after):
            return True  # "... a 7.5% rise in exports. // According to the ONS, the difference between exports and
            # imports ...": a statistic's source goes on with the statistics of its subject
        return _names_back(located, after) or _gives_figure(after, sentences[index], located)
    subject = POINTER_SUBJECT.match(after)
    return subject is None or bool(topic(sentences[index]) & topic(subject.group("subject")))


SHARED_TOPIC_KINDS = frozenset({Kind.PERCENT, Kind.RATIO, Kind.MONEY})
"""Statistics, whose source in a next "According to X, <claim>" paragraph may go on about their subject; a count
(a toll, a tally) is sourced there only when the claim names it or the things counted."""
_FIGURE_NOUN = r"(?:figure|toll|tally|count|estimate|number|total(?!\s+(?:number|amount|value|cost|sum)\b))"
_TIME = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|january|february|march|april|may|june|july|august"
         r"|september|october|november|december|the\s+(?:same|next|following)\s+(?:day|morning|evening)"
         r"|(?:its|their|his|her)\s+website)\b")
_RANK = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NOT_ANOTHER = rf"(?!\s+(?:of|for|about)\b|\s+on\s+(?!{_TIME})|\s+(?:\d|(?:{_RANK})\b))"
"""After "the figure": not "the figure of/for/about X", another figure, nor "on X" unless X is a time ("gave the
figure on Sunday"), nor a number after it: "the number three carmaker", "the number 10 seed" are ranks."""
GIVES_FIGURE = LazyPattern(r"\b(?:(?:the|that|this|its|their)\s+(?:(?!(?:a|an)\s)[\p{Ll}-]+\s+)?"
                           rf"(?:figure|toll|tally|count|estimate|number)\b{_NOT_ANOTHER}"
                           r"|(?:counted|tallied|estimated|recorded|surveyed|compiled)\s+(?:(?P<what>the)|them|those"
                           r"|these)\b)",
                           regex.IGNORECASE)
"""A sentence that gives the figure before it, naming it or how it was counted ("The fire service, which surveyed
the burned land from the air, gave the figure", "The parks department, which counted the fallen trees, said ...",
"According to the council, the toll may rise"): one figure, pointed at; not "the number of visitors", another
figure, nor "the figures", which may be any of a story's statistics."""


def _gives_figure(after: str, sentence: str, located: Located) -> bool:
    """Whether ``after`` gives the figure of ``sentence``: names it ("gave the figure") or says how it was counted;
    for a toll, counting "the" things of another event ("Earlier, the Bank had estimated the shortage ...") gives
    another figure, not this one (carryover.py)."""
    gives = GIVES_FIGURE.search(after)
    if gives is None:
        return False
    if not gives.group("what") or not _toll_like(located):
        return True
    return _names_back(located, after) or same_event(after, sentence)


_GIVING = (r"(?:gave|give|gives|giving|released|releases|issued|issues|published|publishes|provided|provides"
           r"|supplied|supplies|compiled|compiles|produced|produces|announced|confirmed|calculated|drew\s+up|put\s+out)")
_GIVEN = r"(?:given|released|issued|published|provided|supplied|compiled|produced|announced|confirmed|calculated)"
_THE_FIGURE = rf"(?:the|that|this|its|their)\s+(?:(?!(?:a|an)\s)[\p{{Ll}}-]+\s+)?{_FIGURE_NOUN}\b"
GIVEN = LazyPattern(
    rf"\b{_GIVING}\s+{_THE_FIGURE}{_NOT_ANOTHER}"
    rf"|\b{_THE_FIGURE}\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:first\s+|later\s+)?{_GIVEN}\b"
    r"(?:\s+[^\s.;]+){0,4}?\s+by\s+(?:the\s+)?[\p{L}\p{M}]"
    rf"|\b{_THE_FIGURE}\s+(?:came|comes|come|was\s+taken|is\s+taken|was\s+drawn)\s+from\s+(?:the\s+)?[\p{{L}}\p{{M}}]",
    regex.IGNORECASE)
"""A source giving the figure in either voice, the shape not the words: someone + a verb of giving + the figure,
toll or tally ("The parks department compiled the tally on Sunday"), the figure given by someone ("The toll was
given by the parks department") or coming from someone ("The tally came from the parks department")."""


POINTER_SUBJECT = LazyPattern(
    r"^\s*[\"“‘']?(?:(?:that|this|those|these)\s+(?:figures?|numbers?|data|statistics|estimates?)\s+(?:on|for|about|of)"
    r"|the\s+(?:[\p{L}\p{M}-]+['’]s?\s+|latest\s+|new\s+|official\s+)?(?:figures|data|statistics|estimates)"
    r"\s+(?:on|for|about))\s+(?P<subject>(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)", regex.IGNORECASE)
"""A pointer back that names what its figures count: "The report's figures on insurance claims", "Those figures
for rainfall" (not "The trade report on a balance of payments basis", a report named by its subject, nor "The
total number of jobless", a statistic of its own)."""


def _names_back(located: Located, after: str) -> bool:
    """Whether a claim names the counted things again as those just counted ("According to the mayor, the houses
    were all in the old town", "the hail damaged every car on the forecourt"), not as all of their kind somewhere
    ("the city's trees are inspected every spring") nor as owners of what the claim is about ("the shelters'
    adverts bring in little money"); or points back at them ("most of them were old oaks")."""
    quantity, text = located.quantity, located.block.text
    complement = OF_WHAT.match(text, quantity.phrase_end)  # "2,600 hectares of vineyards"
    heads = [WORD.findall(named)[-1:] for named in (text[quantity.start:quantity.phrase_end],
                                                     complement.group() if complement else "")]
    words = [regex.escape(singular(word)) for head in heads for word in head if len(word) > 3 and is_content(word)]
    # the counted thing's own noun, not its modifier: "20 market stalls" is named again by "the stalls", not by
    # "stall rents in the market"
    named = rf"\b(?:the|those|these|every|each|all)\s+(?:[\p{{Ll}}-]+\s+)?(?:{'|'.join(words)})(?:e?s)?\b(?!['’])"
    if POINTS_BACK.search(after):
        return True
    return bool(words) and regex.search(named, after, regex.IGNORECASE) is not None


POINTS_BACK = LazyPattern(
    r"\b(?:all|most|many|some|none|several|half|each|both|few|one|two|three|four|five|the\s+majority|the\s+rest"
    r"|a\s+(?:third|quarter|few|handful|majority|minority)|nearly\s+all|almost\s+all|about\s+half)"
    r"\s+of\s+(?:them|those|these)\b", regex.IGNORECASE)
"""A claim about the counted things by a pronoun pointing back at them ("all of them were holiday lets", "most of
those held were from outside the city"): the counted things named again."""


OF_WHAT = LazyPattern(r"\s+of\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+")
"""What a measure counts: "hectares of vineyards"."""


RULES = [UnattributedFigure, QuoteWithoutSpeaker]
__all__ = ["NAMED", "RULES", "QuoteWithoutSpeaker", "UnattributedFigure", "has_source"]
