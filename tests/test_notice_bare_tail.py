"""A restriction notice pasted before a word in capitals of the text's own (issue 14's last data loss).

Wire results tables set their row labels in capitals, one to an indented line: "NO RESALES. NO ARCHIVES
QUARTER" is a notice and a table's label on one line. The notice must end at its last term, and its fix must
not delete the line with the label. Real notices keep their places, credits and agencies whole and safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import only
from test_leftover_eleventh_pass import _fixed

TABLE = (
    "Harbour Foods results\n\n"
    "Harbour Foods Ltd said on Tuesday its quarterly profit rose.\n"
    "    Shr 14 cts vs 11 cts\n"
    "    Net 512,000 vs 430,000\n"
    "    {notice} {label}\n"
    "    Shr 52 cts vs 47 cts\n"
    "    Net 1,904,000 vs 1,710,000\n"
)


@pytest.mark.parametrize(
    ("notice", "label"),
    [
        ("NO RESALES. NO ARCHIVES", "QUARTER"),
        ("EDITORIAL USE ONLY. NO SYNDICATION", "YEAR"),
        ("MANDATORY CREDIT - NO BOOKS", "NINE-MONTHS"),
        ("MANDATORY CREDIT: NO SALES", "QUARTER"),
        ("NO SALES. NO ARCHIVES.", "TOTAL"),
    ],
)
def test_a_notice_ends_before_a_table_label_in_capitals_and_its_fix_keeps_the_label(
    tmp_path: Path, notice: str, label: str
) -> None:
    text = TABLE.format(notice=notice, label=label)
    found = [text[f.start : f.end] for f in only("WL101", text)]
    assert found == [notice]
    fixed = _fixed(tmp_path, text)
    assert f" {label}\n" in fixed


@pytest.mark.parametrize(
    "notice",
    [
        "NO SALES OUTSIDE THE EU",
        "JAPAN OUT",
        "NO USE IN FRANCE",
        "MANDATORY CREDIT",
        "EDITORIAL USE ONLY",
        "EDITORIAL USE ONLY. NO SALES HANDOUT",
        "NO SALES. NO ARCHIVES REUTERS",
        "NO ARCHIVES. NO SALES XINHUA",
        "NO RESALES. NOT FOR USE BY CANADA MEDIA",
    ],
)
def test_a_notice_whose_last_word_is_a_place_a_credit_or_an_agency_stays_whole_and_safe(notice: str) -> None:
    """A guard on the fix above: the words a notice may end on are not cut off it (a place in a restriction, a
    restriction's word, a credit's word, a listed agency)."""
    text = f"Flood waters receded on Wednesday.\n\n{notice}\n\nMore rain is forecast.\n"
    findings = only("WL101", text)
    assert [text[f.start : f.end] for f in findings] == [notice]
    assert findings[0].fix is not None and findings[0].fix.safe and findings[0].fix.description == "delete the line"
