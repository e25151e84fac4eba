"""The audit and rule-trial summaries printed on the terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from wirelint.audit.summary import SEVERITIES, AuditSummary, RuleTotals, family_label
from wirelint.rule import Rule

INVISIBLE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Zs")
WORST_SHOWN = 10


def visible(text: str) -> str:
    """Spaces other than the plain one, and control or format characters, as ``<U+00A0>``."""
    return "".join(
        f"<U+{ord(c):04X}>" if c != " " and unicodedata.category(c) in INVISIBLE_CATEGORIES else c for c in text
    )


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0.0%"


def rate_line(summary: AuditSummary, elapsed: float) -> str:
    rate = summary.articles / elapsed if elapsed > 0 else 0.0
    return f"{summary.articles:,} articles in {elapsed:.1f} s ({rate:,.0f} articles/s)"


def in_context(row: dict[str, Any]) -> str:
    """``…before [match] after…`` on one line."""
    return f"…{row['before']}[{visible(row['match'])}]{row['after']}…"


def where(row: dict[str, Any]) -> str:
    article = f" {row['article_id']}" if row["article_id"] is not None else ""
    return f"{row['path']}:{row['line']}:{row['column']}{article}"


def render_summary(summary: AuditSummary, elapsed: float) -> str:
    """Totals per family and rule, then the worst articles."""
    lines = [
        f"Audited {rate_line(summary, elapsed)}: {summary.findings:,} findings in "
        f"{summary.articles_with_findings:,} articles ({percent(summary.articles_with_findings, summary.articles)}).",
    ]
    if summary.rules:
        lines += ["", f"{'family':<22} {'findings':>10} {'articles':>10}"]
        lines += [f"{family_label(f):<22} {n:>10,} {a:>10,}" for f, n, a in summary.families()]
        lines += ["", f"{'rule':<6} {'name':<34} {'errors':>8} {'warnings':>8} {'info':>8} {'articles':>10}"]
        for code in sorted(summary.rules):
            rule = summary.rules[code]
            counts = "".join(f" {rule.severities[s]:>8,}" for s in SEVERITIES)
            lines.append(f"{code:<6} {rule.name[:34]:<34}{counts} {rule.articles:>10,}")
        lines += ["", "Worst articles (most errors, then warnings, then info):"]
        lines.append(f"{'errors':>8} {'warnings':>8} {'info':>8}")
        for article in summary.worst_articles()[:WORST_SHOWN]:
            place = f"  ({article.path})" if article.label != article.path else ""
            counts = " ".join(f"{n:>8,}" for n in article.severities)
            lines.append(f"{counts}  {article.label}{place}")
    if summary.error_count:
        lines += ["", f"{summary.error_count:,} articles or files could not be audited (see the errors above)."]
    return "\n".join(lines) + "\n"


def render_trial(summary: AuditSummary, rules: Sequence[Rule], pack: str, elapsed: float) -> str:
    """Per draft rule: articles hit, matches, and a sample of matches in context."""
    lines = [f"Rule trial of {pack} over {rate_line(summary, elapsed)}."]
    for rule in rules:
        totals = summary.rules.get(rule.code) or RuleTotals(rule.code, rule.name, rule.severity.value)
        lines += [
            "",
            f"{rule.code} {rule.name}: {totals.articles:,} articles hit "
            f"({percent(totals.articles, summary.articles)}), {totals.findings:,} matches",
        ]
        sample = totals.sampled()
        if sample:
            lines.append(f"  sample of {len(sample)}:")
        lines += [f"  {where(row)}: {in_context(row)}" for row in sample]
    return "\n".join(lines) + "\n"
