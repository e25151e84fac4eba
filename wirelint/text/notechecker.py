"""A machine-translation note that names who checked it: "Translated with DeepL and checked by the editor Maria
Lopez." The name after the note's closing words ("... checked by the editor") is the note's own when the note's
unit (its line or sentence) ends right after it; before more words it may be the next sentence's subject ("...
checked by an editor The minister said ..."), and the note ends before it, as before."""

from __future__ import annotations

from functools import cache
from typing import Protocol

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import table, words

_NAME_TO_END = LazyPattern(
    r"[ ](?P<name>\p{Lu}[\p{L}'’.-]*(?:[ ](?:(?:de|van|von|al|da|di|del|le|la|bin)[ ])?\p{Lu}[\p{L}'’-]*){0,3})"
    r"[.!]?[ \t]*\Z"
)
"""A person's name of one to four capitalised words, then at most a stop before the end of the note's unit."""


@cache
def _names_after() -> frozenset[str]:
    """``[lexicon.translation.en] names-after``: the closing words after which a note names a person."""
    return frozenset(words(table("translation")["en"], "names-after"))


class Language(Protocol):
    """What is read of a language of :mod:`wirelint.text.translation`: the words a note may open with."""

    translate: LazyPattern
    machine: LazyPattern
    own: LazyPattern | None


def checker_end(
    language: Language, text: str, start: int, closing: regex.Match[str] | None, end: int, trailing: frozenset[str]
) -> int | None:
    """Where the checker a note names ends, when the note opens the unit at ``start`` (with a word of translating,
    of machines or of the text itself: not "WINNERS (once) Translated ..." after a table's row), its ``closing``
    words are all ``trailing`` ones and name one who checked it ("checked by the editor") and a name alone
    follows up to the unit's ``end``."""
    said = closing.group().split() if closing is not None else []
    if not said or not set(said) <= trailing or said[-1] not in _names_after():
        return None
    if not any(word.endswith("ed") for word in said):
        return None
    if not any(part is not None and part.match(text, start) for part in (language.own, language.translate,
                                                                       language.machine)):
        return None
    name = _NAME_TO_END.match(text, closing.end(), end)
    return name.end("name") if name is not None else None
