"""The built-in plugin: wirelint's own readers, packs and code rules.

Registered through the same hooks as any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources.abc import Traversable
from pathlib import Path

from wirelint.checks import all_rules
from wirelint.hookspecs import hookimpl
from wirelint.readers import Reader
from wirelint.readers.html import HtmlReader
from wirelint.readers.json import JsonLinesReader, JsonReader
from wirelint.readers.markdown import MarkdownReader
from wirelint.readers.text import TextReader
from wirelint.rule import Rule


def packs_folder() -> Path:
    """Where the built-in packs are: inside the installed package, or ``rules/`` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "builtin_packs"
    return installed if installed.is_dir() else here.parent / "rules"


@hookimpl
def wirelint_readers() -> Sequence[Reader]:
    return [TextReader(), MarkdownReader(), HtmlReader(), JsonReader(), JsonLinesReader()]


@hookimpl
def wirelint_rule_packs() -> Sequence[Path | Traversable]:
    return sorted(packs_folder().glob("*.toml"))


@hookimpl
def wirelint_rules() -> Sequence[Rule]:
    return all_rules()
