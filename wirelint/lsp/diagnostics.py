"""Findings as LSP diagnostics.

A diagnostic carries the rule code, ``source: "wirelint"``, a severity and
an exact range in the client's position encoding. Its ``data`` holds the
rule's name, its one-line explanation and the fix on offer, so a client can
show them without asking again; hover gives the full explanation.
"""

from __future__ import annotations

from functools import lru_cache

from lsprotocol import types

from wirelint.finding import Finding, Severity
from wirelint.lsp.positions import LineIndex
from wirelint.rule import Rule

SOURCE = "wirelint"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def to_diagnostic(finding: Finding, index: LineIndex, rule: Rule | None) -> types.Diagnostic:
    """The diagnostic for one finding, its range measured in ``index``'s text."""
    data: dict[str, object] = {"name": finding.name, "explain": one_line(rule.docs.what) if rule else ""}
    if finding.fix is not None:
        data["fix"] = {"description": finding.fix.description, "safe": finding.fix.safe}
    return types.Diagnostic(
        range=index.range(finding.start, finding.end),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        source=SOURCE,
        data=data,
    )


@lru_cache(maxsize=512)
def one_line(text: str) -> str:
    """A rule's explanation on one line, worked out once per rule (not once per finding: a long
    explanation split and joined for each of 270 findings cost a millisecond on every edit)."""
    return " ".join(text.split())
