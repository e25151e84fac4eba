"""The built wheel carries the rule packs, and an installed copy finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow


def test_wheel_contains_the_packs_and_installed_copy_uses_them(tmp_path: Path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(wheels.glob("wirelint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(p.name for p in (REPO / "rules").glob("*.toml"))
    assert sorted(Path(n).name for n in names if n.startswith("wirelint/builtin_packs/")) == packs
    packages = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "wirelint").rglob("__init__.py"))
    assert [p for p in packages if p not in names] == [], "a subpackage is missing from pyproject's packages"
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = subprocess.run(
        [sys.executable, "-c", "from wirelint.builtin import packs_folder; print(packs_folder())"],
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()) == target / "wirelint" / "builtin_packs"
