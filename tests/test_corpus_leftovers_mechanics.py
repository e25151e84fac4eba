"""WL1xx and WL5xx on real published news: what they report, and that it is right.

Needs ../shared/corpora (skipped when absent). The judgement behind the
bounds, measured when the rules were written (the counts are in
docs/leftovers-and-mechanics.md):

- BBC 2004-05 (2,225 edited web articles): no leftover of any kind. What is
  reported is real: HTML entities left undecoded in the text (WL108),
  repeated words (WL504), run-together sentences (WL501), spaces before
  punctuation and double spaces (WL505).
- Reuters 1987 (8,236 unedited wire stories): every story ends with the
  wire's end-of-text control character (WL503) and most with the "Reuter"
  sign-off line (WL105, which also finds a few "MORE" continuation lines);
  both are wire furniture an editor removes. About
  1.7% of datelines are malformed (WL506: "NEW YORK , March 5 -",
  "MONTREAL, Feb 26-", "MARCH" in capitals). Typists' double spaces after a
  full stop are reported (WL505); the columns of tables are not.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.finding import Finding
from wirelint.text.datelines import parse_dateline

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BBC = CORPORA / "bbc-news-2004-2005.jsonl"
REUTERS = CORPORA / "reuters-21578-1987.jsonl"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (BBC.is_file() and REUTERS.is_file()), reason="needs ../shared/corpora"),
]

LEFTOVERS_NEVER_IN_PUBLISHED_COPY = ("WL101", "WL102", "WL103", "WL104", "WL106", "WL107", "WL109")


class Linted:
    """One corpus file linted for WL1 and WL5, with its articles."""

    def __init__(self, path: Path) -> None:
        self.source = path.read_text(encoding="utf-8")
        self.articles = [json.loads(line) for line in self.source.splitlines() if line.strip()]
        result = default_engine().lint_source(str(path), self.source, Settings(select=("WL1", "WL5")))
        assert result.errors == []
        self.findings = result.findings
        self.counts = Counter(finding.code for finding in self.findings)

    def of(self, code: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.code == code]

    def text(self, finding: Finding) -> str:
        return self.source[finding.start : finding.end]


@pytest.fixture(scope="module")
def bbc() -> Linted:
    return Linted(BBC)


@pytest.fixture(scope="module")
def reuters() -> Linted:
    return Linted(REUTERS)


def test_edited_copy_has_no_leftovers(bbc: Linted):
    for code in (*LEFTOVERS_NEVER_IN_PUBLISHED_COPY, "WL105", "WL502", "WL503", "WL506"):
        assert bbc.counts[code] == 0, (code, [bbc.text(f) for f in bbc.of(code)][:5])


def test_edited_copy_markup_findings_are_undecoded_entities(bbc: Linted):
    texts = [bbc.text(finding) for finding in bbc.of("WL108")]
    assert texts and all(regex.fullmatch(r"&(?:#\d+|[a-z]+);", text) for text in texts)
    assert bbc.counts["WL108"] <= 40


def test_edited_copy_mechanics_are_rare_and_not_the_known_false_positives(bbc: Linted):
    assert bbc.counts["WL501"] <= 12 and bbc.counts["WL504"] <= 20 and bbc.counts["WL505"] <= 60
    assert not [f for f in bbc.of("WL501") if "One.Tel" in f.message], "a name with a full stop"
    assert not [f for f in bbc.of("WL501") if "Zafi.D" in f.message], "a virus name, not a one-letter word"
    repeated = {f.message for f in bbc.of("WL504")}
    assert not {'Repeated word: "for for"', 'Repeated word: "this this"', 'Repeated word: "really really"'} & repeated
    assert not [f for f in bbc.of("WL505") if ". . ." in bbc.source[f.start - 3 : f.end + 3]], "spaced ellipsis"


def test_wire_copy_control_characters_are_exactly_the_wire_noise(reuters: Linted):
    runs = regex.compile("[\x03\x7f]+")  # characters side by side are one finding
    noise = sum(
        len(runs.findall(article.get(key) or ""))
        for article in reuters.articles
        for key in ("headline", "body", "dateline")
    )
    assert noise >= len(reuters.articles)
    messages = {finding.message for finding in reuters.of("WL503")}
    assert messages <= {
        "Invisible character in the text: control character U+0003",
        "Invisible character in the text: control character U+007F",
    }
    assert reuters.counts["WL503"] == noise


def test_wire_copy_sign_off_and_continuation_lines_are_found(reuters: Linted):
    marker = regex.compile(r"^[ \t]*(?:Reuter|REUTER|MORE)[ \t]*$", regex.MULTILINE)
    markers = sum(len(marker.findall(article["body"])) for article in reuters.articles)
    assert markers > len(reuters.articles) / 2
    assert {reuters.text(finding).strip() for finding in reuters.of("WL105")} <= {"Reuter", "REUTER", "MORE"}
    assert reuters.counts["WL105"] == markers


def test_wire_datelines_are_recognised_and_few_are_malformed(reuters: Linted):
    datelines = [article["dateline"].strip() for article in reuters.articles if article.get("dateline")]
    recognised = sum(parse_dateline(dateline, whole=True) is not None for dateline in datelines)
    assert recognised >= 0.99 * len(datelines)
    assert 0 < reuters.counts["WL506"] <= 0.02 * len(datelines)
    assert all(f.fix is not None and f.fix.safe for f in reuters.of("WL506"))


def test_wire_copy_has_no_other_leftovers_and_tables_are_not_spacing_errors(reuters: Linted):
    for code in (*LEFTOVERS_NEVER_IN_PUBLISHED_COPY, "WL108", "WL502"):
        assert reuters.counts[code] == 0, (code, [reuters.text(f) for f in reuters.of(code)][:5])
    table_row = regex.compile(r"\S {2,}\S.*\S {2,}\S")
    for finding in reuters.of("WL505"):
        line_start = reuters.source.rfind("\\n", 0, finding.start) + 2
        line_end = reuters.source.find("\\n", finding.end)
        assert not table_row.search(reuters.source[line_start:line_end]), reuters.source[line_start:line_end]
    # The 1987 wire ran quoted fragments together with an unspaced ellipsis ("exaggerated...Foreign
    # observers"): WL501 reports them, as it reports "difficult...Turkcell's".
    assert reuters.counts["WL501"] <= 40 and reuters.counts["WL504"] <= 100 and reuters.counts["WL505"] <= 600
