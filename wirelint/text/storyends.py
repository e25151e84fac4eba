"""A line that says a story's copy has ended: an end mark or a closing credit line (WL601).

Desks close a story in more ways than an agency's sign-off word: an end mark alone on its line ("ENDS", "-- end
--", "(ends)", "###", "-30-", "END OF STORY") or a credit line naming who reported, wrote or edited it
("(Reporting by ...; Editing by ...)", "Additional reporting by ...; writing by ..."). Copy after an end mark is
another item, as after the end-of-text character; copy after a credit line is another story only where it links
back to nothing (:func:`~wirelint.text.storyscore.after_copy_sign`). Either way the line is the story's own last:
the other story starts after it (:mod:`wirelint.checks.integrity` reports it there). The words are data
(``storyends.toml``).
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
_NAME = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
"""A capitalised word of a name or a place ("Kolar", "O'Neill", "NEW", "Jr.")."""


def _names() -> str:
    """One or more people's names, joined by commas, "and" or "&", maybe with where they reported ("in Paris"): no
    figure, price or company word ([companies]) anywhere."""
    company = alternation(word_list(PATH, "companies"), boundary=False, gap=r"\s+")
    particle = alternation(word_list(PATH, "name-particles"), boundary=False, gap=r"\s+")
    word = rf"(?!(?i:{company})\b){_NAME}"
    name = rf"{word}(?:\s+(?:(?:{particle})\s+)*{word}){{0,4}}"
    return rf"{name}(?:\s*(?:,|\band\b|&)\s*{name})*(?:\s+in\s+{name}(?:\s*(?:,|\band\b)\s*{name})*)?"


def _credit(table: str) -> str:
    """One credit: "<verb> by <names>", the verb one of the table's ([credit] or [credit-participles])."""
    verbs = alternation(word_list(PATH, table), boundary=False, gap=r"\s+")
    return rf"(?i:{verbs})\s+(?i:by)\s+{_names()}"


def _credit_line() -> str:
    """The wire's credits alone on a line: one credit with a gerund ("Editing by ..."), or two or more in any
    form ("Written by ...; edited by ..."), joined by semicolons or commas, maybe in brackets or after a dash."""
    one, any_form = _credit("credit"), rf"(?:{_credit('credit')}|{_credit('credit-participles')})"
    chain = rf"(?:{one}|{any_form}(?:\s*[;,]\s*(?:and\s+)?{any_form})+)"
    return rf"^(?:[\-–—•*]+\s*)?\(?\s*{chain}\s*[;.]?\s*\)?\s*$"


CREDIT_LINE = LazyPattern(_credit_line)
"""A closing credit line in the wire's forms: "(Reporting by <name>[; Editing by <name>])", "Additional reporting
by <name>; writing by <name>", "-- Reporting by <name>, editing by <name>", nothing else on it."""


def end_of_copy(line: str, bare: bool = True) -> int:
    """:data:`MARK_ENDING` for an end mark, :data:`CREDIT_ENDING` for a closing credit line (in brackets only, when
    not ``bare``), 0 for anything else."""
    text = line.strip()
    if END_MARK.match(text):
        return MARK_ENDING
    credit = CREDIT_LINE.match(text) and (bare or text.lstrip("-–—•* ").startswith("("))
    return CREDIT_ENDING if credit else 0


_LINE = LazyPattern(r"[^\n]+")
_AFTER_STOP = LazyPattern(r"(?<=[.!?\"”’])\s+(?=\S[^\n]*$)")
"""Where a mark written after a sentence's last stop on its line may start ("... surplus. -- ENDS --")."""


def split_at_endings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's span split around an end mark or a closing credit line on a line of its own, or at the end of a
    line after a stop: the copy after it is another item's even with no blank line between them, and the mark must
    not hide the other story's first sentence ("-- ENDS --\\nA chamber orchestra ...")."""
    if "\n" not in text[start:end] and text[start:end].rstrip()[-1:] in ".!?\"”’":
        return [(start, end)]  # one line that ends as a sentence does: no mark to split off
    spans: list[tuple[int, int]] = []
    piece = start
    for line in _LINE.finditer(text, start, end):
        stop = _AFTER_STOP.search(text, line.start(), line.end())
        # a bare credit ("Reporting by Tom Hale") may be a wrapped sentence's line: only one in brackets splits it
        mark = line.start() if end_of_copy(line.group(), bare=False) else stop.end() if stop and end_of_copy(
            text[stop.end():line.end()], bare=False) else -1
        if mark < 0:
            continue
        if text[piece:mark].strip():
            spans.append((piece, mark))
        spans.append((mark, line.end()))
        piece = line.end()
    if text[piece:end].strip():
        spans.append((piece, end))
    return [(first + len(text[first:last]) - len(text[first:last].lstrip()), last) for first, last in spans]
