"""Rule trial: a draft pack over an archive, per rule hits and a sample of matches in context."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import Result
from conftest import run_cli
from test_audit_archive import DRAFT_PACK, build_archive, build_records

from wirelint.audit.outputs import read_findings

SAID = re.compile(r"(?i)\bsaid\b")
MARKER = "Powered by automated translation"
COUNT = 24


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("trial")
    pack = root / "draft.toml"
    pack.write_text(DRAFT_PACK, encoding="utf-8")
    return build_archive(root / "archive", COUNT), pack


def run_trial(archive: Path, pack: Path, *extra: str | Path) -> Result:
    args = ["audit", archive, "--pack", pack, "--scheduler", "synchronous", "--no-cache", *extra]
    return run_cli(*map(str, args))


def test_trial_runs_only_the_draft_pack_and_counts_articles_per_rule(trial: tuple[Path, Path], tmp_path: Path):
    archive, pack = trial
    result = run_trial(archive, pack, "--sample", "5", "-o", tmp_path / "matches.jsonl")
    rows = read_findings(tmp_path / "matches.jsonl")
    assert {row["code"] for row in rows} == {"DR101", "DR102"}, "configured rules do not run in a trial"
    records = build_records(COUNT)
    good_hits = sum(MARKER in r["body"] for r in records)
    broad_hits = sum(bool(SAID.search(r["headline"]) or SAID.search(r["body"])) for r in records)
    assert 0 < good_hits < broad_hits < COUNT
    assert f"DR101 translation-marker-draft: {good_hits} articles hit ({100 * good_hits / COUNT:.1f}%)" in result.stdout
    assert f"DR102 said-everywhere: {broad_hits} articles hit ({100 * broad_hits / COUNT:.1f}%)" in result.stdout
    said_matches = sum(1 for row in rows if row["code"] == "DR102")
    assert f"{said_matches} matches" in result.stdout and said_matches > broad_hits


def test_trial_shows_a_sample_of_matches_in_context(trial: tuple[Path, Path]):
    archive, pack = trial
    result = run_trial(archive, pack, "--sample", "5")
    broad = result.stdout[result.stdout.index("DR102") :]
    samples = [line for line in broad.splitlines() if line.startswith("  ") and "sample of" not in line]
    assert len(samples) == 5
    for line in samples:
        assert re.search(r":\d+:\d+(?: \S+)?: ….*\[said\].*…$", line, re.IGNORECASE), line
    good = result.stdout[result.stdout.index("DR101") : result.stdout.index("DR102")]
    assert f"[{MARKER}]" in good


def test_the_sample_does_not_depend_on_partitioning(trial: tuple[Path, Path]):
    archive, pack = trial

    def samples(size: str) -> list[str]:
        output = run_trial(archive, pack, "--sample", "4", "--partition-size", size).stdout
        return [line for line in output.splitlines() if line.startswith("  ")]

    assert samples("3") == samples("50")


def test_trial_page_lists_each_rule_with_marked_matches(trial: tuple[Path, Path], tmp_path: Path):
    archive, pack = trial
    run_trial(archive, pack, "--sample", "3", "--html", tmp_path / "trial.html")
    page = (tmp_path / "trial.html").read_text(encoding="utf-8")
    assert f"Rule trial: {pack}" in page
    broad = page[page.index('id="rule-DR102"') :]
    assert len(re.findall(r"<mark>said</mark>", broad, re.IGNORECASE)) == 3
    good = page[page.index('id="rule-DR101"') : page.index('id="rule-DR102"')]
    assert f"<mark>{MARKER}</mark>" in good


def test_a_broken_draft_pack_is_an_error_naming_it(tmp_path: Path):
    pack = tmp_path / "draft.toml"
    pack.write_text('[[rule]]\ncode = "DR1"\n', encoding="utf-8")
    archive = build_archive(tmp_path / "archive", 3)
    result = run_trial(archive, pack)
    assert result.exit_code == 2
    assert f"rule pack {pack}" in result.stderr
