"""The lint engine: one document through the selected rules.

read -> parse into fields -> rules -> findings -> suppressions. Each rule sees each article once. A rule that
raises, returns something that is not a well-formed finding, or runs past its time budget becomes an error for
that rule and file (reported once), and the other rules' findings stand; so does a reader that crashes. Findings
are made absolute (line and column), de-duplicated and sorted here, so every front end gets the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice

from wirelint import ruletimer
from wirelint.config import Settings, unknown_codes
from wirelint.document import Article, Document
from wirelint.errors import InputError, PackError, RuleTimeout, UnknownCodeError
from wirelint.finding import Edit, Finding, Fix, Severity
from wirelint.rule import Rule
from wirelint.ruleset import Registry
from wirelint.suppressions import apply_suppressions

RULE_BUDGET = 10.0
"""Seconds of CPU time one rule may spend on one article, plus :data:`RULE_BUDGET_PER_MB` for each million characters
of it. Past that the rule is stopped and reported, so a plugin stuck in a loop cannot hang a run. CPU time, not real
time, so a loaded machine (an audit sharing its cores) does not stop a rule that is merely waiting for a core. Enforced
with timer signals, so only on the main thread (the CLI and its workers); elsewhere (the language server) rules run
unbounded."""
RULE_BUDGET_PER_MB = 10.0
RULE_WALL_FACTOR = 3.0
"""A rule that waits without computing (a lock, a sleep, a socket) uses no CPU time: it is stopped once it has taken
this many times its budget in real time."""


def rule_budget(article: Article) -> float:
    """The CPU seconds one rule may spend on ``article`` (:data:`RULE_BUDGET` and its share per character)."""
    return RULE_BUDGET + RULE_BUDGET_PER_MB * sum(len(block.text) for block in article.blocks) / 1e6


def wall_limit(budget: float) -> float:
    """The real seconds after which a rule with ``budget`` CPU seconds is stopped even if it computed nothing."""
    return budget * RULE_WALL_FACTOR


def _run_rule(call: Callable[[], Iterable[object]], budget: float | None, limit: int) -> list[object]:
    """A rule's output for one article (or pair of versions), at most ``limit + 1`` items (a runaway
    generator would otherwise fill memory), within ``budget`` CPU seconds and :func:`wall_limit` real ones,
    unless it is None (no timers)."""
    if budget is None:
        return list(islice(call(), limit + 1))
    return ruletimer.run_within(lambda: list(islice(call(), limit + 1)), budget, wall_limit(budget))


def _overrun(stop: ruletimer.OverBudget, budget: float) -> str:
    """Which limit stopped a rule: its CPU budget, or the real-time one (with the CPU it had used by then)."""
    if not stop.in_real_time:
        return f"took longer than {budget:.3g}s on one article"
    return (
        f"took longer than {wall_limit(budget):.3g}s of real time on one article "
        f"({stop.cpu_seconds:.2g}s of CPU; its budget: {budget:.3g}s)"
    )


def _malformed(item: object, size: int) -> bool:
    """True unless ``item`` is a Finding whose fields and fix fit a file of ``size`` characters (garbage offsets
    would corrupt the file when the fix is applied)."""
    if not isinstance(item, Finding):
        return True
    return not (
        _span_fits(item.start, item.end, size)
        and isinstance(item.severity, Severity)
        and all(isinstance(value, str) for value in (item.code, item.name, item.message))
        and (item.field is None or isinstance(item.field, str))
        and (item.fix is None or _fix_fits(item.fix, size))
    )


def _fix_fits(fix: object, size: int) -> bool:
    return (
        isinstance(fix, Fix)
        and isinstance(fix.edits, tuple)
        and all(isinstance(e, Edit) and _span_fits(e.start, e.end, size) and isinstance(e.text, str) for e in fix.edits)
    )


def _span_fits(start: object, end: object, size: int) -> bool:
    return type(start) is int and type(end) is int and 0 <= start <= end <= size


@dataclass
class LintResult:
    """What linting one file gave: findings, plus errors that stop a clean run."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    document: Document | None = None


class Engine:
    """Runs the registry's rules, as selected by settings, over documents."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def rules_for(self, settings: Settings, path: str | None = None) -> list[Rule]:
        """The rules that run on ``path`` under ``settings``, in code order. Raises PackError for a broken project
        pack and UnknownCodeError when the selection names a code or prefix that no rule has."""
        rules = dict(self.registry.rules)
        for rule in self.registry.project_rules(settings.rule_packs):
            rules[rule.code] = rule
        unknown = unknown_codes(settings.named_codes, rules)
        if unknown:
            raise UnknownCodeError(str(settings.config_path) if settings.config_path else None, unknown[0])
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
        except (InputError, PackError, UnknownCodeError) as error:
            result.errors.append(str(error))
            return result
        except Exception as error:  # a broken reader must not stop the run
            reader = format_name or self.registry.reader_for(path).format
            result.errors.append(f"{path}: internal error in the {reader} reader: {type(error).__name__}: {error}")
            return result
        if not isinstance(result.document, Document):
            result.errors.append(f"{path}: the reader returned {type(result.document).__name__}, not a Document")
            result.document = None
            return result
        result.findings, result.errors = self.lint_document(result.document, settings, rules)
        result.errors[:0] = result.document.problems
        return result

    def lint_document(
        self, document: Document, settings: Settings, rules: list[Rule] | None = None
    ) -> tuple[list[Finding], list[str]]:
        """Findings and rule errors for a parsed document."""
        with ruletimer.handlers() as timed:
            return self._lint_document(document, settings, rules, timed)

    def _lint_document(
        self, document: Document, settings: Settings, rules: list[Rule] | None, timed: bool
    ) -> tuple[list[Finding], list[str]]:
        if rules is None:
            rules = self.rules_for(settings, document.path)
        calls = (
            (article, rule, partial(rule.check, article, settings)) for article in document.articles for rule in rules
        )
        return _collect(document, settings, calls, timed)

    def compare(
        self, old: Document, new: Document, settings: Settings, rules: list[Rule] | None = None
    ) -> tuple[list[Finding], list[str]]:
        """Findings of the selected version rules (WL405) on ``new``, and rule errors; articles are
        paired by id, else by position."""
        if rules is None:
            rules = self.rules_for(settings, new.path)
        chosen = [rule for rule in rules if rule.compares_versions]
        old_by_id = {article.id: article for article in old.articles if article.id is not None}
        pairs = []
        for index, article in enumerate(new.articles):
            previous = old_by_id.get(article.id) if article.id is not None else None
            if previous is None and index < len(old.articles) and not old_by_id:
                previous = old.articles[index]
            if previous is not None:
                pairs.append((previous, article))
        calls = ((new_one, rule, partial(rule.compare, old_one, new_one, settings)) for old_one, new_one in pairs
                 for rule in chosen)
        with ruletimer.handlers() as timed:
            return _collect(new, settings, calls, timed)


Call = tuple[Article, Rule, Callable[[], Iterable[object]]]
"""One rule's work on one article: the article its findings belong to, the rule, and the call."""


def _collect(
    document: Document, settings: Settings, calls: Iterable[Call], timed: bool
) -> tuple[list[Finding], list[str]]:
    """The located findings of every call, and one error per rule that failed (not one per article)."""
    findings: list[Finding] = []
    errors: dict[str, str] = {}
    size = len(document.source)
    limit = max(size, 1000)  # more findings than characters is a rule out of control
    budgets: dict[int, float] = {}  # by id(article): its length is summed once, not once per rule
    for article, rule, call in calls:
        budget = None
        if timed:
            budget = budgets.get(id(article))
            if budget is None:
                budget = budgets[id(article)] = rule_budget(article)
        where = f"{document.path}: rule {rule.code} ({rule.origin})"
        try:
            produced = _run_rule(call, budget, limit)
        except RuleTimeout as error:
            errors.setdefault(rule.code, f"{document.path}: rule {rule.code} stopped: {error}")
            continue
        except ruletimer.OverBudget as stop:
            errors.setdefault(rule.code, f"{where} stopped: {_overrun(stop, budget or 0)}")
            continue
        except (Exception, SystemExit) as error:  # a broken rule must not stop the run
            errors.setdefault(
                rule.code,
                f"{document.path}: internal error in rule {rule.code} ({rule.origin}): {type(error).__name__}: {error}",
            )
            continue
        bad = next((item for item in produced if _malformed(item, size)), None)
        if len(produced) > limit:
            errors.setdefault(rule.code, f"{where} produced over {limit} findings")
        elif bad is not None:
            errors.setdefault(rule.code, f"{where} returned {_preview(bad)}, not a well-formed Finding")
        else:
            findings.extend(_as_configured(produced, settings, article.id))  # type: ignore[arg-type]
    return finalise(document, findings), list(errors.values())


def _as_configured(produced: list[Finding], settings: Settings, article_id: str | None) -> Iterator[Finding]:
    """The findings with the configured severity and their article (new objects: a finding is never changed)."""
    configured = bool(settings.severity)
    for finding in produced:
        severity = settings.severity_for(finding.code, finding.severity) if configured else finding.severity
        if severity is not finding.severity or article_id != finding.article_id:
            finding = replace(finding, severity=severity, article_id=article_id)
        yield finding


def _preview(item: object, limit: int = 120) -> str:
    text = repr(item)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _masked_spans(document: Document) -> list[tuple[int, int]]:
    spans = []
    for block in document.blocks:
        spans.extend(block.source_span(start, end) for start, end in block.masked)
    return spans


def _outside_crlf(source: str, offset: int, floor: int) -> int:
    """``offset`` moved off a CRLF's middle: back before the CR, or past the LF if that goes below ``floor``."""
    if 0 < offset < len(source) and source[offset - 1] == "\r" and source[offset] == "\n":
        return offset - 1 if offset - 1 >= floor else offset + 1
    return offset


def _whole_line_breaks(source: str, finding: Finding) -> Finding:
    """A finding whose span and edits never split a CRLF. A rule that matched up to a CR (``TO\r`` of ``TO\r\n``)
    would otherwise end where no line and column can name, and its fix would leave a lone LF."""
    start = _outside_crlf(source, finding.start, 0)
    end = _outside_crlf(source, finding.end, start)
    fix = finding.fix
    if fix is not None:
        edits, moved = [], False
        for edit in fix.edits:
            edit_start = _outside_crlf(source, edit.start, 0)
            edit_end = _outside_crlf(source, edit.end, edit_start)
            if (edit_start, edit_end) != (edit.start, edit.end):
                edit, moved = replace(edit, start=edit_start, end=edit_end), True
            edits.append(edit)
        if moved:
            fix = replace(fix, edits=tuple(edits))
    if (start, end, fix) == (finding.start, finding.end, finding.fix):
        return finding
    return replace(finding, start=start, end=end, fix=fix)


def finalise(document: Document, findings: Iterable[Finding]) -> list[Finding]:
    """Drop suppressed, masked and duplicate findings; fill in positions; sort."""
    masked = _masked_spans(document)
    kept: dict[tuple[object, ...], Finding] = {}
    source = document.source
    whole = [_whole_line_breaks(source, finding) for finding in findings] if "\r" in source else list(findings)
    for finding in apply_suppressions(document.source, whole):
        if any(s < max(finding.end, finding.start + 1) and finding.start < e for s, e in masked):
            continue
        key = (finding.code, finding.start, finding.end, finding.message, finding.article_id)
        kept.setdefault(key, finding)
    path, locate = document.path, document.position
    positions: dict[int, tuple[int, int]] = {}  # a fix's edits mostly start and end where its finding does

    def position(offset: int) -> tuple[int, int]:
        known = positions.get(offset)
        if known is None:
            known = positions[offset] = locate(offset)
        return known

    located = []
    for finding in kept.values():
        fix = finding.fix
        edits = tuple((*position(e.start), *position(e.end)) for e in fix.edits) if fix is not None else ()
        # built field by field: ``dataclasses.replace`` looks the fields up again for every finding
        located.append(Finding(
            finding.code, finding.name, finding.severity, finding.message, finding.start, finding.end,
            finding.field, fix, finding.article_id, path, *position(finding.start), *position(finding.end), edits,
        ))  # fmt: skip
    located.sort(key=lambda f: f.sort_key)
    return located
