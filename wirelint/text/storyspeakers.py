"""The names written in an article before each paragraph, indexed once per article (WL601, issue 17, integrity22).

A tail apart whose first sentence gives as its speaker a name written, as it is written there, in the headline, the
standfirst or the story before it is the story's own source closing it (:meth:`~wirelint.text.storytails.
TailSubject.source_speaks`). Asked at every candidate sentence by scanning the text before it, that is quadratic in
the article's length; here every written name of one to three words (and each part of a word joined by an
apostrophe or a hyphen: "S/P" in "S/P's") is indexed by the paragraph it is first written in, once per article, and
a question costs only the name and the part of its own paragraph before it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wirelint.lazy_pattern import LazyPattern

_WORD = LazyPattern(r"[\p{L}\p{N}]+(?:[/&'’\-][\p{L}\p{N}]+)*")
"""A word as a name is written: letters and digits, joined by a slash, an ampersand, an apostrophe or a hyphen."""
_PART = LazyPattern(r"['’\-]")
_LONGEST = 3
"""Words a speaker's name may have (:func:`~wirelint.text.storysigns.speaker_names`)."""


def written(text: str) -> Iterator[str]:
    """Every run of one to :data:`_LONGEST` words of ``text`` apart only by spaces, as written, and each part of a
    word joined by an apostrophe or a hyphen."""
    words = list(_WORD.finditer(text))
    for number, word in enumerate(words):
        yield word.group()
        yield from _PART.split(word.group())
        end = word.end()
        for later in words[number + 1 : number + _LONGEST]:
            if text[end : later.start()].strip():
                break
            end = later.end()
            yield " ".join(text[word.start() : end].split())


class WrittenNames:
    """Where each name is first written: the headline and standfirst (before every paragraph) or a paragraph."""

    def __init__(self, heads: Sequence[str], texts: Sequence[str]) -> None:
        self._texts = texts
        self._first: dict[str, int] = dict.fromkeys((name for head in heads for name in written(head)), -1)
        for number, text in enumerate(texts):
            for name in written(text):
                self._first.setdefault(name, number)

    def before(self, name: str, paragraph: int, start: int) -> bool:
        """Whether ``name`` is written, as it is written, before character ``start`` of ``paragraph``."""
        key = " ".join(name.split())
        return self._first.get(key, paragraph) < paragraph or key in written(self._texts[paragraph][:start])
