"""Code actions and hover: fix one finding, fix them all, silence one here, explain it.

Every edit is built against the exact text that was linted, and when the
client supports it the edit names that document version, so a client
rejects an edit that arrives after the user typed on.

"Disable here" inserts the inline suppression that ``wirelint check`` honours,
where :mod:`wirelint.lsp.directives` places it (worked out in the lint process,
which has the parsed document).
"""

from __future__ import annotations

from lsprotocol import types

from wirelint.finding import Edit, Finding
from wirelint.lsp.linting import LintOutcome
from wirelint.ruledocs import explain_rule

FIX_ALL_KIND = "source.fixAll.wirelint"
ACTION_KINDS = [types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll, FIX_ALL_KIND]

def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` (kinds are dotted hierarchies)."""
    return not only or any(kind == base or kind.startswith(f"{base}.") for base in only)


def findings_in(outcome: LintOutcome, start: int, end: int) -> list[Finding]:
    """Findings a selection overlaps, or that a bare cursor stands in or at the edge of."""
    if start == end:
        return [f for f in outcome.findings if f.start <= start <= f.end]
    return [f for f in outcome.findings if f.start < end and start < max(f.end, f.start + 1)]


def _workspace_edit(outcome: LintOutcome, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    snapshot = outcome.snapshot
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=snapshot.uri, version=snapshot.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])
    return types.WorkspaceEdit(changes={snapshot.uri: edits})


def _text_edit(outcome: LintOutcome, edit: Edit) -> types.TextEdit:
    return types.TextEdit(range=outcome.index.range(edit.start, edit.end), new_text=edit.text)


def fix_action(
    outcome: LintOutcome, finding: Finding, diagnostic: types.Diagnostic, versioned: bool
) -> types.CodeAction | None:
    """Apply one finding's own fix (unsafe fixes are offered too, marked, never preferred)."""
    if finding.fix is None:
        return None
    title = f"Fix {finding.code}: {finding.fix.description}" + ("" if finding.fix.safe else " (unsafe)")
    edits = [_text_edit(outcome, edit) for edit in sorted(finding.fix.edits, key=lambda e: e.start)]
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=finding.fix.safe,
        edit=_workspace_edit(outcome, edits, versioned),
    )


def disable_action(
    outcome: LintOutcome, finding: Finding, diagnostic: types.Diagnostic, versioned: bool
) -> types.CodeAction | None:
    """Insert ``wirelint: disable=CODE`` where it covers this finding's paragraph."""
    insertion = outcome.disable_insertion(finding)
    if insertion is None:
        return None
    offset, text = insertion
    edit = types.TextEdit(range=outcome.index.range(offset, offset), new_text=text)
    return types.CodeAction(
        title=f"Disable {finding.code} here (inline comment)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=_workspace_edit(outcome, [edit], versioned),
    )


def fix_all_action(outcome: LintOutcome, fixed_text: str, versioned: bool) -> types.CodeAction | None:
    """One edit that turns the text into ``fixed_text``, or None when nothing changes."""
    before = outcome.snapshot.text
    if fixed_text == before:
        return None
    start = 0
    limit = min(len(before), len(fixed_text))
    while start < limit and before[start] == fixed_text[start]:
        start += 1
    tail = 0
    while tail < limit - start and before[-1 - tail] == fixed_text[-1 - tail]:
        tail += 1
    edit = types.TextEdit(
        range=outcome.index.range(start, len(before) - tail), new_text=fixed_text[start : len(fixed_text) - tail]
    )
    return types.CodeAction(
        title="Fix all safe wirelint findings",
        kind=FIX_ALL_KIND,
        edit=_workspace_edit(outcome, [edit], versioned),
    )


def hover(outcome: LintOutcome, offset: int) -> types.Hover | None:
    """The explanation of every finding under the cursor."""
    found = [f for f in outcome.findings if f.start <= offset < max(f.end, f.start + 1)]
    if not found:
        return None
    parts = []
    for finding in found:
        rule = outcome.rules.get(finding.code)
        parts.append(f"**{finding.code}** {finding.message}\n\n" + (explain_rule(rule) if rule else ""))
    first = found[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts).rstrip()),
        range=outcome.index.range(first.start, first.end),
    )
