"""Issue 18's "work only where it is needed", checked by counting work, never by timing it.

The analyses several rules share (sentences, quotes, figures, entity mentions, the article's
vocabulary) are worked out once per paragraph or article, and only when a selected rule asks; the
number engine and WL201 pass over a paragraph whose only figures are years and dates without
reading number words, meanings or sentences; a one-word edit makes the pack rules scan only the
paragraph it changed; a project pack with a broken pattern stops the run at once, naming the file
and the rule, whatever the selection.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

import wirelint.checks.attribution as attribution
from tests.conftest import SEED_EDIT, SEED_WIRE, lint, run_process
from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.document import Article
from wirelint.naming.matching import EntityIndex
from wirelint.packs import PackRule
from wirelint.prefilter import PACK_RULES, Prefilter
from wirelint.text import quotes, sentences, vocabulary

extract = importlib.import_module("wirelint.numbers.extract")  # the package exports a function of that name

PER_PARAGRAPH: dict[str, Callable[..., object]] = {
    "sentences": sentences.sentence_spans,
    "quotes": quotes.quote_spans,
    "figures": extract.extract,
    "vocabulary units": vocabulary.paragraph_units,
}
"""The shared per-paragraph analyses, each remembered by paragraph text."""
EVERY_ANALYSIS = {*PER_PARAGRAPH, "vocabulary", "entity mentions"}


def _stories() -> list[str]:
    return [SEED_EDIT.read_text(encoding="utf-8"), SEED_WIRE.read_text(encoding="utf-8")]


def _count_work(monkeypatch: pytest.MonkeyPatch, select: tuple[str, ...]) -> Counter[tuple[str, str]]:
    """Lint both seeds under ``select`` from empty caches: how often each analysis was worked out on each
    text (a paragraph's, or an article's headline for the per-article ones)."""
    for function in PER_PARAGRAPH.values():
        function.cache_clear()  # type: ignore[attr-defined]
    codes = {function.__wrapped__.__code__: name for name, function in PER_PARAGRAPH.items()}  # type: ignore[attr-defined]
    worked: Counter[tuple[str, str]] = Counter()

    def profile(frame: FrameType, event: str, _: object) -> None:
        if event == "call" and frame.f_code in codes:
            worked[codes[frame.f_code], frame.f_locals["text"]] += 1

    build, mentions = vocabulary._build, EntityIndex.mentions

    def counted_build(article: Article) -> object:
        worked["vocabulary", article.blocks[0].text] += 1
        return build(article)

    def counted_mentions(index: EntityIndex, article: Article) -> object:
        worked["entity mentions", article.blocks[0].text] += 1
        return mentions(index, article)

    monkeypatch.setattr(vocabulary, "_build", counted_build)
    monkeypatch.setattr(EntityIndex, "mentions", counted_mentions)
    engine, settings = default_engine(), Settings(select=select)
    sys.setprofile(profile)
    try:
        results = [engine.lint_source(f"story{n}.txt", story, settings) for n, story in enumerate(_stories())]
    finally:
        sys.setprofile(None)
    assert all(not result.errors for result in results)
    return worked


def test_every_shared_analysis_is_worked_out_once_per_paragraph_or_article_for_all_the_rules(monkeypatch) -> None:
    worked = _count_work(monkeypatch, ("ALL",))
    assert {name for name, _ in worked} == EVERY_ANALYSIS
    twice = {(name, text[:40]): count for (name, text), count in worked.items() if count > 1}
    assert not twice, "each analysis once per text, shared by every rule that reads it"
    assert sum(name == "vocabulary" for name, _ in worked) == 2, "one vocabulary per article"
    assert sum(name == "entity mentions" for name, _ in worked) == 2, "one scan for entity mentions per article"


@pytest.mark.parametrize(
    ("select", "used"),
    [
        (("WL102",), set()),
        (("WL5",), set()),
        (("WL201",), {"figures"}),
        (("WL3",), {"entity mentions"}),
        (("WL601",), {"vocabulary units", "vocabulary"}),
    ],
)
def test_an_analysis_is_worked_out_only_when_a_selected_rule_needs_it(
    monkeypatch, select: tuple[str, ...], used: set[str]
) -> None:
    worked = {name for name, _ in _count_work(monkeypatch, select)}
    assert used <= worked
    unused = {
        "WL201": {"vocabulary units", "vocabulary", "entity mentions"},
        "WL3": {"figures", "vocabulary units", "vocabulary"},
        "WL601": {"figures", "quotes", "entity mentions"},
    }.get(select[0], EVERY_ANALYSIS)
    assert not worked & unused


YEARS_AND_DATES = (
    "Bridge plan debated\n\n"
    "The council first met on 3 March 2004 to discuss the bridge, built in 1897 and closed in the 1990s.\n\n"
    "Residents said the road had been quieter before 2001, and the mayor promised a decision by June 2005.\n"
)
A_COUNT = YEARS_AND_DATES.replace("quieter before 2001", "quieter before 40 people were killed on it")


def _fail(what: str) -> Callable[..., object]:
    def called(*_: object, **__: object) -> object:
        raise AssertionError(f"{what} was read")

    return called


def test_a_paragraph_whose_only_figures_are_years_and_dates_takes_the_fast_path(monkeypatch) -> None:
    """No number words, no counted noun or event, and WL201 reads none of its sentences for a source."""
    extract.extract.cache_clear()
    reads: Counter[str] = Counter()
    sourced = attribution.sourced

    def counted(sentence: str) -> bool:
        reads["source"] += 1
        return sourced(sentence)

    monkeypatch.setattr(attribution, "sourced", counted)
    lint(A_COUNT, select=("WL201",))
    assert reads["source"], "the control: a paragraph with a count has its sentences read"
    reads.clear()
    monkeypatch.setattr(extract, "spelled_numbers", _fail("a number word"))
    monkeypatch.setattr(extract, "_with_meaning", _fail("a figure's meaning"))
    assert lint(YEARS_AND_DATES, select=("WL2", "WL4")) == []
    assert reads["source"] == 0
    assert {quantity.kind.name for quantity in extract.extract(YEARS_AND_DATES)} <= {"YEAR", "DATE"}


def test_a_paragraph_without_a_digit_or_number_word_never_reaches_the_number_engines_readers(monkeypatch) -> None:
    extract.extract.cache_clear()
    monkeypatch.setattr(extract, "_claim_special", _fail("the special figures"))
    monkeypatch.setattr(extract, "_numbers", _fail("the digits"))
    prose = "Bridge plan debated\n\nThe council met on Tuesday to discuss the bridge, officials said.\n"
    assert lint(prose, select=("WL2", "WL4")) == []


@pytest.fixture
def pack_rule_scans(monkeypatch) -> Iterator[tuple[Counter[str], Counter[str]]]:
    """Texts the shared prefilter scans, and texts pack rules search with their patterns."""
    scanned: Counter[str] = Counter()
    searched: Counter[str] = Counter()
    scan, rule_scan = Prefilter.scan, PackRule.scan

    def counted_scan(prefilter: Prefilter, text: str) -> frozenset[int]:
        if prefilter is PACK_RULES:
            scanned[text] += 1
        return scan(prefilter, text)

    def counted_rule_scan(rule: PackRule, text: str) -> Iterator[object]:
        searched[text] += 1
        return rule_scan(rule, text)

    monkeypatch.setattr(Prefilter, "scan", counted_scan)
    monkeypatch.setattr(PackRule, "scan", counted_rule_scan)
    yield scanned, searched


def test_after_a_one_word_edit_pack_rules_scan_only_the_paragraph_it_changed(pack_rule_scans) -> None:
    scanned, searched = pack_rule_scans
    story = SEED_WIRE.read_text(encoding="utf-8")
    paragraph = next(p for p in story.split("\n") if "regularly carry out attacks" in p)
    engine, settings = default_engine(), Settings()
    rules = engine.rules_for(settings, "story.txt")
    for text in (story, story.replace("regularly", "often"), story):  # every rule has asked for its strings
        engine.lint_source("story.txt", text, settings, rules=rules)
    scanned.clear()
    searched.clear()
    edited = paragraph.replace("regularly", "sometimes")
    engine.lint_source("story.txt", story.replace(paragraph, edited), settings, rules=rules)
    assert set(scanned) == {edited}, "one scan, of the changed paragraph only"
    assert scanned[edited] == 1
    assert set(searched) <= {edited}


def test_a_broken_pattern_in_a_project_pack_stops_the_run_at_once_naming_the_file_and_rule(tmp_path: Path) -> None:
    """Project packs are compiled when loaded (built-in ones on first use): even a run that selects another
    rule, on a story that could never match the broken rule, fails before checking anything."""
    (tmp_path / "story.txt").write_text("Bridge plan debated\n\nThe council met on Tuesday.\n", encoding="utf-8")
    (tmp_path / ".wirelint.toml").write_text('rule-packs = ["house.toml"]\n', encoding="utf-8")
    rule = '[[rule]]\ncode = "{code}"\nname = "{name}"\nseverity = "warning"\nmessage = "m"\npattern = \'{pattern}\'\n'
    (tmp_path / "house.toml").write_text(
        rule.format(code="HS101", name="fine", pattern="SLUG") + "\n"
        + rule.format(code="HS102", name="broken", pattern="(?:SLUG-unclosed"),
        encoding="utf-8",
    )
    result = run_process("check", "--no-cache", "--select", "WL102", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "house.toml" in result.stderr and "HS102" in result.stderr and "bad pattern" in result.stderr
    assert "HS101" not in result.stderr
