"""The audit report and the rule-trial page: one self-contained HTML file each.

No script, no web font, no external file: styles are inline, charts are inline
SVG, and a Content-Security-Policy forbids any fetch, so the page opens the
same offline, attached to an email or from a shared drive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from wirelint.audit.summary import SEVERITIES, AuditSummary, RuleTotals, family_label
from wirelint.audit.svg import bar_chart, column_chart
from wirelint.audit.textreport import percent, rate_line, visible
from wirelint.rule import Rule
from wirelint.version import __version__

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
MAX_BARS = 20
MAX_MONTHS = 120
"""Longer archives are charted by year."""
MAX_ROWS_PER_ARTICLE = 100
CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 20px 40px; color: #1d232b; }
h1 { margin: 24px 0 4px; } h2 { margin-top: 36px; border-bottom: 1px solid #d5d9de; padding-bottom: 4px; }
.meta { color: #58626e; margin: 0; }
.kpis { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; padding: 0; }
.kpis div { background: #f3f5f7; border-radius: 6px; padding: 10px 16px; min-width: 150px; }
.kpis dt { color: #58626e; font-size: 13px; } .kpis dd { margin: 0; font-size: 26px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.chart .bar { fill: #3b6fb6; } .chart .axis { stroke: #d5d9de; } .chart text { font-size: 12px; fill: #38414b; }
.ctx { font-family: ui-monospace, monospace; font-size: 13px; white-space: pre-wrap; }
#worst-table td:nth-child(5) { white-space: nowrap; }
mark { background: #ffe08a; } .error { color: #a4271b; } .empty { color: #58626e; font-style: italic; }
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        f'<footer class="meta">Made by wirelint {escape(__version__)}.</footer>\n</body>\n</html>\n'
    )


def _kpis(items: Iterable[tuple[str, str, str]]) -> str:
    cells = "".join(
        f'<div><dt>{escape(label)}</dt><dd id="{key}">{escape(value)}</dd></div>' for key, label, value in items
    )
    return f'<dl class="kpis">{cells}</dl>'


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = (), table_id: str = ""
) -> str:
    """A table; cells are HTML already, ``numeric`` columns are right-aligned."""

    def cell(tag: str, index: int, content: str) -> str:
        return f'<{tag} class="n">{content}</{tag}>' if index in numeric else f"<{tag}>{content}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    ident = f' id="{table_id}"' if table_id else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _context(row: dict[str, Any]) -> str:
    return (
        f'<span class="ctx">…{escape(row["before"])}<mark>{escape(visible(row["match"]))}</mark>'
        f"{escape(row['after'])}…</span>"
    )


def _header(title: str, sources: Sequence[str], summary: AuditSummary, elapsed: float) -> str:
    listed = ", ".join(escape(source) for source in sources)
    return f'<h1>{escape(title)}</h1>\n<p class="meta">{listed}. {escape(rate_line(summary, elapsed))}.</p>'


def _errors(summary: AuditSummary) -> str:
    if not summary.error_count:
        return ""
    shown = "".join(f'<li class="error">{escape(error)}</li>' for error in summary.errors)
    more = (
        f"<p>{summary.error_count - len(summary.errors):,} more not shown.</p>"
        if summary.error_count > len(summary.errors)
        else ""
    )
    return f'<h2 id="errors">Errors</h2>\n<ul>{shown}</ul>{more}'


def _periods(summary: AuditSummary) -> list[tuple[str, int, int]]:
    """``(period, articles, findings)`` from the first dated month to the last, gaps included."""
    months = sorted(summary.by_month)
    if not months:
        return []
    first, last = (int(months[0][:4]), int(months[0][5:7])), (int(months[-1][:4]), int(months[-1][5:7]))
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    periods: dict[str, list[int]] = {}
    for index in range(span):
        year, month = first[0] + (first[1] - 1 + index) // 12, (first[1] - 1 + index) % 12 + 1
        periods.setdefault(str(year) if span > MAX_MONTHS else f"{year}-{month:02d}", [0, 0])
    for month, (articles, findings) in summary.by_month.items():
        totals = periods[month[:4] if span > MAX_MONTHS else month]
        totals[0] += articles
        totals[1] += findings
    return [(period, articles, findings) for period, (articles, findings) in periods.items()]


def _per_hundred(findings: int, articles: int) -> float:
    return 100 * findings / articles if articles else 0.0


def _time_section(summary: AuditSummary) -> str:
    periods = _periods(summary)
    if not periods:
        return '<h2 id="time">Over time</h2>\n<p class="empty">No article in the archive has a date.</p>'
    tips = [f"{p}: {f:,} findings in {a:,} articles" for p, a, f in periods]
    rate = column_chart(
        [(p, _per_hundred(f, a), tip) for (p, a, f), tip in zip(periods, tips, strict=True)],
        "Findings per 100 articles over time",
    )
    volume = column_chart([(p, a, tip) for (p, a, _), tip in zip(periods, tips, strict=True)], "Articles over time")
    return (
        f'<h2 id="time">Over time</h2>\n<h3>Findings per 100 articles</h3>\n{rate}\n<h3>Articles audited</h3>\n{volume}'
    )


def _breakdown(title: str, anchor: str, table: dict[str, list[int]]) -> str:
    ranked = sorted(table.items(), key=lambda item: (-_per_hundred(item[1][1], item[1][0]), item[0]))
    shown = ranked[:MAX_BARS]
    if len(ranked) > MAX_BARS:
        rest = ranked[MAX_BARS:]
        shown.append((f"{len(rest)} others", [sum(v[0] for _, v in rest), sum(v[1] for _, v in rest)]))
    bars = [(name, _per_hundred(f, a), f"{name}: {f:,} findings in {a:,} articles") for name, (a, f) in shown]
    return f'<h2 id="{anchor}">{escape(title)}</h2>\n<p class="meta">Findings per 100 articles.</p>\n' + bar_chart(
        bars, f"{title}: findings per 100 articles"
    )


def _worst(summary: AuditSummary) -> str:
    articles = summary.worst_articles()
    if not articles:
        return '<h2 id="worst">Worst articles</h2>\n<p class="empty">No article has a finding.</p>'
    rows = []
    details = []
    for rank, article in enumerate(articles, 1):
        codes = sorted({row["code"] for row in article.rows})
        rows.append(
            [
                str(rank),
                f'<a href="#article-{rank}">{escape(article.label)}</a>',
                escape(article.path),
                escape(article.section or ""),
                escape(article.date or ""),
                *(f"{n:,}" for n in article.severities),
                escape(", ".join(codes)),
            ]
        )
        shown = article.rows[:MAX_ROWS_PER_ARTICLE]
        table = _table(
            ["code", "field", "line:col", "message", "in context"],
            (
                [
                    f'<span title="{escape(row["name"])}">{escape(row["code"])}</span>',
                    escape(row["field"] or ""),
                    f"{row['line']}:{row['column']}",
                    escape(row["message"]),
                    _context(row),
                ]
                for row in shown
            ),
        )
        more = f"<p>{len(article.rows) - len(shown):,} more not shown.</p>" if len(article.rows) > len(shown) else ""
        details.append(
            f'<section id="article-{rank}"><h3>{rank}. {escape(article.label)}</h3>'
            f'<p class="meta">{escape(article.path)}</p>{table}{more}</section>'
        )
    worst_table = _table(
        ["#", "article", "file", "section", "date", "errors", "warnings", "info", "rules"],
        rows,
        numeric=(0, 5, 6, 7),
        table_id="worst-table",
    )
    return (
        f'<h2 id="worst">Worst articles</h2>\n<p class="meta">Most errors first, then warnings, then info.</p>\n'
        f"{worst_table}\n"
        f'<h2 id="findings">Findings of the worst articles</h2>\n' + "\n".join(details)
    )


def render_report(summary: AuditSummary, sources: Sequence[str], elapsed: float) -> str:
    """The audit report: totals per rule family, charts over time and by section and source, worst articles."""
    kpis = _kpis(
        [
            ("total-articles", "Articles", f"{summary.articles:,}"),
            ("total-findings", "Findings", f"{summary.findings:,}"),
            (
                "total-articles-with-findings",
                "Articles with findings",
                f"{summary.articles_with_findings:,} ({percent(summary.articles_with_findings, summary.articles)})",
            ),
            ("total-errors", "Errors", f"{summary.error_count:,}"),
        ]
    )
    families = summary.families()
    family_table = _table(
        ["family", "findings", "articles", "share of articles"],
        ([escape(family_label(f)), f"{n:,}", f"{a:,}", percent(a, summary.articles)] for f, n, a in families),
        numeric=(1, 2, 3),
        table_id="families",
    )
    family_chart = bar_chart(
        [(family_label(f), n, f"{family_label(f)}: {n:,} findings in {a:,} articles") for f, n, a in families],
        "Findings per rule family",
    )
    rule_table = _table(
        ["rule", "name", "errors", "warnings", "info", "articles"],
        (
            [escape(code), escape(rule.name), *(f"{rule.severities[s]:,}" for s in SEVERITIES), f"{rule.articles:,}"]
            for code, rule in sorted(summary.rules.items())
        ),
        numeric=(2, 3, 4, 5),
        table_id="rules",
    )
    totals = (
        f'<h2 id="totals">Totals</h2>\n{kpis}\n<h3>Per rule family</h3>\n{family_table}\n{family_chart}\n'
        f"<h3>Per rule</h3>\n{rule_table}"
        if families
        else f'<h2 id="totals">Totals</h2>\n{kpis}\n<p class="empty">No findings.</p>'
    )
    body = "\n".join(
        [
            _header("wirelint audit", sources, summary, elapsed),
            totals,
            _time_section(summary),
            _breakdown("By section", "sections", summary.by_section),
            _breakdown("By source", "sources", summary.by_source),
            _worst(summary),
            _errors(summary),
        ]
    )
    return _page("wirelint audit", body)


def render_trial(
    summary: AuditSummary, rules: Sequence[Rule], pack: str, sources: Sequence[str], elapsed: float
) -> str:
    """The rule-trial page: per draft rule, the articles it hits and a sample of its matches in context."""
    totals = [summary.rules.get(r.code) or RuleTotals(r.code, r.name, r.severity.value) for r in rules]
    table = _table(
        ["rule", "name", "articles hit", "share", "matches"],
        (
            [
                f'<a href="#rule-{escape(t.code)}">{escape(t.code)}</a>',
                escape(t.name),
                f"{t.articles:,}",
                percent(t.articles, summary.articles),
                f"{t.findings:,}",
            ]
            for t in totals
        ),
        numeric=(2, 3, 4),
        table_id="trial-rules",
    )
    chart = bar_chart(
        [
            (f"{t.code} {t.name}", t.articles, f"{t.code}: {t.articles:,} of {summary.articles:,} articles")
            for t in totals
        ],
        "Articles hit per draft rule",
    )
    samples = []
    for t in totals:
        sample = t.sampled()
        listing = (
            _table(
                ["article", "where", "in context"],
                (
                    [
                        escape(str(row["article_id"] or "")),
                        escape(f"{row['path']}:{row['line']}:{row['column']}"),
                        _context(row),
                    ]
                    for row in sample
                ),
            )
            if sample
            else '<p class="empty">No matches.</p>'
        )
        samples.append(
            f'<section id="rule-{escape(t.code)}"><h3>{escape(t.code)} {escape(t.name)}</h3>'
            f'<p class="meta">{t.articles:,} articles hit ({percent(t.articles, summary.articles)}), '
            f"{t.findings:,} matches; a sample of {len(sample)}.</p>{listing}</section>"
        )
    body = "\n".join(
        [
            _header(f"Rule trial: {pack}", sources, summary, elapsed),
            _kpis(
                [
                    ("total-articles", "Articles", f"{summary.articles:,}"),
                    ("total-findings", "Matches", f"{summary.findings:,}"),
                ]
            ),
            f'<h2 id="rules">Draft rules</h2>\n{table}\n{chart}',
            '<h2 id="samples">Sample matches</h2>\n' + "\n".join(samples),
            _errors(summary),
        ]
    )
    return _page(f"Rule trial: {pack}", body)
