"""Find machine-translation markers by their parts, in the languages a newsroom meets.

A marker is a note about the text it sits in: "Powered by automated
translation", "Maschinell übersetzt", "本文由机器翻译". Each language in
``[lexicon.translation]`` gives the parts: words of translating, words of
machines, automation or a named tool, phrases that refer to the text itself
("this article"), and reporting verbs. A short segment (a line, a sentence or
a bracketed note) that holds a translating word and a machine word is a marker;
a wording never seen before, built the same way, is found too.

A sentence that reports on translation as news is not a marker: it has a
reporting verb ("The ministry said the document had been machine-translated"),
or, in English, a subject other than the text itself, a verb of its own ("is
growing") or an object after the verb ("translated the letter").

A marker run into the next sentence without a full stop ("Powered by automated translation Flood waters
receded") ends at its last lexicon word, before the capitalised word that starts the sentence.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import regex

from wirelint.gates import LiteralGate
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.attachedclause import attached_to_main_clause
from wirelint.text.common_words import OPEN_ENDINGS
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.notechecker import checker_end
from wirelint.text.sentencebounds import opens_sentence
from wirelint.text.sentences import sentence_spans
from wirelint.text.translationnews import LEADS_TO_NAME, object_of_news, product_news, reads_as_sentence
from wirelint.text.translationsource import names_source
from wirelint.text.translationstarts import note_words

MAX_WORDS = 25
"""A marker is a short note; a longer sentence is prose."""
MAX_LEAD_WORDS = 4
"""Without a reference to the text itself, a marker starts with its translating or machine word."""
MAX_TRAILING_WORDS = 4
"""Words a note in a language without a sentence test of its own has after its last part ("... del original en
inglés"); more make a sentence about machine translation ("La traduction automatique est de plus en plus
populaire en France."), which is reported with an unsafe fix only."""
MAX_PREFIX_WORDS = 10
MAX_MARKER_CHARS = 250
"""Characters of a segment's opening or close searched for a run-in marker (ten words and then some)."""
WINDOW = 60
"""Characters at most between the translating word and the machine word."""
_LINE = LazyPattern(r"[^\r\n]+")
_PIECE_END = LazyPattern(
    r"(?:(?<=[.!?…]|[。！？])[\"”’)\]*_]*|(?<=\p{L})[*_]+(?=\s))"
    r"\s*(?=[^\s\p{Ll}]|\p{Georgian})(?<=[。！？\s\"”’)\]*_])",
    regex.VERSION1,
)
"""The space after a stop (none after a CJK stop) or a closing emphasis ("*...translated*") before a word that is
not in small letters; Georgian is written without capitals, so a word in it may start a piece though Unicode
files its letters as small."""
_FOLLOWER = LazyPattern(r"\s+[\"“‘]?\p{Lu}")
"""A capitalised word after a marker, on the same line or the next (hard-wrapped copy)."""
_NAMED_LANGUAGE = LazyPattern(
    r"(?<=\b(?:from|into|in|to)[ ](?:the[ ])?|:[ ])\p{Lu}[\p{L}-]+(?:[ ]original)?"
    r"|(?<=\bof[ ]the[ ])\p{Lu}\p{Ll}+[ ]original"
)
"""The language a note names: "from German", "from the French original"."""
_TRIM = " \t\r\n\x00\x01\x02\x03\x04\x7f"
_VERB_AFTER_COMMA = LazyPattern(r",[ ]\p{Ll}+(?:s|ed)[ ]")
_ARTICLE_THEN = LazyPattern(r"(?<![\p{L}])(?i:a|an|the)[ ](?:\p{Ll}+[ ])?(?:\p{L}+-)?\Z")
"""An article right before a translating word ("an auto-translated menu"): it describes a thing of the sentence."""
_DETERMINERS = LazyPattern(r"^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b", regex.IGNORECASE)
_POWERED = LazyPattern(r"^[\[(\s]*(?i:powered[ ]by|via|using|translated[ ](?:by|with|using))[ ]")
_TEXT_AS_OBJECT = LazyPattern(
    r"(?i:translat\w*)[ ]this[ ](?:article|story|text|content|page|post|report|piece|item|copy)\b|(?i:produced"
    r"|generated|created|made|rendered)[ ]this[ ](?:translation|version|text)(?=[ ]from[ ]|[.!)\]]*[ \t]*\Z)", regex.I
)
_POSSESSIVE = LazyPattern(r"^\p{Lu}[\p{L}-]*['’]s?[ ]")
_OBJECT_AFTER = LazyPattern(
    r"[ \t]+(?:(?:the|a|an|his|her|its|their|our|this|that|these|those)\b|\p{N})", regex.IGNORECASE
)
"""An object after the verb: a determiner or a quantity ("AI translated 1 billion words last year" is news)."""
_STOP_THEN_TEXT = LazyPattern(r"(?:[.!?][\"”’)\]]*\s+|[。！？][\"”’)\]]*\s*)[\p{L}\p{N}\"“‘<(\[]")
_NAMED_SUBJECT = LazyPattern(
    r"(?:\p{Lu}[\p{L}-]*[ ]){2,}(?!(?:by|with|from|via|using|into|for|and|of|version|edition|text)\b)\p{Ll}"
)
"""Capitalised words and then small letters: a name as the subject of a sentence, not a note in title case
(nor a language's version: "Machine-made Spanish version")."""
_VERSION = LazyPattern(r"(?:version|edition|text)\Z", regex.IGNORECASE)
"""A translating word that is a language's version ("Spanish version"), not a word of translating."""
_MADE_BY = LazyPattern(
    r"[ ,]+(?:(?:was|is|were|are|has[ ]been|had[ ]been|have[ ]been)[ ]+)?(?:\p{L}+(?:ed|en|de)|made)[ ]+"
    r"(?:by|with|using|via|automatically)\b",  # "English text generated by AI", "... produced automatically"
    regex.IGNORECASE,
)
_WORD_REST = LazyPattern(r"[\p{L}\p{M}]*")
_GOES_ON = LazyPattern(r"[\p{L}\p{N}-]|[ ]\p{Lu}")
"""After a note's last word: the word goes on, or a capitalised word follows (a name, not a note)."""
_NOTE_CLOSE = LazyPattern(r"[.)\]](?=[ ]\p{Ll})")
"""A note's own full stop or bracket, when the sentence it fell into goes on after it."""
_ROW_LEAD = LazyPattern(r"(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{N}[\p{N}.,:%/-]*[ \t]+(?=\p{Lu})")
"""A table row's label and figure before the text of a line: what follows is read on its own."""
_OPENS_AFTER = LazyPattern(r"[ \t]+[<(\[\"“‘]?\p{Lu}")
"""A capitalised word or a bracket after a note's last part, in the same segment: the next sentence's start."""
_LATIN = LazyPattern(r"\p{Latin}")
_FIGURE = LazyPattern(r"\p{N}")
_NOTE_END = LazyPattern(r"[\s.!?)\]\"”’。！？）」*_]*")
"""What may follow a note's last word when nothing of the sentence it ends is left: stops, brackets, quotes."""
_SCRIPT = (
    r"[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Thai}"
    r"\p{Georgian}\p{Armenian}\p{Bengali}\p{Tamil}\p{Gurmukhi}\p{Ethiopic}\p{Sinhala}\p{Myanmar}\p{Khmer}\p{Lao}]"
)
_NOTE_ENDS = ".!?。！？)）」\"”"
"""Marks that close a note (inside a character class): after one, what follows is no longer the note's."""
_OTHER_SCRIPT = LazyPattern(
    rf"{_SCRIPT}(?:[^\p{{Latin}}\n]*{_SCRIPT}"
    rf"|[ ]?[\p{{Latin}}\p{{N}}]+(?:[ ][\p{{Latin}}\p{{N}}]+){{0,2}}[ ]?(?={_SCRIPT}))*"
    rf"[{_NOTE_ENDS}]*"
)
"""A run of text in a script other than Latin, up to the next Latin letter; one to three Latin words between
its characters (a tool: "本文由AI DeepL翻译") stay in it."""
_SCRIPT_START = LazyPattern(_SCRIPT)
_CASED = LazyPattern(r"[\p{Lu}\p{Ll}]")
_TOOL_AFTER = LazyPattern(r"[ ]")
_CLOSING_MARKS = LazyPattern(f"[{_NOTE_ENDS}]*")


def _small(char: str) -> bool:
    """True for a small letter of a script with capitals: Georgian letters are filed as small in Unicode (it
    gained capitals in 2018), but Georgian is written without them, so no word in it reads as a sentence's
    middle."""
    return char.islower() and not ("\u10d0" <= char <= "\u10ff" or "\u2d00" <= char <= "\u2d2f")


def _at_line_end(text: str, at: int) -> bool:
    """Nothing but spaces between ``at`` and the end of its line."""
    line_end = text.find("\n", at)
    return not text[at : len(text) if line_end < 0 else line_end].strip()


_LATIN_BEFORE = LazyPattern(r"[\p{Latin}\p{N},;][ ]+\Z")
"""A word of a Latin sentence just before a note in another script."""
_SMALL_AFTER = LazyPattern(r"[ ]+\p{Ll}")
"""A word in small letters after it: the sentence goes on."""
_BRACKETED = LazyPattern(
    r"\[[^\[\]\n]{3,200}\]|\([^()\n]{3,200}\)|（[^（）\n]{2,200}）|(?<!\S)([*_])[^*_\n]{3,200}\1(?!\S)"
)
"""A note in brackets or set in emphasis ("*Translated automatically.*"): a unit of its own, inside a sentence too."""
_OPENING = LazyPattern(r"^[\[(\s\"“'‘*_-]*(?:(?i:(?:editor[’']?s[ ])?note|disclaimer)[ ]?:[ \t]*)?")  # "Note: this is"


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    language: str
    sure: bool = True
    """False for a marker found inside a sentence: where it ends is a guess, so its fix is unsafe."""


@dataclass(frozen=True)
class Language:
    code: str
    translate: LazyPattern
    machine: LazyPattern
    products: LazyPattern | None
    own: LazyPattern | None
    reporting: LazyPattern | None
    auxiliaries: LazyPattern | None
    starts: LazyPattern | None = None
    """Words a note can open with in the middle of a sentence (see :mod:`wirelint.text.translationstarts`)."""
    common: LazyPattern | None = None

    def is_marker(self, text: str) -> bool:
        """True when ``text`` as a whole is a machine-translation note in this language."""
        if len(text.split()) > MAX_WORDS:
            return False
        named = list(self.products.finditer(text)) if self.products else []
        products = [m.span() for m in named]
        translating = [m for m in self.translate.finditer(text) if not _inside(m.span(), products)]
        if not translating and named and _POWERED.match(text):
            translating = named  # "Powered by Google Translate": a note that names the tool it came from
        machines = list(self.machine.finditer(text)) + named  # a named tool is the machine
        if not translating or not machines or not _near(translating, machines):
            return False
        if all(_VERSION.search(m.group()) for m in translating) and not _machine_made(text, translating, machines):
            return False  # "Mexican version of the car gets a new engine": a product, not a note
        if self.reporting is not None and self.reporting.search(text):
            return False
        last = max(m.end() for m in (*translating, *machines))
        if _runs_on(text, last):
            return False
        if not _LATIN.search(translating[0].group()) and _latin_outside(text, machines):
            return False  # a note in another script with Latin words around it ("ترجمة آلية £50m for Gerrard?")
        body = text[_OPENING.match(text).end() :]
        offset = len(text) - len(body)
        own = self.own is not None and self.own.match(body) is not None
        if not own:
            first = min(m.start() for m in (*translating, *machines)) - offset
            if len(body[: max(first, 0)].split()) >= MAX_LEAD_WORDS:
                return False
        return self.code != "en" or self._reads_as_note(body, own, translating)

    def _reads_as_note(self, body: str, own: bool, translating: list[regex.Match[str]]) -> bool:
        """English news about translation has a subject, a verb of its own or an object; a note has none."""
        if _TEXT_AS_OBJECT.search(body):
            return True  # "An AI tool translated this article from Greek": the text itself is what was translated
        if not own and (_DETERMINERS.match(body) or _POSSESSIVE.match(body)):
            return False  # "The document had been ...", "Google's translation engine now supports ...": a subject
        says = self.own.match(body) if own and self.own is not None else None  # "The Estonian original was ..."
        if not (says and " " in says.group().strip()) and _NAMED_SUBJECT.match(body):  # "Automatic Translation Ltd"
            return False
        first = min(m.start() for m in translating)
        if not own and _ARTICLE_THEN.search(body, 0, first) and _trails(self, body[first:]):
            return False  # "Mistakes in an auto-translated menu went viral ...": a thing of the story, described
        if product_news(body) or (self.own is not None and reads_as_sentence(body, self.own.match(body))):
            return False  # "Samsung introduced live translation ...": a product in the news
        # A verb of its own makes a sentence; after a dash, a semicolon or a colon it is the note's own rider
        # ("Auto-generated translation - may contain errors").
        first_clause = _RIDER.split(body, maxsplit=1)[0]
        if not own and self.auxiliaries is not None and self.auxiliaries.search(first_clause):
            return False
        return not any(_OBJECT_AFTER.match(match.string, match.end()) for match in translating)


def _runs_on(text: str, last: int) -> bool:
    """True when the marker holds two sentences, or a capitalised word after its last part starts a
    sentence ("... translation EU leaders met"); a language or a tool after "from", "into", "by" or
    "with" belongs to the marker."""
    tail = text[last:]
    if "\n" in tail and len(tail[tail.index("\n") :].split()) > 2:  # the next lines of a table or a story
        return True
    if _STOP_THEN_TEXT.search(text):  # two sentences: "Body. Powered by ...", "本文为机器翻译。 You'd have ..."
        return True
    words = [word.lstrip("\"“‘'([") for word in tail.split()]
    named = False  # the word before led to a name ("from", "by")
    for word, following in pairwise([*words, ""]):
        # "the French original", "a Japanese-language article": the language of the source
        original = _ORIGINAL.match(following) is not None or word.endswith("-language")
        if word[:1].isupper() and not named and not original and following[:1].islower():
            return True  # a capitalised word followed by small letters starts a sentence: "... Italian A union"
        named = word.lower() in LEADS_TO_NAME or word.endswith(":")
    return False


_ORIGINAL = LazyPattern(
    r"(?:original|text|version|edition|source|article|story|report)\b[.,;)\]*_]*\Z", regex.IGNORECASE
)
"""A language's name before one of these ("from the French original") names the source, not a new sentence."""


def _latin_outside(text: str, machines: list[regex.Match[str]]) -> bool:
    """True when ``text`` has Latin letters outside its machine words (a tool such as "DeepL" or "AI" is one)."""
    spans = [match.span() for match in machines]
    return any(not any(s <= m.start() < e for s, e in spans) for m in _LATIN.finditer(text))


def _is_compound(language: Language, word: str) -> bool:
    """True for one hyphenated word holding a machine part and a translating part: "Machine-translated"."""
    return "-" in word and bool(language.machine.search(word)) and bool(language.translate.search(word))


_RIDER = LazyPattern(r"[ ][-–—][ ]|[;:(]|,[ ](?=(?:may|might)[ ])")
"""Where a note's rider starts ("... - may contain errors", "...; not reviewed", "..., may contain errors")."""


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _machine_made(text: str, versions: list[regex.Match[str]], machines: list[regex.Match[str]]) -> bool:
    """A language's version is a note when a machine word qualifies it: before it ("Machine-made Spanish
    version", "AI English edition") or after a participle and "by"/"with" ("English text generated by AI");
    news about a version has a verb and an object instead ("Indian edition features AI-generated art")."""
    first = min(m.start() for m in versions)
    if any(m.start() < first for m in machines):
        return True
    return any(_MADE_BY.match(text, m.end()) for m in versions)


def _near(first: list[regex.Match[str]], second: list[regex.Match[str]]) -> bool:
    return any(abs(a.start() - b.start()) <= WINDOW for a in first for b in second)


def _compile(entry: dict[str, object], key: str, bounded: bool = True) -> LazyPattern | None:
    parts = words(entry, key)  # type: ignore[arg-type]
    if not parts:
        return None
    body = fragments(parts)
    source = rf"(?<![\p{{L}}])(?:{body})(?![\p{{L}}])" if bounded else body
    return LazyPattern(source, regex.IGNORECASE | regex.VERSION1)


@cache
def languages() -> tuple[Language, ...]:
    """Every language of ``[lexicon.translation]``, English first."""
    tables = table("translation")
    ordered = sorted(tables, key=lambda code: code != "en")
    return tuple(
        Language(
            code,
            _compile(tables[code], "translate", bounded=False),  # type: ignore[arg-type]
            _compile(tables[code], "machine", bounded=False),  # type: ignore[arg-type]
            _compile(tables[code], "products", bounded=False),
            LazyPattern(rf"(?:{fragments(words(tables[code], 'self'))})", regex.IGNORECASE | regex.VERSION1)
            if words(tables[code], "self")
            else None,
            _compile(tables[code], "reporting", bounded=tables[code].get("word-boundaries", True) is not False),
            _compile(tables[code], "auxiliaries"),
            note_words(tables[code], opening=True),
            note_words(tables[code], opening=False),
        )
        for code in ordered
    )


@cache
def _hints() -> tuple[LazyPattern, LazyPattern]:
    """Any translating word of any language: most paragraphs have none and are not searched further. Words of
    scripts with capitals are searched in any case, the others (Chinese, Korean, Hebrew, Arabic) as written:
    one pattern for all took half as long again."""
    cased, uncased = [], []
    for language in languages():
        source = language.translate.pattern
        (cased if _CASED.search(source.replace(r"\w", "")) else uncased).append(f"(?:{source})")
    return LazyPattern("|".join(cased), regex.IGNORECASE), LazyPattern("|".join(uncased) or "(?!)")


@cache
def _hint_gates() -> tuple[LiteralGate, ...]:
    """The hints behind the literal gates of their translating words' stems (one automaton scan per block)."""
    return tuple(LiteralGate(hint) for hint in _hints())


@per_paragraph
def find_markers(text: str) -> tuple[Marker, ...]:
    """Machine-translation markers in ``text``: whole lines, sentences or bracketed notes, the longest first.

    Remembered per paragraph text, so re-linting an edited article redoes only the changed paragraphs.
    """
    if all(gate.search(text) is None for gate in _hint_gates()):
        return ()
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []  # sorted, disjoint: an overlap is found by bisection
    present = tuple(language for language in languages() if language.translate.search(text) is not None)
    brackets = [bracket.span() for bracket in _BRACKETED.finditer(text)]  # a bracketed note is its own unit
    # A note in another script inside Latin text is a unit too, read before the Latin sentence around it.
    runs = [span for run in _OTHER_SCRIPT.finditer(text) for span in _trimmed(text, *run.span())]
    runs = runs if _LATIN.search(text) else []
    for start, end in brackets + runs + sorted(_segments(text), key=lambda span: (span[0], -span[1])):
        if _overlaps(taken, start, end):
            continue
        marker = _marker(text, start, end, present)
        if marker is not None:
            found.append(marker)
            insort(taken, (marker.start, marker.end))
    return tuple(sorted(found, key=lambda m: m.start))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(taken, (start, start))
    return any(s < end and start < e for s, e in taken[max(index - 1, 0) : index + 1])


def _marker(text: str, start: int, end: int, present: tuple[Language, ...]) -> Marker | None:
    """The marker in ``text[start:end]``, in one of the ``present`` languages (those with a translating word
    in the paragraph)."""
    long = end - start > MAX_MARKER_CHARS * 4  # a long line or sentence is prose: only its ends may hold a marker
    segment = (
        text[start:end]
        if not long
        else text[start : start + MAX_MARKER_CHARS] + " " + text[end - MAX_MARKER_CHARS : end]
    )
    newline = segment.find("\n")
    for language in present:
        if language.translate.search(segment) is None or attached_to_main_clause(segment, language):
            continue  # "Translated with DeepL ..., the letter was read aloud": a sentence about a translation
        # A run of another script with a tool's name in it ("本文由AI DeepL翻译") is read whole, not cut at the name.
        whole_run = _SCRIPT_START.match(segment) is not None and language.is_marker(segment)
        if whole_run:
            note = _script_note(language, text, start, end)
            # A figure after the note's last part ("تمت الترجمة آليا 1,375", an attendance) may be the table's.
            last = start + max((m.end() for m in _parts(language, segment)), default=0)
            # Nor is a run that starts inside a word ("Google-ის მანქანური თარგმანი ...") or goes on as a
            # sentence after its last part sure to be a note of its own.
            if note.sure and (_FIGURE.search(text, last, note.end) or _in_word(text, note.start)
                              or _trails(language, text[note.start:note.end])):
                note = Marker(note.start, note.end, note.language, False)
            return note
        prefix = _prefix(language, text, start, end) or _suffix(language, text, start, end)
        if prefix is not None:
            return prefix
        row = _ROW_LEAD.match(segment) if not long else None
        if row is not None and language.is_marker(segment[row.end() :]):
            return Marker(start + row.end(), end, language.code, False)
        # "Riverside 7.25 A machine translation of the letter ...": a table row, then a sentence of its own
        # A sentence from a line without a note ("REUTER") into one is not a note as a whole (asked last: it
        # searches the line for every language's words, 3 to 4 ms of a first check).
        if row is None and not long and language.is_marker(segment) and not _plain_line(segment[:max(newline, 0)]):
            # Figures after the note's last part ("... Polish original 2000 GMT") may be the next line's news.
            last = max((m.end() for m in _parts(language, segment)), default=0)
            sure = not _FIGURE.search(segment, last) and not _goes_on_from_line_before(text, start)
            # A capitalised word or an opening bracket after it may open the next sentence: the sentence
            # splitter ended the segment at a name's full stop ("... translation <Alex. Brown and Sons Inc>").
            sure = sure and _OPENS_AFTER.match(segment, last) is None and not _trails(language, segment)
            return Marker(start, end, language.code, sure)
        inside = _inside_sentence(language, text, start, end)
        if inside is not None:
            return inside
    return None


def _plain_line(line: str) -> bool:
    """True for a line (not empty) that holds no part of a note in any language."""
    return bool(line) and not any(_parts(language, line) for language in languages())


def _trails(language: Language, segment: str) -> bool:
    """Whether more words follow the last translating or machine word of ``segment`` than a note has, in a
    language whose news about machine translation :meth:`Language.is_marker` cannot tell by its grammar (all but
    English). A named language or place after it ("... in Suid-Afrika") is one of those words."""
    last = max((m.end() for pattern in (language.translate, language.machine) for m in pattern.finditer(segment)),
               default=len(segment))
    if language.code == "en":  # "Translated by AI joie de vivre": a word no note has may be the text's
        return any(w[:1].islower() and w.strip(".,;:!?()") not in _trailing() for w in segment[last:].split())
    return len(segment[last:].split()) > MAX_TRAILING_WORDS


@cache
def _trailing() -> frozenset[str]:
    """The words an English note may have after its last part ("... and not reviewed", "... may contain errors")."""
    return frozenset(words(table("translation")["en"], "trailing"))


def _in_word(text: str, start: int) -> bool:
    """Whether ``start`` is inside a word: a letter, figure or hyphen right before it."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐")


def _script_note(language: Language, text: str, start: int, end: int) -> Marker:
    """A note in another script inside Latin text, with the tool named right after it ("ترجمة آلية بواسطة
    Google Translate"). Dropped between two words of a Latin sentence, its fix is left to the editor."""
    tool = _TOOL_AFTER.match(text, end)
    if tool is not None:
        english = next(known for known in languages() if known.code == "en")  # tools go by English names
        tools = (language.machine, language.products, english.products)
        named = [m for p in tools if p is not None for m in [p.match(text, tool.end())]]
        # The tool ends the note only where the note ends: its own full stop or bracket, or the line's end
        # ("本文由AI DeepL翻译 Google said ...": "Google" opens the story's sentence, never the note's).
        ends = [_CLOSING_MARKS.match(text, m.end()).end() for m in named if m is not None]
        ends = [after for after in ends if after > 0 and (text[after - 1] in _NOTE_ENDS or _at_line_end(text, after))]
        if ends:
            end = max(ends)
    inside = _LATIN_BEFORE.search(text, 0, start) is not None and _SMALL_AFTER.match(text, end) is not None
    return Marker(start, end, language.code, not inside)


def _goes_on_from_line_before(text: str, start: int) -> bool:
    """True when ``start`` opens a hard-wrapped line that carries on the sentence of the line before
    ("... Trans World Airlines\nInc Translation: AI-assisted from refusing ..."): the line is no unit."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip() or text.startswith("  ", line_start):
        return False
    return not opens_sentence(text, line_start, finding=True)


def _parts(language: Language, text: str) -> list[regex.Match[str]]:
    """The words of a note in ``text``: of translating, of machines and the language it names."""
    return [m for pattern in (language.translate, language.machine, _NAMED_LANGUAGE) for m in pattern.finditer(text)]


_SMALL_WORDS = LazyPattern(r"(?:[ ]\p{Ll}+)+")
_STOP_THEN_SMALL = LazyPattern(r"[.!][ \t]+\p{Ll}")
"""A full stop and a word in small letters after a note inside a sentence: the stop closed a unit of its own."""


def _inside_sentence(language: Language, text: str, start: int, end: int) -> Marker | None:
    """A note dropped into the middle of a sentence ("Flood waters Powered by automated translation receded"):
    a capitalised word of the note after a word in small letters, up to the last of the note's own words."""
    if language.starts is None:
        return None
    for opening in language.starts.finditer(text, start, end):
        first = opening.start()
        line_end = text.find("\n", first, end)
        stretch = text[first : min(end if line_end < 0 else line_end, first + MAX_MARKER_CHARS)]
        patterns = (language.common, language.machine, _NAMED_LANGUAGE)
        # Each cut at the end of a word of the note ("çeviri" ends inside "çeviridir").
        ends = {_WORD_REST.match(stretch, m.end()).end() for pattern in patterns for m in pattern.finditer(stretch)}
        ends |= {stop.start() for stop in _STOP_THEN_SMALL.finditer(stretch)}  # "... by our staff. likes of"
        for cut in sorted(ends, reverse=True):
            if _GOES_ON.match(stretch, cut):  # a name goes on ("Automatic Translation Ltd")
                continue
            note = stretch[:cut]
            opening_words = language.own.match(note) if language.own is not None else None
            own = opening_words is not None and " " in opening_words.group()  # "This text", not "Translation"
            # Only a note that says what it is ("This text ..."), names its source ("... by AI") or opens
            # with a compound of both parts ("Machine-translated"), not a title such as "Machine Translation"
            # inside a sentence. A note in another language than English is out of place there anyway.
            sourced = any(word.lower() in LEADS_TO_NAME for word in note.split()[1:])
            compound = _is_compound(language, note.split()[0])
            stopped = _STOP_THEN_SMALL.match(stretch, cut) is not None  # "... Machine translated. receded"
            if language.code == "en" and (not (own or sourced or compound or stopped) or object_of_news(text, first)
                                          or _trails(language, note)):  # "... mode, driven by AI, translates calls"
                continue
            if len(note.split()) <= (MAX_WORDS if stopped else MAX_PREFIX_WORDS) and language.is_marker(note):
                closing = _NOTE_CLOSE.match(text, first + cut)
                return Marker(first, first + cut + (len(closing.group()) if closing else 0), language.code, False)
    return None


def _prefix(language: Language, text: str, start: int, end: int) -> Marker | None:
    """A marker run into the next sentence: the longest opening of the segment that is a marker
    and is followed by a capitalised word. It may end on a lexicon word or on the language it
    names ("Machine-translated from German Bates is glad ...")."""
    segment = text[start : min(end, start + MAX_MARKER_CHARS)]  # a marker is short: only its opening is read
    patterns = (language.translate, language.machine, _NAMED_LANGUAGE)
    ends = sorted({m.end() + start for pattern in patterns for m in pattern.finditer(segment)}, reverse=True)
    # A cut past the start of the first word beyond the limit leaves too many words: found once,
    # not by splitting the segment up to each cut (a one-line archive is one segment of a megabyte).
    words = segment.split(None, MAX_PREFIX_WORDS)
    too_long = end - len(words[-1]) if len(words) > MAX_PREFIX_WORDS else end
    cuts = [cut for cut in ends if cut <= too_long and _FOLLOWER.match(text, cut, end)]
    closing = _SMALL_WORDS.match(text, ends[0], end) if ends and language.code == "en" else None
    said = closing.group().split() if closing else [""]  # its closing words, on none a sentence stops ("of")
    checker = checker_end(language, text, start, closing, end, _trailing())
    if checker is not None and language.is_marker(text[start : closing.end()]):
        return Marker(start, checker, language.code, True)  # "... and checked by the editor NAME.": the note's own
    if set(said) <= _trailing() and said[-1] not in OPEN_ENDINGS and _FOLLOWER.match(text, closing.end(), end) \
            and not names_source(text, closing.end()):  # "... of the original Italian story": the note's source
        cuts.insert(0, closing.end())  # "... translated with DeepL and not checked by an editor The minister said"
    newline = text.find("\n", start, end)
    if newline > 0 and _plain_line(text[start:newline].strip()):
        return None  # "Record March 31\nTranslated by AI": a table's row, then a note on the next line
    for index, cut in enumerate(cuts):
        if language.is_marker(text[start:cut]):
            # A shorter note that is complete too ("Machine-translated from Japanese | On-Line Software
            # International Inc is ..."): the capitalised words between may be the next sentence's subject.
            sure = not any(language.is_marker(text[start:shorter]) for shorter in cuts[index + 1 :])
            return Marker(start, cut, language.code, sure)
    return None


def _suffix(language: Language, text: str, start: int, end: int) -> Marker | None:
    """A marker run onto the end of a line without a stop before it ("... 34 cts Автоматичний переклад."):
    the longest closing stretch that starts with one of the marker's own words and is a marker."""
    start = max(start, end - MAX_MARKER_CHARS)  # a marker is short: only the closing stretch is read
    segment = text[start:end]
    patterns = [language.translate, language.machine] + ([language.own] if language.own is not None else [])
    starts = sorted({m.start() for pattern in patterns for m in pattern.finditer(segment)})
    words = segment.rsplit(None, MAX_PREFIX_WORDS)  # where the last words that may form a marker begin
    short_from = len(words[0]) if len(words) > MAX_PREFIX_WORDS else 0
    for first in starts:
        if first == 0 or not segment[first - 1].isspace() or not segment[first].isupper():
            continue
        if object_of_news(text, start + first) or (language.code == "en" and _trails(language, segment[first:])
                                                   and _VERB_AFTER_COMMA.search(segment, first) is not None):
            continue  # "Skype launched AI-assisted translation for its calls": the news's object; "... mode,
            # driven by AI, translates calls in real time": the sentence's own verb and object after the last part
        if first >= short_from and language.is_marker(segment[first:]):
            # Words after the note's last part ("... Greek original of the offering.") may be the sentence's own.
            last = max(m.end() for m in _parts(language, segment[first:]))
            return Marker(start + first, end, language.code, _NOTE_END.fullmatch(segment, first + last) is not None)
    return None


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Lines, sentences and the pieces between stops of ``text``, white space and control characters trimmed
    (runs of another script are read first, by :func:`find_markers`).

    Besides :func:`sentence_spans`, which wants a capital after a stop, a stop followed by
    any word that is not in small letters ends a piece: scripts without capitals (Arabic,
    Chinese, Japanese) start their notes so, and a note after an abbreviation too.
    """
    for line in _LINE.finditer(text):
        stripped = line.group().strip(_TRIM)
        if stripped and not _small(stripped[0]):  # a hard-wrapped line may start mid-sentence
            start = line.start() + line.group().index(stripped)
            yield start, start + len(stripped)
    for start, end in sentence_spans(text):
        if not _small(text[start]):
            yield start, end
    piece_start = 0
    for stop in _PIECE_END.finditer(text):
        yield from _trimmed(text, piece_start, stop.start())
        piece_start = stop.end()
    yield from _trimmed(text, piece_start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end > start and not _small(text[start]):
        yield start, end
