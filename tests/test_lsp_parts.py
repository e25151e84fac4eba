"""The language server's two lint processes each run half of the rules (wirelint.lsp.linting.SECOND_PART): the
merged findings must be exactly those of one lint with every rule, after every edit, and fixing must still use
every rule."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_incremental import PARAGRAPHS, _edit

from tests.conftest import SEED_EDIT
from wirelint.config import Settings
from wirelint.engine import Engine
from wirelint.fixer import fix_to_fixed_point
from wirelint.lsp import linting
from wirelint.lsp.linting import Linter, Snapshot, part_of
from wirelint.lsp.wire import plain
from wirelint.registry import get_registry


def test_every_rule_is_in_exactly_one_share_and_both_shares_have_rules() -> None:
    codes = list(get_registry(False).rules)
    shares = [[code for code in codes if part_of(code, 2) == part] for part in (0, 1)]
    assert sorted(shares[0] + shares[1]) == sorted(codes)
    assert all(shares)
    assert all(part_of(code, 1) == 0 for code in codes)  # one process runs every rule


@pytest.fixture
def two_processes(monkeypatch: pytest.MonkeyPatch) -> Linter:
    monkeypatch.setattr(linting, "lint_processes", lambda: 2)
    monkeypatch.setattr(linting, "cpu_to_spare", lambda using=False: True)
    linter = Linter(Engine(get_registry(False)), autoload=False)
    assert len(linter.processes) == 2
    yield linter
    linter.close()


def _second_started(linter: Linter) -> None:
    """Wait until what the second process's thread was given is done (it starts on the first lint, unwaited)."""
    assert linter._second is not None
    linter._second.submit(lambda: None).result()


def _snapshot(folder: Path, text: str, version: int) -> Snapshot:
    return Snapshot((folder / "story.txt").as_uri(), str(folder / "story.txt"), folder, None, text, version, "utf-16")


def test_two_shares_find_what_one_lint_finds_after_every_edit(two_processes: Linter, tmp_path: Path) -> None:
    engine, rng = Engine(get_registry(False)), random.Random(5)
    text = SEED_EDIT.read_text(encoding="utf-8") + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    shares = []
    for version in range(8):
        outcome = two_processes.lint(_snapshot(tmp_path, text, version))
        _second_started(two_processes)
        expected = engine.lint_source(str(tmp_path / "story.txt"), text, Settings())
        assert outcome.plain == [plain(finding) for finding in expected.findings]
        shares.append(outcome.request.parts if outcome.request else 0)
        assert {finding.code[:3] for finding in expected.findings} & set(linting.SECOND_PART)  # both shares found
        assert not outcome.errors
        text = _edit(text, rng)
    assert shares == [2] * 8  # both processes start on the first lint, side by side


def test_a_busy_machine_lints_every_rule_in_the_first_process(
    two_processes: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(linting, "cpu_to_spare", lambda using=False: False)
    text = SEED_EDIT.read_text(encoding="utf-8")
    outcome = two_processes.lint(_snapshot(tmp_path, text, 1))
    expected = Engine(get_registry(False)).lint_source(str(tmp_path / "story.txt"), text, Settings())
    assert outcome.plain == [plain(finding) for finding in expected.findings]
    assert outcome.request is not None and outcome.request.parts == 1


def test_a_machine_that_becomes_less_busy_starts_the_second_process_without_waiting_for_it(
    two_processes: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEED_EDIT.read_text(encoding="utf-8")
    monkeypatch.setattr(linting, "cpu_to_spare", lambda using=False: False)
    shares = [two_processes.lint(_snapshot(tmp_path, text, 1)).request]
    monkeypatch.setattr(linting, "cpu_to_spare", lambda using=False: True)
    shares.append(two_processes.lint(_snapshot(tmp_path, text, 2)).request)  # starts the second, unwaited
    _second_started(two_processes)
    shares.append(two_processes.lint(_snapshot(tmp_path, text, 3)).request)
    assert [request.parts if request else 0 for request in shares] == [1, 1, 2]


def test_the_second_process_starts_with_two_cpus_free_and_stops_only_well_above(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(linting, "_cpus", lambda: 2)
    for load, start, keep in ((0.5, True, True), (1.5, False, True), (2.5, False, True), (3.5, False, False)):
        monkeypatch.setattr(linting.os, "getloadavg", lambda load=load: (load, 1.0, 1.0))
        assert (linting.cpu_to_spare(), linting.cpu_to_spare(using=True)) == (start, keep), load


def test_fixing_with_two_processes_uses_every_rule(two_processes: Linter, tmp_path: Path) -> None:
    engine = Engine(get_registry(False))
    text = SEED_EDIT.read_text(encoding="utf-8")
    path = str(tmp_path / "story.txt")
    outcome = two_processes.lint(_snapshot(tmp_path, text, 1))
    assert outcome.request is not None and outcome.request.parts == 2
    fixed, _, _ = fix_to_fixed_point(text, lambda now: engine.lint_source(path, now, Settings()).findings)
    assert fixed != text
    assert two_processes.fix_all(outcome) == fixed
