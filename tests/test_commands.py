"""The command layer: every command shares one definition of the selection, config and plugin
options and of the exit statuses; `compare` honours them like `check` (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED_EDIT, SEED_WIRE, run_cli, run_process

from wirelint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS


def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(SEED_WIRE.read_bytes())
    new.write_bytes(SEED_EDIT.read_bytes())
    return old, new


def test_compare_reports_changed_figures_by_default(tmp_path: Path):
    old, new = versions(tmp_path)
    result = run_process("compare", str(old), str(new), "--format", "json", cwd=tmp_path)
    assert result.returncode == EXIT_FINDINGS
    assert {f["code"] for f in json.loads(result.stdout)} == {"WL405"}


def test_compare_honours_the_command_line_selection(tmp_path: Path):
    old, new = versions(tmp_path)
    ignored = run_process("compare", str(old), str(new), "--ignore", "WL405", "--format", "json", cwd=tmp_path)
    assert ignored.returncode == EXIT_CLEAN, ignored.stderr
    assert json.loads(ignored.stdout) == []
    other = run_process("compare", str(old), str(new), "--select", "WL1", "--format", "json", cwd=tmp_path)
    assert json.loads(other.stdout) == [], "WL405 is not selected"


def test_compare_honours_the_discovered_config_and_config_option(tmp_path: Path):
    old, new = versions(tmp_path)
    (tmp_path / ".wirelint.toml").write_text('[severity]\nWL405 = "info"\n', encoding="utf-8")
    discovered = run_process("compare", str(old), str(new), "--format", "json", cwd=tmp_path)
    assert discovered.returncode == EXIT_CLEAN, "info is below the default fail level"
    assert {f["severity"] for f in json.loads(discovered.stdout)} == {"info"}
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["WL4"]\n', encoding="utf-8")
    chosen = run_process("compare", str(old), str(new), "--config", str(other), "--format", "json", cwd=tmp_path)
    assert chosen.returncode == EXIT_CLEAN
    assert json.loads(chosen.stdout) == []


def test_compare_refuses_an_unknown_code(tmp_path: Path):
    old, new = versions(tmp_path)
    result = run_process("compare", str(old), str(new), "--select", "FOO", cwd=tmp_path)
    assert result.returncode == EXIT_ERROR
    assert "unknown rule code or prefix 'FOO'; 'wirelint rules' lists them" in result.stderr


def test_compare_and_check_take_the_same_options():
    shared = {"--select", "--extend-select", "--ignore", "--fail-level", "--config", "--no-plugins", "--format"}
    for command in ("check", "compare"):
        text = run_cli(command, "--help").output
        assert all(option in text for option in shared), command


def test_explain_names_the_module_of_a_code_rule_and_the_pack_of_a_pack_rule():
    assert "Source: wirelint, wirelint.checks.numbers." in run_cli("explain", "WL401").output
    assert "Source: pack leftovers.toml." in run_cli("explain", "WL103").output
