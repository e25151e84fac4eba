"""WL3xx on real published copy (optional: needs ../shared/corpora).

Both corpora are published copy, so naming findings there should be rare (at
most one per 100 articles, most of them real spelling slips of a name);
on both corpora no finding may sit in quoted speech, and applying the safe
fixes must leave nothing for WL301/WL302 to report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from wirelint.api import default_engine
from wirelint.checks.naming import RULES
from wirelint.config import Settings
from wirelint.document import Document
from wirelint.finding import Finding
from wirelint.fixer import apply_edits

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora"),
]
REUTERS_SAMPLE = 2000
SETTINGS = Settings(select=("WL3",))


def stories(name: str, limit: int | None = None) -> Iterator[str]:
    with open(CORPORA / name, encoding="utf-8") as lines:
        for line in islice(lines, limit):
            item = json.loads(line)
            body = item["body"].replace("\x03", "")
            if name.startswith("reuters"):
                body = body.replace("\n    ", "\n\n    ")  # indented paragraphs as blank-line paragraphs
            yield item["headline"] + "\n\n" + body


def naming_findings(text: str) -> tuple[Document, list[Finding]]:
    document = default_engine().parse("story.txt", text)
    rules = [rule() for rule in RULES]
    return document, [f for a in document.articles for rule in rules for f in rule.check(a, SETTINGS)]


@pytest.fixture(scope="module")
def linted() -> dict[str, list[tuple[str, Document, list[Finding]]]]:
    corpora = {
        "bbc": stories("bbc-news-2004-2005.jsonl"),
        "reuters": stories("reuters-21578-1987.jsonl", REUTERS_SAMPLE),
    }
    return {name: [(text, *naming_findings(text)) for text in texts] for name, texts in corpora.items()}


@pytest.mark.parametrize("corpus", ["bbc", "reuters"])
def test_naming_findings_are_rare_on_untouched_copy(linted, corpus: str):
    articles = linted[corpus]
    count = sum(len(findings) for _, _, findings in articles)
    assert count <= len(articles) / 100, f"{count} WL3 findings in {len(articles)} {corpus} articles"


def test_no_finding_in_quoted_speech(linted):
    for _, document, findings in (item for items in linted.values() for item in items):
        quoted = [
            block.source_span(s, e) for block in document.blocks for s, e in block.quotes
        ]
        for finding in findings:
            assert not any(s <= finding.start and finding.end <= e for s, e in quoted), finding.message


def test_safe_fixes_leave_no_mixture(linted):
    checked = 0
    for text, _, findings in (item for items in linted.values() for item in items):
        if not any(f.fix and f.fix.safe and f.code in ("WL301", "WL302") for f in findings):
            continue
        after = apply_edits(text, [f for f in findings if f.code in ("WL301", "WL302")])[0]
        remaining = [f.code for f in naming_findings(after)[1] if f.code in ("WL301", "WL302")]
        assert remaining == [], (remaining, text[:80])
        checked += 1
    assert checked, "the corpora should give at least one fixable finding"
