"""The dateline grammar: ``BEIRUT (AFP) -``, ``AFP, Beirut :``, ``Beirut, Syria, Aug 25 -``.

One grammar for everything that reads datelines: the readers (a dateline on a
line of its own is not a headline), WL506 (dateline format) and WL601 (a
dateline inside a paragraph opens another story).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.calendar import MONTH_WORD

AGENCIES = r"AFP|AP|Reuters|REUTERS|dpa|DPA|Xinhua|XINHUA|ANSA|EFE|UPI|PA|AAP|Anadolu"
STANDALONE_LENGTH = 60
"""A line longer than this is not a dateline on its own, whatever it starts with."""

_MONTH = MONTH_WORD
_DATE = rf"(?:(?P<month>{_MONTH})[ ]+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})[ ]+(?P<month_after>{_MONTH}))"
_PLACE_WORD = r"\p{Lu}[\p{L}'’./\-]*"
_PLACE = (
    rf"{_PLACE_WORD}(?:[ ](?:(?:de|da|del|do|dos|di|du|el|al|la|le|les|am|an|on|upon|sur)[ ])?"
    rf"(?!{_MONTH}[ ]+\d){_PLACE_WORD}){{0,3}}"
)
_SEPARATOR = r"--|[-–—:]"
PLACE_FIRST = LazyPattern(
    rf"""(?P<place>{_PLACE})
    (?:[ ]*,[ ]*(?!{_MONTH}[ ]+\d)(?P<region>{_PLACE}))?
    (?:[ ]*,?[ ]*(?P<date>{_DATE}))?
    (?:[ ]*\((?P<agency>{AGENCIES})\))?
    (?P<before_sep>[ ]*)(?P<sep>{_SEPARATOR})?[ ]*""",
    regex.VERBOSE,
)
AGENCY_FIRST = LazyPattern(
    rf"""(?P<agency>{AGENCIES})[ ]*,[ ]*(?P<place>{_PLACE})
    (?P<before_sep>[ ]*)(?P<sep>{_SEPARATOR})?[ ]*""",
    regex.VERBOSE,
)
_PUNCTUATION = ".,;:!?"
"""Marks that take no space before them (WL505), so none is wanted between a dateline and them."""


@dataclass(frozen=True)
class Dateline:
    """A dateline taken apart: ``BEIRUT, Syria, Aug 25 (AFP) -``."""

    form: str
    place: str
    region: str | None
    date: str | None
    agency: str | None
    sep: str | None
    space_before_colon: bool
    end: int
    """Where the dateline ends in its block, the space after the separator included."""
    followed: bool
    """True when story text follows on the same line."""
    spaced: bool
    """True when a space belongs after the separator: what follows is not punctuation (WL505 owns that space)."""

    @property
    def place_case(self) -> str:
        return "upper" if self.place.isupper() else "title"

    def render(self) -> str:
        """The dateline written with one space in each place and the separator it has."""
        if self.form == "agency-place":
            text = f"{self.agency}, {self.place}"
        else:
            text = ", ".join(part for part in (self.place, self.region, self.date) if part)
            if self.agency:
                text += f" ({self.agency})"
        if self.sep:
            text += (" :" if self.space_before_colon else ":") if self.sep == ":" else f" {self.sep}"
        return text + (" " if self.spaced else "")


def parse_dateline(text: str, whole: bool = False, strict: bool = False) -> Dateline | None:
    """The dateline at the start of ``text``, or None.

    ``whole`` is True for a dateline field, where the text can be nothing else.
    At the start of a paragraph the parts must say dateline: an agency, a date,
    a region, or a place in capitals, then a separator; ``strict`` (for
    paragraphs after the first) asks for an agency or a date.
    """
    for pattern, form in ((AGENCY_FIRST, "agency-place"), (PLACE_FIRST, "place")):
        match = pattern.match(text)
        if match is None:
            continue
        groups: dict[str, Any] = match.groupdict()
        form = "place-agency" if form == "place" and groups["agency"] else form
        end = match.end()
        followed = end < len(text) and text[end] != "\n"
        if whole and followed:
            continue
        if not whole and not _says_dateline(form, groups, strict):
            continue
        return Dateline(
            form=form,
            place=groups["place"],
            region=groups.get("region"),
            date=_date(groups),
            agency=groups["agency"],
            sep=groups["sep"],
            space_before_colon=bool(groups["before_sep"]),
            end=end,
            followed=followed,
            spaced=followed and text[end] not in _PUNCTUATION,
        )
    return None


def _date(groups: dict[str, Any]) -> str | None:
    """The date part as it should be written: "March 2", "Feb 26", "2 March"."""
    if not groups.get("date"):
        return None
    if groups["day_first"]:
        return f"{groups['day_first']} {groups['month_after'].capitalize()}"
    return f"{groups['month'].capitalize()} {groups['day']}"


def _says_dateline(form: str, groups: dict[str, Any], strict: bool) -> bool:
    if form == "place-agency":
        return True
    if not groups["sep"] or (groups["sep"] == ":" and form == "place"):
        return False
    if form == "agency-place" or groups.get("date"):
        return True
    place = groups["place"]
    return not strict and bool(groups.get("region") or (place.isupper() and len(place) >= 3))


def is_standalone_dateline(line: str) -> bool:
    """True when a whole line is a dateline and nothing else."""
    if len(line) > STANDALONE_LENGTH:
        return False
    dateline = parse_dateline(line.strip())
    return dateline is not None and not dateline.followed
