"""Shared by the WL601 tests that lint one article as a file: write it, run ``check --select WL6`` on it and
return the output (the finding's line and column say where the other story starts)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli


def check_wl6(tmp_path: Path, text: str) -> str:
    """The WL6 output for ``text`` saved as ``story.txt`` under ``tmp_path``."""
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output
