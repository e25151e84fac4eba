"""The number rules on real published copy (optional: needs ../shared/corpora).

Properties that must hold on any article, checked on the first articles of
each corpus: the rules run without error, and the engine's hard negatives
hold at scale (a year after "in" is a year, a sum after a currency sign is
money, a figure before "per cent" is a percentage).
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
import regex

from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.numbers import Kind, extract

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SAMPLE = 150

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not there"),
]


def articles(name: str) -> list[dict[str, str]]:
    with (CORPORA / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in islice(lines, SAMPLE)]


@pytest.mark.parametrize("name", ["bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"])
def test_number_and_attribution_rules_run_cleanly(name: str) -> None:
    engine = default_engine()
    settings = Settings(select=("WL2", "WL4"))
    rules = engine.rules_for(settings)
    for record in articles(name):
        text = f"{record['headline']}\n\n{record['body']}\n"
        result = engine.lint_source(f"{record['id']}.txt", text, settings, rules=rules)
        assert result.errors == [], record["id"]
        assert {f.code[:3] for f in result.findings} <= {"WL2", "WL4"}


HARD_NEGATIVES = [
    (regex.compile(r"\bin ((?:19|20)\d\d)\b(?![,.]\d)"), Kind.YEAR),
    (regex.compile(r"(?<![\w$])([$£€]\d[\d,.]*(?:bn|m)?)\b"), Kind.MONEY),
    (regex.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(?:%| per cent)"), Kind.PERCENT),
]


@pytest.mark.parametrize("name", ["bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"])
def test_years_money_and_percentages_are_read_as_such_at_scale(name: str) -> None:
    checked = 0
    for record in articles(name):
        body = record["body"]
        by_start = {q.start: q for q in extract(body)}
        for pattern, kind in HARD_NEGATIVES:
            for match in pattern.finditer(body):
                quantity = by_start.get(match.start(1))
                if quantity is None:
                    continue  # part of a longer figure (a range, "between 2001 and 2003")
                assert quantity.kind is kind, (record["id"], match.group(), quantity)
                checked += 1
    assert checked > 0
