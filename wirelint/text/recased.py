"""Notices an agency wrote in title case or in small letters, read as the same words in capitals.

"Kenya Out // No Resales // No Archives", "== Photo Released By The Town Council, Cannot Be Independently
Verified ==", "(out colombia. no archive use)" and "the authenticity of this handout cannot be verified" after a
sentence are the wire's notices with their case changed by a desk or a feed: every word capitalised, or small
letters where no sentence of news opens (in brackets, after a sentence's stop, at a line's start). Such a stretch
is read in capitals by the scorer of runs of capitals (:func:`wirelint.text.notices.find_notices`), which knows
their terms, separators ("//", "::", "==") and ends; a stretch that is no notice in capitals is none here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from typing import Protocol

from wirelint.lazy_pattern import LazyPattern
from wirelint.text import noticeterms

Span = tuple[int, int, bool]
"""A notice's start, end and whether its end is sure."""


class Found(Protocol):
    """A notice as :mod:`wirelint.text.notices` finds it."""

    start: int
    end: int
    sure: bool

_WORD = r"\p{Lu}[\p{L}'’-]*"
_TITLE_RUN = LazyPattern(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?:(?:={{2,}}|::|//)[ \t]*)?{_WORD}"
    rf"(?:(?:,|:|;|[ \t]+(?://|::|==|[-–—|/])|[ \t]*\.)?[ \t]+{_WORD}){{2,15}}"
    r"(?![\p{L}\p{N}'’-])(?![ \t]+\p{Ll})(?:[ \t]*(?:={2,}|::|//))?"
)
"""Three words or more, each capitalised, joined by spaces or a notice's separators, not before small letters
(where a sentence opens: "... No Archives Officials said")."""
_SMALL_RUN = LazyPattern(
    r"(?<=[(\[])\p{Ll}[^()\[\]\n]{3,120}(?=[)\]])"
    r"|(?:(?<=[.!?][ \t]{1,3})|(?<=\A[ \t]*))\p{Ll}[^.!?\n]{8,150}[.!?]?(?=[ \t]*\Z)"
)
"""Small letters where no sentence of news opens: the whole of a bracket, or the text's last stretch after a
sentence's stop or from its start (a line's start is none: hard-wrapped copy goes on in small letters there)."""
_NEAR = 200
"""Characters read on each side of a stretch: more than a notice's end needs."""
_MOST = 50
"""Stretches read in one text: a story has a few; a text of thousands (a title-case list a megabyte long) is
no copy a notice was pasted into."""


def recased_notices(
    text: str, taken: Sequence[Found], capital_run: Callable[[str, int, int], Found | None]
) -> list[Span]:
    """The notices in stretches of ``text`` in title case or small letters (none overlapping ``taken``), found by
    ``capital_run`` on the text with the stretch in capitals."""
    found: list[Span] = []
    strong, mixed = noticeterms.vocabulary().strong, noticeterms.vocabulary().mixed
    for pattern in (_TITLE_RUN, _SMALL_RUN):
        for match in islice(pattern.finditer(text), _MOST):
            start, end = match.span()
            upper = text[start:end].upper()
            spans = [(n.start, n.end) for n in taken] + [(s, e) for s, e, _ in found]
            if len(upper) != end - start or any(s < end and start < e for s, e in spans):
                continue  # taken; or a letter whose capital is longer ("ß") would shift every offset after it
            if strong.search(upper) is None or (pattern is _SMALL_RUN and noticeterms.score(upper) < mixed):
                continue  # no term of a notice (most names and headlines); small letters need a mixed notice's score
            # The stretch in capitals with the words around it, not the whole text (a megabyte on one line)
            at = max(start - _NEAR, 0)
            notice = capital_run(text[at:start] + upper + text[end : end + _NEAR], start - at, end - at)
            if notice is None:
                continue
            # Within the stretch, which the scorer reads as if a run of capitals went on around it
            first, last = max(notice.start + at, start), min(notice.end + at, end)
            bracket = text[start - 1 : start] + text[end : end + 1]
            if (first, last) == (start, end) and bracket in ("()", "[]"):
                first, last = start - 1, end + 1  # the whole bracket: "(out peru. no sales)"
            found.append((first, last, notice.sure))
    return found

