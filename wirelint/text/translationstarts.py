"""Where a machine-translation note may open: the common words of a note, and its start inside a sentence.

A note dropped into the middle of a sentence ("Flood waters receded, AI-assisted translation, not reviewed by our
staff. the service said") opens on a capitalised word after a word in small letters or a comma: one of the note's
own words, or up to ``note-lead-words`` words before one ("Our newsroom translated ...": two in English; one in a
language that writes its nouns with a capital, "das Dokument sei maschinell übersetzt").
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import fragments, words


def note_words(entry: dict[str, object], opening: bool) -> LazyPattern | None:
    """The common words of a note (its own, translating and machine words, not a product name such as
    "Google"); with ``opening``, only one capitalised after a word in small letters or a comma, or an initialism
    joined to a word ("AI-assisted"): a note inside a sentence."""
    parts = [*words(entry, "self"), *words(entry, "translate")]  # type: ignore[arg-type]
    parts += [part for part in words(entry, "machine") if part[:1].isalpha() and part[:1].islower()]  # type: ignore[arg-type]
    if not parts:
        return None
    if not opening:
        return LazyPattern(rf"(?:{fragments(parts)})", regex.IGNORECASE | regex.VERSION1)
    # The note's first word is one of them, or a word before one ("Article traduit", "Content auto-translated").
    where = r"(?-i:(?<=[\p{Ll},][ ])(?=\p{Lu}\p{Ll}|\p{Lu}{2,}-\p{L}))"
    leads = int(entry.get("note-lead-words", 1))  # type: ignore[call-overload]
    return LazyPattern(
        rf"{where}(?:(?:{fragments(parts)})|(?:[\p{{L}}-]+[ ]){{1,{leads}}}(?=(?:{fragments(parts)})))",
        regex.IGNORECASE | regex.VERSION1,
    )
