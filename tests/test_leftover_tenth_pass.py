"""The tenth leftovers pass (issue 14), through the CLI as a user runs it: caption labels that say where the
picture stands or name an organisation the list lacks, credits parted by a bar whose other side reads as a
credit, an organisation starting with "The" before its photo, a notice after an amount with a one-letter unit,
a credit's year after a comma, notices and credits dropped inside a sentence (reported, fixed only with
--unsafe-fixes), machine-translation notes run into the next sentence; and the headings parted by a bar that
were reported before and must stay quiet. No fix deletes a word of the news around a leftover."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_leftover_kinds import AFTER, BEFORE, HEADLINE
from test_leftover_kinds import _codes as _check
from test_leftover_outside_shapes import LAYOUTS, NEXT, _story

CREDITS = [
    "Pictured above: Karim Benali / Jakarta Post",
    "Above: Yara Khalil/Cape Argus",
    "Pictured: Bongani Zulu – Cape Argus",
    "Main picture: Hiroshi Tanaka - Mail & Guardian",
    "Main picture: Hiroshi Tanaka - NTB scanpix",
    "Image courtesy of Mail & Guardian",
    "Top image: Sofia Lindqvist, Mail & Guardian",
    "The Hindu photo/Karim Benali",
    "The Star photo by Karim Benali",
    "Dmitri Volkov | Rappler photo",
    "Tunde Adeyemi | Staff photographer",
    "NTB scanpix | Dmitri Volkov",
    "Mandatory credit Bongani Zulu/TASS",
    "dpa | Giorgos Pappas | File",
    "Ravi Shankar | Globe and Mail / NurPhoto",
    "Times of Malta photo/Pedro Almeida",
]
FOUND_BEFORE = {
    ("Pictured above: Karim Benali / Jakarta Post", "between sentences"),
    ("Above: Yara Khalil/Cape Argus", "between sentences"),
    ("Mandatory credit Bongani Zulu/TASS", "between sentences"),
    ("Mandatory credit Bongani Zulu/TASS", "start of a paragraph"),
}
"""Layouts where main found part of the leftover already (its slash chain run on): each case here failed before."""


@pytest.mark.parametrize(
    ("leftover", "layout"),
    [(leftover, layout) for leftover in CREDITS for layout in LAYOUTS if (leftover, layout) not in FOUND_BEFORE],
)
def test_new_credit_shapes_are_found_and_no_fix_deletes_news(tmp_path: Path, leftover: str, layout: str) -> None:
    text = _story(leftover, layout)
    assert "WL101" in _check(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    fixed = path.read_text(encoding="utf-8")
    assert BEFORE in fixed and AFTER in fixed and HEADLINE in fixed
    assert NEXT in fixed or layout != "between sentences"
    assert leftover.split()[-1] not in fixed


@pytest.mark.parametrize(
    "leftover",
    ["Mandatory credit: Yonhap", "Editorial use only", "Mandatory credit Bongani Zulu/TASS", "Picture: Jane Doe/AFP"],
)
@pytest.mark.parametrize("amount", ["$94m", "£3m", "R40m"])
def test_a_leftover_after_an_amount_is_deleted_by_a_plain_fix(tmp_path: Path, leftover: str, amount: str) -> None:
    """The stop after "$94m" ends the sentence (the splitter takes "m." for an initial): the leftover after it
    stands between sentences, so a plain --fix deletes it and keeps the amount and its stop."""
    sentence = f"The deal was worth {amount}."
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\n\n{BEFORE} {sentence} {leftover}\n\n{AFTER}\n", encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{BEFORE} {sentence}\n\n{AFTER}\n"


def test_a_credits_year_after_a_comma_is_part_of_it(tmp_path: Path) -> None:
    """'Picture: Jane Doe, 2019' is reported with its year; its fix is the editor's (a plain --fix leaves it), and
    --unsafe-fixes leaves no stray year behind."""
    text = _story("Picture: Jane Doe, 2019", "own paragraph")
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == text
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{BEFORE}\n\n{AFTER}\n"


INSIDE = [
    "Main picture: Karim Benali - Straits Times",
    "Pictured above: Ewa Kowalczyk / Ekathimerini",
    "AFP PHOTO: CLARA MENDES",
    "AP photo/Bongani Zulu",
    "Mirela Popescu | EFE",
    "Strictly editorial use. No archives",
    "Prensa Libre photo/Giorgos Pappas",
    "The Scotsman photo/Oscar Lindgren",
]


@pytest.mark.parametrize("leftover", INSIDE)
def test_a_leftover_inside_a_sentence_is_reported_and_only_an_unsafe_fix_deletes_it(
    tmp_path: Path, leftover: str
) -> None:
    sentence = f"Roofs were torn off {leftover} in the night, the fire service said."
    text = f"{HEADLINE}\n\n{sentence}\n\n{AFTER}\n"
    assert "WL101" in _check(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == text
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    kept = "Roofs were torn off in the night, the fire service said."
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{kept}\n\n{AFTER}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Robert Pires, Editorial use only. No book sales who sustained an injury, will miss the game.",
        "Sales rose in apparel, Editorial use only. No sales home fashions and hardware did well.",
    ],
)
def test_a_notice_run_into_a_sentence_after_a_comma_is_reported_unsafe(tmp_path: Path, sentence: str) -> None:
    text = f"{HEADLINE}\n\n{sentence}\n"
    assert "WL101" in _check(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == text


NOTES = [
    "This story was translated with Google Translate and not checked by an editor",
    "Machine translation: Greek to English",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_translation_note_run_into_the_next_sentence_is_reported(tmp_path: Path, note: str) -> None:
    text = _story(note, "between sentences")
    assert "WL102" in _check(tmp_path, text, "WL102")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL102")
    fixed = path.read_text(encoding="utf-8")
    assert BEFORE in fixed and NEXT in fixed and "translat" not in fixed.lower()


HEADINGS = [
    "1. Cristiano Ronaldo | Al Nassr",
    "3. Rasmus Dahl | Real Betis",
    "Key Points | Budget Day",
    "Jane Doe | Political Editor",
    "Ewa Kowalczyk | Chief Correspondent",
    "Live Updates | Election Night",
    "Match Report | Cup Final",
    "2. Abena Owusu | Nation Media Group",
    "4. Mateo Ruiz | Nordic Photo Desk",
]


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("layout", ["own paragraph", "end of a paragraph"])
def test_a_heading_parted_by_a_bar_stays_quiet(tmp_path: Path, heading: str, layout: str) -> None:
    """Neither side reads as a credit (no agency, photo word or photographer's role), or a list's number, a
    writer's role or a common word says heading: an editor would dismiss a finding."""
    assert _check(tmp_path, _story(heading, layout), "WL1") == []


@pytest.mark.parametrize("credit", ["Pool/EPA-EFE/File", "Handout/Reuters"])
def test_a_tables_label_before_an_agency_credit_is_kept_by_a_plain_fix(tmp_path: Path, credit: str) -> None:
    """Fix check seed 302 (on main's rules too): a results table's "Year" before "Pool/EPA-EFE/File" was taken
    as the credit's first word and deleted. An agency or a credit's own word opens the credit; the word before
    it may be the table's, so the fix is the editor's."""
    text = (
        "ACADEMY INSURANCE 4TH QTR NET\n\n    Shr profit two cts vs loss 1.05 dlrs\n    Avg shrs 69.1 mln vs 17.5 mln\n"
        f"    Year {credit}\n    Shr loss 21 cts vs loss 2.72 dlrs\n"
    )
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL1")
    assert "    Year" in path.read_text(encoding="utf-8")
