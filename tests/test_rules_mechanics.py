"""WL5xx mechanics: fixes, hard negatives and house-style options.

The seeds' WL5 findings and the --fix round trip over both families are pinned
in tests/test_rules_leftovers.py; the pack rules' examples (WL501, WL504,
WL505) run in tests/test_packs.py, the code rules' in tests/test_code_rule_examples.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_WIRE, only, run_cli

from wirelint.api import lint_text
from wirelint.checks.mechanics import curly_forms
from wirelint.config import Settings
from wirelint.text.datelines import parse_dateline


def fix_file(tmp_path: Path, text: str, select: str, *options: str, config: str = "") -> str:
    """The text of a file after ``wirelint check FILE --select SELECT --fix``, with an optional .wirelint.toml."""
    if config:
        (tmp_path / ".wirelint.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(path), "--select", select, "--fix", *options)
    assert result.exit_code in (0, 1), result.output
    return path.read_text(encoding="utf-8")


# --- WL501 missing space ----------------------------------------------------------------------------


def test_missing_space_ignores_abbreviations_decimals_urls_domains_initials_and_dotted_names():
    text = (
        "Markets rally\n\nThe U.S. economy grew 3.5 percent in 2019, the U.K. said. Mr. Smith wrote to "
        "press@Example.Org and posted at https://example.org/News.Today and www.Example.com. John F.Kennedy "
        "used ASP.NET and .NET, had a Ph.D and lived in St.Petersburg. TalkTalk and One.Tel cut prices.\n"
    )
    assert only("WL501", text) == []


def test_missing_space_fix_inserts_the_space(tmp_path: Path):
    text = "Markets rally\n\nIt ended in 2011.Since then prices rose.Nobody knows why?Nobody.\n"
    assert fix_file(tmp_path, text, "WL501") == (
        "Markets rally\n\nIt ended in 2011. Since then prices rose. Nobody knows why? Nobody.\n"
    )


# --- WL502 mixed quotes -----------------------------------------------------------------------------


def test_straight_marks_in_a_curly_article_become_paired_curly_marks(tmp_path: Path):
    text = (
        "Talks end\n\n“We will stay,” he said. “It is over.” He added it was \"too early\" to leave, "
        "that the army's 'plan' was set and that the '90s were gone. “Nothing” changed, ‘they’ said.\n"
    )
    findings = only("WL502", text)
    assert [text[f.start] for f in findings] == ['"', '"', "'", "'", "'", "'"]
    assert "Straight quote mark" in findings[0].message and "(8 curly, 6 straight)" in findings[0].message
    assert "Straight apostrophe" in findings[2].message
    fixed = fix_file(tmp_path, text, "WL502")
    assert fixed == (
        "Talks end\n\n“We will stay,” he said. “It is over.” He added it was “too early” to leave, "
        "that the army’s ‘plan’ was set and that the ’90s were gone. “Nothing” changed, ‘they’ said.\n"
    )
    assert only("WL502", fixed) == []


def test_curly_marks_in_a_straight_article_become_straight(tmp_path: Path):
    text = 'Talks end\n\n"We will stay," he said. "It\'s over." It was “too early” to leave.\n'
    assert fix_file(tmp_path, text, "WL502") == (
        'Talks end\n\n"We will stay," he said. "It\'s over." It was "too early" to leave.\n'
    )


def test_one_quote_style_is_not_mixed_unless_house_style_says_which(tmp_path: Path):
    text = 'Talks end\n\n"We will stay," he said.\n'
    assert only("WL502", text) == []
    fixed = fix_file(tmp_path, text, "WL502", config='[rule-options.WL502]\nstyle = "curly"\n')
    assert fixed == "Talks end\n\n“We will stay,” he said.\n"


def test_pairing_uses_the_open_quote_when_neighbours_do_not_tell():
    text = 'He said " yes " twice'
    marks = [index for index, char in enumerate(text) if char == '"']
    assert [curly_forms(text, marks)[index] for index in marks] == ["“", "”"]


def test_feet_and_inches_are_not_quotes():
    assert only("WL502", "Tall order\n\nThe 6'2\" forward said “yes” and “no”.\n") == []


# --- WL503 invisible characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("in the\u00a0Syrian conflict\n", "in the Syrian conflict\n"),
        ("in the\u00a0 Syrian conflict\n", "in the Syrian conflict\n"),
        ("a zero\u200b\u200bwidth space\n", "a zerowidth space\n"),
        ("a soft\u00adhyphen\n", "a softhyphen\n"),
        ("the end.\x03\n", "the end.\n"),
    ],
)
def test_invisible_characters_become_a_space_or_nothing(tmp_path: Path, text: str, fixed: str):
    assert fix_file(tmp_path, "Title\n\n" + text, "WL503") == "Title\n\n" + fixed


def test_a_run_of_invisible_characters_is_one_finding_naming_them():
    (finding,) = only("WL503", "Title\n\nzero\u200b\u00adwidth\n")
    assert finding.message == (
        "Invisible character in the text: ZERO WIDTH SPACE (U+200B), SOFT HYPHEN (U+00AD)"
    )


def test_allowed_characters_are_not_reported(tmp_path: Path):
    (tmp_path / ".wirelint.toml").write_text('[rule-options.WL503]\nallow = ["U+00A0"]\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Title\n\n10\u00a0km away, zero\u200bwidth\n", encoding="utf-8")
    result = run_cli("check", str(story), "--select", "WL503", "--format", "json")
    assert [f["message"] for f in json.loads(result.output)] == [
        "Invisible character in the text: ZERO WIDTH SPACE (U+200B)"
    ]


# --- WL504 and WL505 fixes --------------------------------------------------------------------------


def test_repeated_word_fix_keeps_the_first(tmp_path: Path):
    text = "Title\n\nThe the talks between the the powers ended.\n"
    assert fix_file(tmp_path, text, "WL504") == "Title\n\nThe talks between the powers ended.\n"


def test_spacing_fix_removes_extra_space_but_leaves_tables(tmp_path: Path):
    text = "Title\n\nThe monitor  said , on Saturday, that it was over .\n\nWheat   2.55   2.40\n"
    assert fix_file(tmp_path, text, "WL505") == (
        "Title\n\nThe monitor said, on Saturday, that it was over.\n\nWheat   2.55   2.40\n"
    )


# --- WL506 datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        ("BEIRUT (AFP) - Clashes", False, ("place-agency", "BEIRUT", None, None, "AFP", "-")),
        ("AFP, Beirut :", True, ("agency-place", "Beirut", None, None, "AFP", ":")),
        ("Beirut, Syria — Clashes", False, ("place", "Beirut", "Syria", None, None, "—")),
        (
            "WASHINGTON, March 3 (Reuters) - Talks",
            False,
            ("place-agency", "WASHINGTON", None, "March 3", "Reuters", "-"),
        ),
        ("RICHMOND, Va. Feb 26 -", True, ("place", "RICHMOND", "Va.", "Feb 26", None, "-")),
    ],
)
def test_common_datelines_are_taken_apart(text: str, whole: bool, parts: tuple):
    dateline = parse_dateline(text, whole=whole)
    assert dateline is not None
    assert (dateline.form, dateline.place, dateline.region, dateline.date, dateline.agency, dateline.sep) == parts


@pytest.mark.parametrize(
    "text", ["Iran, Russia and Turkey held talks.", "Meanwhile - he said - nothing.", "US-backed forces advanced."]
)
def test_prose_is_not_a_dateline(text: str):
    assert parse_dateline(text) is None


def test_house_form_rewrites_the_wire_seed_dateline_only_as_an_unsafe_fix(tmp_path: Path):
    config = '[rule-options.WL506]\nform = "place-agency"\nplace-case = "upper"\n'
    text = SEED_WIRE.read_text(encoding="utf-8")
    assert fix_file(tmp_path, text, "WL506", config=config) == text, "an unsafe fix waits for --unsafe-fixes"
    result = run_cli("check", str(tmp_path / "story.txt"), "--select", "WL506", "--format", "json")
    (finding,) = json.loads(result.output)
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 1, 14)
    assert finding["message"] == 'Dateline "AFP, Beirut :" should read "BEIRUT (AFP) -"'
    assert finding["fix"]["safe"] is False
    fixed = fix_file(tmp_path, text, "WL506", "--unsafe-fixes", config=config)
    assert fixed == text.replace("AFP, Beirut :", "BEIRUT (AFP) -", 1)


def test_house_separator_is_a_safe_fix(tmp_path: Path):
    text = "BEIRUT (AFP) - Clashes erupted on Saturday.\n"
    fixed = fix_file(tmp_path, text, "WL506", config='[rule-options.WL506]\nseparator = "—"\n')
    assert fixed == "BEIRUT (AFP) — Clashes erupted on Saturday.\n"


def test_a_dateline_that_cannot_take_the_house_form_is_reported_without_a_fix():
    config = Settings(select=("WL506",), rule_options={"WL506": {"form": "place-agency"}})
    (finding,) = lint_text("Beirut, Syria — Clashes erupted.\n", "story.txt", settings=config)
    assert finding.message == 'Dateline "Beirut, Syria —" is not in the house form (place-agency)'
    assert finding.fix is None


def test_a_bad_option_is_an_error_naming_it():
    settings = Settings(select=("WL506",), rule_options={"WL506": {"form": "sideways"}})
    with pytest.raises(Exception, match=r"rule-options\.WL506\.form must be one of"):
        lint_text("BEIRUT (AFP) - Clashes.\n", "story.txt", settings=settings)
