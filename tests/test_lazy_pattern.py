"""Module-level patterns compile on first use, behave like compiled ones, and start-up compiles none of the rules'."""

from __future__ import annotations

import copy
import pickle

import regex
from conftest import run_python

from wirelint.lazy_pattern import LazyPattern

TEXT = "Beirut, 12 March: 3 killed, 14 WOUNDED; sources said."


def test_nothing_is_compiled_until_the_pattern_is_used():
    pattern = LazyPattern(r"\d+")
    assert "_compiled" not in vars(pattern)
    assert pattern.search(TEXT).group() == "12"
    assert isinstance(vars(pattern)["_compiled"], regex.Pattern)


def test_every_method_and_attribute_answers_as_the_compiled_pattern_does():
    source, flags = r"(?P<n>\d+)\s+(wounded|killed)", regex.IGNORECASE
    lazy, compiled = LazyPattern(source, flags), regex.compile(source, flags)
    spans = [m.span() for m in lazy.finditer(TEXT)]
    assert spans == [m.span() for m in compiled.finditer(TEXT)] == [(18, 26), (28, 38)]
    assert lazy.findall(TEXT) == compiled.findall(TEXT)
    assert lazy.sub("N", TEXT) == compiled.sub("N", TEXT)
    assert lazy.match(TEXT) is None and lazy.fullmatch("3 killed") is not None
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (compiled.pattern, compiled.flags, compiled.groupindex)


def test_a_bad_pattern_fails_when_first_used_with_regex_own_error():
    pattern = LazyPattern(r"(unclosed")
    try:
        pattern.search("x")
    except regex.error as error:
        assert "missing )" in str(error)
    else:
        raise AssertionError("a bad pattern must raise regex.error")


def test_copies_and_pickles_work_before_and_after_first_use():
    pattern = LazyPattern(r"\bIS\b")
    assert copy.copy(pattern).search("IS fighters").span() == (0, 2)
    pattern.search("x")
    restored = pickle.loads(pickle.dumps(pattern))
    assert restored.search("the IS group").span() == (4, 6)


def test_building_the_registry_compiles_none_of_the_code_rules_patterns():
    """What makes a result-cache hit and ``--select`` cheap: only pack validation compiles at start-up,
    even when every rule module is imported (as when the start-up cache has no rule table yet). Measured on
    the second run: the first, on a cold cache, compiles the patterns whose flags the gates read."""
    script = """
import sys
from wirelint.checks import all_rules
from wirelint.lazy_pattern import LazyPattern
from wirelint.registry import build_registry
build_registry(autoload=False)
all_rules()
found = [(module.__name__, name, value) for module in list(sys.modules.values())
         if getattr(module, "__name__", "").startswith("wirelint") for name, value in vars(module).items()
         if isinstance(value, LazyPattern)]
print(len(found))
for module, name, value in found:
    if "_compiled" in vars(value):
        print(module + "." + name)
"""
    run_python(script)  # a cold start-up cache learns each gate's pattern flags by compiling, once
    total, *compiled = run_python(script).split()
    assert int(total) > 80, "the numbers, naming and check modules define their patterns lazily"
    assert all(name.startswith(("wirelint.packs.", "wirelint.naming.entities.")) for name in compiled), compiled
