"""Totals of an audit, gathered from partition results as they arrive.

Everything kept here is bounded whatever the archive size: counters per
rule, month, section and source; the worst articles (a fixed number, with
their findings); a fixed-size sample of matches per rule; the first errors.
Every choice is made by value, never by arrival order, so the summary of an
archive is the same whichever worker finished first.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from wirelint.finding import Severity

FAMILY_NAMES = {
    "WL1": "leftovers",
    "WL2": "attribution",
    "WL3": "naming",
    "WL4": "numbers",
    "WL5": "mechanics",
    "WL6": "integrity",
}
"""The rule families of DESIGN.md; codes of other prefixes form families of their own."""
MAX_ERRORS = 100
SEVERITIES = ("error", "warning", "info")
"""Worst first: how reports order and split counts."""


def family_of(code: str) -> str:
    """``WL102`` -> ``WL1xx``."""
    return f"{code[:-2]}xx" if len(code) > 2 else code


def family_label(family: str) -> str:
    name = FAMILY_NAMES.get(family[:-2])
    return f"{family} {name}" if name else family


def by_severity(rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    """``(errors, warnings, info)`` among the rows."""
    counts = Counter(row["severity"] for row in rows)
    return counts["error"], counts["warning"], counts["info"]


def sample_rank(row: dict[str, Any]) -> int:
    """A stable pseudo-random rank: the sample is the same on every run and any partitioning."""
    key = f"{row['path']}\0{row['article_id']}\0{row['line']}\0{row['column']}\0{row['code']}"
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class RuleTotals:
    code: str
    name: str
    severity: str
    findings: int = 0
    articles: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    """Findings per severity: one rule's findings can differ (WL201's info and warnings, config overrides)."""
    sample: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    """A max-heap (negated ranks) of the lowest-ranked matches."""

    def offer(self, row: dict[str, Any], size: int) -> None:
        entry = (-sample_rank(row), row)
        if len(self.sample) < size:
            heapq.heappush(self.sample, entry)
        elif size and entry[0] > self.sample[0][0]:
            heapq.heapreplace(self.sample, entry)

    def sampled(self) -> list[dict[str, Any]]:
        """The sample in a reading order: by article, then position."""
        rows = [row for _, row in self.sample]
        return sorted(rows, key=lambda r: (r["path"], str(r["article_id"]), r["line"], r["column"]))


@dataclass
class ArticleTotals:
    """An article among the worst: where it is and its findings."""

    source: str
    path: str
    article_id: str | None
    date: str | None
    section: str | None
    rows: list[dict[str, Any]]

    @property
    def label(self) -> str:
        return self.article_id if self.article_id is not None else self.path

    @property
    def severities(self) -> tuple[int, int, int]:
        return by_severity(self.rows)

    @property
    def order(self) -> tuple[int, int, int, str, str]:
        """Most errors first, then most warnings, then most info findings: a page of info-level
        notes must not outrank an article with a real error. Ties by path and id."""
        errors, warnings, info = self.severities
        return (-errors, -warnings, -info, self.path, str(self.article_id))


@dataclass
class AuditSummary:
    """What the reports show; fed one partition result at a time."""

    top: int = 50
    sample: int = 20
    articles: int = 0
    articles_with_findings: int = 0
    findings: int = 0
    worst_severity: Severity | None = None
    rules: dict[str, RuleTotals] = field(default_factory=dict)
    by_month: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    """``YYYY-MM`` -> [articles, findings]; undated articles are left out."""
    by_section: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_source: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    family_articles: Counter[str] = field(default_factory=Counter)
    """Articles with at least one finding of the family."""
    worst: list[ArticleTotals] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    error_count: int = 0

    def add(self, result: dict[str, Any]) -> None:
        rows_by_article: dict[tuple[str, Any], list[dict[str, Any]]] = defaultdict(list)
        hits: dict[str, set[tuple[str, Any]]] = defaultdict(set)
        for row in result["rows"]:
            article = (row["path"], row["article_id"])
            rows_by_article[article].append(row)
            hits[row["code"]].add(article)
            self._count_rule(row)
        families: dict[str, set[tuple[str, Any]]] = defaultdict(set)
        for code, articles in hits.items():
            self.rules[code].articles += len(articles)
            families[family_of(code)] |= articles
        for family, articles in families.items():
            self.family_articles[family] += len(articles)
        for source, path, article_id, date, section, count in result["articles"]:
            self.articles += 1
            self.findings += count
            self.articles_with_findings += count > 0
            for table, key in ((self.by_month, date[:7] if date else None), (self.by_section, section or "(none)")):
                if key is not None:
                    table[key][0] += 1
                    table[key][1] += count
            self.by_source[source][0] += 1
            self.by_source[source][1] += count
            if count:
                rows = rows_by_article[(path, article_id)]
                self._offer_worst(ArticleTotals(source, path, article_id, date, section, rows))
        self.error_count += len(result["errors"])
        self.errors.extend(result["errors"][: MAX_ERRORS - len(self.errors)])

    def _count_rule(self, row: dict[str, Any]) -> None:
        totals = self.rules.get(row["code"])
        if totals is None:
            totals = self.rules[row["code"]] = RuleTotals(row["code"], row["name"], row["severity"])
        totals.findings += 1
        totals.severities[row["severity"]] += 1
        totals.offer(row, self.sample)
        severity = Severity(row["severity"])
        if self.worst_severity is None or severity.rank > self.worst_severity.rank:
            self.worst_severity = severity

    def _offer_worst(self, article: ArticleTotals) -> None:
        self.worst.append(article)
        if len(self.worst) >= 2 * self.top:
            self._trim()

    def _trim(self) -> None:
        self.worst.sort(key=lambda a: a.order)
        del self.worst[self.top :]

    def worst_articles(self) -> list[ArticleTotals]:
        self._trim()
        return list(self.worst)

    def families(self) -> list[tuple[str, int, int]]:
        """``(family, findings, articles)`` in code order."""
        findings: Counter[str] = Counter()
        for code, totals in self.rules.items():
            findings[family_of(code)] += totals.findings
        return [(family, findings[family], self.family_articles[family]) for family in sorted(findings)]
