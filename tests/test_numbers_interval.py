"""Intervals: the comparison every figure rule rests on, open and closed ends included."""

from __future__ import annotations

import math

import pytest

from wirelint.numbers import Interval
from wirelint.numbers.qualifiers import Bound, apply, bound_of

MORE_THAN_50 = Interval.above(50)
AT_LEAST_50 = Interval.above(50, inclusive=True)
UNDER_50 = Interval.below(50)
DOZENS = Interval(24, 199)

OVERLAPS = [
    (Interval.point(51), MORE_THAN_50, True),
    (Interval.point(50), MORE_THAN_50, False),
    (Interval.point(50), AT_LEAST_50, True),
    (Interval.point(50), UNDER_50, False),
    (Interval.point(49), UNDER_50, True),
    (DOZENS, MORE_THAN_50, True),
    (DOZENS, Interval.point(12), False),
    (Interval.point(12), Interval.above(60), False),
    (Interval(10, 15), Interval(15, 20), True),
    (Interval(10, 15, high_open=True), Interval(15, 20), False),
    (Interval(0, 50, high_open=True), Interval.above(50), False),
]


@pytest.mark.parametrize(("a", "b", "expected"), OVERLAPS)
def test_overlap_respects_open_and_closed_ends(a: Interval, b: Interval, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


def test_sum_of_parts_adds_ends() -> None:
    assert Interval.point(20) + Interval.point(31) == Interval.point(51)
    assert Interval(9, 11) + MORE_THAN_50 == Interval(59, math.inf, low_open=True, high_open=True)


def test_below_all_of_is_strict_at_open_ends() -> None:
    assert Interval.point(51).below_all_of(Interval.above(60))
    assert Interval.point(50).below_all_of(MORE_THAN_50)
    assert not Interval.point(51).below_all_of(MORE_THAN_50)


def test_widening_for_rounding_never_goes_below_zero() -> None:
    assert Interval.point(380_000).widened(5_000) == Interval(375_000, 385_000)
    assert Interval.point(1).widened(5) == Interval(0, 6)
    assert Interval.point(7).widened(0) == Interval.point(7)


def test_closed_includes_the_edges() -> None:
    assert MORE_THAN_50.closed().overlaps(Interval.point(50))


@pytest.mark.parametrize(
    ("interval", "words"),
    [
        (Interval.point(380_000), "380,000"),
        (MORE_THAN_50, "more than 50"),
        (AT_LEAST_50, "at least 50"),
        (UNDER_50, "under 50"),
        (Interval.below(30, inclusive=True), "at most 30"),
        (DOZENS, "24 to 199"),
        (Interval.point(2.5), "2.5"),
    ],
)
def test_intervals_read_as_words(interval: Interval, words: str) -> None:
    assert str(interval) == words


@pytest.mark.parametrize(
    ("qualifier", "bound", "expected"),
    [
        ("more than", Bound.ABOVE, "more than 50 (under 100)"),
        ("at least", Bound.AT_LEAST, "at least 50 (under 100)"),
        ("nearly", Bound.NEARLY, "42.5 to 50"),
        ("about", Bound.ABOUT, "45 to 55"),
        ("up to", Bound.UP_TO, "at most 50"),
        ("fewer than", Bound.BELOW, "under 50"),
        ("no more than", Bound.AT_MOST, "at most 50"),
        ("or more", Bound.AT_LEAST, "at least 50 (under 100)"),
        ("-plus", Bound.AT_LEAST, "at least 50 (under 100)"),
        ("or so", Bound.ABOUT, "45 to 55"),
    ],
)
def test_qualifiers_turn_a_figure_into_an_interval(qualifier: str, bound: Bound, expected: str) -> None:
    assert bound_of(qualifier) is bound
    assert str(apply(bound, Interval.point(50))) == expected
