"""The pre-commit hook, run through ``pre-commit try-repo`` as a CMS repository would."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from wirelint.output.sarif import REPOSITORY

pytestmark = pytest.mark.slow


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def content_repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None or importlib.util.find_spec("pre_commit") is None:
        pytest.skip("git and pre-commit are needed")
    repo = tmp_path / "cms"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    (repo / "draft.md").write_text(
        "# Clashes in the desert\n\nFighting went on overnight, officials said.\n\nPowered by automated translation\n"
    )
    git(repo, "add", "draft.md")
    return repo


def try_repo(repo: Path, hook: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_hook_fails_on_a_bad_draft_then_passes_after_fix(content_repo: Path):
    failed = try_repo(content_repo, "wirelint")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "draft.md:5:1: WL102" in failed.stdout
    fixing = try_repo(content_repo, "wirelint-fix")
    assert fixing.returncode == 1, "a hook that changed files must fail"
    assert "Powered by" not in (content_repo / "draft.md").read_text()
    git(content_repo, "add", "draft.md")
    passed = try_repo(content_repo, "wirelint")
    assert passed.returncode == 0, passed.stdout + passed.stderr


def readme_snippet() -> str:
    """The ``.pre-commit-config.yaml`` the README tells a content repository to copy."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## pre-commit\n") :]
    start = section.index("```yaml\n") + len("```yaml\n")
    return section[start : section.index("```\n", start)]


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=900
    )


def test_the_readme_snippet_works_when_copied_and_autoupdate_pins_a_commit(content_repo: Path, tmp_path: Path):
    """A user copied the README's snippet and it named a tag that did not exist."""
    snippet = readme_snippet()
    assert f"repo: {REPOSITORY} " in snippet, "the snippet names the repository wirelint lives in"
    upstream = tmp_path / "wirelint.git"  # the repository as a user would fetch it: its committed main branch
    git(tmp_path, "clone", "-q", "--bare", str(REPO), str(upstream))
    git(upstream, "update-ref", "refs/heads/main", "HEAD")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=upstream, capture_output=True, text=True, check=True)
    (content_repo / ".pre-commit-config.yaml").write_text(snippet.replace(REPOSITORY, str(upstream)))
    git(content_repo, "add", ".pre-commit-config.yaml")
    failed = pre_commit(content_repo, "run", "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "draft.md:5:1: WL102" in failed.stdout
    updated = pre_commit(content_repo, "autoupdate")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    config = (content_repo / ".pre-commit-config.yaml").read_text()
    assert f"rev: {head.stdout.strip()}" in config, "with no release tag, autoupdate pins the newest commit"
    pinned = pre_commit(content_repo, "run", "--all-files")
    assert pinned.returncode == 1 and "draft.md:5:1: WL102" in pinned.stdout, pinned.stdout + pinned.stderr
