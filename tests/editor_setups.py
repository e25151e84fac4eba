"""The editor set-ups of docs/editors.md, as a user copies them, for the editor tests."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from conftest import REPO

EDITORS_DOC = REPO / "docs" / "editors.md"
STORY = "Talks resume\n\nPowered by automated translation\n\nThe the talks went on.\n"
"""A draft with an error (WL102, line 3) and a warning (WL504, line 5)."""


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


@dataclass(frozen=True)
class EditorRun:
    """The files of one editor test: the documented set-up, the test's own check script, the
    story it opens, where the check writes what the editor showed, and the environment."""

    init: Path
    check: Path
    story: Path
    out: Path
    env: dict[str, str]


def editor_run(folder: Path, heading: str, language: str, ending: str, check: str) -> EditorRun:
    """Write the set-up under ``heading`` as ``init.ENDING``, the check script and the story."""
    run = EditorRun(
        folder / f"init.{ending}", folder / f"check.{ending}", folder / "story.txt", folder / "diagnostics.json",
        wirelint_command(folder / "bin"),
    )  # fmt: skip
    run.init.write_text(documented_block(heading, language), encoding="utf-8")
    run.check.write_text(check, encoding="utf-8")
    run.story.write_text(STORY, encoding="utf-8")
    run.env.update(WIRELINT_STORY=str(run.story), WIRELINT_OUT=str(run.out), HOME=str(folder / "home"))
    return run
