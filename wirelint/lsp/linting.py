"""Linting an editor buffer: the server asks a lint process, and waits on a worker thread.

On a machine with two CPUs or more and one to spare (:func:`cpu_to_spare`), the server asks two lint processes,
each running half of the rules on the same snapshot at the same time (:data:`SECOND_PART`), and merges their
findings as one lint would have sorted them; fixes are worked out by the first with every rule.

The server takes a :class:`Snapshot` of a document (its text at one version) and hands it to
:meth:`Linter.lint` on its worker thread, so the protocol never waits for the rules. The rules
themselves run in a child process (:mod:`wirelint.commands.lintprocess`), on its main thread, where the
engine's per-rule time budget holds: a plugin rule stuck in a loop is stopped and reported as
the command line reports it, and one stuck where the timer cannot reach it gets its process
killed and restarted, the rule skipped for that lint and named in the log. When the user has
asked to compare the document with an earlier version of the story, the figures that changed
since (WL405, through :meth:`Engine.compare <wirelint.engine.Engine.compare>`) are reported with
the rest on every lint.

A newer edit asks the process to stop the running lint (:meth:`Linter.stop`); every rule that
has not started yet then gives up at once. Whatever goes wrong in there (a broken config, a
rule pack that does not load, a plugin reader that raises, a process that dies) comes back as
an error string in the outcome, never as an exception that could end the server.
"""

from __future__ import annotations

import itertools
import logging
import os
import traceback
from collections.abc import Callable
from concurrent.futures import CancelledError, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lsprotocol import types

from wirelint.commands.lintprocess import ChildFailed, LintProcess, RuleHung, collect_between_calls, watched
from wirelint.commands.release import release
from wirelint.config import Settings, apply_overrides, find_config, load_settings
from wirelint.document import Document
from wirelint.engine import Engine
from wirelint.errors import WirelintError
from wirelint.files import read_source
from wirelint.finding import Finding
from wirelint.fixer import fix_to_fixed_point
from wirelint.lsp.config import ClientOptions, ConfigWatcher
from wirelint.lsp.diagnostics import DiagnosticCache
from wirelint.lsp.directives import Layout
from wirelint.lsp.positions import LineIndex
from wirelint.lsp.wire import CODE, END, MESSAGE, PATH, START, FindingMemo, Plain, plain
from wirelint.registry import get_registry
from wirelint.rule import Rule

logger = logging.getLogger(__name__)
_tokens = itertools.count(1)


@dataclass(frozen=True)
class Snapshot:
    """One version of an open document, as handed to the lint process (plain, picklable data)."""

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
    baseline: tuple[str, str] | None = None
    """An earlier version of the story (path, text) to report changed figures against."""
    token: int = field(default_factory=lambda: next(_tokens), compare=False)
    """Names this lint to the lint process, so a newer edit can stop it."""


@dataclass
class LintRequest:
    """What the lint process needs besides the snapshot."""

    snapshot: Snapshot
    options: ClientOptions
    config_generation: int
    """Changes when the client reports changed files: the process then forgets cached config."""
    autoload: bool = True
    skip: frozenset[str] = frozenset()
    """Rules left out: they hung an earlier attempt at this lint."""
    part: int = 0
    parts: int = 1
    """The share of the rules this lint runs (:func:`part_of`), when the server lints with ``parts`` processes."""


@dataclass
class LintReply:
    """What the lint process sends back: findings, errors, and what code actions need."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    layout: Layout | None = None
    """Where a ``wirelint: disable=CODE`` comment covering a finding goes is worked out from this."""
    source: str | None = None
    """The text the findings' offsets count in, when the reader's differs from the snapshot's."""
    extra_rules: dict[str, Rule] = field(default_factory=dict)
    """Rules of the findings that the server's registry does not know (a project's own packs)."""
    read: bool = False
    """True when the text could be read (a document exists to fix or disable in)."""

    plain: list[Plain] | None = None
    """The findings as they travel (:mod:`wirelint.lsp.wire`): set when the reply is unpickled, in place of
    ``findings``, which are made again only when asked for (:attr:`LintOutcome.findings`)."""

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "findings": [], "plain": [plain(finding) for finding in self.findings]}

    def values(self) -> list[Plain]:
        """The findings' plain values, whichever side of the trip the reply is on."""
        return self.plain if self.plain is not None else [plain(finding) for finding in self.findings]


_LAST_FINDINGS = FindingMemo()
"""Findings made again by the server, shared between its outcomes while their values stay the same."""


@dataclass
class LintOutcome:
    """What one lint of one snapshot gave, with what code actions and hover need."""

    snapshot: Snapshot
    index: LineIndex
    plain: list[Plain] = field(default_factory=list)
    """The findings as plain values (:mod:`wirelint.lsp.wire`), in the order of :attr:`diagnostics`."""
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    encoded: list[str] | None = None
    """The diagnostics as JSON text, one each (see :meth:`DiagnosticCache.encoded`), when a converter is known."""
    rules: dict[str, Rule] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    layout: Layout | None = None
    """The text's blocks, for :meth:`disable_insertion`; None when it could not be read."""
    source: str | None = None
    """The text the findings' offsets count in, when it is not the snapshot's."""
    request: LintRequest | None = None
    fixed_text: str | None = None
    """The text with every safe fix applied; worked out on first request."""
    _findings: list[Finding] | None = None

    @property
    def version(self) -> int:
        return self.snapshot.version

    @property
    def findings(self) -> list[Finding]:
        """The findings, made from :attr:`plain` the first time they are asked for (a code action, hover, a
        command), not on every edit."""
        if self._findings is None:
            self._findings = _LAST_FINDINGS.decode(self.plain)
        return self._findings

    def disable_insertion(self, finding: Finding) -> tuple[int, str] | None:
        """Where a ``wirelint: disable=CODE`` comment covering ``finding`` goes, and its text; None when
        the format has no comments or the text could not be read."""
        if self.layout is None:
            return None
        return self.layout.insertion(self.source or self.snapshot.text, finding.start, finding.code)


SECOND_PART = ("WL3", "WL6")
"""Rules (by their code's first three characters) that the second lint process runs when the server lints with two:
names and the story's integrity, which share the article's names and vocabulary. The first runs the others, which
share figures, leftovers and the packs' scans; the two take about the same time on a long article (9 to 10 ms each
of a content edit of a 5,000-word one)."""


def lint_processes() -> int:
    """Two lint processes when this process may run on two CPUs or more, each linting half of the rules at the same
    time (an edit's diagnostics then wait for the slower half, not for both); else one."""
    return 2 if _cpus() >= 2 else 1


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cpu_to_spare(using: bool = False) -> bool:
    """Whether the machine has CPU to spare for a second lint process: its load over the last minute leaves two CPUs
    free (below its CPUs less one), or, once the second is in use (the two processes' own work then counts in the
    load), below one more than its CPUs. With one CPU taken by other work the two halves would share the other and
    cost more in all (about 4 ms of CPU per edit of a 5,000-word article; measured over stdio with a test run
    beside: a content edit's median 30 to 40 ms, against 17 ms with both CPUs free), so the first process lints
    every rule; the second starts only when first asked. The margin keeps the server from going back and forth on
    the load its own linting makes (each change costs the process that takes the rules back a lint whose reuse
    starts over)."""
    cpus = _cpus()
    try:
        return os.getloadavg()[0] < (cpus + 1 if using else cpus - 1)
    except (AttributeError, OSError):  # no load average here
        return True


def part_of(code: str, parts: int) -> int:
    """Which of ``parts`` lint processes runs the rule ``code``."""
    return int(parts > 1 and code[:3] in SECOND_PART)


def merged(shares: list[list[Plain]]) -> list[Plain]:
    """The findings of the lint processes' shares as one lint gives them: each share is sorted (the engine sorts its
    findings), and findings of different rules are never duplicates, so sorting them together is all there is."""
    if len(shares) == 1:
        return shares[0]
    return sorted((values for share in shares for values in share), key=_sort_key)


def _sort_key(values: Plain) -> tuple[Any, ...]:
    """:attr:`Finding.sort_key` of a finding's plain values."""
    return values[PATH], values[START], values[END], values[CODE], values[MESSAGE]


class Linter:
    """The server's side: sends snapshots to the lint processes. Used from one worker thread."""

    def __init__(
        self, engine: Engine, autoload: bool = True, unstructure: Callable[[types.Diagnostic], Any] | None = None
    ) -> None:
        self.engine = engine
        self.autoload = autoload
        self.unstructure = unstructure
        """The protocol converter's ``unstructure``: diagnostics are encoded here, on the worker thread."""
        self.options = ClientOptions()
        self.config_generation = 0
        self.processes = [LintProcess() for _ in range(lint_processes())]
        """The first lints its share of the rules and fixes; a second, when there is one, lints the other share
        at the same time, asked from a thread of its own."""
        self._second = ThreadPoolExecutor(1, "wirelint-lint-2") if len(self.processes) > 1 else None
        self._second_state = "cold"
        """"warming" once asked to start, "ready" once it has linted (started, its caches filled): only then does a
        lint wait for it. On the first lint the first process starts too, so the second starts beside it, ready."""
        self._linted = False
        self._diagnostics: dict[str, DiagnosticCache] = {}
        """Per document: its last lint's diagnostics, handed out again where a finding has not moved."""

    def forget_config(self) -> None:
        """Config files changed (the client says so): the process re-reads them."""
        self.config_generation += 1

    def stop(self, token: int) -> None:
        """Stop the lint with ``token`` before its next rule (a newer edit made it pointless)."""
        for process in self.processes:
            process.stop(token)

    def close(self) -> None:
        if self._second is not None:
            self._second.shutdown(wait=False, cancel_futures=True)
        for process in self.processes:
            process.close()

    def forget(self, uri: str) -> None:
        """The document was closed: its diagnostics are not kept (call on the worker thread)."""
        self._diagnostics.pop(uri, None)

    def lint(self, snapshot: Snapshot) -> LintOutcome:
        """Lint a snapshot; every failure becomes an error string in the outcome."""
        outcome = LintOutcome(snapshot, LineIndex(snapshot.text, snapshot.encoding))
        spare = self._second is not None and cpu_to_spare(self._second_state == "ready")
        if spare and self._second_state == "cold" and not self._linted:
            self._second_state = "ready"  # both start now, side by side: the second costs the first lint nothing
        parts = 2 if spare and self._second_state == "ready" else 1
        request = LintRequest(snapshot, self.options, self.config_generation, self.autoload, parts=parts)
        if spare and self._second_state == "cold":  # a token of its own: the next edit must not stop it
            self._warm_up(replace(request, snapshot=replace(snapshot, token=next(_tokens)), part=1, parts=2))
        self._linted = True
        answers = self._ask_all(request)
        (reply, _, outcome.request), others = answers[0], [answer for answer, _, _ in answers[1:]]
        outcome.errors = [error for _, errors, _ in answers for error in errors]
        if not isinstance(reply, LintReply):
            outcome.request = None
            return outcome
        replies = [reply, *(other for other in others if isinstance(other, LintReply))]
        outcome.plain = merged([one.values() for one in replies])
        outcome.layout, outcome.source = reply.layout, reply.source
        outcome.errors = [*outcome.errors, *dict.fromkeys(error for one in replies for error in one.errors)]
        outcome.rules = {**self.engine.registry.rules, **{code: rule for one in replies for code, rule in
                                                           one.extra_rules.items()}}  # fmt: skip
        cache = self._diagnostics.setdefault(snapshot.uri, DiagnosticCache(self.unstructure))
        outcome.diagnostics = cache.diagnostics(outcome.plain, outcome.index)
        outcome.encoded = cache.encoded(outcome.diagnostics)
        outcome.fixed_text = None if reply.read else snapshot.text
        return outcome

    def fix_all(self, outcome: LintOutcome) -> str:
        """The outcome's text with every safe fix applied, re-linting until nothing more applies."""
        if outcome.fixed_text is None and outcome.request is not None:
            outcome.fixed_text = outcome.snapshot.text
            if any(f.fix is not None and f.fix.safe for f in outcome.findings):
                every_rule = replace(outcome.request, part=0, parts=1)
                fixed, errors, _ = self._ask(fix_in_process, every_rule)
                outcome.errors.extend(errors)
                outcome.fixed_text = fixed if isinstance(fixed, str) else outcome.snapshot.text
        return outcome.fixed_text or outcome.snapshot.text

    def _warm_up(self, request: LintRequest) -> None:
        """Start the second process on its share of this lint, without waiting for it (its start and first lint
        take a second or so, when the machine became less busy after the first process started); later lints
        wait for it once it is ready."""
        assert self._second is not None

        def lint_once() -> None:
            self._ask(lint_in_process, request, 1)
            self._second_state = "ready"

        self._second_state = "warming"
        self._second.submit(lint_once)

    def _ask_all(self, request: LintRequest) -> list[tuple[object | None, list[str], LintRequest]]:
        """Each lint process's answer for its share of the rules, the second asked while the first works."""
        if self._second is None or request.parts == 1:
            return [self._ask(lint_in_process, request)]
        other = replace(request, part=1)
        second = self._second.submit(self._ask, lint_in_process, other, 1)
        first = self._ask(lint_in_process, request)
        try:
            return [first, second.result()]
        except CancelledError:  # the server is closing
            return [first, (None, [], other)]

    def _ask(
        self, function: Callable[[LintRequest], object], request: LintRequest, process: int = 0
    ) -> tuple[object | None, list[str], LintRequest]:
        """The answer of lint process number ``process``, the errors met on the way and the request that got
        the answer. A rule that hangs the process is left out and the request asked again, so the other
        rules still report."""
        errors: list[str] = []
        while True:
            try:
                return self.processes[process].call(function, request, token=request.snapshot.token), errors, request
            except RuleHung as hung:
                errors.append(str(hung))
                if not hung.code or hung.code in request.skip:
                    return None, errors, request
                request = replace(request, skip=request.skip | {hung.code})
            except ChildFailed as error:
                errors.append(f"{request.snapshot.path}: internal error: {error}")
                return None, errors, request


# --- the lint process's side ----------------------------------------------------------


class _ProcessLinter:
    """Settings resolution and linting for editor buffers, inside the lint process."""

    def __init__(self, autoload: bool) -> None:
        collect_between_calls()  # the editor waits for each lint; the process is idle between edits
        self.engine = Engine(get_registry(autoload))
        self.watcher = ConfigWatcher()
        self.config_generation = 0

    def settings(self, request: LintRequest) -> Settings:
        """The config the CLI would use for a file in the folder, with the editor's options on top."""
        if request.config_generation != self.config_generation:
            self.config_generation = request.config_generation
            self.watcher.reset()
        folder = request.snapshot.folder.resolve()
        self.watcher.check(folder)
        return apply_overrides(load_settings(find_config(folder)), request.options.overrides)

    def rules(self, request: LintRequest, settings: Settings) -> list[Rule]:
        """The rules for the snapshot, less those that hung (not wrapped for the board)."""
        chosen = self.engine.rules_for(settings, request.snapshot.path)
        return [rule for rule in chosen
                if rule.code not in request.skip and part_of(rule.code, request.parts) == request.part]  # fmt: skip

    def lint(self, request: LintRequest) -> LintReply:
        snapshot, reply = request.snapshot, LintReply()
        try:
            settings = self.settings(request)
            rules = self.rules(request, settings)
            result = self.engine.lint_source(
                snapshot.path, snapshot.text, settings, snapshot.format_name, watched(rules, snapshot.path)
            )
        except WirelintError as error:  # bad config or rule pack: nothing can be linted
            reply.errors.append(str(error))
            return reply
        except Exception as error:  # a plugin reader or the engine failed; the server goes on
            logger.exception("internal error while linting %s", snapshot.path)
            reply.errors.append(f"{snapshot.path}: internal error: {_describe(error)}")
            return reply
        reply.findings, reply.errors, reply.read = result.findings, result.errors, result.document is not None
        if snapshot.baseline is not None and result.document is not None:
            reply.findings = sorted(
                [*reply.findings, *self._changed_figures(snapshot.baseline, result.document, settings, rules, reply)],
                key=lambda finding: finding.sort_key,
            )
        if result.document is not None:
            if request.part == 0:  # the server reads the layout of the first share's reply only
                reply.layout = Layout.of(result.document)
            reply.source = None if result.document.source == snapshot.text else result.document.source
            release(result.document)
        known = self.engine.registry.rules
        reply.extra_rules = {rule.code: rule for rule in rules if rule.code not in known and _reported(rule, reply)}
        return reply

    def _changed_figures(
        self, baseline: tuple[str, str], document: Document, settings: Settings, rules: list[Rule], reply: LintReply
    ) -> list[Finding]:
        try:  # the selected version rules (WL405); the engine applies the configured severities
            findings, errors = self.engine.compare(
                self.parse_baseline(*baseline), document, settings, watched(rules, document.path)
            )
        except Exception as error:  # a comparison bug must not cost the user the other findings
            logger.exception("comparing %s with %s failed", document.path, baseline[0])
            reply.errors.append(f"{document.path}: comparing with {baseline[0]} failed: {_describe(error)}")
            return []
        reply.errors.extend(errors)
        return findings

    @lru_cache(maxsize=8)  # noqa: B019 - one linter per process, kept for its life
    def parse_baseline(self, path: str, text: str) -> Document:
        return self.engine.parse(path, text)

    def fix_all(self, request: LintRequest) -> str:
        snapshot = request.snapshot
        settings = self.settings(request)
        rules = watched(self.rules(request, settings), snapshot.path)

        def lint(text: str) -> list[Finding]:
            return self.engine.lint_source(snapshot.path, text, settings, snapshot.format_name, rules).findings

        text, _, _ = fix_to_fixed_point(snapshot.text, lint)
        return text


def _reported(rule: Rule, reply: LintReply) -> bool:
    return any(finding.code == rule.code for finding in reply.findings)


@lru_cache(maxsize=2)
def _process_linter(autoload: bool) -> _ProcessLinter:
    return _ProcessLinter(autoload)


def lint_in_process(request: LintRequest) -> LintReply:
    """Run in the lint process: lint one snapshot."""
    return _process_linter(request.autoload).lint(request)


def fix_in_process(request: LintRequest) -> str:
    """Run in the lint process: the snapshot's text with every safe fix applied."""
    return _process_linter(request.autoload).fix_all(request)


def read_baseline(path: Path) -> tuple[str, str]:
    """An earlier version of a story, read (not parsed: that happens with the lint); raises
    WirelintError when it cannot be read."""
    return str(path), read_source(path).text


def _describe(error: BaseException) -> str:
    """The error and where it was raised, on one line (the full trace goes to stderr)."""
    frame = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    where = f" at {Path(frame[0].filename).name}:{frame[0].lineno}" if frame else ""
    return f"{type(error).__name__}: {error}{where}"
