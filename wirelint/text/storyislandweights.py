"""The measures WL601 weighs for an island (:mod:`wirelint.text.storyislands`) and a sentence island
(:mod:`wirelint.text.storyislandsentences`): their fitted weights, their bars and the topic families, read from
the data file ``storyislands.toml`` next to this module (parsed with tomllib, never executed; see its comments
for how each was fitted or chosen, and docs/integrity.md, issue 17, round 18).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from wirelint.errors import PackError
from wirelint.startcache import read_toml
from wirelint.text.vocabulary import stem

PATH = Path(__file__).with_name("storyislands.toml")
LONGEST_ISLAND = 2
"""Whole paragraphs of another story looked for as an island."""
MIN_WORDS = 5
"""Distinct content words a stretch needs before it is measured as an island."""
ISLAND_FEATURES = (
    "cosine", "share", "near", "bridge", "size", "new names", "names shared", "topic", "refers back", "transition",
    "dateline", "opening words", "two", "baseline", "inner", "all share", "resume cosine", "resume names",
    "near one", "bridge one", "prose", "share x size", "one sentence", "perfect", "said last", "opens new name",
)
SENTENCE_FEATURES = (
    "cosine", "share", "local", "local share", "near", "bridge", "size", "new names", "names shared", "topic",
    "all share", "refers back", "transition", "dateline", "opening words", "start", "two", "baseline", "perfect",
    "said last", "opens new name",
)


@cache
def _table() -> dict[str, Any]:
    return read_toml(PATH)


def _model(name: str, features: tuple[str, ...]) -> tuple[dict[str, float], float]:
    """The weights (bias included) and the bar of table ``name``; a weight missing or not a number is an error
    naming the file."""
    table = _table().get(name)
    weights = table.get("weights") if isinstance(table, dict) else None
    bar = table.get("bar") if isinstance(table, dict) else None
    if not isinstance(weights, dict) or not isinstance(bar, (int, float)):
        raise PackError(str(PATH), f"[{name}] needs a bar and a [{name}.weights] table")
    wanted = ("bias", *features)
    missing = [key for key in wanted if not isinstance(weights.get(key), (int, float))]
    if missing or set(weights) - set(wanted):
        raise PackError(str(PATH), f"[{name}.weights] must give a number for each of {', '.join(wanted)}")
    return {key: float(weights[key]) for key in wanted}, float(bar)


@cache
def island_model() -> tuple[dict[str, float], float]:
    """The island regression's weights and bar (``[island]``)."""
    return _model("island", ISLAND_FEATURES)


@cache
def sentence_model() -> tuple[dict[str, float], float]:
    """The sentence island regression's weights and bar (``[sentence]``)."""
    return _model("sentence", SENTENCE_FEATURES)


@cache
def table_gates() -> tuple[int, int, int, frozenset[str]]:
    """The table islands' gates (``[table]``): rows a run needs, words a row has at most, lower-case words a
    sentence of running text has at least, and the units a figure is given in
    (:mod:`wirelint.text.storyislandtables`)."""
    table = _table().get("table")
    keys = ("rows", "row_words", "prose_words")
    units = table.get("units") if isinstance(table, dict) else None
    if (
        not isinstance(table, dict)
        or not all(isinstance(table.get(key), int) for key in keys)
        or not isinstance(units, list)
        or not all(isinstance(unit, str) for unit in units)
    ):
        raise PackError(str(PATH), f"[table] needs a whole number for each of {', '.join(keys)} and a list of units")
    return table["rows"], table["row_words"], table["prose_words"], frozenset(unit.lower() for unit in units)


OPENINGS = ("quotation", "points back", "continues")


@cache
def island_openings() -> dict[str, float]:
    """What more than the island bar a stretch must score by how it opens (``[island.openings]``)."""
    table = _table().get("island")
    found = table.get("openings") if isinstance(table, dict) else None
    if not isinstance(found, dict) or not all(isinstance(found.get(key), (int, float)) for key in OPENINGS):
        raise PackError(str(PATH), f"[island.openings] needs a number for each of {', '.join(OPENINGS)}")
    return {key: float(found[key]) for key in OPENINGS}


@cache
def families() -> tuple[frozenset[str], ...]:
    """Each topic family as the stems of its words (``[families]``)."""
    table = _table().get("families")
    if not isinstance(table, dict) or not all(
        isinstance(words, list) and all(isinstance(word, str) for word in words) for words in table.values()
    ):
        raise PackError(str(PATH), "[families] must be a table of lists of words")
    return tuple(frozenset(stem(word) for word in words) for words in table.values())


def with_families(topic: frozenset[str]) -> frozenset[str]:
    """``topic`` (a story's lower-case content stems) and every word of each topic family it uses two words of:
    the words its kind of event is told in ("rescuers", "survivors" after an earthquake)."""
    return topic.union(*(family for family in families() if len(family & topic) >= 2))
