"""Errors that cost only what they affect, run the way a user runs them (issue 20): a broken
config or pack, a broken line of a JSON Lines feed, an unknown rule code, an empty file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli, run_process

MARKER = "Title\n\nPowered by automated translation\n"
UNKNOWN = "unknown rule code or prefix 'FOO'; 'wirelint rules' lists them"


def story(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MARKER, encoding="utf-8")
    return path


def test_a_broken_config_costs_only_the_files_under_it(tmp_path: Path):
    story(tmp_path / "good.txt")
    story(tmp_path / "d" / "x.txt")
    (tmp_path / "d" / ".wirelint.toml").write_text('select = ["WL1"\n', encoding="utf-8")
    result = run_process("check", "good.txt", "d", cwd=tmp_path)
    assert result.returncode == 2
    assert "good.txt:3:1: WL102" in result.stdout, "the file outside the broken config is checked"
    errors = [line for line in result.stderr.splitlines() if line.startswith("wirelint: error:")]
    assert len(errors) == 1, result.stderr
    assert ".wirelint.toml: invalid TOML" in errors[0] and "at line 1" in errors[0]
    assert "1 file not checked: d/x.txt" in errors[0]


def test_a_broken_config_deeper_in_a_folder_is_reported_once_for_all_its_files(tmp_path: Path):
    story(tmp_path / "good.txt")
    for name in ("a.txt", "b.txt", "c.txt"):
        story(tmp_path / "d" / name)
    (tmp_path / "d" / ".wirelint.toml").write_text("fail-level = 3\nnope = 1\n", encoding="utf-8")
    result = run_process("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "good.txt:3:1: WL102" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("wirelint: error:")]
    assert len(errors) == 1, result.stderr
    assert "3 files not checked: d/a.txt, d/b.txt, d/c.txt" in errors[0]


def test_files_under_a_broken_rule_pack_are_reported_as_not_checked(tmp_path: Path):
    story(tmp_path / "good.txt")
    story(tmp_path / "p" / "a.txt")
    story(tmp_path / "p" / "b.txt")
    (tmp_path / "p" / ".wirelint.toml").write_text('rule-packs = ["house.toml"]\n', encoding="utf-8")
    (tmp_path / "p" / "house.toml").write_text('[[rule]]\ncode = "HS1"\n', encoding="utf-8")
    result = run_process("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "good.txt:3:1: WL102" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("wirelint: error:")]
    assert len(errors) == 1, result.stderr
    assert "rule pack" in errors[0] and "house.toml" in errors[0]
    assert "2 files not checked: p/a.txt, p/b.txt" in errors[0]


def test_one_bad_line_of_a_json_lines_feed_costs_only_that_line(tmp_path: Path):
    item = {"headline": "T", "body_text": "Powered by automated translation"}
    lines = [json.dumps({"id": "a", **item}), '{"id": "b", "headl', json.dumps({"id": "c", **item})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_process("check", "feed.jsonl", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    assert {f["article_id"] for f in json.loads(result.stdout)} == {"a", "c"}
    assert "feed.jsonl: invalid JSON at line 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_line_that_is_not_an_object_is_named_and_the_rest_checked(tmp_path: Path):
    item = json.dumps({"id": "a", "headline": "T", "body_text": "Powered by automated translation"})
    (tmp_path / "feed.jsonl").write_text(f"[1, 2]\n{item}\n", encoding="utf-8")
    result = run_process("check", "feed.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "feed.jsonl:2:" in result.stdout
    assert "feed.jsonl: line 1: expected a JSON object" in result.stderr


@pytest.mark.parametrize("option", ["--select", "--extend-select", "--ignore"])
def test_an_unknown_code_on_the_command_line_is_a_usage_error(tmp_path: Path, option: str):
    story(tmp_path / "a.txt")
    result = run_process("check", "a.txt", option, "FOO", cwd=tmp_path)
    assert result.returncode == 2
    assert f"wirelint: error: {UNKNOWN}" in result.stderr
    assert "All checks passed" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "config",
    ['select = ["FOO"]', 'ignore = ["WL1", "FOO"]', 'extend-select = ["FOO"]', '[per-file-ignores]\n"*.txt" = ["FOO"]'],
)
def test_an_unknown_code_in_the_config_is_an_error_naming_the_config(tmp_path: Path, config: str):
    story(tmp_path / "a.txt")
    (tmp_path / ".wirelint.toml").write_text(config + "\n", encoding="utf-8")
    result = run_process("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert f".wirelint.toml: {UNKNOWN}" in result.stderr
    assert "All checks passed" not in result.stderr


def test_prefixes_of_real_rules_and_of_project_pack_rules_are_accepted(tmp_path: Path):
    story(tmp_path / "a.txt")
    (tmp_path / ".wirelint.toml").write_text('rule-packs = ["house.toml"]\n', encoding="utf-8")
    (tmp_path / "house.toml").write_text(
        '[[rule]]\ncode = "HS101"\nname = "powered"\nseverity = "warning"\nmessage = "m"\npattern = "Powered"\n',
        encoding="utf-8",
    )
    result = run_process("check", "a.txt", "--select", "HS1,WL1", "--ignore", "WL", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "a.txt:3:1: HS101" in result.stdout


@pytest.mark.parametrize(
    ("content", "note"),
    [(b"", "empty file, nothing to check"), (b"\xef\xbb\xbf", "empty file (only a byte-order mark), nothing to check")],
    ids=["empty", "bom-only"],
)
def test_an_empty_file_is_nothing_to_check_not_an_error(tmp_path: Path, content: bytes, note: str):
    (tmp_path / "empty.md").write_bytes(content)
    story(tmp_path / "good.txt")
    result = run_process("check", "empty.md", cwd=tmp_path)
    assert result.returncode == 0
    assert "empty" not in result.stderr
    verbose = run_process("check", "--verbose", "empty.md", "good.txt", cwd=tmp_path)
    assert verbose.returncode == 1, "the other file's finding decides the exit status"
    assert f"wirelint: note: empty.md: {note}" in verbose.stderr
    assert "wirelint: error" not in verbose.stderr


def test_an_empty_standard_input_is_nothing_to_check(tmp_path: Path):
    result = run_process("check", "-", "--stdin-filename", "new.md", cwd=tmp_path, input=b"")
    assert result.returncode == 0, result.stderr


def test_audit_refuses_an_unknown_code_too(tmp_path: Path):
    item = json.dumps({"id": "a", "headline": "T", "body": "Powered by automated translation"})
    (tmp_path / "feed.jsonl").write_text(item + "\n", encoding="utf-8")
    feed = str(tmp_path / "feed.jsonl")
    result = run_cli("audit", feed, "--scheduler", "synchronous", "--no-cache", "--select", "FOO")
    assert result.exit_code == 2
    assert f"wirelint: error: {UNKNOWN}" in result.stderr
