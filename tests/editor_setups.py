"""The editor set-ups of docs/editors.md, as a user copies them, for the editor tests."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from conftest import REPO

EDITORS_DOC = REPO / "docs" / "editors.md"


def documented_block(heading: str, language: str) -> str:
    """The first ``language`` code block after ``heading`` in docs/editors.md."""
    text = EDITORS_DOC.read_text(encoding="utf-8")
    section = text[text.index(f"\n{heading}\n") :]
    start = section.index(f"```{language}\n") + len(f"```{language}\n")
    return section[start : section.index("```\n", start)]


def wirelint_command(folder: Path) -> dict[str, str]:
    """An environment whose PATH has a ``wirelint`` command running this checkout, as
    ``pip install`` would put one there (the set-ups start the server by that name)."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "wirelint"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m wirelint "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    python_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": python_path}
