"""The vocabulary of an article: what each sentence talks about, in content words and names.

Rules that ask whether two parts of an article belong to the same story (WL601)
or whether a sentence says again what another already said (WL602) need the
same reading of every sentence: where it starts and ends (including sentences
run together without a space, ``jihadists.Meanwhile``), its content words
reduced to a crude stem, the names it mentions, and its normalised wording.

A paragraph's units are a pure function of its text and are remembered per
paragraph (:func:`paragraph_units`); the article's vocabulary is assembled
once per article and shared (:func:`article_vocabulary`). Both are linear in
the length of the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wirelint.document import Article, Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import PerArticle, per_paragraph
from wirelint.text.common_words import FUNCTION_WORDS, NEWS_WORDS, SECTION_WORDS, TRANSITIONS
from wirelint.text.sentences import sentence_spans
from wirelint.text.storyends import MAX_ENDING_WORDS, end_of_copy, split_at_endings
from wirelint.text.storyshifts import shift_source

if TYPE_CHECKING:
    import regex

WORDS_REMEMBERED = 8192
"""Stems and content-word answers kept: pure functions of one word, asked for every word of every sentence."""

STEM_LENGTH = 6
"""Content words are compared by their first letters, once a plural or verb ending is gone:
"Syria" and "Syrian", "trade" and "traders" (but not "interest" and "internet")."""
_ENDINGS = (
    "ations",
    "ation",
    "ions",
    "ion",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ers",
    "ed",
    "es",
    "er",
    "ly",
    "s",
    "e",
)
MIN_WORD = 3

_ADDRESS_ENDS = r"(?:COM|NET|ORG|GOV|EDU|PDF|DOC|DOCX|TXT|HTML?|JPE?G|PNG|GIF|ZIP|EXE)"
"""What follows a dot in a web address or a file name, not a sentence: ``Amazon.COM Inc``, ``report.PDF``."""
_NEXT = r"(?=[<\"“]?(?:\p{Lu}\p{Ll}|[AI]\s|\p{Lu}\.\p{Lu}\.))"
_RUN_ON = LazyPattern(
    r"(?<=(?:\p{Ll}{2}|['’]\p{Ll}|\d|%)[\"'”’)\]>]?)[.!?][\"'”’]?(?:" + _NEXT
    + r"|(?![<\"“]?" + _ADDRESS_ENDS + r"\b)(?=[<\"“]?\p{Lu}{3,}[\p{L}\-]*[\s,]))"
    r"|(?:(?<=(?<![\p{L}.])\p{Lu}{2,})[.!?][\"'”’]?|(?<=\p{Lu}{2}[\"'”’)\]>])[.!?]|(?<=[\p{L}\d]{2}\)))" + _NEXT
)
"""A sentence end glued to the next sentence: ``jihadists.Meanwhile``, ``in 1988.Exxon``, ``it said.A senior``,
``"CGCO."Separately``, ``share.U.S. business``, ``said.IBM Corp``, ``in the US.Separately``, ``112%.In``,
``didn't."Elsewhere``, ``Ltd>.Meanwhile``, a dateline (``said.TOKYO, March 3 -``), a closing bracket glued
to the next sentence (``(FCC)Manchester``)
(not ``U.S.Treasury``, not ``bbc.co.uk``, not ``<HKEH.HK>``, not ``Amazon.COM Inc``)."""
_ROW_UNITS = r"(?:cts?|cents?|dlrs?|mln|billion|bln|pct|yen|marks|francs|pounds|stg|crowns|lire|guilders|shrs|shares)"
_ROW_FIGURE = r"(?:(?:profit|loss)\s+)?(?:\d[\d.,]*p?|nil|one|two|three|four|five|six|seven|eight|nine|ten)"
_ROW_RUN = LazyPattern(
    r"(?:[^\n]{0,60}?\s[-–—]\s+)?\p{Lu}[\p{L}.&/\-]*(?:\s+[\p{L}.&/\-]+){0,4}?\s+" + _ROW_FIGURE
    + r"(?:\s+" + _ROW_UNITS + r")*\s+vs\.?\s+" + _ROW_FIGURE + r"(?:\s*" + _ROW_UNITS + r")?"
    r"(?=[ \t]*\n?[ \t]*(?:[<\"“]?\p{Lu}\p{Ll}|\p{Lu}{2,}[\p{Lu}\s,.]|\p{Lu}\.\p{Lu}\.))"
)
"""A row of a results table ("Shr 12 cts vs 10 cts", "Net 1,211,000 vs 1,428,000", after a dateline or not) with a
sentence glued to it, with no space, a space or on the next line (``vs 91 ctsAKRON, OHIO, March 3 - Telxon Corp
said ...``): a row ends on its figure, so what follows is another sentence (no untouched article has one)."""
TABLE_ROW = LazyPattern(
    r"(?:[^\n]{0,60}?\s[-–—]\s+)?\p{Lu}[\p{L}.&/\-]*(?:\s+[\p{L}.&/\-]+){0,4}?\s+" + _ROW_FIGURE
    + r"(?:\s+" + _ROW_UNITS + r")*\s+vs\.?\s+" + _ROW_FIGURE + r"(?:\s*" + _ROW_UNITS + r")?(?P<end>[\s.]*$)?"
)
"""A sentence that opens with a row of a results table ("Shr 12 cts vs 10 cts", "Net 1,211,000 vs 1,428,000",
after a dateline or not); group ``end`` matches when the row is all of it."""
ROW_RUN_LOWER_WORDS = 3
"""Lower-case words the text after a table row needs to be a sentence glued to it (not a sign-off, "Reuter")."""
_LOWER = LazyPattern(r"(?<![\p{L}\p{N}])\p{Ll}{3,}")
_TOKEN = LazyPattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.,/\-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]")
"""Words and figures: the wording two copies of a sentence share ("3.5 years" is not "13.49 years")."""
_WORD = LazyPattern(r"[\p{L}\p{M}][\p{L}\p{M}'’]*")
_NAME = LazyPattern(
    r"\p{Lu}[\p{L}\p{M}'’]*(?:(?:[ \-]|\n[ \t]*)(?:(?:al|bin|de|del|la|le|van|von|of|for|the)(?:[ \-]|\n[ \t]*))?"
    r"\p{Lu}[\p{L}\p{M}'’]*)*"
)
"""A name: capitalised words, with a particle between them; a line break of hard-wrapped wire copy between two of
its words is a space ("Bank of British\nColumbia", "Baker International\nCorp")."""
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
TRANSITION = LazyPattern(
    lambda: r"(?i)^[\"'“‘]?(?:" + "|".join(t.replace(" ", r"\s+") for t in TRANSITIONS) + r")\b[\s,]"
    r"|^[\"'“‘]?" + shift_source()
    + r"|^also\s+(?:(?:on|late|early|earlier|later)\s+)?(?:" + _DAY + r"|today|yesterday|tonight|"
    r"(?:this|last)\s+(?:week|weekend|month))(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*"
)
"""A paragraph's opening that turns to another subject: a transition word ("Meanwhile,", :data:`TRANSITIONS`), a
phrase of a topic-shifting shape (:mod:`wirelint.text.storyshifts`: "In an unconnected matter,", "Switching the
focus,", "Back at home,"), or "Also" with a day ("Also on Tuesday,", "Also today,"): in the same story, or pasted
in from another. After "Also" and its day, the rest is read as the sentence's own start."""
AFTER_TRANSITION = LazyPattern(r"\s*(?:[\p{L}\p{N}'’]+\s+){0,3}[\p{L}\p{N}'’]+,\s*")
"""A short phrase after a transition word with no comma of its own, up to the comma that ends it ("Separately on
Monday, ...", "Meanwhile in Paris, ..."): the sentence's own start is after it."""
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class Unit:
    """One sentence of a paragraph, as far as cohesion and repetition are concerned."""

    start: int
    end: int
    run_on: bool
    """True when it starts right after a full stop with no space (a sentence glued to the one before)."""
    terms: tuple[str, ...]
    """Stems of its content words and names, lower case; acronyms keep their capitals. The words any two
    stories of a section share (:data:`~wirelint.text.common_words.SECTION_WORDS`) are left out."""
    names: tuple[str, ...]
    """Names as written (capitalised words and runs of them), sentence-initial ones included."""
    initial_name: bool
    """True when its first name is its first word (which may just be a capitalised common word)."""
    words: int
    capitals: bool
    """Written all in capitals: a slug, a table heading or boilerplate, not a sentence of the story."""
    wording: str
    """Its words in lower case joined by single spaces: what two copies of a sentence share."""


def _bare(word: str) -> str:
    """``word`` without a possessive ending."""
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _is_acronym(word: str) -> bool:
    return 1 < len(word) <= 5 and word.isupper()


@lru_cache(maxsize=WORDS_REMEMBERED)
def stem(word: str) -> str:
    """The comparable form of a word: no possessive, lower case, cut to :data:`STEM_LENGTH` letters.

    Acronyms (``HTS``, ``IS``) keep their capitals, so "IS" is not the word "is".
    """
    word = _bare(word)
    if _is_acronym(word):
        return word
    word = word.lower()
    if word.endswith("ian"):  # Syrian, Syria
        word = word[:-1]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:STEM_LENGTH]


@lru_cache(maxsize=WORDS_REMEMBERED)
def is_content(word: str) -> bool:
    """True for a word that says what a sentence is about (not "the", "said", "Monday")."""
    word = _bare(word)
    if _is_acronym(word):
        return True
    lowered = word.lower()
    return len(lowered) >= MIN_WORD and lowered not in FUNCTION_WORDS and lowered not in NEWS_WORDS


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """Sentence spans, split again where sentences run together: ``(start, end, run_on)``."""
    pieces: list[tuple[int, int, bool]] = []
    for start, end in (span for whole in sentence_spans(text) for span in split_at_endings(text, *whole)):
        run_on = False
        row = _ROW_RUN.match(text, start, end) if " vs" in text[start:end] else None
        if row is not None and len(_LOWER.findall(text, row.end(), end)) >= ROW_RUN_LOWER_WORDS:
            after = row.end() + len(text[row.end() : end]) - len(text[row.end() : end].lstrip())
            pieces.append((start, row.end(), run_on))
            start, run_on = after, True
        for match in _RUN_ON.finditer(text, start, end) if _may_run_on(text, start, end) else ():
            pieces.append((start, match.end(), run_on))
            start, run_on = match.end(), True
        pieces.append((start, end, run_on))
    return pieces


def _may_run_on(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` could hold a glued sentence end (:data:`_RUN_ON`): every one is a stop, or a
    closing bracket just before, with a character after it in the span. Most sentences have their only stop
    last, and are not searched."""
    return any(text.find(mark, max(0, start - 1), end - 1) >= 0 for mark in ".!?)")


@lru_cache(maxsize=WORDS_REMEMBERED)
def _word_terms(word: str, all_caps: bool) -> tuple[str, ...]:
    """The stems a word adds to its sentence's terms (none for a function word): one look-up per word."""
    return tuple(
        stem(part.lower() if all_caps else part)
        for part in word.split("-")
        if part and is_content(part) and part.lower() not in SECTION_WORDS
    )


def own_start(sentence: str, opening: regex.Match[str] | None) -> int:
    """Where a sentence's own words start after its transition (``opening``, :data:`TRANSITION`'s match), and
    after a short phrase of its own up to a comma ("Separately on Monday, "); -1 when it has none."""
    if opening is None:
        return -1
    start = opening.end()
    if opening.group().rstrip()[-1:] != ",":
        after = AFTER_TRANSITION.match(sentence, start)
        return after.end() if after else -1
    return start


def _lead(sentence: str, first: bool) -> int:
    """Where a name opens the sentence at the latest: after quotation marks or a bracket, and, inside a paragraph
    (not ``first``), after a transition (:func:`own_start`): a capitalised word there starts the sentence's own
    words ("... the fees. On another front, Investment bankers say ..."), and is a name only if the article
    writes it so inside a sentence too (:meth:`ArticleVocabulary.is_name`). A paragraph's first sentence is read
    as before: the paragraph measures were fitted on that reading, and reading it so too lost pasted ledes there
    for no control fewer (issue 17, round 16)."""
    start = 0 if first else max(0, own_start(sentence, TRANSITION.match(sentence)))
    rest = sentence[start:]
    return start + len(rest) - len(rest.lstrip(" \"'“‘("))


def _unit(text: str, start: int, end: int, run_on: bool) -> Unit:
    """A sentence and its vocabulary; an end mark or a closing credit line has none: its editors' names are the
    desk's, not the story's, and must not tell the story's last paragraphs apart from the rest."""
    sentence = text[start:end]
    words = _WORD.findall(sentence)
    all_caps = sentence.upper() == sentence
    closing = len(words) <= MAX_ENDING_WORDS and bool(end_of_copy(sentence))
    terms = [] if closing else [term for word in words for term in _word_terms(word, all_caps)]
    names: list[str] = []
    initial_name = False
    if not (all_caps or closing):
        lead = _lead(sentence, not text[:start].strip())
        for match in _NAME.finditer(sentence):
            name = _bare(" ".join(match.group().split()))
            initial = match.start() <= lead
            if initial:
                first = name.split()[0].split("-")[0]
                if first.lower() in FUNCTION_WORDS or first.lower() in NEWS_WORDS:
                    name, initial = name[len(first) :].strip(" -"), False
            if name and (len(name) > 1 and is_content(name.split()[-1])):
                initial_name = initial_name or (initial and not names)
                names.append(name)
    wording = " ".join(_TOKEN.findall(sentence)).lower()  # as each token lowered: a space ends a final sigma
    return Unit(start, end, run_on, tuple(terms), tuple(names), initial_name, len(words), all_caps, wording)


@per_paragraph
def paragraph_units(text: str) -> tuple[Unit, ...]:
    """The sentences of a paragraph (run-on ones split apart), each with its vocabulary."""
    return tuple(_unit(text, start, end, run_on) for start, end, run_on in _pieces(text))


@per_paragraph
def topic_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words written in lower case (or all in capitals, as a wire headline is), the
    words any two stories of a section share included: whether a paragraph takes up the subject of a headline
    ("growth", "trade", "shares") is asked in every word, not only in those that tell two stories apart."""
    return frozenset(
        stem(word.lower()) for word in _WORD.findall(text) if (word.islower() or word.isupper()) and is_content(word)
    )


@dataclass(frozen=True)
class Placed:
    """A unit and the block it is in."""

    block: Block
    unit: Unit
    opens_paragraph: bool


@dataclass
class ArticleVocabulary:
    """Every body sentence in reading order, with the words of the headline and standfirst."""

    units: list[Placed]
    top_terms: frozenset[str]
    """Content stems of the headline and standfirst."""
    names: Counter[str]
    """How often each name is mentioned in the body."""
    lower_words: frozenset[str]
    """Words the body writes in lower case somewhere: a sentence-initial "Fighting" is not a name."""
    inner_names: frozenset[str]
    """Names written somewhere other than at the start of a sentence."""

    def is_name(self, name: str) -> bool:
        """False for a capitalised word that only ever starts sentences ("Clashes", "Fighting")."""
        if " " in name or name in self.inner_names:
            return True
        return name.split("-")[0].lower() not in self.lower_words and name.isupper()


@per_paragraph
def _lower_words(text: str) -> frozenset[str]:
    """The words a paragraph writes in lower case."""
    return frozenset(word for word in _WORD.findall(text) if word.islower())


def _build(article: Article) -> ArticleVocabulary:
    units: list[Placed] = []
    names: Counter[str] = Counter()
    lower: set[str] = set()
    inner: set[str] = set()
    top: set[str] = set()
    for block in article.fields("headline", "standfirst"):
        for unit in paragraph_units(block.text):
            top.update(unit.terms)
            top.update(stem(word) for name in unit.names for word in name.split())
    for block in article.fields("body"):
        if block.inferred:
            continue
        for index, unit in enumerate(paragraph_units(block.text)):
            units.append(Placed(block, unit, index == 0))
            names.update(unit.names)
            inner.update(unit.names[1:] if unit.initial_name else unit.names)
        lower.update(_lower_words(block.text))
    return ArticleVocabulary(units, frozenset(top), names, frozenset(lower), frozenset(inner))


_VOCABULARIES: PerArticle[str, ArticleVocabulary] = PerArticle()


def article_vocabulary(article: Article) -> ArticleVocabulary:
    """The article's vocabulary, built on first request and shared by every rule that asks."""
    return _VOCABULARIES.get(article, "vocabulary", lambda: _build(article))
