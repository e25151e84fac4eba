"""A total and its parts joined by a verb of composition: "The 44 medals were broken down as 20 gold, 15 silver and
12 bronze", "The 75 new posts are split between 40 nurses and 30 doctors", "The 90 delegates comprised 50 from
Europe and 45 from Asia".

The verb (quantities.toml [wording] composition) says what its subject is made of, so the count right before it is
the total and the counts listed right after it are all of it. The parts need not repeat the total's noun ("30 for
the ruling party"), and the first of them is no total of the rest ("20 gold, 15 silver and 12 bronze" is one list).
A count of the things a total is split between ("split between the two towns, with 42 in the north ...") follows
"the", not the verb: it is left to the readers of prose.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.links import composition
from wirelint.numbers.located import Located, figures
from wirelint.numbers.quantity import Kind

_VERB = LazyPattern(lambda: rf"[^.;:!?\d,]{{0,40}}?\s+(?:(?:were|was|are|is|has\s+been|have\s+been|being)\s+)?"
                            rf"(?:{composition()})\s+$", regex.IGNORECASE)
"""What stands between a total and its first part: its own words (no comma: "439 from 16 airlines, comprising ..."
is not of the 16), a copula and the verb ("medals were broken down as ", "delegates comprised ")."""
_NEXT = LazyPattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+other\s+|another\s+)?"
                    r"|[^.;:!?\d,]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)", regex.IGNORECASE)
"""What stands between two parts: the first's own words, then a comma or "and" ("40 nurses and 30 doctors",
"30 for the ruling party and 30 for the opposition")."""


def composed_pairings(block: Block) -> Iterator[tuple[Located, tuple[Located, ...]]]:
    """``(total, parts)`` for each sentence where a verb of composition joins a count to the list it is made of."""
    text = block.text
    counts = [loc for loc in figures(block) if loc.quantity.kind is Kind.COUNT and not loc.quantity.vague]
    for index, total in enumerate(counts[:-2]):
        first = counts[index + 1]
        if first.sentence != total.sentence:
            continue
        if not _VERB.fullmatch(text, total.quantity.phrase_end, first.quantity.start):
            continue
        parts = [first]
        for after in counts[index + 2:]:
            if after.sentence != total.sentence or not _NEXT.fullmatch(text, parts[-1].quantity.phrase_end,
                                                                         after.quantity.start):
                break
            parts.append(after)
        if len(parts) > 1:
            yield total, tuple(parts)
