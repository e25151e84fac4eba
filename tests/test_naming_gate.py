"""WL301/WL302 skip cutting an article's names when no two of its words could spell one name
(wirelint.naming.variants.could_vary). The skip must never change a finding: these tests lint
with and without it, on generated articles full of variant spellings and on corpus articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirelint.checks.naming as naming_checks
from wirelint.api import lint_text
from wirelint.config import Settings

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SELECT = Settings(select=("WL301", "WL302"))

NAMES = [
    "Hassan Nasrallah", "Nasrallah", "Nasrollah", "NASROLLAH", "Nasrallah's", "Nouri al-Maliki", "al-Maliki",
    "Maliki", "el-Maliki", "Al Maliki", "Abu Mazen", "Abu-Mazen", "US", "U.S.", "Osama bin Laden", "Osama Laden",
    "Zelensky", "Zelenskiy", "Zelenskyy's", "Kiev", "Kyiv", "Qaddafi", "Gaddafi", "Erdogan", "Erdoğan", "Sanaa",
    "San'a", "Moon Jae-in", "Moon Jae in", "Niger", "Nigeria", "Fidel Castro", "Raúl Castro", "Hayat Tahrir al-Sham",
    "They", "The", "Sunday", "Bank", "Banks", "Smith", "Smyth",
]  # fmt: skip
SENTENCES = [
    "{} said on Monday that talks would go on.",
    "Officials met {} in the capital, the ministry said.",
    "{} arrived late.",
    "A spokesman for {} declined to comment.",
    "THE VISIT OF {} WAS CANCELLED.",
    'Residents said "{} is here" before the strike.',
    "President {} and {} spoke by phone.",
]


def _lint(text: str) -> list[tuple[object, ...]]:
    return [(f.code, f.start, f.end, f.message, f.fix) for f in lint_text(text, "story.txt", settings=SELECT)]


def _same_with_and_without_skip(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    skipped = _lint(text)
    with monkeypatch.context() as patched:
        patched.setattr(naming_checks, "could_vary", lambda *args: True)
        full = _lint(text)
    assert skipped == full


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        sentences = []
        for template in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)):
            names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2))
            sentences.append(template.format(*names))
        paragraphs.append(" ".join(sentences))
    return "Talks in the region\n\n" + "\n\n".join(paragraphs) + "\n"


@settings(max_examples=150, deadline=None)
@given(articles())
def test_skipping_articles_that_cannot_vary_never_changes_a_finding(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_with_and_without_skip(text, monkeypatch)


def test_a_variant_pair_is_never_skipped() -> None:
    assert _lint("Talks\n\nNasrallah spoke on Monday, aides said.\n\nLater, officials met Nasrollah.\n")


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_skipping_never_changes_a_finding_on_corpus_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"):
        with open(CORPORA / name, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % 60 == 0:
                    item = json.loads(line)
                    _same_with_and_without_skip(f"{item['headline']}\n\n{item['body']}\n", monkeypatch)
