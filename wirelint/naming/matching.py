"""Finding entity mentions in an article: one pass per block, whatever the number of sets.

Every form of every set is compiled into one pattern, a trie of the forms
written as one alternation (longest forms first), so a block is scanned once
and the cost grows with the length of the article, not with the number of
forms or of pairs of mentions. A match is identified by a dictionary lookup
on its normalised text.

Matching is case-aware: acronyms match exactly ("IS", never "is"); other
forms let a word written in lower case start with a capital ("al-Qaeda" at
the start of a sentence, "Islamic State Group" in a title-case headline) and
also match in all capitals. White space inside a form matches any run of
white space (line-wrapped copy), and a hyphen may be followed by a line
break. In all-capitals text an acronym that is also a common word ("IS",
"US") counts only where the word reading is unlikely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from wirelint.document import Article, Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import PARAGRAPHS_REMEMBERED
from wirelint.naming.entities import EntitySet, Form
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import escape
from wirelint.text.quotes import quote_spans
from wirelint.text.sentences import ABBREVIATIONS
from wirelint.text.spans import SpanIndex

COMMON_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of on or so to up us we".split()
    + "aid all can may not now one who war".split()
)
"""Words that an acronym in capitals can spell ("AFP IS NOT RESPONSIBLE")."""
QUESTION_OPENERS = frozenset("IT THERE THIS THAT THESE THOSE HE SHE THEY WE YOU I A AN THE".split())
CONTEXT_REACH = 200
"""How far to look, each way, for the sentence around a mention."""
VETO_REACH = 80
GLOSS_REACH = 80

_TERMINATOR = LazyPattern(r"[.!?][\"'’”)\]]*\s")
_THE_BEFORE = LazyPattern(r"(?<![\w-])(the|The|THE)\s+$")
_HYPHEN_BREAK = LazyPattern(r"-[ \t]*\r?\n[ \t]*")
_NEXT_WORD = LazyPattern(r"\s*([\w']+)")
_GLOSS_WORDS = r"(?:acronym|abbreviation|initials|name|known|called|aka|a\.k\.a\.|formerly|also|or|meaning)"
_GLOSS = LazyPattern(
    rf"""
    ^\s*\((?:[^()]{{0,60}}\b{_GLOSS_WORDS}\b[^()]{{0,30}})?$
    | ^,?\s+(?:(?:also|otherwise|formerly|previously|sometimes|widely)\s+)?
        (?:known|called|referred\s+to|styled|dubbed)\s+(?:as\s+)?
        (?:by\s+(?:its|the)\s+(?:[\w-]+\s+){{0,2}}(?:acronym|name|initials)\s+)?(?:the\s+)?$
    | ^,?\s+(?:or|aka|a\.k\.a\.|which\s+calls\s+itself|formerly)\s+(?:the\s+)?$
    | ^,?\s+(?:the|an?|its)\s+(?:[\w-]+\s+){{0,2}}(?:acronym|abbreviation|initials|name)\s+(?:for|of)\s+(?:the\s+)?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""What may stand between two forms that explain each other: "Daesh (the Arabic acronym for ISIS)",
"Hayat Tahrir al-Sham (HTS)", "ISIS, also known as Daesh"."""


@dataclass(eq=False)
class Mention:
    """One place where an article names an entity."""

    block: Block
    start: int
    end: int
    entity: EntitySet
    form: Form
    order: int
    """Position in reading order across the article."""
    quoted: bool
    the_start: int | None = None
    """Where a "the" right before the form starts, if there is one."""
    gloss: Mention | None = None
    """The other half of an explanation such as "Daesh (the Arabic acronym for ISIS)"."""

    @property
    def key(self) -> str:
        return self.form.key

    @cached_property
    def names(self) -> frozenset[int]:
        """The entity's names this mention fits.

        Headlines often drop the full stops of an acronym ("US" over a body
        that says "U.S.", as AP style has it), so there either spelling fits.
        """
        if self.block.field == "headline" and self.form.kind == "acronym":
            return self.entity.names_of_acronym(self.key)
        return self.entity.names_of(self.key)

    @property
    def text(self) -> str:
        return " ".join(self.block.text[self.start : self.end].split())


class EntityIndex:
    """All forms of a collection of entity sets, compiled for one-pass matching."""

    def __init__(self, sets: Iterable[EntitySet]) -> None:
        self.sets = tuple(sets)
        self._exact: dict[str, tuple[EntitySet, Form]] = {}
        self._folded: dict[str, tuple[EntitySet, Form]] = {}
        trie: _Trie = {}
        for entity in self.sets:
            for form in entity.forms.values():
                table = self._exact if form.kind == "acronym" else self._folded
                table[form.key] = (entity, form)
                for atoms in _form_atoms(form):
                    node = trie
                    for atom in atoms:
                        node = node.setdefault(atom, {})
                    node[_END] = {}
        self.pattern = compile_pattern(r"\b" + _trie_source(trie) + r"(?!\w)") if trie else None

    def identify(self, matched: str) -> tuple[EntitySet, Form] | None:
        """The set and form a matched text is, by its normalised spelling."""
        text = " ".join(_HYPHEN_BREAK.sub("-", matched).replace("’", "'").split())
        return self._exact.get(text) or self._folded.get(text.casefold())

    def mentions(self, article: Article) -> list[Mention]:
        """Every mention in the article, in reading order, with glosses paired up."""
        found: list[Mention] = []
        if self.pattern is None:
            return found
        for block in article.blocks:
            first = len(found)
            for start, end, entity, form, quoted, the_start, gloss in _block_mentions(self, block.text, block.masked):
                mention = Mention(block, start, end, entity, form, len(found), quoted, the_start)
                if gloss is not None:
                    before = found[first + gloss]
                    before.gloss, mention.gloss = mention, before
                found.append(mention)
        return found

    def _scan(self, text: str, masked: tuple[tuple[int, int], ...]) -> tuple[_Found, ...]:
        assert self.pattern is not None
        found: list[_Found] = []
        masked_spans, quoted = SpanIndex(masked), SpanIndex(quote_spans(text))
        previous: dict[str, int] = {}
        for match in self.pattern.finditer(text):
            start, end = match.span()
            identified = self.identify(match.group())
            if identified is None or masked_spans.overlaps(start, end):
                continue
            entity, form = identified
            if (
                _vetoed(entity, text, start, end)
                or in_angle_brackets(text, start, end)
                or not _reads_as_name(form, text, start, end)
            ):
                continue
            the = _THE_BEFORE.search(text, max(0, start - 20), start)
            before = previous.get(entity.canonical)
            gloss = None
            if before is not None and _explains(text, found[before][1], start):
                gloss = before
            previous[entity.canonical] = len(found)
            found.append((start, end, entity, form, quoted.covers(start, end), the.start() if the else None, gloss))
        return tuple(found)


_Found = tuple[int, int, EntitySet, Form, bool, "int | None", "int | None"]
"""A mention in a paragraph without its block: start, end, set, form, quoted, where a "the" before it
starts, and the earlier mention of the paragraph it explains or is explained by (its index)."""


@lru_cache(maxsize=PARAGRAPHS_REMEMBERED)
def _block_mentions(index: EntityIndex, text: str, masked: tuple[tuple[int, int], ...]) -> tuple[_Found, ...]:
    """A paragraph's mentions depend on its text alone (glosses pair inside a paragraph), so they are
    remembered per paragraph: an editor's re-lint scans only the paragraph that changed."""
    return index._scan(text, masked)


def _explains(text: str, gap_start: int, gap_end: int) -> bool:
    """True when the text between two forms makes one explain the other."""
    return gap_end - gap_start <= GLOSS_REACH and _GLOSS.match(text[gap_start:gap_end]) is not None


_Trie = dict[str, "_Trie"]
_END = ""


def _trie_source(node: _Trie) -> str:
    """A regular expression for the forms in a trie of atoms.

    Shared prefixes are written once, so at each position of the text the
    engine tries a handful of first characters instead of every form; longer
    continuations come before the end of a shorter form (longest match).
    """
    branches = [atom + _trie_source(child) for atom, child in node.items() if atom != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def _form_atoms(form: Form) -> list[list[str]]:
    """Regular-expression atoms for a form: as written (case-flexible where allowed) and in capitals."""
    if form.kind == "acronym":
        return [_atoms(form.text, flexible=False)]
    spellings = [_atoms(form.text, flexible=True)]
    if form.text.upper() != form.text:
        spellings.append(_atoms(form.text.upper(), flexible=False))
    return spellings


def _atoms(text: str, flexible: bool) -> list[str]:
    atoms: list[str] = []
    word_start = True
    for char in text:
        if char == " ":
            atoms.append(r"\s+")
            word_start = True
        elif char == "-":
            atoms.append(r"-(?:[ \t]*\r?\n[ \t]*)?")
            word_start = True
        elif char in "'’":
            atoms.append("['’]")
            word_start = False
        else:
            lower_word = flexible and word_start and char.islower() and char.upper() != char
            atoms.append(f"[{char}{char.upper()}]" if lower_word else escape(char))
            word_start = False
    return atoms


def _vetoed(entity: EntitySet, text: str, start: int, end: int) -> bool:
    """True when one of the set's ``unless`` patterns covers part of the mention."""
    window_start, window_end = max(0, start - VETO_REACH), min(len(text), end + VETO_REACH)
    return any(
        veto.start() < end and start < veto.end()
        for pattern in entity.unless
        for veto in pattern.finditer(text, window_start, window_end)
    )


def in_angle_brackets(text: str, start: int, end: int) -> bool:
    """True inside ``<...>``: a ticker or company tag in wire copy (``<IS>``), not prose."""
    opening = text.rfind("<", max(0, start - VETO_REACH), start)
    closing = text.find(">", end, end + VETO_REACH)
    return opening >= 0 and closing >= 0 and not any(c in "<>" for c in text[opening + 1 : start] + text[end:closing])


def sentence_around(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """``(start, end, exact_start)`` of the sentence holding ``text[start:end]``, looking a
    bounded distance each way; ``exact_start`` is False when the start was not found."""
    window = max(0, start - CONTEXT_REACH)
    sentence_start = window
    for boundary in _TERMINATOR.finditer(text, window, start):
        if not _is_abbreviation(text, boundary.start()):
            sentence_start = boundary.end()
    sentence_end = min(len(text), end + CONTEXT_REACH)
    for boundary in _TERMINATOR.finditer(text, end, sentence_end):
        if not _is_abbreviation(text, boundary.start()):
            sentence_end = boundary.start() + 1
            break
    return sentence_start, sentence_end, sentence_start > window or window == 0


def _is_abbreviation(text: str, dot: int) -> bool:
    """A full stop after an initial ("U.S.") or a known abbreviation ends no sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot]
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def in_capitals(text: str, start: int, end: int) -> bool:
    """True when the sentence around ``text[start:end]`` is written in capitals (a wire slug, a shouted headline)."""
    sentence_start, sentence_end, _ = sentence_around(text, start, end)
    around = text[sentence_start:start] + text[end:sentence_end]
    upper, lower = sum(map(str.isupper, around)), sum(map(str.islower, around))
    return upper + lower >= 5 and upper >= 0.9 * (upper + lower)


def _reads_as_name(form: Form, text: str, start: int, end: int) -> bool:
    """False for an acronym that, in capitals, reads as a common word ("THIS IS A TEST")."""
    if form.kind != "acronym" or form.text.casefold() not in COMMON_WORDS or not in_capitals(text, start, end):
        return True
    if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
        return True  # "ANTI-IS", "US-LED"
    the = _THE_BEFORE.search(text, max(0, start - 20), start)
    if the is not None and the.group(1) == "THE":
        return True  # "THE US"
    sentence_start, sentence_end, exact = sentence_around(text, start, end)
    if not exact or text[sentence_start:start].strip(" \t\"'“‘(["):
        return False
    next_word = _NEXT_WORD.match(text[end:sentence_end])
    if next_word and next_word.group(1).upper() in QUESTION_OPENERS:
        return False  # "IS THIS THE END"
    return not text[sentence_start:sentence_end].rstrip(" \t\"'”’)]").endswith("?")
