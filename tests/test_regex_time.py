"""``where_time_goes.py --regex`` (benchmarks/regex_time.py): its stand-in patterns answer as the patterns do.

The tool swaps every compiled pattern of a check for a timed stand-in; the
check's output, and so what the timings are of, must not change. Only the
answers and the counts are asserted, never a time.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import regex

from tests.conftest import REPO


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("regex_time", REPO / "benchmarks" / "regex_time.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("search", lambda p: p.search("a Bb cc Dd", 2).span()),
    ("match", lambda p: p.match("Bb", 0).span()),
    ("fullmatch", lambda p: p.fullmatch("Bb").group()),
    ("findall", lambda p: p.findall("a Bb cc Dd")),
    ("sub", lambda p: p.sub("-", "a Bb cc Dd")),
    ("split", lambda p: p.split("a Bb cc Dd")),
    ("finditer", lambda p: [m.span() for m in p.finditer("a Bb cc Dd", 1, 9)]),
]


def test_a_timed_pattern_answers_as_the_pattern_does_and_counts_each_call() -> None:
    tool = _tool()
    pattern = regex.compile(r"\p{Lu}\p{Ll}")
    timed = tool.TimedPattern(regex.compile(r"\p{Lu}\p{Ll}"))
    for _name, call in CALLS:
        assert call(timed) == call(pattern)
    assert timed.pattern == pattern.pattern and timed.flags == pattern.flags
    assert sum(tool._CALLS.values()) == len(CALLS)
    assert all(caller.split(":")[0].endswith("test_regex_time.py") for _, caller in tool._CALLS)  # the calling code


def test_the_timing_cost_is_measured_without_counting_as_calls() -> None:
    tool = _tool()
    assert tool._timing_cost() >= 0.0
    assert not tool._CALLS and not tool._SPENT
