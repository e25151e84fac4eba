"""Credits and notices whose neighbours or last word say the text is the story's (issue 14, review 15).

- A notice's span ends at its last term when a table's label mixing letters and figures or slashes follows it
  ("... NO ARCHIVES Q3", "... NO ARCHIVES H1/H2"): the fix must keep the label.
- A country after a restriction's term is the restriction's ("NO SALES UK"): the notice stays whole and safe.
- A line that a colon at the end of the line or paragraph before it announces is never a sure deletion.
- A "Paper/Pollster" or "NAME/ORG" line directly above a line of figures labels a poll or results: never sure.

The sentences are my own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import only
from test_leftover_eleventh_pass import _fixed


@pytest.mark.parametrize(
    ("notice", "label"),
    [
        ("EDITORIAL USE ONLY. NO ARCHIVES", "Q3"),
        ("NO RESALES. NO ARCHIVES", "H1/H2"),
        ("MANDATORY CREDIT. NO SYNDICATION", "9M"),
    ],
)
def test_a_notice_ends_before_a_label_of_letters_and_figures_and_its_fix_keeps_it(
    tmp_path: Path, notice: str, label: str
) -> None:
    text = (
        "Granite Mills results\n\nGranite Mills said on Monday its half-year profit fell.\n"
        f"  {notice} {label}\n  Shr 0.42 dlrs vs 0.51 dlrs\n  Net 3.1 mln vs 3.8 mln\n"
    )
    assert [text[f.start : f.end] for f in only("WL101", text)] == [notice]
    assert f" {label}\n" in _fixed(tmp_path, text)


@pytest.mark.parametrize(
    "notice", ["EDITORIAL USE ONLY. NO SALES UK", "MANDATORY CREDIT. NO SALES CHINA", "NO ARCHIVES. NO SALES CANADA"]
)
def test_a_country_after_a_restriction_is_the_notices_and_its_fix_stays_safe(notice: str) -> None:
    text = f"The ferry docked late on Friday.\n\n{notice}\n\nPassengers were given vouchers.\n"
    findings = only("WL101", text)
    assert [text[f.start : f.end] for f in findings] == [notice]
    assert findings[0].fix is not None and findings[0].fix.safe


@pytest.mark.parametrize("outlet", ["Harbour Gazette", "Reuters"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_a_colon_announces_is_never_deleted_for_sure(tmp_path: Path, outlet: str, gap: str) -> None:
    text = (
        "Press awards\n\nThe judges met in the old town hall. The sports writer of the year was:"
        f"{gap}Maria Lindqvist/{outlet}\n\nShe thanked her editors.\n"
    )
    assert all(not f.fix or not f.fix.safe for f in only("WL101", text))
    assert f"Maria Lindqvist/{outlet}" in _fixed(tmp_path, text)


@pytest.mark.parametrize("label", ["Morning Courier/Opinium", "Weekly Ledger/YouGov", "Anna Berg/Ipsos"])
def test_a_poll_label_above_a_line_of_figures_is_never_deleted_for_sure(tmp_path: Path, label: str) -> None:
    text = (
        "Latest polls\n\nVoters were asked which party they would back.\n\n"
        f"{label}\nGreens 21, Liberals 19, Others 7\n"
    )
    assert all(not f.fix or not f.fix.safe for f in only("WL101", text))
    assert label in _fixed(tmp_path, text)


def test_a_credit_line_above_running_text_is_still_deleted(tmp_path: Path) -> None:
    """A guard: a credit on its own line before a paragraph of the story keeps its safe fix."""
    text = (
        "Storm\n\nThe storm felled trees across the valley.\n\nMaria Lindqvist/Reuters\n\n"
        "Crews worked through the night to clear 14 roads and 3 bridges.\n"
    )
    findings = only("WL101", text)
    assert findings and findings[0].fix is not None and findings[0].fix.safe


@pytest.mark.parametrize(
    "lines",
    [
        "QUARTERFINALS Piet Vos/Lars Eklund beat Ivan Horak/Tomas Ruzicka 6-3 7-6",
        "Piet Vos/Lars Eklund beat Ivan Horak/Tomas Ruzicka 6-3 7-6",
        "Women's 400m: 1. Ada Okafor/Lagos Striders 50.12, 2. Mia Holt/BHC 50.40, 3. Joy Mensah/KRT 50.71",
        "Writer of the season: Ada Okafor/Lagos Herald\nEditor of the season: Ruth Gale/Bay Courier",
        "Source: Harbour Statistics Office/Eurostat",
        "Ines Duarte/LSHTM wrote the report.",
    ],
)
def test_pairs_in_results_and_labelled_lists_and_a_figures_source_are_no_credits(lines: str) -> None:
    """Doubles pairs after a round's name or before a score, ranked results, labelled pairs on consecutive lines
    and a source line list people or give a figure's source: no credit."""
    text = f"Weekend round-up\n\nThe season ended on Sunday.\n{lines}\n\nThe next season opens in May.\n"
    assert only("WL101", text) == []

