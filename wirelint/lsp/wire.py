"""Findings as plain values, the form in which they travel from the lint process to the server.

A finding goes as a tuple of strings, numbers and tuples (:func:`plain`): pickling slotted dataclasses one by
one cost twice as much (2.3 ms against 1.0 ms of CPU for 198 findings, there and back). The server builds its
diagnostics straight from these values (:mod:`wirelint.lsp.diagnostics`) and makes :class:`Finding` objects
again (:func:`to_finding`) only when a code action, hover or command asks for them: making them on every edit
was 0.9 ms of a content edit's CPU for the 270 findings of a 5,000-word article, before its diagnostics could
go out.
"""

from __future__ import annotations

from typing import Any

from wirelint.finding import Edit, Finding, Fix, Severity

Plain = tuple[Any, ...]
CODE, NAME, SEVERITY, MESSAGE, START, END, FIELD, FIX, ARTICLE, PATH = range(10)
"""Where each value is in a plain finding; a fix is ``(description, ((start, end, text), ...), safe)``."""


def plain(finding: Finding) -> Plain:
    fix = finding.fix
    edits = None if fix is None else (fix.description, tuple((e.start, e.end, e.text) for e in fix.edits), fix.safe)
    return (
        finding.code, finding.name, finding.severity.value, finding.message, finding.start, finding.end,
        finding.field, edits, finding.article_id, finding.path, finding.line, finding.column,
        finding.end_line, finding.end_column, finding.edit_positions,
    )  # fmt: skip


def to_finding(values: Plain) -> Finding:
    code, name, severity, message, start, end, field_name, fix, *rest = values
    if fix is not None:
        fix = Fix(fix[0], tuple(Edit(*edit) for edit in fix[1]), fix[2])
    return Finding(code, name, Severity(severity), message, start, end, field_name, fix, *rest)


class FindingMemo:
    """The findings last made, by their plain values, to hand out again: after a one-word edit the findings
    before it are the same, and making 270 findings afresh was 1.6 ms of CPU (a frozen dataclass of 15
    fields). Findings are immutable, so sharing one between outcomes is safe; so is using the memo from two
    threads (at worst a finding is made twice)."""

    def __init__(self) -> None:
        self._last: dict[Plain, Finding] = {}

    def decode(self, values: list[Plain]) -> list[Finding]:
        last, made = self._last, {}
        findings = []
        try:
            for one in values:
                finding = last.get(one) or made.get(one) or to_finding(one)
                made[one] = finding
                findings.append(finding)
        except TypeError:  # a plugin's finding holds something unhashable: none are handed out again
            made = {}
            findings = [to_finding(one) for one in values]
        self._last = made
        return findings
