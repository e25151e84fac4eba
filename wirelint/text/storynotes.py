"""A wire results story's own note on its table's figures (WL601): "Results include the Midwest plastics division
acquired from ... in June", "Figures for the prior year were restated to reflect the merger with ...".

Such a note may name a unit, a seller or a merger partner that the headline does not, which the sign "after a
table" (:attr:`~wirelint.text.storyscore.Break.after_table`) would otherwise read as another story starting
after the table. The shape: the sentence opens on the figures (a word of ``[figures]`` in ``storynotes.toml``
among its first words) and says how they were drawn up (a word of ``[accounting]``). The words are data, read
with tomllib, never executed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

from wirelint.text.storydata import count, word_list

PATH = Path(__file__).with_name("storynotes.toml")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*")


@cache
def opening_words() -> int:
    """Words from a note's start within which it names the figures it speaks of: its subject ("Figures for the
    prior year were restated ...", "Fourth quarter net includes ..."), not a word in passing (``[opening]
    within``)."""
    return count(PATH, "opening", "within")


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(word.lower() for word in word_list(PATH, table))


def results_note(sentence: str) -> bool:
    """Whether a sentence is a note on a results table's figures: it opens on them and says how they were drawn
    up."""
    words = _WORD.findall(sentence)
    figures, accounting = _words("figures"), _words("accounting")
    at = next((n for n, word in enumerate(words[: opening_words()]) if word.lower() in figures), -1)
    # the figures are its subject: no name before them ("Caldera Mining Corp said its results ..." is a lede)
    subject = at >= 0 and not any(word[:1].isupper() for word in words[1:at])
    return subject and any(word.lower() in accounting for word in words)
