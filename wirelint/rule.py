"""The rule interface shared by code rules and rule-pack rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wirelint.document import FIELDS, Article, Block
from wirelint.finding import Finding, Fix, Severity, source_edit
from wirelint.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from wirelint.config import Settings


@dataclass(frozen=True)
class RuleDocs:
    """What ``wirelint explain`` and the README rule table show."""

    what: str
    why: str = ""
    example: str = ""
    use_instead: str = ""


@dataclass(frozen=True)
class Examples:
    """Text the rule reports (``match``) and text it leaves alone (``no_match``); each one is a test."""

    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


class Rule:
    """A check over one article.

    Subclasses set the class attributes and implement :meth:`check`. A rule
    never reads files; it sees the parsed article and reports findings with
    spans in block coordinates, through :meth:`finding`.
    """

    code: str = ""
    name: str = ""
    """Kebab-case, unique like the code."""
    severity: Severity = Severity.WARNING
    fields: tuple[str, ...] = FIELDS
    docs: RuleDocs = RuleDocs("")
    """What it finds, why it matters, an example and what to write instead (``wirelint explain``)."""
    examples: Examples = Examples()
    """Text it must report and text it must leave alone; every example runs as a test."""
    fixable: bool = False
    """Whether its findings can carry a fix (the README's and ``wirelint rules``' fix column)."""
    compares_versions: bool = False
    """True for a :class:`VersionRule`: the engine calls its ``compare`` with two versions."""
    origin: str = "wirelint"
    """The plugin or pack that provides the rule (shown by ``wirelint rules``)."""

    @property
    def defined_in(self) -> str:
        """Where the rule comes from: its pack file's name, or the module of a code rule."""
        return type(self).__module__

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        raise NotImplementedError

    def options(self, settings: Settings) -> dict[str, Any]:
        """This rule's table from ``rule-options`` in the config."""
        return dict(settings.rule_options.get(self.code, {}))

    def blocks(self, article: Article) -> Iterable[Block]:
        """The blocks of the fields this rule checks."""
        return article.fields(*self.fields)

    def finding(
        self,
        block: Block,
        start: int,
        end: int,
        message: str,
        fix: Fix | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding at ``block.text[start:end]``."""
        source_start, source_end = block.source_span(start, end)
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            start=source_start,
            end=source_end,
            field=block.field,
            fix=fix,
        )

    @staticmethod
    def replacement(block: Block, start: int, end: int, text: str, description: str, safe: bool = True) -> Fix:
        """A fix that replaces ``block.text[start:end]`` with ``text``."""
        source_start, source_end = block.source_span(start, end)
        return Fix(description, (source_edit(block.source, source_start, source_end, block.escape(text)),), safe)


class VersionRule(Rule):
    """A rule over two versions of one article, reporting on the new one (``wirelint compare``).

    One version alone gives it nothing to report, so :meth:`check` finds nothing; the engine
    calls :meth:`compare` with each pair of articles.
    """

    compares_versions = True

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        return ()

    def compare(self, old: Article, new: Article, settings: Settings) -> Iterable[Finding]:
        raise NotImplementedError


KEBAB = LazyPattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def contract_problems(rule: object) -> list[str]:
    """What keeps ``rule`` from keeping the Rule contract (checked when a plugin registers it)."""
    if not isinstance(rule, Rule):
        return ["it is not a Rule"]
    problems = []
    if not isinstance(rule.code, str) or not rule.code:
        problems.append("no code")
    if not isinstance(rule.name, str) or not KEBAB.fullmatch(rule.name):
        problems.append(f"name {rule.name!r} is not kebab-case")
    if not isinstance(rule.severity, Severity):
        problems.append(f"severity {rule.severity!r} is not a Severity")
    if not isinstance(rule.docs, RuleDocs) or not all(
        isinstance(text, str) for text in (rule.docs.what, rule.docs.why, rule.docs.example, rule.docs.use_instead)
    ):
        problems.append("docs are not a RuleDocs of strings")
    examples = rule.examples
    if not isinstance(examples, Examples) or not all(
        isinstance(text, str) for text in (*examples.match, *examples.no_match)
    ):
        problems.append("examples are not an Examples of strings")
    if not isinstance(rule.fixable, bool):
        problems.append("fixable is not True or False")
    if not isinstance(rule.fields, tuple) or not set(rule.fields) <= set(FIELDS):
        problems.append(f"fields must be a tuple of {', '.join(FIELDS)}")
    return problems
