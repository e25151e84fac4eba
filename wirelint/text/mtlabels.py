"""A machine-translation note under a label: "Translation note: Traduit avec un outil d'IA."

A CMS or a desk may put a label before the note, in English or in the note's own language ("Translation note:",
"Note de traduction :", "Poznámka k překladu:"). The label is a few words that hold a word of translating of
some language of ``[lexicon.translation]``, closed by a colon. The note after it is read by
``text/translation.py`` on its own, up to its stop or its line's end, so a note dropped into a running sentence is
found too ("... is planning Translation note: Tulkots ar mākslīgo intelektu. to revisit ..."): its label and its
stop mark where it starts and ends, though the deletion inside a sentence is still the editor's call. A note found
already is reported with its label.
"""

from __future__ import annotations

from functools import cache

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.pieces import Span
from wirelint.text.sentencebounds import opens_sentence
from wirelint.text.translation import find_markers, languages

MAX_LABEL_WORDS = 4
_LABEL = LazyPattern(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:[ ][\p{L}'’-]+){0,3}[ \t]*[:：][ \t]*")
_NOTE = LazyPattern(r"[^\n]*?(?:[.!?。](?=\s|\Z)|(?=\r?\n)|\Z)")
"""The note after a label: up to its stop or its line's end."""
_CLOSED = LazyPattern(r"[ \t]*(?:\r?\n|\Z)")


@cache
def _translating() -> tuple[LazyPattern, ...]:
    return tuple(language.translate for language in languages())


def _label_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a label of a translation note: a few words, one of translating."""
    label = text[start:end]
    return len(label.split()) <= MAX_LABEL_WORDS and any(word.search(label) for word in _translating())


@per_paragraph
def find_labelled_notes(text: str) -> tuple[Span, ...]:
    """``(start, end, sure)`` of each labelled note: the label and the note that follows it."""
    if ":" not in text and "：" not in text:
        return ()
    found = []
    for label in _LABEL.finditer(text):
        if not _label_at(text, label.start(), label.end()):
            continue
        note = _NOTE.match(text, label.end())
        if note.end() <= label.end():
            continue
        # After its label the note opens as a sentence would, whatever its first letter ("... : cet article ...")
        opened = text[label.end()].upper() + text[label.end() + 1 : note.end()]
        markers = find_markers.__wrapped__(opened)
        if not markers or markers[0].start > 0:
            continue
        end = label.end() + markers[-1].end
        sure = opens_sentence(text, label.start()) and _CLOSED.match(text, end) is not None and markers[-1].sure
        found.append((label.start(), end, sure))
    return tuple(found)


def with_labels(text: str, spans: list[Span], labelled: tuple[Span, ...]) -> list[Span]:
    """``spans`` of notes found on their own, each with the label right before it; and the ``labelled`` notes
    (:func:`find_labelled_notes`) where none was found."""
    extended = []
    for start, end, sure in spans:
        label = next((span for span in labelled if span[0] < start < span[1]), None)
        if label is not None and not text[label[0] : start].strip().endswith((".", "!", "?")):
            start = label[0]
        extended.append((start, end, sure))
    return sorted(extended + [span for span in labelled if not any(s < span[1] and span[0] < e for s, e, _ in spans)])
