"""The public API: lint a string or a parsed document, compare two versions.

These put the layers together for a caller (a Spark job, a notebook, a test):
the process-wide registry of plugins, an engine given that registry, and the
default settings. Everything here is also what the commands do, one file at a time.
"""

from __future__ import annotations

from pathlib import Path

from wirelint.config import Settings
from wirelint.document import Document
from wirelint.engine import Engine, LintResult
from wirelint.errors import InputError, WirelintError
from wirelint.finding import Finding
from wirelint.registry import get_registry


def default_engine(autoload: bool = True) -> Engine:
    """An engine with the process-wide registry (plugins loaded once)."""
    return Engine(get_registry(autoload))


def lint_text(
    text: str,
    path: str = "<text>",
    format_name: str | None = None,
    settings: Settings | None = None,
) -> list[Finding]:
    """Lint a string as if it were the file ``path``.

    Raises :class:`~wirelint.errors.WirelintError` when the text cannot be
    parsed or a rule fails, so callers never mistake a failure for a clean article.
    """
    result = default_engine().lint_source(path, text, settings or Settings(), format_name)
    if result.errors:
        raise WirelintError("; ".join(result.errors))
    return result.findings


def lint_document(document: Document, settings: Settings | None = None) -> list[Finding]:
    """Lint an already parsed document; the public API for custom readers."""
    findings, errors = default_engine().lint_document(document, settings or Settings())
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
    return default_engine().lint_source(str(path), source.text, settings)


def compare_documents(old: Document, new: Document, settings: Settings | None = None) -> list[Finding]:
    """Figures changed between two versions (WL405), on ``new``; raises WirelintError when a rule fails."""
    findings, errors = default_engine().compare(old, new, settings or Settings())
    if errors:
        raise WirelintError("; ".join(errors))
    return findings
