"""``--format github``: GitHub Actions workflow annotations."""

from __future__ import annotations

from collections.abc import Mapping

from wirelint.finding import Finding, Severity
from wirelint.output.paths import display_path
from wirelint.rule import Rule

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(findings: list[Finding], rules: Mapping[str, Rule], colour: bool = False) -> str:
    lines = []
    for f in findings:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", display_path(f.path)),
                ("line", f.line),
                ("col", f.column),
                ("endLine", f.end_line),
                ("endColumn", f.end_column),
                ("title", f"{f.code} {f.name}"),
            )
        )
        lines.append(f"::{COMMANDS[f.severity]} {properties}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
