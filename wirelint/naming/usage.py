"""How one article names each entity: the name it should keep to, and the mentions that stray.

Only the article's own words count: quoted speech is the speaker's. The name
to keep to is the house-style one when a preferred form is set, otherwise the
name that covers most mentions. A pair of forms that explain each other
("Daesh (the Arabic acronym for ISIS)") is deliberate, so it strays only when
neither half belongs to that name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from wirelint.naming.entities import EntitySet, Form
from wirelint.naming.matching import Mention


@dataclass
class Usage:
    """One entity in one article."""

    entity: EntitySet
    mentions: list[Mention]
    """Unquoted mentions, in reading order."""
    target: int
    """Index of the name the article should use."""
    target_form: Form
    """The form a stray mention is rewritten to."""
    strays: list[Mention]
    """Mentions outside the target name."""
    mixed: bool
    """True when the article mixes names by itself, whatever the house style."""


def usages(mentions: Iterable[Mention]) -> list[Usage]:
    """A :class:`Usage` for every entity the article names outside quotes."""
    by_entity: dict[str, list[Mention]] = {}
    for mention in mentions:
        if not mention.quoted:
            by_entity.setdefault(mention.entity.canonical, []).append(mention)
    return [_usage(found[0].entity, found) for found in by_entity.values()]


def _usage(entity: EntitySet, mentions: list[Mention]) -> Usage:
    counted = [m for m in mentions if m.gloss is None] or mentions
    majority = _best_name(entity, counted, range(len(entity.names)))
    mixed = bool(strays(entity, mentions, majority))
    if entity.preferred is None:
        target, form = majority, _most_frequent_form(entity, counted, majority)
    else:
        target, form = _best_name(entity, counted, entity.names_of(entity.preferred)), entity.forms[entity.preferred]
    return Usage(entity, mentions, target, form, strays(entity, mentions, target), mixed)


def strays(entity: EntitySet, mentions: list[Mention], target: int) -> list[Mention]:
    """Mentions outside name ``target``, unless explained by a form inside it."""
    return [
        m
        for m in mentions
        if target not in m.names and (m.gloss is None or target not in m.gloss.names)
    ]


def _best_name(entity: EntitySet, mentions: list[Mention], candidates: Iterable[int]) -> int:
    """The candidate name covering most mentions; on a tie, the one whose own forms come first."""
    covered = {index: [m for m in mentions if index in m.names] for index in sorted(candidates)}
    most = max(len(found) for found in covered.values())
    tied = [index for index, found in covered.items() if len(found) == most]

    def first_own(index: int) -> tuple[bool, int, int]:
        own = [m.order for m in covered[index] if not m.names.issuperset(tied)]
        return (not own, min(own, default=0), index)

    return min(tied, key=first_own)


def _most_frequent_form(entity: EntitySet, mentions: list[Mention], target: int) -> Form:
    """The form of name ``target`` the article uses most (the earliest on a tie), headlines aside."""
    inside = [m for m in mentions if target in entity.names_of(m.key)]
    if not inside:
        return entity.forms[entity.names[target][0]]
    counts = Counter(m.key for m in inside)
    best = max(inside, key=lambda m: (counts[m.key], -m.order))
    return best.form
