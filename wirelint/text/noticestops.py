"""Stops that the sentences' splitter keeps inside a sentence, where a restriction notice may still open.

After an abbreviation ("in the U.S.", "Acme Corp.", "5 p.m.") the splitter keeps the sentence going, as a name may
follow. A notice pasted there ("... in the U.S. MANDATORY CREDIT The mayor said ...") would be read inside the
sentence: in ordinary case it opens no clause, and in capitals the abbreviation joins its run of capitals, whose
letters then dilute the notice's share of the run. Both readers ask here where the notice may start.
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.noticeterms import score

PIECE = LazyPattern(r"[\p{L}\p{N}=(\[*#–—-](?:.*?)(?:[.!?](?=\s|$)|$)")
"""A sentence of a run of capitals (notices use full stops between their parts); it never starts
with the closing quote or full stop of the sentence before."""
KEPT_STOP = LazyPattern(r"(?<![\p{L}\p{N}])(?:\p{L}{1,4}\.){1,3}[ \t]+\Z")
"""An abbreviation's stop before a capitalised term ("... in the U.S. For editorial use only", "Acme Corp. No
sales"): a notice in ordinary case may open a clause after it."""


def after_stopped_lead(text: str, start: int, end: int) -> int:
    """Where a run of capitals starts after its first sentences that hold no term and end on a stop: the last words
    of the sentence before in capitals ("U.S.", "the BBC.") joined the run."""
    for piece in PIECE.finditer(text, start, end):
        if score(piece.group()) > 0 or piece.group()[-1:] not in ".!?":
            return piece.start()
    return start
