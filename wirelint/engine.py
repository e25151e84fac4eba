"""The lint engine: one document through the selected rules.

read -> parse into fields -> rules -> findings -> suppressions. Each rule
sees each article once. A rule that raises becomes an error for that rule and
file, and the other rules' findings stand. Findings are made absolute
(line and column), de-duplicated and sorted here, so every front end (CLI,
language server, audit) gets the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wirelint.config import Settings
from wirelint.document import Document
from wirelint.errors import InputError, PackError, RuleTimeout, WirelintError
from wirelint.finding import Finding
from wirelint.registry import Registry, get_registry, project_pack_rules
from wirelint.rule import Rule
from wirelint.suppressions import apply_suppressions


@dataclass
class LintResult:
    """What linting one file gave: findings, plus errors that stop a clean run."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    document: Document | None = None


class Engine:
    """Runs the registry's rules, as selected by settings, over documents."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or get_registry()

    def rules_for(self, settings: Settings, path: str | None = None) -> list[Rule]:
        """The rules that run on ``path`` under ``settings``, in code order."""
        rules = dict(self.registry.rules)
        for rule in project_pack_rules(settings.rule_packs):
            rules[rule.code] = rule
        return [rule for code, rule in sorted(rules.items()) if settings.is_selected(code, path)]

    def parse(self, path: str, source: str, format_name: str | None = None) -> Document:
        """Parse ``source`` with the reader chosen by format name or file ending."""
        reader = self.registry.reader_named(format_name) if format_name else None
        if format_name and reader is None:
            raise InputError(path, f"unknown format {format_name!r}")
        return (reader or self.registry.reader_for(path)).read(path, source)

    def lint_source(
        self,
        path: str,
        source: str,
        settings: Settings,
        format_name: str | None = None,
        rules: list[Rule] | None = None,
    ) -> LintResult:
        """Parse and lint a decoded file; input and rule errors land in ``errors``."""
        result = LintResult(path)
        try:
            result.document = self.parse(path, source, format_name)
            if rules is None:
                rules = self.rules_for(settings, path)
        except (InputError, PackError) as error:
            result.errors.append(str(error))
            return result
        result.findings, result.errors = self.lint_document(result.document, settings, rules)
        return result

    def lint_document(
        self, document: Document, settings: Settings, rules: list[Rule] | None = None
    ) -> tuple[list[Finding], list[str]]:
        """Findings and rule errors for a parsed document."""
        if rules is None:
            rules = self.rules_for(settings, document.path)
        findings: list[Finding] = []
        errors: list[str] = []
        for article in document.articles:
            for rule in rules:
                try:
                    produced = list(rule.check(article, settings))
                except RuleTimeout as error:
                    errors.append(f"{document.path}: rule {rule.code} stopped: {error}")
                    continue
                except Exception as error:  # a broken rule must not stop the run
                    errors.append(
                        f"{document.path}: internal error in rule {rule.code} ({rule.origin}): "
                        f"{type(error).__name__}: {error}"
                    )
                    continue
                for finding in produced:
                    if not isinstance(finding, Finding):
                        errors.append(
                            f"{document.path}: rule {rule.code} ({rule.origin}) returned {finding!r}, not a Finding"
                        )
                        break
                    finding.severity = settings.severity_for(finding.code, finding.severity)
                    finding.article_id = article.id
                    findings.append(finding)
        return finalise(document, findings), errors


def _masked_spans(document: Document) -> list[tuple[int, int]]:
    spans = []
    for block in document.blocks:
        spans.extend(block.source_span(start, end) for start, end in block.masked)
    return spans


def finalise(document: Document, findings: Iterable[Finding]) -> list[Finding]:
    """Drop suppressed, masked and duplicate findings; fill in positions; sort."""
    masked = _masked_spans(document)
    kept: dict[tuple[object, ...], Finding] = {}
    for finding in apply_suppressions(document.source, list(findings)):
        if any(s < max(finding.end, finding.start + 1) and finding.start < e for s, e in masked):
            continue
        key = (finding.code, finding.start, finding.end, finding.message, finding.article_id)
        kept.setdefault(key, finding)
    located = []
    for finding in kept.values():
        finding.path = document.path
        finding.line, finding.column = document.position(finding.start)
        finding.end_line, finding.end_column = document.position(finding.end)
        if finding.fix is not None:
            finding.edit_positions = [
                (*document.position(edit.start), *document.position(edit.end)) for edit in finding.fix.edits
            ]
        located.append(finding)
    located.sort(key=lambda f: f.sort_key)
    return located


def lint_text(
    text: str,
    path: str = "<text>",
    format_name: str | None = None,
    settings: Settings | None = None,
) -> list[Finding]:
    """Lint a string as if it were the file ``path``; the public API.

    Raises :class:`~wirelint.errors.WirelintError` when the text cannot be
    parsed or a rule fails, so callers never mistake a failure for a clean article.
    """
    result = Engine().lint_source(path, text, settings or Settings(), format_name)
    if result.errors:
        raise WirelintError("; ".join(result.errors))
    return result.findings


def lint_document(document: Document, settings: Settings | None = None) -> list[Finding]:
    """Lint an already parsed document; the public API for custom readers."""
    findings, errors = Engine().lint_document(document, settings or Settings())
    if errors:
        raise WirelintError("; ".join(errors))
    return findings


def lint_path(path: Path, settings: Settings) -> LintResult:
    """Read, decode and lint one file from disk."""
    from wirelint.files import read_source

    try:
        source = read_source(path)
    except InputError as error:
        return LintResult(str(path), errors=[str(error)])
    return Engine().lint_source(str(path), source.text, settings)
