"""The transliteration folds made as string replacements give what the folds' patterns give.

:func:`wirelint.naming.spelling.normalise` folds a printable ASCII spelling with ``str.replace``
and the folds' patterns (``spelling._FOLDS``) only otherwise; the reference here applies the
patterns one after another to every spelling, as ``normalise`` did before.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.naming.spelling import _FOLDS, fold, normalise


def folded_by_patterns(text: str) -> str:
    folded = fold(text)
    for pattern, replacement in _FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded


@pytest.mark.parametrize(
    "spelling",
    [
        "Zelenskyy", "Zelenskiy", "Houthis", "Kadhafi", "Ghouta", "Husayn", "Hussein", "Yaya", "yy", "y", "Y",
        "aai", "aiai", "eiai", "Baghdadi", "dhhh", "ouou", "Mossul", "Muhammad", "Ṣanʿāʾ", "Erdoğan", "Qur'an",
        "İstanbul", "Almoſt", "KİLLED", "a\ny", "ya\nyy", "y\ny", "Ma y", "O'Dhaoui", "", "e.g.", "al-Hayy",
    ],
)
def test_known_spellings(spelling: str) -> None:
    assert normalise(spelling) == folded_by_patterns(spelling)


LETTERS = "adeghiouyADGHIOUY'’.- \n\r\t\x0b\x1cğİſʿā2"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=12))
def test_any_spelling_of_the_fold_letters(spelling: str) -> None:
    assert normalise(spelling) == folded_by_patterns(spelling)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=10))
def test_any_text(spelling: str) -> None:
    assert normalise(spelling) == folded_by_patterns(spelling)
