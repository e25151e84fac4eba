"""``wirelint compare OLD NEW``: figures changed between two versions, reported as WL405 on the new file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_EDIT, SEED_WIRE, run_cli

from wirelint.api import compare_documents, default_engine
from wirelint.numbers.data import table

SEED_CHANGES = ["40 -> 50", "18 -> 20", "26 -> 31"]
"""The seed versions' changed figures; "48 hours" and "two days" are one duration, not a change."""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(old: str, new: str) -> list[str]:
    engine = default_engine()
    findings = compare_documents(engine.parse("old.txt", old), engine.parse("new.txt", new))
    return [finding.message for finding in findings]


def test_seed_versions_report_exactly_the_changed_figures() -> None:
    result = run_cli("compare", str(SEED_WIRE), str(SEED_EDIT))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "WL405" in line]
    assert len(lines) == 3
    assert "48 hours" not in result.output
    for line, change in zip(lines, SEED_CHANGES, strict=True):
        assert f"figure changed: {change}" in line
        assert line.startswith(f"{SEED_EDIT}:")
    assert '("more than 40" -> "more than 50")' in lines[0]


def test_seed_changes_in_json_point_into_the_new_file() -> None:
    result = run_cli("compare", str(SEED_WIRE), str(SEED_EDIT), "--format", "json")
    findings = json.loads(result.output)
    assert [(f["code"], f["line"]) for f in findings] == [("WL405", 9), ("WL405", 11), ("WL405", 11)]
    text = SEED_EDIT.read_text(encoding="utf-8").splitlines()
    flagged = [text[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] for f in findings]
    assert flagged == ["more than 50", "20", "31"]
    assert {f["name"] for f in findings} == {"changed-between-versions"}


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_every_output_format_carries_the_changes(output_format: str) -> None:
    result = run_cli("compare", str(SEED_WIRE), str(SEED_EDIT), "--format", output_format)
    assert result.exit_code == 1
    assert result.output.count("WL405") >= 3
    assert "18 -> 20" in result.output


def test_sarif_output_is_one_run_with_three_results() -> None:
    result = run_cli("compare", str(SEED_WIRE), str(SEED_EDIT), "--format", "sarif")
    sarif = json.loads(result.output)
    assert len(sarif["runs"][0]["results"]) == 3


DURATIONS = table()["durations"]["examples"]


@pytest.mark.parametrize("example", DURATIONS, ids=[f"{e['old']}-{e['new']}" for e in DURATIONS])
def test_the_same_quantity_in_other_words_is_not_a_change(example: dict) -> None:
    old = f"The talks lasted {example['old']} in Geneva, officials said."
    new = f"The talks lasted {example['new']} in Geneva, officials said."
    assert (messages(old, new) == []) is example["same"]


def test_the_same_story_twice_has_no_changes() -> None:
    result = run_cli("compare", str(SEED_EDIT), str(SEED_EDIT))
    assert result.exit_code == 0
    assert "WL405" not in result.output


def test_fail_level_error_lets_warnings_pass() -> None:
    result = run_cli("compare", str(SEED_WIRE), str(SEED_EDIT), "--fail-level", "error")
    assert result.exit_code == 0
    assert result.output.count("WL405") == 3


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("compare", str(tmp_path / "nope.txt"), str(SEED_EDIT))
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_added_and_dropped_figures_inside_an_edited_sentence() -> None:
    old = "Police arrested 12 people and seized 40 guns on Monday, officials said.\n"
    new = "Police arrested 12 people on Monday and seized weapons, officials said.\n"
    assert messages(old, new) == ['figure dropped: "40" was here in the old version']
    assert messages(new, old) == ['figure added: "40" is not in the old version']


def test_sentences_added_or_cut_whole_are_editing_not_figure_changes() -> None:
    old = "The blast killed 12 people, police said.\n\nThe market had 300 stalls.\n"
    new = "The blast killed 12 people, police said.\n\nThe mayor visited on Tuesday with 4 aides.\n"
    assert messages(old, new) == []


def test_a_headline_the_new_body_no_longer_supports() -> None:
    old = "Dozens killed in clashes\n\nThe clashes killed more than 50 fighters, a monitor said.\n"
    new = "Dozens killed in clashes\n\nThe clashes killed 12 fighters, a monitor said.\n"
    found = messages(old, new)
    assert found[0].startswith("headline no longer matches the body:")
    assert '"Dozens"' in found[0] and '"12 fighters"' in found[0]
    assert found[1] == 'figure changed: 50 -> 12 ("more than 50" -> "12")'


def test_reordered_paragraphs_still_align() -> None:
    old = "The clashes killed 50 fighters, a monitor said.\n\nTalks on the ceasefire resumed in Geneva on Friday.\n"
    new = "Talks on the ceasefire resumed in Geneva on Friday.\n\nThe clashes killed 51 fighters, a monitor said.\n"
    assert messages(old, new) == ["figure changed: 50 -> 51"]


def test_articles_in_json_lines_are_paired_by_id(tmp_path: Path) -> None:
    line = '{{"id": "{id}", "headline": "Clashes", "body": "The clashes killed {n} fighters, a monitor said."}}\n'
    old = write(tmp_path, "old.jsonl", line.format(id="a", n=40) + line.format(id="b", n=7))
    new = write(tmp_path, "new.jsonl", line.format(id="b", n=7) + line.format(id="a", n=50))
    findings = json.loads(run_cli("compare", str(old), str(new), "--format", "json").output)
    assert [(f["article_id"], f["message"]) for f in findings] == [("a", "figure changed: 40 -> 50")]
