"""Inline suppressions: ``<!-- wirelint: disable=WL301 -->``.

A directive silences the listed codes (or prefixes; all rules when none are
listed) from where it stands to the end of the paragraph it is in, or of the
next paragraph when it stands on a line of its own. ``disable-file`` silences
them for the whole file. In plain text the directive is a comment line
(``# wirelint: disable=WL301``, ``// ...`` or bare).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from wirelint.finding import Finding
from wirelint.lazy_pattern import LazyPattern

DIRECTIVE = LazyPattern(
    r"(?:<!--\s*)?wirelint:\s*(?P<kind>disable-file|disable)(?:\s*=\s*(?P<codes>[A-Za-z0-9_,\s]*?))?\s*(?:-->|$)",
    regex.MULTILINE,
)
_DIRECTIVE_LINE = LazyPattern(r"^\s*(?:#+|//|<!--)?\s*wirelint:\s*disable")
_BLANK_LINE = LazyPattern(r"\n[ \t]*\r?\n")


def is_directive_line(line: str) -> bool:
    """True when a whole line is a suppression comment (so not article text)."""
    return _DIRECTIVE_LINE.match(line) is not None


@dataclass(frozen=True, slots=True)
class Suppression:
    start: int
    end: int
    codes: tuple[str, ...]  # empty: every code

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.start < self.end:
            return False
        return not self.codes or any(finding.code.startswith(code) for code in self.codes)


def _paragraph_end(source: str, position: int) -> int:
    """End of the paragraph that holds ``position`` or, from blank space, the next one."""
    while position < len(source) and source[position] in " \t\r\n":
        position += 1
    blank = _BLANK_LINE.search(source, position)
    return blank.start() if blank else len(source)


def find_suppressions(source: str) -> list[Suppression]:
    """Every directive in ``source`` with the span it covers."""
    if "wirelint:" not in source:
        return []
    found = []
    for match in DIRECTIVE.finditer(source):
        codes = tuple(c.upper() for c in regex.split(r"[\s,]+", match.group("codes") or "") if c)
        if match.group("kind") == "disable-file":
            found.append(Suppression(0, len(source), codes))
            continue
        line_end = source.find("\n", match.end())
        line_end = len(source) if line_end < 0 else line_end
        own_line = is_directive_line(source[source.rfind("\n", 0, match.start()) + 1 : line_end])
        found.append(Suppression(match.start(), _paragraph_end(source, line_end if own_line else match.start()), codes))
    return found


def apply_suppressions(source: str, findings: list[Finding]) -> list[Finding]:
    """The findings that no directive in ``source`` silences."""
    suppressions = find_suppressions(source)
    if not suppressions:
        return findings
    return [f for f in findings if not any(s.covers(f) for s in suppressions)]
