"""WL202: quoted speech nobody is said to have said.

A quote needs a speaker near it: in its sentence or the sentences next to
it, a colon or a name right before it, or, feature style, a person whose
view the sentence before gives, or a voice that goes on. The cue words are
those of WL201 (wirelint/checks/sources.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from wirelint.checks.sources import NAMED, blank, cue_pattern, has_source
from wirelint.document import Article, Block
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.rule import Examples, Rule, RuleDocs

if TYPE_CHECKING:
    from wirelint.config import Settings


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


@per_paragraph
def _chains(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Runs of quotes with nothing between them that hold speech: one voice, quoted paragraph after paragraph.

    A partial quote belongs to the run too (``," said Sella, "which Laporte is
    doing well. "It's difficult``): it carries the run's speaker on. A function of the paragraph's
    text, remembered: an editor's re-lint reads again only the quotes of the paragraph that changed.
    """
    runs: list[list[tuple[int, int]]] = []
    for start, end in speech_spans(text):
        if runs and not text[runs[-1][-1][1]:start].strip():
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return tuple(tuple(run) for run in runs if any(_is_speech(text[start:end]) for start, end in run))


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
STANCE = cue_pattern(STANCE_CUES)
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
        text = blank(block.text, speech_spans(block.text))
        for sentence_start, sentence_end in reversed(block.sentences):
            if since is not None and (position, sentence_start) < since:
                return found
            if sentence_end <= start and len(found) < count and text[sentence_start:sentence_end].strip():
                found.insert(0, text[sentence_start:sentence_end])
        position -= 1
        start = len(blocks[position].text) if position >= 0 else 0
    return found


def _blank_within(text: str, s: int, e: int, start: int, end: int) -> str:
    """``text[s:e]`` with ``[start, end)`` overwritten by spaces: ``blank(text, [(start, end)])[s:e]``
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
