"""A bare title before a person's name at a sentence's start: a weak sign of the story's own team or organisation
(WL601, #17).

"Boss Steve Bruce had said that he would be happy to let the Danish international go" names Bruce for the first
time, and its "he" stands for him, as another story's lede would; but "Boss", with no club before it, presupposes the
club the story is about. Another story's lede usually names its organisation first ("Birmingham boss Steve Bruce
..."), but not always: "Coach Andy Robinson has been sacked after Scotland lost ..." opens a story of its own. So
the title (``storytitles.toml``) is a weak sign (:meth:`~wirelint.text.storysigns.Signs.continues`): it counts only
when the story is of the title's domain and the sentence names no organisation, team or place the story has not
met (:func:`title_ties`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

from wirelint.text.calendar import WEEKDAYS
from wirelint.text.lexicon import alternation
from wirelint.text.storydata import word_list
from wirelint.text.vocabulary import stem

TITLES_DATA = Path(__file__).with_name("storytitles.toml")
_KINDS = (("team titles", "team words"), ("organisation titles", "organisation words"))


def _alternatives(*tables: str) -> str:
    return alternation((word for table in tables for word in word_list(TITLES_DATA, table)), boundary=False,
                       gap=r"\s+")


@cache
def _pattern() -> regex.Pattern[str]:
    """The opening "[Modifier ]title Name Name" with the title and its modifier words from the data file; the
    title's first letter is a capital (the sentence's first word) or the modifier's."""
    titles = _alternatives(*(titles for titles, _ in _KINDS))
    name = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’\-]+"
    return regex.compile(
        rf"^(?i:(?:(?:{_alternatives('title modifiers')})\s*)?(?P<title>{titles}))\s+(?-i:{name})"
    )


@cache
def _domains() -> dict[str, frozenset[str]]:
    """Each title's domain: the stems of the words of every kind of title it is listed under."""
    found: dict[str, set[str]] = {}
    for titles, words in _KINDS:
        stems = {stem(word) for word in word_list(TITLES_DATA, words)}
        for title in word_list(TITLES_DATA, titles):
            found.setdefault(title, set()).update(stems)
    return {title: frozenset(stems) for title, stems in found.items()}


@cache
def _nationality(table: str = "nationality endings") -> regex.Pattern[str]:
    endings = "|".join(sorted(word_list(TITLES_DATA, table), key=len, reverse=True))
    return regex.compile(rf"\p{{Lu}}\p{{Ll}}+(?:{endings})")


def bare_title(sentence: str) -> bool:
    """Whether ``sentence`` opens with a bare title, capitalised, then a person's full name ("Coach Andy Robinson
    ...")."""
    return bool(title_domain(sentence))


def title_domain(sentence: str) -> frozenset[str]:
    """The stems of the words of the domain of the bare title ``sentence`` opens with (none if it opens with
    none): a story written in none of them is not the title's team or organisation."""
    found = _pattern().match(sentence) if sentence[:1].isupper() else None
    if found is None:
        return frozenset()
    return _domains()[" ".join(found.group("title").lower().split())]


def title_ties(sentence: str, names: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, ...], ...]:
    """The stems of the names a bare-title sentence gives besides the person it opens with (``names`` as written
    and their stems): an organisation, a team or a place of its own, which the story must have met for the title
    to be the story's. None of them are a one-word nationality before a noun ("the Swedish international"), a
    setting ("at Twickenham", "against Charlton": :func:`_setting`) or a day's event ("Saturday's Premiership")."""
    found = _pattern().match(sentence)
    after = sentence[found.end() :] if found else sentence
    return tuple(stems for name, stems in names
                 if stems and name in after and not _adjective(sentence, name) and not _setting(sentence, name)
                 and name.split("'")[0].split("’")[0].lower() not in WEEKDAYS)


def _setting(sentence: str, name: str) -> bool:
    """Whether ``name`` follows a word that makes it where or against whom the thing told happens."""
    before = sentence[: max(sentence.rfind(name), 0)].split()
    return bool(before) and before[-1].lower() in _setting_words()


@cache
def _setting_words() -> frozenset[str]:
    return frozenset(word_list(TITLES_DATA, "setting words"))


def _adjective(sentence: str, name: str) -> bool:
    """Whether the one-word ``name`` is a nationality written before a lower-case noun ("Swedish international")."""
    at = sentence.find(name)
    return (" " not in name and at > 0 and _nationality().fullmatch(name) is not None
            and regex.match(r"\s+\p{Ll}", sentence[at + len(name) :]) is not None)


def by_nationality(sentence: str) -> bool:
    """Whether ``sentence`` calls someone by "the", a nationality and a kind of person ("the Swedish international"):
    only a later sentence of the story can, about a person it has named (``storytitles.toml`` ["person by
    nationality"])."""
    return any(_nationality("nationality endings, strict").fullmatch(found.group(1))
               for found in _by_nationality().finditer(sentence))


@cache
def _by_nationality() -> regex.Pattern[str]:
    nouns = "|".join(sorted(word_list(TITLES_DATA, "person by nationality"), key=len, reverse=True))
    return regex.compile(rf"\b[Tt]he\s+(\p{{Lu}}\p{{Ll}}+)\s+(?:{nouns})\b(?!\s+\p{{Lu}})")
