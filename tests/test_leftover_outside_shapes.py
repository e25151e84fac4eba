"""Leftovers of issue 14's ninth pass, through the CLI as a user runs it: the shapes an outside evaluation still
missed (a photographer working for or on behalf of an agency, a label that says which picture before NAME - ORG,
"NAME | ORG" with an organisation the list lacks, sentence-case notices run into the next sentence, lists of
country outs), the defects it found (a doubled full stop after a fix, CRLF line ends) and two false findings (a
frame's score line, a result's headline where a team is out). Each leftover is found on a paragraph of its own,
at the start of a paragraph, after a sentence and before the next one, and ``--fix`` keeps the news."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_leftover_kinds import AFTER, BEFORE, HEADLINE
from test_leftover_kinds import _codes as _check

NEXT = "Residents began cleaning up on Thursday, officials said."


def _story(unit: str, layout: str) -> str:
    if layout == "own paragraph":
        return f"{HEADLINE}\n\n{BEFORE}\n\n{unit}\n\n{AFTER}\n"
    if layout == "start of a paragraph":
        return f"{HEADLINE}\n\n{unit} {BEFORE}\n\n{AFTER}\n"
    if layout == "between sentences":
        return f"{HEADLINE}\n\n{BEFORE} {unit} {NEXT}\n\n{AFTER}\n"
    return f"{HEADLINE}\n\n{BEFORE} {unit}\n\n{AFTER}\n"


LAYOUTS = ["own paragraph", "start of a paragraph", "between sentences", "end of a paragraph"]

LEFTOVERS = [
    "Photo by Maria Lopez on behalf of Reuters",
    "Picture taken by Lars Holm on behalf of Scanpix",
    "Photograph by Omar Haddad working for Ritzau Scanpix",
    "Photo by Ana Dias for the AFP",
    "PHOTO BY HENRIK DE JONG ON BEHALF OF YONHAP",
    "Image by Kenji Mori for Kathimerini",
    "Photo by Sipho Dlamini on assignment for Lusa",
    "Photography by Kwame Mensah on behalf of AFP",
    "Top photo – Kwame Mensah – Daily Graphic",
    "File pic: Kenji Mori - Nigerian Tribune",
    "FILE PIC: SVEN OLSEN - GALLO IMAGES",
    "Main picture: Sven Olsen – Ostfalia Media",
    "Header image: Lukas Weber - Keystone",
    "Sven Olsen | Jutland Post",
    "Maria Lopez|AFP",
    "Jean-Luc Favre|Bernama",
    "Main photo Lukas Weber - NZ Herald",
    "Second image Leila Farouk — Nigerian Tribune",
    "Lukas Weber | The Hindu",
    "SVEN OLSEN | IRISH EXAMINER",
    "For editorial use only",
    "Mandatory credit",
    "Not for sale or archive",
    "Strictly editorial use only",
    "Not for resale",
    "JAPAN OUT/CHINA OUT/SOUTH KOREA OUT",
    "FRANCE OUT, BELGIUM OUT, SWITZERLAND OUT",
    "NO USE IN FRANCE, BELGIUM OR SWITZERLAND",
]


@pytest.mark.parametrize("leftover", LEFTOVERS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_outside_shapes_are_found_and_fixed_keeping_the_news(tmp_path: Path, leftover: str, layout: str) -> None:
    text = _story(leftover, layout)
    assert "WL101" in _check(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    fixed = path.read_text(encoding="utf-8")
    assert leftover not in fixed and BEFORE in fixed and AFTER in fixed
    assert NEXT in fixed or layout != "between sentences"


@pytest.mark.parametrize(
    "leftover", ["Mandatory credit", "Not for sale or archive", "Sven Olsen | Jutland Post"]
)
def test_a_leftover_run_into_the_next_sentence_is_left_to_the_editor(tmp_path: Path, leftover: str) -> None:
    """Without a stop, where the leftover ends is a guess ("Mandatory credit More ..."): a plain --fix leaves it."""
    _assert_found_and_left(tmp_path, f"{HEADLINE}\n\n{BEFORE} {leftover} {NEXT}\n")


def _assert_found_and_left(tmp_path: Path, text: str) -> None:
    """WL101 finds a leftover in ``text``, and a plain ``--fix`` leaves the file as it was (an unsafe fix)."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert "WL101" in _check(tmp_path, text, "WL101")
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "leftover", ["Photo: Jane Doe/AFP", "(Photo by Jane Doe/AFP)", "REUTERS/Jane Doe", "Reuters photo/Jane Doe"]
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_fix_after_a_sentence_leaves_one_full_stop(tmp_path: Path, leftover: str, newline: str) -> None:
    """A credit that ended a sentence of its own takes its stop with it: "on Wednesday.. More rain" never."""
    path = tmp_path / "story.txt"
    path.write_bytes(f"{HEADLINE}{newline}{newline}{BEFORE} {leftover}. {NEXT}{newline}".encode())
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_bytes().decode() == f"{HEADLINE}{newline}{newline}{BEFORE} {NEXT}{newline}"
    path.write_bytes(f"{HEADLINE}{newline}{newline}{BEFORE} {leftover}.{newline}{AFTER}{newline}".encode())
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_bytes().decode() == f"{HEADLINE}{newline}{newline}{BEFORE}{newline}{AFTER}{newline}"


@pytest.mark.parametrize(
    "leftover",
    ["Kyodo file photo", "Still from video by NTB", "Pajhwok handout image", "Archive image from CNA"],
)
def test_a_credit_before_a_stop_and_a_crlf_is_found_as_before_a_newline(tmp_path: Path, leftover: str) -> None:
    for newline in ("\n", "\r\n"):
        paragraph = f"Roofs were torn off, residents said {leftover}.{newline}    {AFTER}{newline}"
        text = f"{HEADLINE}{newline}{newline}{paragraph}"
        path = tmp_path / "story.txt"
        path.write_bytes(text.encode())
        assert "WL101" in _check(tmp_path, text, "WL101"), repr(newline)


def test_a_source_named_by_an_acronym_and_a_word_is_not_cut_at_the_acronym(tmp_path: Path) -> None:
    """ "NAME/NZ Herald" on its own line: the word after the capitals may be the source's own name, so the fix
    is left to the editor rather than leaving "Herald" behind."""
    for credit in ("Photo: Sven Olsen/NZ Herald", "Main picture: Sven Olsen - NZ Herald"):
        _assert_found_and_left(tmp_path, f"{HEADLINE}\n\n{BEFORE}\n\n{credit}\n\n{AFTER}\n")


LOOK_ALIKES = [
    "Frame: Trump 75-0, 64-12.",
    "Final frame: Ronnie O'Sullivan 71-12, 64-0, 88-5.",
    "DAVIS CUP - SWEDEN OUT",
    "WORLD CUP: SOUTH KOREA OUT",
    "EURO 2024 - NEW ZEALAND OUT",
    "Revs 516.4 mln vs 454.7 mln WORLD CUP - DENMARK OUT",
    "Top scorer: Sven Olsen - Ajax.",
    "The photo by Sven Olsen for the Jutland Post won the prize.",
    "Sven Olsen spoke on behalf of Reuters staff at the hearing.",
    "Exports to France, Belgium or Switzerland fell last year.",
    "No sales were recorded in January, the firm said.",
    "No sales Monday, the shop said.",
    "Mandatory credit checks were introduced last year.",
    "Sweden out, Norway through after the final round.",
    "Lionel Messi | Inter Miami | 12 goals",
    "Lionel Messi|Inter Miami|12 goals",
    "The photo Mona Lisa - the painting - hangs in Paris.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
@pytest.mark.parametrize("layout", ["own paragraph", "end of a paragraph"])
def test_score_lines_results_and_news_with_the_same_words_stay_quiet(tmp_path: Path, sentence: str, layout: str):
    """A label, a name and scores is a results line; a title in capitals, a dash and a team out is a result's
    headline: neither names where a picture came from or where it may go."""
    text = _story(sentence, layout)
    assert _check(tmp_path, text, "WL1") == []
