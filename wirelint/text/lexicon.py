"""The vocabularies of the leftover rules, read from the ``[lexicon]`` tables of a pack.

Agency names, the terms of restriction notices and the words of
machine-translation markers are lists an editor may want to extend, so they
are data in ``rules/leftovers.toml``, not code. The rules build their patterns
from them (see :mod:`wirelint.text.credits`, :mod:`wirelint.text.notices`,
:mod:`wirelint.text.translation`). Each table may carry ``examples`` that run
as tests, as a pack rule's do.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import regex

from wirelint.datafiles import packs_folder
from wirelint.errors import PackError
from wirelint.lazy_pattern import LazyPattern
from wirelint.startcache import STARTUP, built_from, file_stamp
from wirelint.version import RUNNING_CODE

LEFTOVERS_PACK = "leftovers.toml"
Patterns = dict[str, LazyPattern]


def _pack_path() -> Path:
    return packs_folder() / LEFTOVERS_PACK


@cache
def lexicon() -> dict[str, Any]:
    """The ``[lexicon]`` tables of the built-in leftovers pack."""
    from wirelint.packs import read_pack

    path = _pack_path()
    data = read_pack(path).get("lexicon", {})
    if not isinstance(data, dict):
        raise PackError(str(path), "[lexicon] must be a table of tables")
    return data


def table(name: str) -> dict[str, Any]:
    """One ``[lexicon.NAME]`` table; a missing table is an error naming the pack."""
    found = lexicon().get(name)
    if not isinstance(found, dict):
        raise PackError(str(_pack_path()), f"missing table [lexicon.{name}]")
    return found


def words(entry: dict[str, Any], key: str) -> list[str]:
    """A list of strings from a lexicon table (empty when absent)."""
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PackError(str(_pack_path()), f"lexicon key {key!r} must be a list of strings")
    return value


def escape(text: str) -> str:
    """``regex.escape(text)``, at once for letters and digits (which it leaves as they are): word lists
    become patterns at every start-up, and ``regex.escape`` looks at each character in Python."""
    return text if text.isalnum() else regex.escape(text)


LONG_LIST = 100
"""Phrases from which an alternation is kept between runs (the agency lists: about a millisecond each to build)."""


def alternation(phrases: Iterable[str], boundary: bool = True, gap: str = r"[ \t]+") -> str:
    """A regex alternation of literal phrases, longest first, ``gap`` between words (any run of spaces;
    ``\\s+`` lets a phrase run over a hard-wrapped line)."""
    listed = list(phrases)
    if len(listed) < LONG_LIST:
        return _alternation(listed, boundary, gap)
    return built_from("alternations", repr((listed, boundary, gap)), lambda: _alternation(listed, boundary, gap))


def spanning(phrases: Iterable[str]) -> str:
    """A bare alternation of phrases whose words may stand over a hard-wrapped line (any run of white space between
    them): the word lists of the attribution and tally patterns, written into larger patterns with their own
    edges."""
    return alternation(phrases, boundary=False, gap=r"\s+")


def _alternation(phrases: list[str], boundary: bool, gap: str) -> str:
    parts = sorted({phrase.strip() for phrase in phrases if phrase.strip()}, key=lambda phrase: (-len(phrase), phrase))
    body = "|".join(gap.join(escape(word) for word in phrase.split()) for phrase in parts)
    return rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" if boundary else f"(?:{body})"


def kept_patterns(section: str, variant: Hashable, build: Callable[[], Patterns]) -> Patterns:
    """``build()``, patterns the running code writes from this pack's lists, their sources kept between runs.

    Writing the credit grammars (some 640 agencies escaped, sorted and joined, the labels' lookahead) took 2 to
    3 ms at every start. The sources and flags are kept in the start-up cache under the running code and the
    stamp of the pack file (:func:`~wirelint.startcache.file_stamp`: none for a file that just changed, which
    is then read afresh); what is kept is read back only as a table of sources and flags, else built again.
    """
    stamp = file_stamp(_pack_path())
    key = (RUNNING_CODE, stamp, variant)
    found = STARTUP.get(section, key) if stamp else None
    if isinstance(found, dict) and all(_source_and_flags(value) for value in found.values()):
        return {str(kind): LazyPattern(source, flags) for kind, (source, flags) in found.items()}
    built = build()
    if stamp:
        STARTUP.put(section, key, {kind: (pattern.pattern, int(pattern._flags)) for kind, pattern in built.items()})
    return built


def _source_and_flags(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and type(value[1]) is int


def fragments(phrases: list[str]) -> str:
    """A regex alternation of pattern fragments written in the lexicon (regex syntax, no code)."""
    return "|".join(f"(?:{phrase})" for phrase in phrases)


def listed_form(matched: str) -> str:
    """A word a case-insensitive pattern matched, spelt as the word lists spell it: ``(?i)`` matches "KİLLED"
    (a Turkish keyboard's dotted capital I) and "almoſt" (a long s), which lower-case to other strings."""
    return matched.lower().replace("i\u0307", "i").replace("ſ", "s")
