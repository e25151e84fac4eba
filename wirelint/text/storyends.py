"""A line that says a story's copy has ended: an end mark or a closing credit line (WL601).

Desks close a story in more ways than an agency's sign-off word: an end mark alone on its line ("ENDS", "-- end
--", "(ends)", "###", "-30-", "END OF STORY") or a credit line in brackets naming who reported, wrote or edited it
("(Reporting by ...; Editing by ...)"). Copy after an end mark is another item, as after the end-of-text
character; copy after a credit line is another story only where it links back to nothing
(:func:`~wirelint.text.storyscore.after_copy_sign`). The words are data (``storyends.toml``).
"""

from __future__ import annotations

from pathlib import Path

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation
from wirelint.text.storydata import word_list

PATH = Path(__file__).with_name("storyends.toml")
CREDIT_ENDING, MARK_ENDING = 1, 2
"""What :func:`end_of_copy` says of a line: a closing credit line, or an end mark."""
MAX_ENDING_WORDS = 24
"""Words a closing credit line may hold at most (two or three names and their verbs)."""
_FRAME = r"[\s\-–—_*#=+.()\[\]<>]*"
"""What may wrap an end mark on its line: dashes, stars, hashes, brackets, a full stop."""

END_MARK = LazyPattern(
    lambda: r"(?i)^" + _FRAME + alternation(word_list(PATH, "end"), boundary=False, gap=r"\s+") + _FRAME + "$"
)
"""A line that is an end mark alone: the copy has ended."""
CREDIT_LINE = LazyPattern(
    lambda: r"(?i)^\(\s*(?:" + alternation(word_list(PATH, "credit"), boundary=False, gap=r"\s+")
    + r")\s+by\s+[^()]{2,200}\)\s*$"
)
"""A closing credit line in brackets: "(<verb> by <name>[; <verb> by <name>])"."""


def end_of_copy(line: str) -> int:
    """:data:`MARK_ENDING` for an end mark, :data:`CREDIT_ENDING` for a closing credit line, 0 for anything else."""
    text = line.strip()
    return MARK_ENDING if END_MARK.match(text) else CREDIT_ENDING if CREDIT_LINE.match(text) else 0
