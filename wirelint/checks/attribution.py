"""WL2xx: claims with no source.

A hard figure (a toll, a percentage, a sum of money, a population) needs
someone who gives it; quoted speech needs someone who said it. The cue
words that show a source are kept here, in one place, for both rules.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from wirelint.document import Article, Block
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.numbers import Kind
from wirelint.numbers.data import table
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import PEOPLE
from wirelint.numbers.tallies import is_tally
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import alternation

if TYPE_CHECKING:
    from wirelint.config import Settings

SPEECH_CUES = (
    "said", "says", "say", "saying", "told", "tells", "telling", "asked", "asks", "added", "adds", "adding",
    "replied", "replies", "explained", "explains", "insisted", "insists", "argued", "argues", "warned", "warns",
    "stated", "states", "declared", "noted", "notes", "wrote", "writes", "commented", "continued", "acknowledged",
    "admitted", "admits", "announced", "announces", "urged", "conceded", "stressed", "stresses", "suggested",
    "recalled", "complained", "joked", "spoke", "speaking", "ask", "remarks", "remarked", "concluded",
    "points to", "pointed to",
    "pointed out", "points out", "pointing out", "whispered", "countered", "observed", "observes", "concedes",
    "revealed", "reveals", "put it", "maintained", "maintains", "responded", "retorted", "reckons", "reckoned",
    "quipped", "tweeted", "posted", "reported", "reports", "ruled", "agreed", "recalls", "asking", "talked",
    "laughs", "laughed", "smiles", "smiled",
    "according to",
    "quoted", "quoting",
    "in a statement", "a statement", "statement", "interview", "told reporters", "spokesman", "spokeswoman",
    "spokesperson", "predicted", "predicts", "claimed", "claims", "claim", "confirmed",
)
"""Words that name a speaker near quoted speech (the source cues below count for quotes too)."""

SOURCE_CUES = (
    "reporting", "report", "estimated", "estimates", "estimate", "figures", "figure",
    "data", "statistics", "citing", "cited", "showed", "shows", "show", "found", "finds",
    "survey", "surveys", "poll", "polls", "polled", "census", "study", "studies", "research", "researchers",
    "forecast", "forecasts", "projected", "projects", "calculated", "counted", "recorded", "registered",
    "expects", "officially", "warning that", "warnings that", "pointing to",
    "put at", "puts at", "put the toll at", "puts the toll at", "put the death toll at",
    "puts the death toll at", "carried out by", "conducted by", "published by", "commissioned by", "compiled by",
)
"""Words that name where a figure comes from (on top of the speech cues)."""

_NOT_SOURCE = LazyPattern(r"\bclaim(?:ed|s|ing)?\s+(?:the\s+lives|responsibility|victory|\S*\s*lives|their|his|her"
                          r"|its|benefits?|compensation|back|credit)\b"
                          r"|\bestimated\s+at\b(?![^.;]{0,60}\bby\b)"
                          r"|\breported\s+(?:missing|dead|killed|injured|wounded|hurt|kidnapped|abducted|sick|ill)\b"
                          r"|\b(?:reported|recorded|registered)\s+(?:(?:violent|sexual|knife|gun|street|hate)\s+)?"
                          r"(?:crimes?|offences|offenses|rapes?|assaults|burglaries|thefts|robberies|attacks|incidents"
                          r"|cases)\b"
                          r"|(?<=\b(?:personal|private|customer|customers'|users'|card|bank|medical)\s)data\b",
                          regex.IGNORECASE)
""""claimed the lives of", "has claimed 42 lives" (the figure blanked): a toll, not a claim by a source; "reported
missing": a state, not a report; "Recorded crime fell", "Reported rapes rose": the kind of statistic, not who
gives it; "could claim their pensions": claiming something, not saying it; "is estimated at £42m" with nobody
estimating; "stole the personal data of": what was taken, not where a figure comes from."""


def _cue_pattern(cues: Iterable[str]) -> regex.Pattern[str]:
    spelled = alternation(cues, boundary=False, gap=r"\s+")
    return compile_pattern(rf"(?<![\w-]){spelled}(?![\w-])", regex.IGNORECASE)


NAMED = LazyPattern(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Lord|Lady|Dame|President|Minister|Chancellor|[Bb]oss|[Mm]anager"
    r"|[Cc]oach|[Cc]aptain|[Cc]hairman|[Cc]hairwoman|[Ss]ecretary)\.?\s+[\p{Lu}][\p{Ll}]"
)
"""A person named by title right next to a quote ("Mr Raynsford dismissed the idea."): the reader knows who speaks."""
SOURCE = _cue_pattern(SPEECH_CUES + SOURCE_CUES)
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
    return r"\b" + alternation(table()["statistics"]["words"], boundary=False, gap=r"\s+") + r"\b"


STATISTIC = LazyPattern(_statistic_source, regex.IGNORECASE)
"""Words that make a percentage a statistic about people or the economy (quantities.toml, read on first use;
reported as a warning)."""


def _counted_source() -> str:
    return r"\b" + alternation(table()["statistics"]["count-words"], boundary=False, gap=r"\s+") + r"\b"


COUNTED = LazyPattern(_counted_source, regex.IGNORECASE)
"""What a bare count that moved is a statistic of (quantities.toml [statistics] count-words, read on first use)."""
KIN = LazyPattern(r"\s+of\s+(?:his|her|their|its|our|my)\b", regex.IGNORECASE)
"""A count of someone's own people ("killed two of her babies", "arrested three of his sons")."""
SOURCED_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.RATIO, Kind.MONEY, Kind.MEASURE})
"""The kinds of figure that can need a source: a paragraph whose figures are only years and dates is passed over
before its sentences are read."""
MONEY_THRESHOLD = 10_000
"""Sums below this are prices and fees, not claims that need a source."""
POPULATION_THRESHOLD = 1_000
"""Counts of people from this size up are statistics (reported at info)."""


@per_paragraph
def has_source(text: str) -> bool:
    """True when ``text`` names a source for what it says."""
    return any(not _NOT_SOURCE.match(text, match.start()) for match in SOURCE.finditer(text))


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the spans overwritten by spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


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
        what="A hard figure with no source in its sentence, an earlier sentence of its paragraph, a following "
        "sentence that is the attribution (\"That is according to ...\") or a later one that cites the data (\"The "
        "research was carried out by ...\"). Warnings: death, injury, treatment, illness, arrest, charge and "
        "conviction, displacement, missing, rescue and abduction counts; tallies of damage and loss, read by "
        "structure: a counted thing or measure with a predicate of loss, active, passive or nominal (\"gutted 42 "
        "buses\", \"42 containers were washed overboard\", \"the slaughter of 42,000 pigs\", \"smashed the windows "
        "of 42 shops\"), jobs lost or cut, flights cancelled, homes left without power or water; costs to the public "
        "or losses (\"has cost taxpayers $855 million\", \"£42m worth of damage\", \"£42m over budget\"); ratios "
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
            sourced = [has_source(sentence) for sentence in sentences]
            following = [*sentences[1:], _next_sentence(blocks, position)]
            cites: list[bool] = []  # read only for a figure no nearer source covers
            for located in placed:
                index = located.sentence
                here = sourced[index] and not _found_only(block, located, sentences[index])
                if located.quoted or any(sourced[:index]) or here or _is_attribution(following[index]):
                    continue  # a quote is attributed to its speaker, which WL202 checks
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
        if quantity.kind not in SOURCED_KINDS or quantity.definite:
            return None  # years, dates, ages...; "all 28 people detained" refers back to a figure given before
        if quantity.kind is Kind.RATIO or (quantity.kind is Kind.COUNT and quantity.event):
            if KIN.match(located.block.text, quantity.phrase_end):
                return None  # "killing two of her babies": a fact of one case, not a toll
            return Severity.WARNING
        if is_tally(located.block.text, quantity):
            return Severity.WARNING  # damage, loss or a cost to the public: a claim like a toll
        if quantity.kind is Kind.COUNT and not quantity.noun and _statistic_moved(located):
            return Severity.WARNING  # "Waiting lists have grown by 37,000": a statistic, like a percentage
        if quantity.kind is Kind.PERCENT:
            clause = located.block.text[max(0, quantity.start - 40):quantity.end + 40]
            if POLICY.search(clause):
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
    if finder is None:
        return False
    return not has_source(sentence[:finder.start()] + " " * (finder.end() - finder.start()) + sentence[finder.end():])


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


def _sentences(block: Block) -> list[str]:
    """The block's sentences with its figures blanked, so "an estimated 50" is not its own source."""
    text = _blank(block.text, [located.quantity.span for located in figures(block)])
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
    return cites is not None and has_source(sentence[cites.end():])  # "The output figures brought ..." cites nobody


def _is_attribution(sentence: str) -> bool:
    return bool(ATTRIBUTION_SENTENCE.match(sentence)) and has_source(sentence)


SPEECH_MIN_WORDS = 5
"""Shorter quotes without sentence punctuation are scare quotes or titles ("caliphate", "no military solution")."""
_WORDS = LazyPattern(r"[\p{L}\p{N}'’-]+")
_CLOSING = "\"”’'»"
_OPENING = "“„«"
_MARKS = '"“”„«»'
_MARK = LazyPattern(f"[{_MARKS}]")
_OPEN_AFTER = "([—–-:/"
_INTRODUCED = LazyPattern(r"(?::|(?<![.!?]\s)\b[\p{Lu}][\p{Ll}]+)\s*$")
"""A quote after a colon, or right after a name, is introduced by it ("Osbourne was at a loss: ...",
"- Bolton boss Sam Allardyce "I am ...")."""


class QuoteWithoutSpeaker(Rule):
    code = "WL202"
    examples = Examples(
        match=(
            "\"We will not leave our homes until the shelling stops and the army withdraws,\" the crowd heard.",
        ),
        no_match=(
            "\"We will not leave our homes until the shelling stops and the army withdraws,\" said Ahmed, a resident.",
        ),
    )
    name = "quote-without-speaker"
    severity = Severity.WARNING
    fields = ("body",)
    docs = RuleDocs(
        what="Direct quoted speech with no speaker in its sentence or the sentences next to it (said, says, told, "
        "asked, added, according to, in a statement..., or a person named by title, \"Mr Raynsford\"), nor a "
        "colon or a name right before it. Feature style counts too: a speech cue up to two sentences before, a "
        "sentence just before that gives a person's view (\"But Greene believes ...\", \"She told the BBC how "
        "...\"), and a voice that goes on after narrative about the speaker. Short scare quotes, titles and "
        "partial quotes are not speech. Quotes that follow each other are one voice, reported once.",
        why="A quote nobody said cannot be checked. It usually means the attribution was cut in editing.",
        example='"We will not give up the town without a fight."',
        use_instead='"We will not give up the town without a fight," the commander said.',
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        blocks = list(self.blocks(article))
        continued = False  # the previous paragraph ended inside a quote that has a speaker
        voice: tuple[int, int] | None = None  # where the last quote with a speaker ended: (block, offset)
        for position, block in enumerate(blocks):
            chains = _chains(block.text)
            for chain in chains:
                first_start, first_end = next(span for span in chain if _is_speech(block.text[slice(*span)]))
                spoken = (
                    (continued and first_start == 0)
                    or _INTRODUCED.search(block.text, max(0, first_start - 40), first_start) is not None
                    or any(_has_speaker(blocks, position, start, end) for start, end in chain)
                    or _introduced_before(blocks, position, first_start)
                    or _same_voice(blocks, voice, position, first_start)
                )
                if not spoken:
                    yield self.finding(block, first_start, first_end, "quoted speech has no speaker in its "
                                       "sentence or the sentences next to it; say who said it")
                else:
                    voice = (position, chain[-1][1])
                continued = spoken
            last = chains[-1][-1] if chains else None
            continued = bool(last and last[1] == len(block.text) and block.text[-1] not in _CLOSING and continued)


def _chains(text: str) -> list[list[tuple[int, int]]]:
    """Runs of quotes with nothing between them that hold speech: one voice, quoted paragraph after paragraph.

    A partial quote belongs to the run too (``," said Sella, "which Laporte is
    doing well. "It's difficult``): it carries the run's speaker on.
    """
    runs: list[list[tuple[int, int]]] = []
    for start, end in speech_spans(text):
        if runs and not text[runs[-1][-1][1]:start].strip():
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return [run for run in runs if any(_is_speech(text[start:end]) for start, end in run)]


@per_paragraph
def speech_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Quotes paired by the direction of their marks, for copy whose paragraph breaks were lost.

    Straight marks cannot say whether they open or close, so
    :attr:`Block.quotes` pairs them in turn; when a quote runs on into a new
    paragraph that opens with a fresh mark and the break is gone
    (``crowd. "There's big rivalry``), every later pair is inside out. Here a
    mark after a space and before a non-space opens a quote, and a new
    opening closes a quote still open, as a paragraph break would.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _MARK.finditer(text):
        index, char = mark.start(), mark.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        straight_opening = char == '"' and (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
        opening = char in _OPENING or straight_opening
        if opening:
            if open_at is not None:
                spans.append((open_at, index))
            open_at = index
        elif open_at is not None:
            spans.append((open_at, index + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return tuple(spans)


def _is_speech(quote: str) -> bool:
    """True for quoted speech; False for scare quotes, titles, names and partial quotes."""
    words = _WORDS.findall(quote)
    if not words or words[0][0].islower():
        return False  # a partial quote: "... billed as "the UK's biggest award""
    capitalised = sum(1 for word in words if word[0].isupper())
    if capitalised == len(words) or (len(words) >= 3 and capitalised / len(words) >= 0.6):
        return False  # a title or a name: "The Lord of the Rings", "E.T."
    return len(words) >= SPEECH_MIN_WORDS or any(mark in quote.rstrip(_CLOSING)[-1:] for mark in ".,?!")


def _has_speaker(blocks: list[Block], position: int, start: int, end: int) -> bool:
    block = blocks[position]
    context = [_blank_within(block.text, s, e, start, end) for s, e in _around(block.sentences, start, end)]
    if position > 0 and _first_sentence_overlaps(block, start):
        context.append(_edge(blocks[position - 1], last=True))
    if position + 1 < len(blocks) and _last_sentence_overlaps(block, end):
        context.append(_edge(blocks[position + 1], last=False))
    return any(has_source(text) or NAMED.search(text) for text in context)


STANCE_CUES = (
    "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt", "hope", "hopes",
    "hoping", "hoped", "accept", "accepts", "accepted", "admit", "admitted", "keen", "pleased", "happy", "delighted",
    "confident", "optimistic", "disappointed", "frustrated", "angry", "anger", "praised", "praises", "criticised",
    "criticized", "criticises", "hailed", "hails", "brushed off", "dismissed", "dismisses", "defended", "defends",
    "rejected", "rejects", "denied", "denies", "welcomed", "welcomes", "mention", "mentions", "describe",
    "describes", "described", "recalled", "remembers", "remembered", "expects", "wants", "wanted",
    "fears", "feared", "worried", "concerned", "convinced", "sure", "determined", "adamant", "unrepentant",
    "explained", "picks up", "picked up", "opinion", "view", "views", "reflected", "reflects", "vowed", "vows",
    "promised", "promises", "conceded", "acknowledges", "questioned", "questions", "doubts", "doubted",
    "how", "why", "what", "blame", "blames", "blamed", "viewpoint", "applauded", "praise", "points out",
    "pointing out", "pointed out",
)
"""Words that put a person's view or account in a sentence ("Greene believes ...", "Kerr was keen to mention
...", "She told the BBC how ..."): quotes right after such a sentence are that person's."""
STANCE = _cue_pattern(STANCE_CUES)
PERSON_CASED = LazyPattern(
    r"(?:^|[\s(])(?i:he|she|they|his|her)\b|\b[\p{Lu}][\p{Ll}'’-]+\s+[\p{Lu}][\p{Ll}'’-]+\b"
)
LOOK_BACK = 2
"""Sentences before a run of quotes searched for a speech cue ("..., said the Liverpool player. [one sentence of
narrative] "In Basel ...")."""


def _introduced_before(blocks: list[Block], position: int, start: int) -> bool:
    """True when the sentence just before a run of quotes gives a person's view or account, or one of the two
    before it has a speech cue: feature style, where the speaker comes first and the quotes follow."""
    before = _sentences_before(blocks, position, start, LOOK_BACK)
    if not before:
        return False
    last = before[-1]
    if STANCE.search(last) and (PERSON_CASED.search(last) or _SURNAME_SUBJECT.match(last)):
        return True
    return any(has_source(sentence) or NAMED.search(sentence) for sentence in before)


VOICE_GAP = 2
"""Narrative sentences a speaker's voice carries across to the next quote when they speak of him or her."""
_PRONOUN = LazyPattern(r"\b(?:he|she|his|her|him|himself|herself)\b", regex.IGNORECASE)


def _same_voice(blocks: list[Block], voice: tuple[int, int] | None, position: int, start: int) -> bool:
    """True when the last quote with a speaker is at most two narrative sentences back and those sentences speak
    of a person ("... ," said Greene. His time was 9.87. "I should have won"): the same voice goes on."""
    if voice is None or voice[0] < position - 1:
        return False
    between = _sentences_before(blocks, position, start, VOICE_GAP + 1, since=voice)
    return len(between) <= VOICE_GAP and any(_PRONOUN.search(sentence) for sentence in between)


_SURNAME_SUBJECT = LazyPattern(r"\W*(?:(?:but|and|so|yet)\s+)?[\p{Lu}][\p{Ll}-]+\s+(?:also\s+|now\s+|still\s+)?"
                               r"(?:is|was|has|had|\p{Ll}+s)\b")
"""A surname as the subject at the start of a sentence: "But Greene believes", "Collins was sixth"."""


def _sentences_before(blocks: list[Block], position: int, start: int, count: int,
                      since: tuple[int, int] | None = None) -> list[str]:
    """Up to ``count`` sentences ending before ``start``, in order, reaching into earlier paragraphs; quotes are
    blanked and sentences left empty by that dropped. With ``since``, only sentences after that place."""
    found: list[str] = []
    while position >= 0 and len(found) < count:
        block = blocks[position]
        text = _blank(block.text, speech_spans(block.text))
        for sentence_start, sentence_end in reversed(block.sentences):
            if since is not None and (position, sentence_start) < since:
                return found
            if sentence_end <= start and len(found) < count and text[sentence_start:sentence_end].strip():
                found.insert(0, text[sentence_start:sentence_end])
        position -= 1
        start = len(blocks[position].text) if position >= 0 else 0
    return found


def _blank_within(text: str, s: int, e: int, start: int, end: int) -> str:
    """``text[s:e]`` with ``[start, end)`` overwritten by spaces: ``_blank(text, [(start, end)])[s:e]``
    without copying the whole paragraph (a one-line archive has thousands of quotes)."""
    piece = text[s:e]
    left, right = max(start, s) - s, min(end, e) - s
    return piece[:left] + " " * (right - left) + piece[right:] if left < right else piece


def _around(sentences: tuple[tuple[int, int], ...], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences the quote touches, and one on each side (sentences are in order and
    do not overlap, so the touched ones are found by bisection)."""
    first = bisect_right(sentences, start, key=lambda span: span[1])
    stop = bisect_left(sentences, end, key=lambda span: span[0])
    if first >= stop:
        return
    yield from sentences[max(0, first - 1) : min(len(sentences), stop + 1)]


def _first_sentence_overlaps(block: Block, start: int) -> bool:
    return not block.sentences or start < block.sentences[0][1]


def _last_sentence_overlaps(block: Block, end: int) -> bool:
    return not block.sentences or end > block.sentences[-1][0]


def _edge(block: Block, last: bool) -> str:
    if not block.sentences:
        return block.text
    start, end = block.sentences[-1] if last else block.sentences[0]
    return block.text[start:end]


RULES = [UnattributedFigure, QuoteWithoutSpeaker]
