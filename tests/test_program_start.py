"""The ``wirelint`` program pauses the garbage collector before it imports anything (wirelint.program).

No timings: these count collections and look at the collector's state, as the
program runs (a fresh process, its exit callbacks reporting).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SEED_EDIT

REPORT = """
import atexit, gc, os, sys
early = []  # collections before start-up's objects were set aside (gc.freeze after the first file)
gc.callbacks.append(lambda phase, info: early.append(1) if phase == "start" and not gc.get_freeze_count() else None)
atexit.register(lambda: os.write(2, f"REPORT {{len(early)}} {{gc.isenabled()}}\\n".encode()))
sys.argv = ["wirelint", *{arguments!r}]
from {entry} import program
program()
"""


def _report(bytecode: Path, *arguments: str, entry: str = "wirelint.program") -> tuple[int, bool, str]:
    """Collections before the first file was checked, whether the collector was on at exit, and stdout, from
    the second of two runs (the first writes the bytecode, as an install has it: compiling a source file
    before the program starts may well make a collection)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(bytecode))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", REPORT.format(arguments=list(arguments), entry=entry)],
                              env=env, capture_output=True, text=True, timeout=120, cwd=REPO)  # fmt: skip
    line = next(line for line in done.stderr.splitlines() if line.startswith("REPORT "))
    _, count, enabled = line.split()
    return int(count), enabled == "True", done.stdout


def test_a_check_makes_no_collection_before_its_first_file_is_checked(tmp_path: Path) -> None:
    count, enabled, output = _report(tmp_path, "check", "--no-cache", str(SEED_EDIT))
    assert count == 0 and enabled  # on again after the first file
    assert "WL104" in output
    # the command line's own entry pauses it only once click is imported: some collections come first
    assert _report(tmp_path, "check", "--no-cache", str(SEED_EDIT), entry="wirelint.cli")[0] > 0


def test_any_other_command_runs_with_the_collector_on(tmp_path: Path) -> None:
    for arguments in (("rules",), ("explain", "WL101")):
        _, enabled, output = _report(tmp_path, *arguments)
        assert enabled and "WL101" in output


def test_importing_the_package_imports_nothing_heavy() -> None:
    script = (
        "import sys\nimport wirelint\n"
        "print(sorted(m for m in ('typing', 'pathlib', 'click', 'regex') if m in sys.modules), wirelint.__version__)"
    )
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=60, check=True, cwd=REPO)  # fmt: skip
    from wirelint.version import __version__

    assert done.stdout.split() == ["[]", __version__]
