"""Tell a sentence that reports on a translation from a note: "Translated with DeepL and checked by the editor
Maria Lopez, the letter was read aloud in court on Monday" opens with a participle clause attached to a main
clause that has its own subject and verb. A note has no main clause after its comma: it is the whole unit."""

from __future__ import annotations

from typing import Protocol

from wirelint.lazy_pattern import LazyPattern


class Language(Protocol):
    """What is read of a language of :mod:`wirelint.text.translation`: its words of translating and its auxiliaries."""

    translate: LazyPattern
    auxiliaries: LazyPattern | None


_OPENING_WORDS = LazyPattern(r"[ \t]*(?:\S+[ \t]+){0,2}\S+")
"""The first three words, where a participle clause of translating opens ("Automatically translated from ...")."""
_FIRST_SENTENCE = LazyPattern(r"[^\n]*?(?=[.!?](?:\s|$)|\n|$)")
"""The text up to the end of the first sentence, on its first line."""
_CLAUSE = LazyPattern(
    r",[ ]+(?:the|a|an|his|her|its|their|our|this|that|these|those|\p{Lu}[\p{L}'’-]*)[ ](?P<rest>[^,;:()]*)"
)
"""After a comma, what may be a main clause: it opens with a determiner or a name (its subject)."""
_THE_TEXT = frozenset("article story text content page post report piece item copy translation original".split())
"""Subjects that are the text itself: "..., the text may contain errors" is still the note's rider."""
MAX_SUBJECT_WORDS = 4


def attached_to_main_clause(segment: str, language: Language) -> bool:
    """Whether the first sentence of ``segment`` opens with a clause of translating (a word of the ``language``'s
    in its first words) and goes on, after a comma, with a main clause of its own: a subject that is not the text
    itself, then one of the language's auxiliaries within a few words. A note dropped into the middle
    of a sentence ("... to make engine Machine-translated by DeepL parts, with ...") does not open it."""
    verbs = language.auxiliaries
    if verbs is None or "," not in segment:
        return False
    opening = _OPENING_WORDS.match(segment)
    if opening is None or language.translate.search(segment, 0, opening.end()) is None:
        return False
    sentence = _FIRST_SENTENCE.match(segment).group()
    for clause in _CLAUSE.finditer(sentence):
        words = clause.group("rest").split()[: MAX_SUBJECT_WORDS + 1]
        verb = next((at for at, word in enumerate(words) if verbs.fullmatch(word)), None)
        subject = {word.lower() for word in [clause.group().split()[1], *words[: verb or 0]]}
        if verb is not None and not subject & _THE_TEXT:
            return True
    return False
