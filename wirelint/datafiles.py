"""Where wirelint's own data files are: the built-in rule packs.

A base module, so the built-in plugin, the text helpers that read vocabulary
from the packs, the result cache and the SARIF output all reach one definition
without importing the plugin (which imports the rules and readers).
"""

from __future__ import annotations

from pathlib import Path


def packs_folder() -> Path:
    """Where the built-in packs are: inside the installed package, or ``rules/`` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "builtin_packs"
    return installed if installed.is_dir() else here.parent / "rules"
