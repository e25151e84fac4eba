"""WL1xx leftovers: the seeds' leftovers with exact spans, fixes, and the hard negatives.

The pack rules' own examples run in tests/test_packs.py; the code rules'
examples (WL104, WL108) run here. Both seeds are checked for WL1 and WL5
together, because the issue's promise is about both: every leftover and slip
is found, nothing else is, and --fix leaves clean copy that is otherwise the
same text.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from conftest import SEED_EDIT, SEED_WIRE, only, run_cli

from wirelint.api import lint_text
from wirelint.config import Settings
from wirelint.text.lexicon import table as lexicon_table

FAMILIES = ("--select", "WL1,WL5")
NBSP = "\u00a0"


def check_json(path: Path, *options: str) -> list[dict]:
    result = run_cli("check", str(path), *options, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def spans(findings: list[dict]) -> list[tuple[str, int, int, int, int]]:
    return [(f["code"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in findings]


def text_at(path: Path, finding: dict) -> str:
    """The text a finding points at, read back from the file by line and column."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert finding["line"] == finding["end_line"]
    return lines[finding["line"] - 1][finding["column"] - 1 : finding["end_column"] - 1]


# --- the seeds ---------------------------------------------------------------------------------------


def test_edited_seed_reports_every_leftover_and_slip_and_nothing_else():
    findings = check_json(SEED_EDIT, *FAMILIES)
    lines = SEED_EDIT.read_text(encoding="utf-8").split("\n")
    caption, notice, marker = lines[4], lines[5], lines[6]
    nbsp_columns = [(n, i + 1) for n, line in enumerate(lines, 1) for i, c in enumerate(line) if c == NBSP]
    assert len(nbsp_columns) == 9
    assert spans(findings) == [
        ("WL104", 5, 1, 5, len(caption.rstrip()) + 1),
        ("WL101", 6, 1, 6, len(notice) + 1),
        ("WL102", 7, 1, 7, len(marker) + 1),
        *[("WL503", line, column, line, column + 1) for line, column in nbsp_columns],
    ]
    assert text_at(SEED_EDIT, findings[0]).endswith("AFP PHOTO / HO / WELAYAT HOMS")
    assert text_at(SEED_EDIT, findings[1]).startswith("=== RESTRICTED TO EDITORIAL USE")
    assert text_at(SEED_EDIT, findings[1]).endswith("(Photo by - / WELAYAT HOMS / AFP)")
    assert text_at(SEED_EDIT, findings[2]) == "Powered by automated translation"
    assert findings[0]["field"] == "caption" and "Photo caption pasted into the body" in findings[0]["message"]
    assert all(f["fix"] is not None and f["fix"]["safe"] for f in findings)


def test_wire_seed_reports_the_run_together_sentences_and_nothing_else():
    findings = check_json(SEED_WIRE, *FAMILIES)
    assert spans(findings) == [("WL501", 7, 190, 7, 209)]
    assert text_at(SEED_WIRE, findings[0]) == "jihadists.Meanwhile"
    assert findings[0]["fix"]["edits"][0]["content"] == "jihadists. Meanwhile"


def expected_fix(path: Path) -> str:
    """The seed as an editor would fix it by hand, for the families WL1 and WL5."""
    text = path.read_text(encoding="utf-8")
    if path == SEED_EDIT:
        lines = text.split("\n")
        text = "\n".join(lines[:4] + lines[8:])  # the caption, the notice and the marker, and the blank line after
        return text.replace(NBSP, " ")  # every NBSP here stands between two words
    return text.replace("jihadists.Meanwhile", "jihadists. Meanwhile")


@pytest.mark.parametrize("seed", [SEED_EDIT, SEED_WIRE], ids=["edit", "wire"])
def test_fix_cleans_the_seed_changes_nothing_else_and_is_idempotent(tmp_path: Path, seed: Path):
    target = tmp_path / "story.txt"
    target.write_bytes(seed.read_bytes())
    first = run_cli("check", str(target), *FAMILIES, "--fix")
    assert first.exit_code == 0, first.output
    fixed = target.read_text(encoding="utf-8")
    assert fixed == expected_fix(seed)
    assert check_json(target, *FAMILIES) == []
    second = run_cli("check", str(target), *FAMILIES, "--fix")
    assert second.exit_code == 0
    assert target.read_text(encoding="utf-8") == fixed, "a second --fix changes nothing"


# --- code rules: examples and hard negatives --------------------------------------------------------


STORY_WITH_CAPTION = """---
title: Clashes in Syria
caption: "Smoke rises over the temple in the ancient city of Palmyra on Tuesday. AFP PHOTO / HO / WELAYAT HOMS"
---

Clashes between regime forces and jihadists killed 50 fighters, a monitor said.
"""


def test_a_credit_inside_a_real_caption_is_fine():
    assert only("WL101", STORY_WITH_CAPTION, "story.md") == []
    assert only("WL104", STORY_WITH_CAPTION, "story.md") == []


def test_the_same_credit_in_the_body_is_reported():
    text = STORY_WITH_CAPTION + "\nThe fighting went on. AFP PHOTO / HO / WELAYAT HOMS\n"
    (finding,) = only("WL101", text, "story.md")
    assert finding.field == "body"
    assert text[finding.start : finding.end] == "AFP PHOTO / HO / WELAYAT HOMS"


def test_body_repeating_a_caption_is_reported_and_deleted_only_on_request_without_its_credit():
    """Without the credit, the body sentence may be the news the caption was written from: the fix is unsafe."""
    repeated = "Smoke rises over the temple in the ancient city of Palmyra on Tuesday."
    text = STORY_WITH_CAPTION + f"\n{repeated}\n\nThe monitor gave no toll.\n"
    (finding,) = only("WL104", text, "story.md")
    assert text[finding.start : finding.end] == repeated
    assert 'repeats caption 1 (line 3): "Smoke rises over the temple' in finding.message
    assert finding.fix is not None and not finding.fix.safe
    assert run_fix(text, "story.md", "WL104") == text
    fixed = run_fix(text, "story.md", "WL104", "--unsafe-fixes")
    assert paragraphs(fixed) == paragraphs(text.replace(f"\n{repeated}\n", "\n"))


def test_body_repeating_a_caption_with_its_credit_is_deleted_safely():
    repeated = "Smoke rises over the temple in the ancient city of Palmyra on Tuesday. AFP PHOTO / HO / WELAYAT HOMS"
    text = STORY_WITH_CAPTION + f"\n{repeated}\n\nThe monitor gave no toll.\n"
    findings = only("WL104", text, "story.md")
    assert [text[f.start : f.end] for f in findings] == [repeated]
    assert paragraphs(run_fix(text, "story.md", "WL104")) == paragraphs(text.replace(f"\n{repeated}\n", "\n"))


def test_a_short_caption_repeated_in_the_body_is_not_a_leak():
    text = '---\ntitle: Talks\ncaption: "Bashar al-Assad"\n---\n\nBashar al-Assad met the envoy.\n'
    assert only("WL104", text, "story.md") == []


def test_caption_under_the_headline_is_a_leak_not_a_standfirst():
    text = (
        "Clashes in Syria\n\nAn undated image shows smoke billowing from the temple in Palmyra. "
        "AFP PHOTO / HO / WELAYAT HOMS\n\nFighting went on, the monitor said.\n"
    )
    (finding,) = only("WL104", text)
    assert finding.field == "caption"
    fixed = run_fix(text, "story.txt", "WL104")
    assert paragraphs(fixed) == ["Clashes in Syria", "Fighting went on, the monitor said."]


def run_fix(text: str, name: str, select: str, *options: str) -> str:
    """The text of a file after ``wirelint check FILE --select SELECT --fix``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text.encode("utf-8"))
        result = run_cli("check", str(path), "--select", select, "--fix", *options)
        assert result.exit_code in (0, 1), result.output
        return path.read_bytes().decode("utf-8")  # as written: CRLF stays CRLF


def paragraphs(text: str) -> list[str]:
    return [paragraph.strip("\n") for paragraph in text.split("\n\n") if paragraph.strip()]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("It was a caf&#233; in S&#227;o Paulo.\n", "It was a café in São Paulo.\n"),
        ("the&nbsp;Syrian conflict\n", "the Syrian conflict\n"),
        ("the &nbsp;Syrian conflict\n", "the Syrian conflict\n"),
        ("Clashes erupted.<br>The monitor said.\n", "Clashes erupted. The monitor said.\n"),
        ("Clashes <b>erupted</b> on Saturday.\n", "Clashes erupted on Saturday.\n"),
        ("A soft&shy;hyphen.\n", "A softhyphen.\n"),
        ("Shares rose 3 &lt; 4 points.\n", "Shares rose 3 < 4 points.\n"),
    ],
)
def test_stray_markup_fix_writes_what_the_markup_meant(text: str, fixed: str):
    assert run_fix(text, "story.txt", "WL108") == fixed


def test_stray_markup_is_not_checked_in_markdown():
    assert only("WL108", "# Title\n\nA line<br>break and a&nbsp;space.\n", "story.md") == []


def test_placeholders_have_no_fix_and_editor_notes_only_an_unsafe_one():
    (placeholder,) = only("WL103", "Title\n\nThe blast killed XX people.\n")
    assert placeholder.fix is None
    (note,) = only("WL106", "Title\n\nThe blast killed ten people.\nEmbargoed until 00:01 GMT Tuesday\n")
    assert note.fix is not None and not note.fix.safe
    text = "Title\n\nThe blast killed ten people.\nEmbargoed until 00:01 GMT Tuesday\n"
    assert run_fix(text, "story.txt", "WL106") == text
    assert run_fix(text, "story.txt", "WL106", "--unsafe-fixes") == "Title\n\nThe blast killed ten people.\n"


def test_web_furniture_and_end_markers_are_body_only_and_deleted_with_their_line():
    text = "Read more: Syria's war\n\nThe blast killed ten people.\nAdvertisement\nThe toll rose.\n-- MORE --\n"
    codes = [f.code for f in lint_text(text, "story.txt", settings=Settings(select=("WL105", "WL107")))]
    assert codes == ["WL107", "WL105"], "the headline is not web furniture"
    fixed = run_fix(text, "story.txt", "WL105,WL107")
    assert fixed == "Read more: Syria's war\n\nThe blast killed ten people.\nThe toll rose.\n"


def test_wire_slug_line_at_the_top_is_deleted():
    text = "SYRIA-SECURITY/RUSSIA (UPDATE 2)\n\nClashes in Syria\n\nThe blast killed ten people.\n"
    (finding,) = only("WL109", text)
    assert text[finding.start : finding.end] == "SYRIA-SECURITY/RUSSIA (UPDATE 2)"
    assert run_fix(text, "story.txt", "WL109") == "Clashes in Syria\n\nThe blast killed ten people.\n"


NOTICE = '=== RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO / WELAYAT HOMS" ==='


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (f"Title\n\nTen died.\n\n{NOTICE}\n\nThe toll rose.\n", "Title\n\nTen died.\n\nThe toll rose.\n"),
        (f"Title\r\n\r\n{NOTICE}\r\n\r\nTen died.\r\n", "Title\r\n\r\nTen died.\r\n"),
        (f"Title\n\nTen died.\n\n{NOTICE}\n", "Title\n\nTen died.\n"),
    ],
    ids=["between-paragraphs", "crlf", "at-the-end"],
)
def test_a_deleted_boilerplate_paragraph_leaves_one_blank_line_between_its_neighbours(
    text: str, fixed: str, name: str
):
    assert run_fix(text, name, "WL1") == fixed


# --- the vocabularies' examples (rules/leftovers.toml [lexicon]) run through the rules ------------------

LEXICON_RULES = {
    "credits": "WL101",
    "notices": "WL101",
    "origin-notes": "WL102",
    "image-labels": "WL101",
    "notice-runs": "WL101",
    "lack-lists": "WL101",
    "markets": "WL101",
    "advisories": "WL101",
}


def lexicon_examples(kind: str) -> list[tuple[str, str, str]]:
    """(rule code, table name, text) for every example of every lexicon table."""
    cases = []
    for name, code in LEXICON_RULES.items():
        cases += [(code, name, text) for text in lexicon_table(name).get("examples", {}).get(kind, [])]
    for language, entry in lexicon_table("translation").items():
        cases += [("WL102", f"translation.{language}", text) for text in entry["examples"].get(kind, [])]
    return cases


def as_body(text: str) -> str:
    """An example as a body paragraph under a headline, so the reader does not take it for a headline."""
    return f"Floods in the north\n\nThe river burst its banks on Monday.\n\n{text}\n"


@pytest.mark.parametrize(("code", "table", "text"), lexicon_examples("match"))
def test_lexicon_match_example_is_reported(code: str, table: str, text: str):
    assert only(code, as_body(text)), f"{code} ({table}) should report {text!r}"


@pytest.mark.parametrize(("code", "table", "text"), lexicon_examples("no-match"))
def test_lexicon_no_match_example_is_not_reported(code: str, table: str, text: str):
    assert not only(code, as_body(text)), f"{code} ({table}) should not report {text!r}"


def test_every_language_of_the_issue_has_marker_examples():
    eu = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
    languages = lexicon_table("translation")
    for code in [*eu, "ar", "tr", "ru", "uk", "zh", "ja"]:
        assert languages[code]["examples"]["match"] and languages[code]["examples"]["no-match"], code
