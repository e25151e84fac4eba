"""A plain ``wirelint check`` read without click (wirelint/commands/quick.py) is read as click reads it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from conftest import REPO, SEED_EDIT, run_cli, run_process

from wirelint.commands import quick
from wirelint.commands.check import check

SEED = str(SEED_EDIT)
READ = [
    ["check", SEED],
    ["check", "--no-cache", SEED],
    ["check", SEED, "--no-cache", "--select", "WL102"],
    ["check", "--select=WL1,WL301", "--select", "wl5", "--ignore", "WL503", "--extend-select=WL6", SEED],
    ["check", "--format", "json", "--fail-level", "error", SEED, SEED],
    ["check", "--format=sarif", "--fail-level=info", "--jobs", "3", SEED],
    ["check", "-j2", "-v", "--statistics", "--no-plugins", SEED],
    ["check", "-j", "1", "--fix", "--unsafe-fixes", "--exit-non-zero-on-fix", SEED],
    ["check", "--diff", "--verbose", "--cache-dir", "elsewhere", SEED],
    ["check", "--stdin-filename", "story.md", "-"],
    ["check", "--cache-dir=somewhere", "--", "-odd-name.txt", "--fix"],
    ["check", "does-not-exist.txt", "--select", ""],
    ["check", ""],
]
"""Command lines the quick reader reads."""
LEFT_TO_CLICK = [
    [],
    ["rules"],
    ["--version"],
    ["check", "--help"],
    ["check", "-h", SEED],
    ["check", "--config", "wirelint.toml", SEED],
    ["check", "--format", "xml", SEED],
    ["check", "--format=JSON", SEED],
    ["check", "--fail-level", "fatal", SEED],
    ["check", "--jobs", "0", SEED],
    ["check", "-j", "two", SEED],
    ["check", "--jobs", "+2", SEED],
    ["check", "--format", "json", "--format", "text", SEED],
    ["check", "--fix=yes", SEED],
    ["check", "--select", SEED, "--ignore"],
    ["check", "--select", "--fix", SEED],
    ["check", "-vj2", SEED],
    ["check", "--no-cach", SEED],
    ["check", "-5", SEED],
    ["check", "--cache-dir", SEED, SEED],  # a file where a folder is wanted
]
"""Command lines click must read (help, another command, a value click converts or refuses, an error)."""


def _click_reads(argv: list[str]) -> dict[str, object]:
    with check.make_context("check", argv[1:]) as context:
        return dict(context.params)


@pytest.mark.parametrize("argv", READ, ids=" ".join)
def test_a_plain_command_line_gives_what_click_gives(argv: list[str], monkeypatch) -> None:
    monkeypatch.delenv(quick.CACHE_ENV, raising=False)
    read = quick.read_check(argv)
    assert read is not None, "a plain command line is read without click"
    assert read == _click_reads(argv)


@pytest.mark.parametrize("argv", LEFT_TO_CLICK, ids=" ".join)
def test_anything_else_is_left_to_click(argv: list[str], monkeypatch) -> None:
    monkeypatch.delenv(quick.CACHE_ENV, raising=False)
    assert quick.read_check(argv) is None


def test_the_cache_folder_from_the_environment_completion_and_windows_are_left_to_click(monkeypatch) -> None:
    monkeypatch.setenv(quick.CACHE_ENV, "from-env")
    assert quick.read_check(["check", SEED]) is None
    monkeypatch.delenv(quick.CACHE_ENV)
    monkeypatch.setenv("_WIRELINT_COMPLETE", "bash_complete")
    assert quick.read_check(["check", SEED]) is None
    monkeypatch.delenv("_WIRELINT_COMPLETE")
    assert quick.read_check(["check", SEED]) is not None
    monkeypatch.setattr(quick.os, "name", "nt")  # click expands wildcards in the arguments there
    assert quick.read_check(["check", SEED]) is None


def test_the_quick_reader_knows_every_option_of_check_as_click_declares_it() -> None:
    declared = {opt: param for param in check.params for opt in (*param.opts, *param.secondary_opts)}
    known = {*quick.FLAGS, *quick.REPEATED, *quick.VALUED}
    assert set(declared) == known | {"paths", "--config"}, "a new option of check must be added to the reader"
    for opt, name in quick.FLAGS.items():
        assert isinstance(declared[opt], click.Option) and declared[opt].is_flag and declared[opt].name == name
    for opt, name in quick.REPEATED.items():
        assert declared[opt].multiple and not declared[opt].is_flag and declared[opt].name == name
    for opt, name in quick.VALUED.items():
        option = declared[opt]
        assert not option.multiple and not option.is_flag and option.name == name and option.nargs == 1
    assert declared["--config"].name == "config_path"  # left to click: it checks that the file exists
    assert declared["--cache-dir"].envvar == quick.CACHE_ENV


def test_the_program_runs_a_plain_check_without_click_and_prints_what_click_would(tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom wirelint.commands import quick\n"
        "try:\n    quick.run_check(sys.argv[1:])\nexcept SystemExit as leaving:\n"
        "    print('click' in sys.modules, 'pluggy' in sys.modules, leaving.code)\n"
    )
    args = ["check", "--no-cache", "--select", "WL1", SEED]
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)  # fmt: skip
    *printed, last = done.stdout.splitlines(keepends=True)
    assert last.split() == ["False", "False", "1"], done.stderr
    through_click = run_cli(*args)
    assert "".join(printed) == through_click.stdout and through_click.exit_code == 1
    assert "WL102" in through_click.stdout


def test_the_program_leaves_anything_else_to_click(tmp_path: Path) -> None:
    helped = run_process("check", "--help", cwd=tmp_path)
    assert helped.returncode == 0 and "--stdin-filename" in helped.stdout
    refused = run_process("check", "--jobs", "0", SEED, cwd=tmp_path)
    assert refused.returncode == 2 and "Invalid value for '--jobs'" in refused.stderr
    empty = run_process("check", cwd=tmp_path)
    assert empty.returncode == 2 and "give at least one file" in empty.stderr


def test_a_closed_pipe_ends_the_quick_check_quietly(tmp_path: Path) -> None:
    command = f"{sys.executable} -m wirelint check --no-cache {SEED} {SEED} {SEED} | head -c 10"
    done = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)  # fmt: skip
    assert done.stdout == SEED[:10] or len(done.stdout) == 10
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_the_program_pauses_the_collector_before_it_imports_anything_heavy() -> None:
    probe = (
        "import sys\nbefore = set(sys.modules)\nfrom wirelint.commands import quick, startup\n"
        "print(sorted(name for name in set(sys.modules) - before if not name.startswith('wirelint')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert set(ast.literal_eval(done.stdout)) <= {"__future__", "atexit", "gc"}, done.stdout
