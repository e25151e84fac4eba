"""A takeover's first sentence that tells the consequences of the story's own event (WL601).

A story about an event of a topic family (a flood, a storm, an outbreak, a strike: ``storyislands.toml``
[families]) goes on, after a transition of another moment ("Meanwhile,", "At the same time,"), to what the event
did elsewhere: "Meanwhile, rail operator LNER cancelled all trains between Doncaster and Newcastle after a
landslip near Thirsk ..." in a story of floods in Yorkshire. It shares no word with the story, and reads to the
measures like another story's lede glued to the paragraph (:mod:`wirelint.text.storytakeover`); an editor reads
it as the flood's knock-on effect. Such a sentence tells a consequence (a word of ``storyaftermath.toml``
[aftermath]: cancelled, blocked, stranded ...) or uses two words of the story's event family.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from wirelint.text.storydata import count, word_list
from wirelint.text.storyislandweights import families
from wirelint.text.vocabulary import stem

PATH = Path(__file__).with_name("storyaftermath.toml")


@cache
def event_words() -> int:
    """Words of the story's event family a sentence uses to speak of that event ("firefighters ... residents"):
    ``[event] least``."""
    return count(PATH, "event", "least")


@cache
def aftermath() -> frozenset[str]:
    """The stems of the words of consequence (``[aftermath]``)."""
    return frozenset(stem(word) for word in word_list(PATH, "aftermath"))


def event_of(subject: frozenset[str]) -> frozenset[str]:
    """The words of each topic family the story's subject (its topic with its families,
    :func:`~wirelint.text.storyislandweights.with_families`) took in whole: the story's kind of event, if any."""
    return frozenset().union(*(family for family in families() if family <= subject))


def tells_aftermath(words: Iterable[str], event: frozenset[str]) -> bool:
    """Whether a sentence (its content stems) speaks of the story's event ``event`` (:func:`event_of`): a word of
    consequence, or two of the event's words."""
    if not event:
        return False
    used = set(words)
    return bool(used & aftermath()) or len(used & event) >= event_words()
