"""The rule interface shared by code rules and rule-pack rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wirelint.document import FIELDS, Article, Block
from wirelint.edits import source_edit
from wirelint.finding import Finding, Fix, Severity

if TYPE_CHECKING:
    from wirelint.config import Settings


@dataclass(frozen=True)
class RuleDocs:
    """What ``wirelint explain`` and the README rule table show."""

    what: str
    why: str = ""
    example: str = ""
    use_instead: str = ""


class Rule:
    """A check over one article.

    Subclasses set the class attributes and implement :meth:`check`. A rule
    never reads files; it sees the parsed article and reports findings with
    spans in block coordinates, through :meth:`finding`.
    """

    code: str = ""
    name: str = ""
    severity: Severity = Severity.WARNING
    fields: tuple[str, ...] = FIELDS
    docs: RuleDocs = RuleDocs("")
    origin: str = "wirelint"
    """The plugin or pack that provides the rule (shown by ``wirelint rules``)."""
    default_enabled: bool = True

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
