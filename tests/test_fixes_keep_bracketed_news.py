"""A credit or notice in brackets inside a running sentence is reported, but ``--fix`` never deletes it (issue 14).

Inside a sentence the bracket may be the sentence's news (who won, whose poll, which agencies): its fix is the
editor's call. Between sentences (a paragraph's start, after a sentence's stop, its own line) it is deleted.
A notice run into the next sentence ends where that sentence starts, and a headline in capitals about the press
is no market restriction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from wirelint.api import lint_text
from wirelint.config import Settings

AFTER = "More talks are planned for next month, the organisers said."


def _fixed(tmp_path: Path, paragraph: str) -> str:
    path = tmp_path / "story.txt"
    path.write_text(f"Talks resume\n\n{paragraph}\n\n{AFTER}\n", encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL1")
    return path.read_text(encoding="utf-8")


def _wl1(text: str) -> list[tuple[str, bool]]:
    findings = lint_text(f"Talks resume\n\n{text}\n", "story.txt", settings=Settings(select=("WL1",)))
    return [(f.code, f.fix is not None and f.fix.safe) for f in findings if f.code.startswith("WL1")]


INSIDE = [
    "The three finalists (Maria Lund/Reuters) were announced at a ceremony on Saturday.",
    "An opinion survey (Gallup/AFP) suggested most farmers opposed the tariff.",
    "The jury gave its top prize to a young photographer (Tomas Berg/EPA) for his images of the strike.",
    "The footage (supplied by a third party) was shown to the committee, lawyers said.",
    "Photographers from two agencies (Getty Images, EPA) were held at the airport.",
    "The gallery's new curator is Ines Alves (Ines Alves/Lusa).",
    "Officials said the driver (Pedro Ruiz/EFE), who filmed the crash, was questioned.",
]


@pytest.mark.parametrize("sentence", INSIDE)
def test_a_bracket_inside_a_sentence_survives_fix(tmp_path: Path, sentence: str) -> None:
    assert _fixed(tmp_path, sentence) == f"Talks resume\n\n{sentence}\n\n{AFTER}\n"


def test_a_bracket_inside_a_sentence_is_still_reported_with_an_unsafe_fix() -> None:
    assert ("WL101", False) in _wl1("The three finalists (Maria Lund/Reuters) were announced on Saturday.")


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("The bridge reopened on Sunday. (Photo by Ana Petrov/AFP via Getty Images)", "The bridge reopened on Sunday."),
        ("(Photo by Ana Petrov/AFP via Getty Images) The bridge reopened on Sunday.", "The bridge reopened on Sunday."),
        (
            "The bridge reopened on Sunday. (editorial use only) Traffic was light, police said.",
            "The bridge reopened on Sunday. Traffic was light, police said.",
        ),
        (
            "The bridge reopened on Sunday.\n(Photo by Ana Petrov/AFP via Getty Images)",
            "The bridge reopened on Sunday.",
        ),
    ],
    ids=["after-stop", "paragraph-start", "between-sentences", "own-line"],
)
def test_a_bracket_between_sentences_is_still_removed(tmp_path: Path, paragraph: str, kept: str) -> None:
    assert _fixed(tmp_path, paragraph) == f"Talks resume\n\n{kept}\n\n{AFTER}\n"


@pytest.mark.parametrize(
    ("paragraph", "news"),
    [
        (
            "Crowds gathered at the port. EMBARGOED UNTIL 0600 GMT FRIDAY The council handed out food to families.",
            "The council handed out food to families.",
        ),
        (
            "EMBARGOED UNTIL 2300 GMT The army handed out tents to families.",
            "The army handed out tents to families.",
        ),
    ],
)
def test_a_notice_never_takes_the_news_sentence_run_into_it(tmp_path: Path, paragraph: str, news: str) -> None:
    fixed = _fixed(tmp_path, paragraph)
    assert news in fixed
    assert paragraph.split("EMBARGOED")[0].strip() in fixed


@pytest.mark.parametrize(
    "headline",
    ["GERMAN PAPERS BARRED FROM SUMMIT", "NO DANISH BROADCASTERS AT TALKS", "DUTCH MAGAZINES OUT OF STOCK"],
)
def test_a_headline_in_capitals_about_the_press_is_no_market_restriction(headline: str) -> None:
    findings = lint_text(
        f"{headline}\n\nThe ministry said it would review the decision.\n", "h.txt", settings=Settings(select=("WL1",))
    )
    assert [f.code for f in findings] == []


@pytest.mark.parametrize("notice", ["NO DANISH BROADCASTERS", "DUTCH MAGAZINES OUT"])
def test_a_market_restriction_alone_in_capitals_is_still_found(notice: str) -> None:
    assert ("WL101", True) in _wl1(f"The bridge reopened on Sunday.\n{notice}")
