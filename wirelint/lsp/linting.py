"""Linting an editor buffer: the part of the server that runs on the worker thread.

The server takes a :class:`Snapshot` of a document (its text at one version)
and hands it to :meth:`Linter.lint` on a worker thread, so the protocol never
waits for the rules. When the user has asked to compare the document with an
earlier version of the story, the figures that changed since (WL405, through
:meth:`Engine.compare <wirelint.engine.Engine.compare>`) are reported with the rest on every lint.

A newer edit sets the snapshot's ``stop`` event; every rule that has not
started yet then gives up at once, so a superseded lint of a long article
ends after the rule in progress instead of running to the end. Whatever goes wrong in there (a broken config, a rule
pack that does not load, a plugin reader that raises) comes back as an error
string in the outcome, never as an exception that could end the server.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from lsprotocol import types

from wirelint.config import Settings, apply_overrides, find_config, load_settings
from wirelint.document import Document
from wirelint.engine import Engine
from wirelint.errors import WirelintError
from wirelint.files import read_source
from wirelint.finding import Finding
from wirelint.fixer import fix_to_fixed_point
from wirelint.lsp.config import ClientOptions, ConfigWatcher
from wirelint.lsp.diagnostics import to_diagnostic
from wirelint.lsp.positions import LineIndex
from wirelint.rule import Rule

logger = logging.getLogger(__name__)

@dataclass(frozen=True)
class Snapshot:
    """One version of an open document, as handed to the worker."""

    uri: str
    path: str
    """File-system path, or the URI of a buffer that was never saved."""
    folder: Path
    """Where config discovery starts."""
    format_name: str | None
    """Reader to use when the path's ending does not choose one."""
    text: str
    version: int
    encoding: str
    baseline: Document | None = None
    """An earlier version of the story to report changed figures against."""
    stop: threading.Event = field(default_factory=threading.Event, compare=False)
    """Set by the server when a newer edit makes this lint pointless."""


@dataclass
class LintOutcome:
    """What one lint of one snapshot gave, with what code actions and hover need."""

    snapshot: Snapshot
    index: LineIndex
    findings: list[Finding] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    document: Document | None = None
    settings: Settings | None = None
    fixed_text: str | None = None
    """The text with every safe fix applied; worked out on first request."""

    @property
    def version(self) -> int:
        return self.snapshot.version


class LintStopped(Exception):
    """Raised instead of running a rule once the lint has been superseded."""


class _Stoppable:
    """Stands in for a rule, and does not run it once ``stop`` is set.

    The engine runs rules one after the other and contains their errors, so
    a stopped lint ends quickly; its outcome is thrown away by the server.
    """

    def __init__(self, rule: Rule, stop: threading.Event) -> None:
        self._rule = rule
        self._stop = stop

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rule, name)

    def check(self, article: Any, settings: Settings) -> Any:
        if self._stop.is_set():
            raise LintStopped(f"a newer edit superseded this lint before rule {self._rule.code}")
        return self._rule.check(article, settings)


class Linter:
    """Settings resolution and linting for editor buffers. Used from one worker thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.watcher = ConfigWatcher()
        self.options = ClientOptions()

    def settings(self, folder: Path) -> Settings:
        """The config the CLI would use for a file in ``folder``, with the editor's options on top."""
        folder = folder.resolve()
        self.watcher.check(folder)
        return apply_overrides(load_settings(find_config(folder)), self.options.overrides)

    def lint(self, snapshot: Snapshot) -> LintOutcome:
        """Lint a snapshot; every failure becomes an error string in the outcome."""
        outcome = LintOutcome(snapshot, LineIndex(snapshot.text, snapshot.encoding))
        try:
            outcome.settings = self.settings(snapshot.folder)
            rules = self.engine.rules_for(outcome.settings, snapshot.path)
            stoppable = [cast(Rule, _Stoppable(rule, snapshot.stop)) for rule in rules]
            result = self.engine.lint_source(
                snapshot.path, snapshot.text, outcome.settings, snapshot.format_name, stoppable
            )
        except WirelintError as error:  # bad config or rule pack: nothing can be linted
            outcome.errors.append(str(error))
            return outcome
        except Exception as error:  # a plugin reader or the engine failed; the server goes on
            logger.exception("internal error while linting %s", snapshot.path)
            outcome.errors.append(f"{snapshot.path}: internal error: {_describe(error)}")
            return outcome
        outcome.rules = {rule.code: rule for rule in rules}
        outcome.findings, outcome.errors, outcome.document = result.findings, result.errors, result.document
        if snapshot.baseline is not None and result.document is not None:
            outcome.findings = sorted(
                [*outcome.findings, *self._changed_figures(snapshot.baseline, result.document, outcome)],
                key=lambda finding: finding.sort_key,
            )
        outcome.diagnostics = [
            to_diagnostic(finding, outcome.index, outcome.rules.get(finding.code)) for finding in outcome.findings
        ]
        return outcome

    def read_baseline(self, path: Path) -> Document:
        """Read and parse an earlier version of a story; raises WirelintError when it cannot."""
        return self.engine.parse(str(path), read_source(path).text)

    def _changed_figures(self, baseline: Document, document: Document, outcome: LintOutcome) -> list[Finding]:
        settings = outcome.settings
        if settings is None:
            return []
        try:  # the selected version rules (WL405); the engine applies the configured severities
            findings, errors = self.engine.compare(baseline, document, settings, list(outcome.rules.values()))
        except Exception as error:  # a comparison bug must not cost the user the other findings
            logger.exception("comparing %s with %s failed", document.path, baseline.path)
            outcome.errors.append(f"{document.path}: comparing with {baseline.path} failed: {_describe(error)}")
            return []
        outcome.errors.extend(errors)
        return findings

    def fix_all(self, outcome: LintOutcome) -> str:
        """The outcome's text with every safe fix applied, re-linting until nothing more applies."""
        if outcome.fixed_text is None:
            outcome.fixed_text = outcome.snapshot.text
            if outcome.settings is not None and any(f.fix is not None and f.fix.safe for f in outcome.findings):
                outcome.fixed_text = self._fix_to_fixed_point(outcome, outcome.settings)
        return outcome.fixed_text

    def _fix_to_fixed_point(self, outcome: LintOutcome, settings: Settings) -> str:
        snapshot = outcome.snapshot
        rules = list(outcome.rules.values())

        def lint(text: str) -> list[Finding]:
            return self.engine.lint_source(snapshot.path, text, settings, snapshot.format_name, rules).findings

        try:
            text, _, _ = fix_to_fixed_point(snapshot.text, lint)
        except Exception as error:  # a reader or rule that breaks on the fixed text
            logger.exception("internal error while fixing %s", snapshot.path)
            outcome.errors.append(f"{snapshot.path}: fixing failed: {_describe(error)}")
            return snapshot.text
        return text


def _describe(error: BaseException) -> str:
    """The error and where it was raised, on one line (the full trace goes to stderr)."""
    frame = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    where = f" at {Path(frame[0].filename).name}:{frame[0].lineno}" if frame else ""
    return f"{type(error).__name__}: {error}{where}"
