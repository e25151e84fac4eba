"""The numbers and word lists WL601 reads from its data files (a bar, a count of words, the words of a kind),
so that a choice measured on a development set is changed in the data file it belongs with, never in code.

Each number or list sits in a table of a TOML data file next to the module that uses it (``storytakeover.toml``,
``storyaftermath.toml``, ``storynotes.toml``, ``storyislands.toml``), parsed with tomllib through the start-up
cache and never executed; a missing number, or anything else where a number should be, is an error naming the file.
"""

from __future__ import annotations

from pathlib import Path

from wirelint.errors import PackError
from wirelint.startcache import read_toml


def number(path: Path, table: str, key: str) -> float:
    """The number ``key`` of table ``table`` in the WL601 data file ``path``."""
    found = read_toml(path).get(table)
    value = found.get(key) if isinstance(found, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PackError(str(path), f"[{table}] needs a number for {key!r}")
    return float(value)


def count(path: Path, table: str, key: str) -> int:
    """The whole number ``key`` of table ``table`` in the WL601 data file ``path`` (a count of words)."""
    value = number(path, table, key)
    if value != int(value) or value < 0:
        raise PackError(str(path), f"[{table}] needs a whole number for {key!r}")
    return int(value)


def word_list(path: Path, name: str) -> list[str]:
    """The ``words`` list of table ``name`` in the WL601 data file ``path``; anything else is an error naming the
    file (``storyaftermath.toml``, ``storynotes.toml``, ``storytakeover.toml``, ``storyislands.toml``)."""
    found = read_toml(path).get(name)
    words = found.get("words") if isinstance(found, dict) else None
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise PackError(str(path), f"[{name}] needs a list of words")
    return words
