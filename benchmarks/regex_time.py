"""CPU inside ``regex`` calls during one ``wirelint check``, by caller and by pattern.

Used by ``where_time_goes.py FOLDER --regex``. Every pattern the program
compiles (``regex.compile`` and the start-up cache's ``compile_pattern``) is
wrapped in a stand-in that times each call of ``search``, ``match``,
``fullmatch``, ``findall``, ``sub``, ``split`` and each step of ``finditer``
with ``time.process_time``; the caller is the first frame outside the wrapper
and ``lazy_pattern``. The wrapping must happen before wirelint's modules bind
``compile_pattern``, so this module patches first and the check is imported
after.
"""

from __future__ import annotations

import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import regex

_SPENT: Counter[tuple[str, str]] = Counter()
_CALLS: Counter[tuple[str, str]] = Counter()
_SKIPPED = frozenset(("lazy_pattern.py", "regex_time.py"))
"""The stand-in's own frames and the lazy pattern's: the caller is the code that asked for the match."""


def _caller() -> str:
    frame: Any = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.rpartition("/")[2] in _SKIPPED:
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{frame.f_code.co_filename.split('wirelint/')[-1]}:{frame.f_code.co_name}"


class TimedPattern:
    """A compiled pattern whose matching calls are timed (every other attribute is the pattern's)."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _timed(self, method: str, *args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        result = getattr(self._pattern, method)(*args, **kwargs)
        spent = time.process_time() - started
        key = (self._pattern.pattern[:90], _caller())
        _SPENT[key] += spent
        _CALLS[key] += 1
        return result

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        key = (self._pattern.pattern[:90], _caller())
        _CALLS[key] += 1
        return self._steps(self._pattern.finditer(*args, **kwargs), key)

    @staticmethod
    def _steps(found: Iterator[regex.Match[str]], key: tuple[str, str]) -> Iterator[regex.Match[str]]:
        while True:
            started = time.process_time()
            match = next(found, None)
            _SPENT[key] += time.process_time() - started
            if match is None:
                return
            yield match


def _timed_method(name: str) -> Callable[..., Any]:
    def method(self: TimedPattern, *args: Any, **kwargs: Any) -> Any:
        return self._timed(name, *args, **kwargs)

    method.__name__ = name
    return method


for _name in ("search", "match", "fullmatch", "findall", "sub", "split"):
    setattr(TimedPattern, _name, _timed_method(_name))


def _wrapping(compile_: Callable[..., regex.Pattern[str]]) -> Callable[..., TimedPattern]:
    return lambda *args, **kwargs: TimedPattern(compile_(*args, **kwargs))


def _timing_cost() -> float:
    """What timing one call adds to it: an empty search timed, less the same search untimed."""
    pattern, timed = regex.compile("x"), TimedPattern(regex.compile("x"))
    rounds = 20000
    started = time.process_time()
    for _ in range(rounds):
        pattern.search("")
    bare = time.process_time() - started
    started = time.process_time()
    for _ in range(rounds):
        timed.search("")
    cost = (time.process_time() - started - bare) / rounds
    _SPENT.clear()
    _CALLS.clear()
    return max(cost, 0.0)


def time_patterns(command: list[str]) -> None:
    """Run ``wirelint COMMAND`` with every pattern timed, then print the tables."""
    from wirelint import startcache

    cost = _timing_cost()
    regex.compile = _wrapping(regex.compile)  # type: ignore[assignment]
    startcache.compile_pattern = _wrapping(startcache.compile_pattern)  # type: ignore[assignment]
    from wirelint.cli import main as cli

    stdout, sys.stdout = sys.stdout, io.StringIO()
    started = time.process_time()
    try:
        cli(command, standalone_mode=False)
    except SystemExit:
        pass
    finally:
        sys.stdout = stdout
    whole = time.process_time() - started
    spent = Counter({key: max(seconds - cost * _CALLS[key], 0.0) for key, seconds in _SPENT.items()})
    calls = sum(_CALLS.values())
    inside = sum(spent.values())
    print(f"wirelint {' '.join(command)}: {whole:.2f} s of CPU with every pattern call timed")
    print(f"{calls:,} pattern calls, {inside:.2f} s inside them ({inside / whole:.0%}), after taking off "
          f"{cost * 1e6:.2f} us of timing per call")
    callers: Counter[str] = Counter()
    for (_, caller), seconds in spent.items():
        callers[caller] += seconds
    print("\n| caller | seconds | share of the check |\n| --- | --- | --- |")
    for caller, seconds in callers.most_common(20):
        print(f"| {caller} | {seconds:.3f} | {seconds / whole:.1%} |")
    print("\n| pattern (start) | caller | calls | seconds |\n| --- | --- | --- | --- |")
    for (source, caller), seconds in spent.most_common(20):
        shown = " ".join(source.split())[:60].replace("|", "\\|")
        print(f"| `{shown}` | {caller} | {_CALLS[source, caller]:,} | {seconds:.3f} |")
