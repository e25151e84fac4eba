"""The default format: ``path:line:col: CODE message``, one finding a line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from wirelint.finding import Finding, Severity
from wirelint.fixer import fix_count
from wirelint.output.paths import display_path
from wirelint.rule import Rule

COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _one_line(text: str) -> str:
    """Keep one finding on one line, whatever an article id or message holds."""
    return "".join(char if char.isprintable() or char == " " else repr(char)[1:-1] for char in text)


def render(findings: list[Finding], rules: Mapping[str, Rule], colour: bool = False) -> str:
    lines = []
    for f in findings:
        where = _paint(f"{_one_line(display_path(f.path))}:{f.line}:{f.column}:", "1", colour)
        code = _paint(f.code, COLOURS[f.severity], colour)
        article = f" [{_one_line(f.article_id)}]" if f.article_id else ""
        fixable = " [*]" if f.fix is not None and f.fix.safe else ""
        lines.append(f"{where} {code}{fixable} {_one_line(f.message)}{article}")
    by_file: dict[str, list[Finding]] = defaultdict(list)  # fixes are applied file by file
    for f in findings:
        by_file[f.path].append(f)
    fixes = sum(fix_count(group) for group in by_file.values())
    if findings:
        noun = "finding" if len(findings) == 1 else "findings"
        summary = f"Found {len(findings)} {noun}"
        lines.append(summary + (f" ({fixes} fixable with --fix)." if fixes else "."))
    return "\n".join(lines) + ("\n" if lines else "")
