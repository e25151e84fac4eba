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


def rating_story(source: str, closing: str) -> str:
    """A short wire story of a rating agency raising a utility's debt, its headline naming the agency as ``source``
    and its last paragraph, on a place and words of its own, ending "quickly, ``closing``." ("S/P said")."""
    return (
        f"NORTHERN GAS <NGC> DEBT RAISED BY {source}\n\n"
        "    Standard and Poor's Corp said it raised to A-minus from\n"
        "BBB-plus Northern Gas Co's senior debentures.\n"
        "    The utility's preferred stock was affirmed. The company\n"
        "has 640 mln dlrs of debt outstanding.\n"
        "    S and P cited better cash flow after a 1986 rate order.\n"
        "    Although writedowns tied to the cancelled Ashby Ridge\n"
        "storage caverns have thinned shareholder equity, retaining\n"
        "dividends until at least 1989 should rebuild reserves fairly\n"
        f"quickly, {closing}.\n"
        " Reuter\n"
    )
