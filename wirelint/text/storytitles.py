"""A bare title before a person's name at a sentence's start: the story's own team or organisation (WL601, #17).

"Boss Steve Bruce had said that he would be happy to let the Danish international go" names Bruce for the first
time, and its "he" stands for him, as another story's lede would; but "Boss", with no club before it, presupposes the
club the story is about. Another story's lede names its organisation first ("Birmingham boss Steve Bruce ..."). A
post or a team position written bare and capitalised before a full name (``storytitles.toml``) therefore makes a
sentence lean back (:attr:`~wirelint.text.storysigns.Signs.leans_back`), whatever it says after.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

from wirelint.text.storydata import word_list

TITLES_DATA = Path(__file__).with_name("storytitles.toml")


@cache
def _pattern() -> regex.Pattern[str]:
    """The opening "[Modifier ]title Name Name" with the title and its modifier words from the data file; the
    title's first letter is a capital (the sentence's first word) or the modifier's."""
    def words(table: str) -> str:
        return "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in
                        sorted(word_list(TITLES_DATA, table), key=len, reverse=True))

    name = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’\-]+"
    return regex.compile(rf"^(?i:(?:(?:{words('title modifiers')})\s*)?(?:{words('bare titles')}))\s+(?-i:{name})")


def bare_title(sentence: str) -> bool:
    """Whether ``sentence`` opens with a bare title, capitalised, then a person's full name ("Coach Andy Robinson
    ...")."""
    return sentence[:1].isupper() and _pattern().match(sentence) is not None
