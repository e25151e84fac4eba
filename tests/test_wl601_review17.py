"""WL601: a reviewer's defects of the takeover and results-table code (issue 17, integrity17).

- A results story's own notes under its table ("Results include the plastics division acquired from ...",
  "Figures for the prior year were restated to reflect the merger with ...") may name a unit, a seller or a
  merger partner the headline does not: they are the story's own copy, not another story after the table.

The stories below are my own.
"""

from __future__ import annotations

import textwrap

import pytest
from conftest import only, run_cli

from wirelint.text.storynotes import results_note

RESULTS_HEADLINE = "HARLAN TOOL WORKS <HTW> 4TH QTR NET"
RESULTS = ("Shr 18 cts vs 15 cts", "Net 1,204,330 vs 988,410", "Revs 22.6 mln vs 19.1 mln")


def _results(paragraphs: list[str]) -> str:
    laid = ["\n".join(textwrap.wrap(p, 65)) for p in paragraphs]
    return RESULTS_HEADLINE + "\n\n    " + "\n    ".join(laid) + "\n Reuter\n"


OWN_NOTES = (
    "Results include the Lakeside Castings unit acquired from Dorrance Metals Corp in August, which added about "
    "2.1 mln dlrs to fourth quarter sales.",
    "Figures for the prior year were restated to reflect the merger with Pell Fasteners Co of Toledo, which was "
    "accounted for as a pooling of interests.",
    "Fourth quarter net excludes an extraordinary gain of 310,000 dlrs from the sale of the Brantford Machine "
    "division to Keller Holdings Ltd.",
    "Year-ago figures include the results of Ostrow Gear Co, sold to a group of its managers in March.",
    "Prior year results reflect a tax credit of 95,000 dlrs and discontinued operations of the Quayside Valve "
    "subsidiary.",
)


@pytest.mark.parametrize("note", OWN_NOTES)
def test_a_results_note_naming_a_unit_or_a_merger_partner_is_quiet(note: str) -> None:
    assert only("WL601", _results([*RESULTS, note])) == []


def test_a_results_note_is_quiet_through_the_cli(tmp_path) -> None:
    path = tmp_path / "results.txt"
    path.write_text(_results([*RESULTS, OWN_NOTES[1]]), encoding="utf-8")
    result = run_cli("check", "--select", "WL6", str(path))
    assert result.exit_code == 0
    assert "WL601" not in result.output


OTHER_AFTER_TABLE = (
    "Dock workers at the port of Santos went on strike on Monday, halting coffee and soybean loadings, a spokesman "
    "for the Santos dockers union said.",
    "The union is seeking a 40 pct wage increase and says the stoppage will last until the port authority agrees "
    "to talks.",
)


def test_another_story_after_a_results_table_is_still_reported() -> None:
    text = _results([*RESULTS, *OTHER_AFTER_TABLE])
    found = only("WL601", text)
    assert [f.line for f in found] == [text[: text.index("Dock workers")].count("\n") + 1]


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        (OWN_NOTES[0], True),
        (OWN_NOTES[1], True),
        ("Dock workers at the port of Santos went on strike, including crane drivers.", False),
        ("Caldera Mining Corp said its results would include a charge for the smelter fire.", False),
        ("Shareholders of the two banks will vote on the merger, which includes a share swap.", False),
    ],
)
def test_a_results_note_opens_on_the_figures_and_says_how_they_were_drawn_up(sentence: str, note: bool) -> None:
    assert results_note(sentence) is note
