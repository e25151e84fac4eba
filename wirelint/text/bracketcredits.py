"""Credits in the brackets of Chinese, Japanese and Korean copy: an agency alone, or with the word of the picture.

"【AGENCY】", "（AGENCY）", "（写真：AGENCY）", "[사진 AGENCY]", "[AGENCY 자료사진]", "（AGENCY记者 NAME 摄）":
full-width brackets around a listed agency (``[lexicon.credits] agencies``) and nothing else credit the picture or
the wire, as Kyodo's and Xinhua's copy does; in ASCII brackets an agency alone is an English dateline's ("PARIS
(AFP) -"), so there a word of the picture must stand beside it (``[lexicon.image-labels] bracket-labels``), or a
second agency after "=" ("[AGENCY=연합뉴스]"). A reporter's word and a name before a word of shooting ("记者 NAME
摄") say who took it.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.agencies import known_agencies, names_agency
from wirelint.text.lexicon import alternation, table, words

_HINT = LazyPattern(r"[（【〔［]|\[|\(")


@cache
def _pattern() -> LazyPattern:
    lexicon = table("image-labels")
    label = alternation(words(lexicon, "bracket-labels"), boundary=False)
    reporter = alternation(words(lexicon, "reporter-words"), boundary=False)
    shot = alternation(words(lexicon, "shot-words"), boundary=False)
    agency = rf"(?:{known_agencies()})(?![\p{{Ll}}\p{{Lu}}])"
    agencies = rf"{agency}(?:[ ]?[=/][ ]?{agency})?"
    by = rf"(?:[ ]?(?:{reporter})[ ]?[\p{{Lo}}\p{{L}}·]{{2,12}}(?:[ ][\p{{L}}·]{{2,12}})?[ ]?(?:{shot}))?"
    labelled = rf"(?:{label})(?:[ ]?[:：][ ]?|[ ])(?:{agencies}){by}|(?:{agencies}){by}[ ]?(?:{label})"
    return LazyPattern(
        rf"(?P<wide>[（【〔［])(?:{labelled}|{agencies}{by})[）】〕］]|[(\[](?:{labelled}|{agency}=[ ]?{agency})[)\]]",
        regex.VERSION1,
    )


@per_paragraph
def find_bracket_credits(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, sure)`` of each agency credit in brackets in ``text``: the brackets hold nothing else."""
    if not _HINT.search(text) or not names_agency(text):
        return ()
    return tuple((found.start(), found.end(), True) for found in _pattern().finditer(text))
