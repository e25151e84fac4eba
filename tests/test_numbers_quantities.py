"""quantities.toml: every example in the data file is a test of the engine that reads it."""

from __future__ import annotations

import pytest

from wirelint.numbers import Interval, extract
from wirelint.numbers.data import ceiling, includes, table
from wirelint.numbers.tallies import is_tally

BOUNDS = table()["bounds"]["examples"]
NOUNS = table()["nouns"]["examples"]["cases"]
TALLIES = (table()["tallies"]["examples"] + table()["tallies"]["money"]["examples"]
           + table()["tallies"]["spending"]["examples"])


def _figure(written: str) -> Interval:
    (quantity,) = extract(f"The clashes killed {written} people.")
    return quantity.range


@pytest.mark.parametrize("example", BOUNDS, ids=[e["written"] for e in BOUNDS])
def test_bounds_allow_and_exclude_what_the_data_says(example: dict) -> None:
    allowed = _figure(example["written"])
    for value in example["allows"]:
        assert allowed.overlaps(Interval.point(value)), value
    for value in example["excludes"]:
        assert not allowed.overlaps(Interval.point(value)), value


@pytest.mark.parametrize(("value", "expected"), [(50, 100), (380_000, 400_000), (120, 200), (5, 10), (1_500, 2_000),
                                                   (2.5e9, 3e9), (300, 1_000)])
def test_a_lower_bound_reaches_up_to_the_next_round_step(value: float, expected: float) -> None:
    assert ceiling(value) == pytest.approx(expected)


@pytest.mark.parametrize("example", NOUNS, ids=[f"{e['total']}-{e['part']}" for e in NOUNS])
def test_noun_hierarchy_examples(example: dict) -> None:
    assert includes(example["total"], example["part"]) is example["includes"]


@pytest.mark.parametrize("example", TALLIES, ids=[e["text"] for e in TALLIES])
def test_tally_examples(example: dict) -> None:
    text = example["text"]
    assert any(is_tally(text, quantity) for quantity in extract(text)) is example["tally"]


EVENTS = table()["events"]["examples"]["cases"]


@pytest.mark.parametrize("example", EVENTS, ids=[e["text"] for e in EVENTS])
def test_event_examples(example: dict) -> None:
    """Each event example in quantities.toml names the event of its count (or none, for look-alikes)."""
    events = {quantity.event for quantity in extract(example["text"]) if quantity.kind.name == "COUNT"} - {""}
    assert events == ({example["event"]} if example["event"] else set())


def test_every_event_word_is_a_plain_phrase() -> None:
    """The event and statistics vocabularies are words, never patterns: data, not code."""
    words = [w for group in ("after", "before") for ws in table()["events"][group].values() for w in ws]
    words += table()["statistics"]["words"] + table()["tallies"]["money-verbs"] + table()["tallies"]["damage-nouns"]
    assert all(word == word.strip() and not set(word) & set("()[]|\\?*+{}^$") for word in words)
