"""The eleventh leftovers pass (issue 14): run-ons after a hyphenated unit or a number-word compound, a credit
parted by a bar from an outlet with no outlet's word, a web page's title, caption labels that say where the
picture stands (on a line of their own, inside a sentence), a machine-translation note that names its checker, a
copyright credit after the wire's sign-off, restriction notices in sentence case joined by semicolons, and a
paragraph far longer than a story's read in pieces. Each shape with look-alikes that stay quiet; the fixes
through the CLI as a user runs them, keeping every word of news."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lint, only, run_cli

from wirelint.checks.leftovers import boilerplate
from wirelint.text.longtext import LONG, pieces

NEWS = "Storm damage was worse than feared, the regional council said."
MORE = "Repairs will take months, engineers warned."


def _story(*paragraphs: str) -> str:
    return "Storm hits coast\n\n" + "\n\n".join(paragraphs) + "\n"


def _fixed(tmp_path: Path, text: str, *options: str) -> str:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    run_cli("check", str(path), "--fix", *options)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        ("The blockade lasted for 36-hours.Ministers met again.", "hours.Ministers"),
        ("The winner was a three-year-old.Bookmakers paid out.", "old.Bookmakers"),
        ("It was the club's fifty-first.Supporters cheered.", "first.Supporters"),
        ("She set a record in the 400-metres.Her coach wept.", "metres.Her"),
    ],
)
def test_a_run_on_after_a_hyphenated_unit_or_number_word_is_found(text: str, run_on: str) -> None:
    [finding] = only("WL501", _story(NEWS + " " + text))
    assert _story(NEWS + " " + text)[finding.start : finding.end] == run_on


@pytest.mark.parametrize(
    "text",
    [
        "Details are at www.harbour-authority.Gov.uk today.",
        "The minutes, council-meeting.Pdf, were leaked.",
        "Write to anna-maria.Lopez@example.org for details.",
        "The U.S.-led talks resumed.",
        "Growth was 2.5 pct, said J.P. Morgan.",
        "A follow-up.com address was given.",
    ],
)
def test_addresses_files_initials_and_decimals_beside_a_hyphen_stay_quiet(text: str) -> None:
    assert only("WL501", _story(NEWS + " " + text)) == []


@pytest.mark.parametrize("credit", ["Henrik Dahl | Aftenposten", "HENRIK DAHL | POLITIKEN", "Henrik Dahl | Le Soir"])
def test_a_photographer_and_an_outlet_with_no_outlet_word_alone_between_paragraphs_is_reported(credit: str) -> None:
    text = _story(NEWS, credit, MORE)
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == credit
    assert not finding.fix.safe, "an outlet the list lacks may be a heading's half: the editor decides"


@pytest.mark.parametrize(
    "heading",
    [
        "3. Henrik Dahl | Molde",
        "Henrik Dahl | Sports Editor",
        "Henrik Dahl | Aftenposten Correspondent",
        "Live Blog | Norway Election",
        "Key Points | Budget Day",
        "Henrik Dahl | Sales Team",
    ],
)
def test_headings_and_bylines_parted_by_a_bar_stay_quiet(heading: str) -> None:
    assert [f.code for f in lint(_story(NEWS, heading, MORE), select=("WL1",))] == []


@pytest.mark.parametrize("credit", ["Henrik Dahl - AFP", "Henrik Dahl – The Guardian", "Henrik Dahl/The Age",
                                    "Henrik Dahl for The Washington Post"])
def test_a_photographer_and_an_agency_or_outlet_parted_by_a_dash_slash_or_for_is_reported(credit: str) -> None:
    text = _story(NEWS, credit, MORE)
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == credit


@pytest.mark.parametrize(
    "line",
    ["Roger Federer - Switzerland", "Top scorer: Henrik Dahl - Le Soir.", "2. Henrik Dahl - Reuters",
     "Talks with Henrik Dahl - Reuters reported on Monday.", "He wrote for The Times for years."],
)
def test_a_dash_or_for_in_results_labels_and_prose_stays_quiet(line: str) -> None:
    assert only("WL101", _story(NEWS, line, MORE)) == []


def test_a_web_page_title_on_its_own_line_is_page_furniture_deleted_whole(tmp_path: Path) -> None:
    text = _story(NEWS, "Live Updates | Sky News", MORE)
    assert [f.code for f in lint(text, select=("WL1",))] == ["WL107"]
    assert _fixed(tmp_path, text, "--select", "WL1") == _story(NEWS, MORE)


def test_a_web_page_title_inside_a_paragraph_and_a_plain_heading_are_not_page_furniture() -> None:
    assert lint(_story(NEWS + " Live Updates | Sky News " + MORE), select=("WL1",)) == []
    assert lint(_story(NEWS, "Live Updates | Election Night", MORE), select=("WL1",)) == []


def test_a_caption_label_with_a_name_and_a_place_alone_on_its_line_is_reported_never_fixed_safely(
    tmp_path: Path,
) -> None:
    # No word of the picture and no agency: a candidate's list has the same shape (tests/test_leftover_review14.py)
    text = _story(NEWS, "Above: Henrik Dahl - Switzerland", MORE)
    [finding] = only("WL101", text)
    assert not finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL101") == text


def test_a_place_label_before_a_sentence_of_news_is_no_credit() -> None:
    assert only("WL101", _story("Top: Henrik Dahl - Switzerland held on to win the final on Sunday.")) == []
    assert only("WL101", _story("Above all, Henrik Dahl - the coach - wanted a win.")) == []


def test_a_caption_label_dropped_inside_a_sentence_is_reported_and_fixed_only_when_asked(tmp_path: Path) -> None:
    text = _story("Storm damage was worse as Clockwise from top-left: Henrik Dahl - Reuters the council said.")
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == "Clockwise from top-left: Henrik Dahl - Reuters"
    assert not finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL101") == text
    assert _fixed(tmp_path, text, "--select", "WL101", "--unsafe-fixes") == _story(
        "Storm damage was worse as the council said."
    )


def test_a_translation_note_that_names_its_checker_is_deleted_whole(tmp_path: Path) -> None:
    note = "Translated with DeepL and checked by the editor Henrik Dahl."
    text = _story(NEWS, note, MORE)
    [finding] = only("WL102", text)
    assert text[finding.start : finding.end] == note[:-1] and finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL102") == _story(NEWS, MORE)


def test_a_note_that_names_its_checker_after_a_table_row_keeps_the_row(tmp_path: Path) -> None:
    text = _story("QUARTER-FINALS (twice)", "WINNERS (once) Translated with DeepL and checked by the editor Ola Nord.")
    assert "WINNERS (once)" in _fixed(tmp_path, text, "--select", "WL1")


def test_a_note_before_the_next_sentence_and_a_sentence_about_a_translation_keep_their_news() -> None:
    text = _story(NEWS + " Translated with DeepL and not checked by an editor The minister said so.")
    [finding] = only("WL102", text)
    assert text[finding.start : finding.end] == "Translated with DeepL and not checked by an editor"
    assert only("WL102", _story("Translated by Henrik Dahl, the novel sold well in Norway.")) == []
    assert only("WL102", _story("Translated by Henrik Dahl.")) == [], "a translator's credit names no machine"


@pytest.mark.parametrize("credit", ["©Henrik Dahl/AFP", "© Kyodo", "Copyright Henrik Dahl/EPA-EFE"])
def test_a_copyright_credit_after_the_wire_sign_off_is_deleted(tmp_path: Path, credit: str) -> None:
    text = "Storm hits coast\n\n" + NEWS + "\n Reuter\n" + credit + "\n"
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == credit and finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL101") == "Storm hits coast\n\n" + NEWS + "\n Reuter\n"


@pytest.mark.parametrize(
    "notice",
    [
        "Not for commercial use; credit required.",
        "No resale; editorial purposes only.",
        "Handout photo; editorial use only.",
        "Editorial use only, no merchandising, no book covers.",
        "Supplied image, for editorial use only.",
        "Usage limited to editorial purposes; no archiving.",
    ],
)
def test_a_notice_in_sentence_case_joined_by_semicolons_ends_a_paragraph(tmp_path: Path, notice: str) -> None:
    text = _story(NEWS + " " + notice, MORE)
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == notice
    assert _fixed(tmp_path, text, "--select", "WL101") == _story(NEWS, MORE)


@pytest.mark.parametrize(
    "news",
    [
        "No resale of tickets will be allowed, the club said.",
        "Credit ratings agencies cut Norway's rating; investors shrugged.",
        "Handout payments to farmers rose 8%, the ministry said.",
        "The footage could not be independently verified by Aftenposten.",
        "A supplied photo showed the damage to the bridge.",
        "Water use is limited to two hours a day, the council said.",
    ],
)
def test_news_that_uses_a_notice_words_stays_quiet(news: str) -> None:
    assert only("WL101", _story(NEWS + " " + news)) == []


def test_a_paragraph_far_longer_than_a_story_is_read_in_pieces_with_the_same_findings() -> None:
    unit = f"{NEWS} (Photo by Henrik Dahl/AFP) {MORE} Editorial use only; no sales. "
    paragraph = unit * (LONG // len(unit) + 2)
    assert len(paragraph) >= LONG and len(list(pieces(paragraph))) > 1
    shift = len(unit)
    expected = [(start + copy * shift, end + copy * shift, sure)
                for copy in range(paragraph.count(NEWS)) for start, end, sure in boilerplate(unit.rstrip())]
    assert list(boilerplate(paragraph)) == expected
