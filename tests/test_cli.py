"""The command line as a user runs it: options, formats, fixes, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import SEED_EDIT, SEED_WIRE, run_cli, run_process

LEFTOVERS = ("--select", "WL101,WL102")
DESIGN_KEYS = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "code",
    "name",
    "severity",
    "message",
    "field",
    "fix",
]


def test_seed_reports_boilerplate_and_translation_marker_with_positions():
    result = run_cli("check", str(SEED_EDIT), *LEFTOVERS)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{SEED_EDIT}:6:1: WL101 [*] Photo-credit or agency restriction boilerplate")
    assert (
        lines[1]
        == f'{SEED_EDIT}:7:1: WL102 [*] Machine-translation marker left in the copy: "Powered by automated translation"'
    )
    assert lines[2] == "Found 2 findings (2 fixable with --fix)."


def test_json_output_has_exactly_the_design_shape():
    result = run_cli("check", str(SEED_EDIT), *LEFTOVERS, "--format", "json")
    data = json.loads(result.stdout)
    assert [list(item) for item in data] == [DESIGN_KEYS, DESIGN_KEYS]
    marker = data[1]
    assert (marker["line"], marker["column"], marker["end_line"], marker["end_column"]) == (7, 1, 7, 33)
    assert (marker["code"], marker["name"], marker["severity"], marker["field"]) == (
        "WL102",
        "machine-translation-marker",
        "error",
        "body",
    )
    assert marker["fix"]["description"] == "delete the line"
    assert marker["fix"]["edits"][0]["content"] == ""


def test_json_output_is_an_empty_array_when_clean(tmp_path: Path):
    clean = tmp_path / "clean.txt"
    clean.write_text("A quiet day\n\nNothing happened, officials said.\n")
    result = run_cli("check", str(clean), "--format", "json", *LEFTOVERS)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_fix_removes_leftovers_and_second_run_is_clean(seed_copy: Path):
    first = run_cli("check", str(seed_copy), *LEFTOVERS, "--fix")
    assert first.exit_code == 0, first.stdout
    text = seed_copy.read_text(encoding="utf-8")
    assert "RESTRICTED TO EDITORIAL USE" not in text and "Powered by automated translation" not in text
    assert text.count("\n") == SEED_EDIT.read_text(encoding="utf-8").count("\n") - 2, "two whole lines went"
    second = run_cli("check", str(seed_copy), *LEFTOVERS, "--fix")
    assert second.exit_code == 0
    assert seed_copy.read_text(encoding="utf-8") == text, "a second --fix changes nothing"


def test_diff_shows_fixes_without_writing(seed_copy: Path):
    before = seed_copy.read_bytes()
    result = run_cli("check", str(seed_copy), *LEFTOVERS, "--diff")
    assert result.exit_code == 1
    assert "-Powered by automated translation" in result.stdout
    assert result.stdout.startswith(f"--- a/{seed_copy}")
    assert seed_copy.read_bytes() == before


def test_fix_and_diff_together_is_a_usage_error(seed_copy: Path):
    result = run_cli("check", str(seed_copy), "--fix", "--diff")
    assert result.exit_code == 2
    assert "cannot be used together" in result.output


def test_stdin_uses_stdin_filename_for_format_and_path():
    result = run_cli(
        "check", "-", "--stdin-filename", "draft.txt", *LEFTOVERS, input="Title\n\nTranslated with DeepL\n"
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("draft.txt:3:1: WL102")


def test_stdin_fix_prints_the_fixed_text():
    result = run_cli(
        "check",
        "-",
        "--stdin-filename",
        "d.txt",
        *LEFTOVERS,
        "--fix",
        input="Title\n\nBody text.\nPowered by automated translation\n",
    )
    assert result.stdout == "Title\n\nBody text.\n"


def test_select_and_ignore_choose_rules():
    only_marker = run_cli("check", str(SEED_EDIT), "--select", "WL102", "--format", "json")
    assert {f["code"] for f in json.loads(only_marker.stdout)} == {"WL102"}
    ignored = run_cli("check", str(SEED_EDIT), *LEFTOVERS, "--ignore", "WL102", "--format", "json")
    assert {f["code"] for f in json.loads(ignored.stdout)} == {"WL101"}
    extended = run_cli("check", str(SEED_EDIT), "--select", "WL101", "--extend-select", "WL102", "--format", "json")
    assert {f["code"] for f in json.loads(extended.stdout)} == {"WL101", "WL102"}


def test_fail_level_decides_the_exit_status(tmp_path: Path):
    config = tmp_path / ".wirelint.toml"
    config.write_text("select = ['WL101', 'WL102']\n[severity]\nWL1 = 'info'\n")
    story = tmp_path / "s.txt"
    story.write_bytes(SEED_EDIT.read_bytes())
    assert run_cli("check", str(story)).exit_code == 0, "info is below the default fail level"
    assert run_cli("check", str(story), "--fail-level", "info").exit_code == 1


def test_statistics_counts_per_rule(tmp_path: Path):
    result = run_cli("check", str(SEED_EDIT), str(SEED_WIRE), *LEFTOVERS, "--statistics")
    rows = [line.split() for line in result.stdout.splitlines()]
    assert ["1", "WL101", "[*]", "photo-credit-boilerplate"] in rows
    assert ["1", "WL102", "[*]", "machine-translation-marker"] in rows


def test_folders_recurse_with_include_and_exclude(tmp_path: Path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("T\n\nPowered by automated translation\n")
    (tmp_path / "drafts" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "b.txt").write_text("T\n\nPowered by automated translation\n")
    result = run_cli("check", str(tmp_path), *LEFTOVERS, "--format", "json")
    paths = {Path(f["path"]).name for f in json.loads(result.stdout)}
    assert paths == {"a.txt"}


def test_jobs_output_is_identical_to_a_serial_run(tmp_path: Path):
    for index in range(12):
        (tmp_path / f"story{index:02}.txt").write_bytes(SEED_EDIT.read_bytes() if index % 2 else SEED_WIRE.read_bytes())
    serial = run_cli("check", str(tmp_path), "--jobs", "1", "--format", "json")
    parallel = run_cli("check", str(tmp_path), "--jobs", "2", "--format", "json")
    assert serial.stdout == parallel.stdout
    assert len(json.loads(serial.stdout)) >= 12


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
        (b"Caf\xe9 society\n", "invalid UTF-8 at byte 3 (0xe9)"),
    ],
)
def test_bad_input_is_a_clear_error_with_exit_2(tmp_path: Path, content: bytes, expected: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("T\n\nPowered by automated translation\n")
    result = run_process("check", str(bad), str(good), *LEFTOVERS)
    assert result.returncode == 2
    assert f"wirelint: error: {bad}: {expected}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "good.txt:3:1: WL102" in result.stdout, "the other file is still checked"


def test_missing_path_is_exit_2(tmp_path: Path):
    result = run_process("check", str(tmp_path / "nope.md"))
    assert result.returncode == 2
    assert "nope.md: no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_paths_is_a_usage_error():
    result = run_cli("check")
    assert result.exit_code == 2
    assert "give at least one file" in result.output


def test_utf16_and_crlf_files_are_read_and_fixed_in_place(tmp_path: Path):
    story = tmp_path / "s.txt"
    story.write_bytes("Title\r\n\r\nBody.\r\nPowered by automated translation\r\nMore body.\r\n".encode("utf-16"))
    result = run_cli("check", str(story), *LEFTOVERS, "--fix")
    assert result.exit_code == 0
    assert story.read_bytes() == "Title\r\n\r\nBody.\r\nMore body.\r\n".encode("utf-16")


def test_colour_only_on_a_tty_and_never_with_no_color():
    from wirelint.commands.common import use_colour as _use_colour

    class Tty:
        def isatty(self) -> bool:
            return True

    assert _use_colour(Tty()) is (not os.environ.get("NO_COLOR"))
    result = run_cli("check", str(SEED_EDIT), *LEFTOVERS, env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout


def test_rules_lists_every_rule_with_its_source():
    result = run_cli("rules")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["CODE", "NAME", "SEVERITY", "FIX", "SOURCE"]
    row = next(r for r in rows if r.startswith("WL103"))
    assert "editing-placeholder" in row and "pack leftovers.toml" in row
    code_rule = next(r for r in rows if r.startswith("WL102"))
    assert "machine-translation-marker" in code_rule and code_rule.endswith("wirelint")


def test_rules_json_lists_codes():
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"WL101", "WL102"} <= {rule["code"] for rule in data}


def test_explain_shows_what_why_example_and_alternative():
    result = run_cli("explain", "WL102")
    assert result.exit_code == 0
    for heading in (
        "WL102 (machine-translation-marker)",
        "## What it does",
        "## Why it matters",
        "## Example",
        "## Use instead",
    ):
        assert heading in result.stdout
    assert run_cli("explain", "machine-translation-marker").stdout == result.stdout


def test_explain_unknown_code_is_exit_2():
    result = run_cli("explain", "WL999")
    assert result.exit_code == 2
    assert "no rule 'WL999'" in result.output


def test_console_script_entry_point_runs_like_python_m(tmp_path: Path):
    result = run_process("--version")
    assert result.returncode == 0 and "wirelint" in result.stdout
