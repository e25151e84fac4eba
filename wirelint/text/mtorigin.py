"""Machine-translation notes in English that say where the text came from, found by their make-up.

"Note: software converted this story from Tigrinya", "Auto-generated English from Icelandic copy", "[Khmer >
English, automatic]": a short piece (``text/pieces.py``) that names a machine (software, an engine, a tool by
name), a conversion (translated, rendered, turned into, generated) and either the language the text came from
(one of some 180 English names of languages, ``[lexicon.origin-notes] languages``, in a note's places: "from
LANG", "in LANG", "LANG original", "LANG-to-English", "LANG > English") or the text itself ("this English
version"). ``text/translation.py`` finds the notes built on a word of translating next to a machine; this finds
those that say the same with other words. The vocabulary is data in ``[lexicon.origin-notes]``.

News about translation is not a note: a piece with a reporting verb or a verb of business news (the English
table's ``reporting`` and ``news-verbs``), a subject that is neither the text nor a machine ("The firm ..."), or
an object after its verb that is not the text ("translated 100 billion words") is a sentence of the story.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.attachedclause import attached_to_main_clause
from wirelint.text.lexicon import alternation, fragments, table, words
from wirelint.text.pieces import Span, leftovers_in, run_on_ends
from wirelint.text.translationnews import attributed

MAX_WORDS = 30
"""A note is short; a longer piece is prose."""


def _origin(key: str) -> list[str]:
    return words(table("origin-notes"), key)


_MACHINE = LazyPattern(lambda: rf"(?<![\p{{L}}])(?:{fragments(_origin('machines'))})(?![\p{{L}}])", regex.I)
_CONVERSION = LazyPattern(lambda: rf"(?<![\p{{L}}])(?:{fragments(_origin('conversions'))})(?![\p{{L}}])", regex.I)
_LANGUAGE = LazyPattern(
    lambda: (
        rf"(?:{alternation(_origin('languages'))})(?!-speaking)"
        rf"(?=(?:-language)?(?:[ ]?(?:>|→|-to-)|[ \t]*(?:[.,;:)\]]|\Z)"
        rf"|[ ](?:and|or|to|into|by|via|with|using|{'|'.join(_origin('texts'))})\b))"
    )
)
"""A language named as the source of the text: "from Uzbek", "the Maltese wire", "Kurdish-to-English"."""
_TEXT = LazyPattern(lambda: rf"(?:[\p{{L}}-]+[ ]){{0,2}}?(?i:{'|'.join(_origin('texts'))})s?\b")
"""A text called by its kind, up to two words before: "English version", "auto-translated Thai copies"."""
_SELF = LazyPattern(
    lambda: (
        rf"\b(?i:this|these|the|our)[ ]{_TEXT.pattern}(?:[ ]of[ ](?i:this|the|our)[ ]{_TEXT.pattern})?"
        rf"(?=[ \t]*(?:[.,;:)\]]|\Z|(?i:was|is|has|had|were|are|from|in|into|by|via|to|and|or|with|through|comes"
        rf"|came|originally)\b|{_CONVERSION.pattern}))"
    ),
    regex.I,
)
"""The text itself: "this English version", "the English text", "this version of the story"; not another text
("the Welsh version of the council website") nor a thing named with its word ("the following text messages")."""
_OF_OTHER = LazyPattern(lambda: rf"(?i:the|this|these|our|its|their)[ ]{_TEXT.pattern}[ ]of\b")
"""A version, text or copy of something: "This version of the Korean hit" is about that thing."""
_STATE = LazyPattern(
    r"\b(?i:is|are|was|were|will|would|can|could|has|have|had)[ ]+"
    r"(?!(?i:not|been|being|originally|automatically|first|then|later|also|now)\b|\p{L}+(?:ed|en)\b|made\b|run\b"
    r"|put\b|done\b|built\b|written\b|set\b)\p{L}+"
)
"""An auxiliary before a word that is no participle: the sentence says how something is ("Machine translation from
the French original is available online"), not what was done to this text."""
_AUXILIARIES = LazyPattern(lambda: alternation(words(table("translation")["en"], "auxiliaries")), regex.I)
_OTHER_DEED = LazyPattern(
    lambda: (
        rf"{_AUXILIARIES.pattern}[ ]+(?:(?i:not|been|being|also|first|then|later|now|originally)[ ]+)*+"
        rf"(?:\p{{L}}+ly[ ]+)?+(?!{_CONVERSION.pattern})\p{{L}}+(?:ed|en)\b"
    ),
    regex.I,
)
"""A passive or perfect verb that is no conversion: with no conversion after it ("Unedited machine output, originally
in Farsi, was posted by the ministry") it tells what was done with a text, not where this one came from ("... was
originally written in Kurdish and turned into English by software" is a note)."""


@dataclass(frozen=True)
class _Reading:
    """The words :func:`~wirelint.text.attachedclause.attached_to_main_clause` reads a note's language by."""

    translate: LazyPattern
    auxiliaries: LazyPattern


_ENGLISH = _Reading(_CONVERSION, _AUXILIARIES)
_LABEL = LazyPattern(lambda: rf"[\[({{]?[ ]*(?i:{alternation(_origin('labels'))})[ ]*[:\-–—][ ]*")
_NEWS = LazyPattern(
    lambda: (
        rf"(?<![\p{{L}}])(?:{fragments(words(table('translation')['en'], 'reporting'))}"
        rf"|{fragments(words(table('translation')['en'], 'news-verbs'))})(?![\p{{L}}])"
    ),
    regex.I,
)
_SUBJECT = LazyPattern(r"(?i:the|a|an|its|his|her|their)[ ]((?:[\p{L}'’-]+[ ]?){1,3})")
_OBJECT = LazyPattern(
    lambda: (
        rf"(?:{_CONVERSION.pattern})[ ]+(?!(?i:this|these|our)[ ]{_TEXT.pattern})"
        r"(?:(?i:the|a|an|his|her|their|its|some|many|this|these|our)\b|\p{N}+)(?:[ ]+[\p{L}\p{N},'’-]+){1,4}"
    ),
    regex.I,
)
"""An object after a conversion that is not the text itself ("translated 100 billion words"; not "produced this
English version"): the sentence tells what a machine did to something else."""
_RELATIVE = LazyPattern(r",[ ](?:which|who|whose|where)\b|\b(?i:not[ ](?:by|with|using)|by[ ]hand)\b")
_AGENT = LazyPattern(
    lambda: (
        rf"(?i:by|with|using|via|through)[ ](?:[\p{{L}}-]+[ ]){{0,3}}?(?:{_MACHINE.pattern})"
        rf"|(?:{_MACHINE.pattern})[ ,-]+(?:(?!(?i:was|is|were|are|has|had|have|been)\b)[\p{{L}}-]+[ ])?"
        rf"(?:{_CONVERSION.pattern})"
        rf"|(?=\p{{L}}+-\p{{L}})(?:{_MACHINE.pattern})"
        rf"|(?:{_CONVERSION.pattern})[ ,]+(?:(?:an?|the)[ ])?(?:{_MACHINE.pattern})"
    ),
    regex.I,
)
"""The machine as the maker: "by software", "software converted", "Machine-rendered", "translated
automatically", "English, automatic"; not a machine the sentence is about ("the English version of the
software")."""
_HABIT = LazyPattern(
    lambda: (
        rf"(?=\p{{L}}+(?<!ion|or|s)s\b)(?:{_CONVERSION.pattern})"
        rf"|(?<![\p{{L}}])(?:{fragments(_origin('habits'))})(?![\p{{L}}])"
    ),
    regex.I,
)
"""A conversion in the present tense is what a product does, one done again and again ("each night") a practice: a
note says what was done to this text."""
_APPOSITIVE = LazyPattern(r",[ ](?i:a|an|the|one)[ ]\p{L}+(?:[ ]\p{L}+)*[.!]?\)?\Z")
"""A noun phrase after the last comma says what the sentence's deed was: "..., a practice readers dislike"."""
_WORD = LazyPattern(r"[\p{L}\p{N}]+")
_OPENER = LazyPattern(
    lambda: (
        rf"(?i:this|these|the|our|we|an?|english|{alternation(_origin('languages'))})\b"
        rf"|(?:\p{{L}}+(?:ed|en)[ ])?(?:{_MACHINE.pattern})|{_CONVERSION.pattern}"
    ),
    regex.I,
)
"""How a note opens, after its label: the text, the newsroom, a machine (after a participle: "Unedited machine
output"), a conversion or a language; not a name ("Monday and Note: ..." opens at "Note")."""


@per_paragraph
def find_origin_notes(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, sure)`` of each note in ``text`` that says a machine made this English from another
    language; unsure where the note was opened inside a sentence."""
    if not _MACHINE.search(text) or not _CONVERSION.search(text):
        return ()
    return leftovers_in(text, lambda start, end, inside: _note(text, start, end, inside))


def _note(text: str, start: int, end: int, inside: bool) -> Span | None:
    """The note a piece is, whole or run into the next sentence without a stop (then where it ends is a guess)."""
    if inside and attributed(text, start):
        return None  # "Lawyers said this English text was produced by ...": a source's claim, reported
    if _is_note(text[start:end]):
        return start, end, not inside
    cut = next((at for at in run_on_ends(text, start, end) if _fair_cut(text, start, at)), None)
    return None if cut is None else (start, cut, False)


def _is_note(piece: str) -> bool:
    """Whether ``piece`` is a machine-translation note about its own text (see the module's docstring)."""
    body = piece[_LABEL.match(piece).end() :] if _LABEL.match(piece) else piece.lstrip("[({ ")
    if (
        not _OPENER.match(body)
        or len(_WORD.findall(body)) > MAX_WORDS
        or not _MACHINE.search(body)
        or not _CONVERSION.search(body)
    ):
        return False
    if not (_LANGUAGE.search(body) or _SELF.search(body)) or _NEWS.search(body):
        return False
    subject = _SUBJECT.match(body)
    other = (subject and not _MACHINE.search(subject.group(1))) or _OF_OTHER.match(body)
    if other and not _SELF.match(body):
        return False  # "The firm's tool ...", "The Welsh version of the website ...": a sentence about someone
    if _HABIT.search(body) or not _AGENT.search(body):
        return False  # "The software converts Arabic text into English": what a product does
    deed = _OTHER_DEED.search(body)
    if deed and not _CONVERSION.search(body, deed.end()):
        return False  # "..., was posted by the ministry"
    if _STATE.search(body) or attached_to_main_clause(body, _ENGLISH):
        return False  # "... is available online"; "Translated by AI from German, the letter was read aloud"
    if _RELATIVE.search(body) or _APPOSITIVE.search(body):
        return False  # "..., which startled readers": a sentence goes on; "by hand, not by software": a person
    return not _OBJECT.search(body)


def _fair_cut(text: str, start: int, at: int) -> bool:
    """Whether a note run into the next sentence may end at ``at``: not on a small word of a phrase ("from
    Polish into"), not before a language's name (a language is capitalised inside a sentence too)."""
    if _DANGLING.search(text, start, at) or _LANGUAGE_AT.match(text, at):
        return False
    return _is_note(text[start:at])


_DANGLING = LazyPattern(r"\b(?i:into|from|to|by|of|the|an?|and|or|in|with|via)\Z")
_LANGUAGE_AT = LazyPattern(lambda: rf"\s*(?:{alternation(_origin('languages'))})")
