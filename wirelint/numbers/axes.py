"""Parts on different axes: no partition of the total.

"The dam burst injured 67 people, 47 of them seriously, and 31 children were among the injured": a count by how badly
the members were hurt and a count by what kind of person they are cross each other (a child may be seriously hurt),
so 47 + 31 says nothing of 67. The same holds for sex beside age ("20 were male and 15 were children") and any axis
beside another. Each part is read on the first axis word of quantities.toml [axes] its own words name (severity,
sex, age); parts that name none ("and 20 others") or name one axis ("12 seriously and 28 slightly") divide as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from wirelint.numbers.data import table
from wirelint.numbers.located import Located
from wirelint.numbers.predicates import padded_words
from wirelint.numbers.states import own_words


def axes_apart(parts: Sequence[Located]) -> bool:
    """Whether the parts count their members on two or more axes of quantities.toml [axes]."""
    found = {axis for index, part in enumerate(parts) if (axis := _axis(part, parts[index + 1:]))}
    return len(found) > 1


def _axis(part: Located, later: Sequence[Located]) -> str:
    """The axis of the earliest axis word in a part's noun and own words ("of them seriously": severity)."""
    padded = padded_words(f"{part.quantity.noun} {own_words(part, later)}")
    found = [(padded.find(f" {word} "), axis) for axis, word in _words() if f" {word} " in padded]
    return min(found)[1] if found else ""


@cache
def _words() -> tuple[tuple[str, str], ...]:
    return tuple((axis, word) for axis, words in table()["axes"].items() if axis != "examples" for word in words)
