"""The built-in plugin: wirelint's own readers, packs and code rules.

Registered through the same hooks as any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from wirelint.checks import lazy_rules
from wirelint.datafiles import packs_folder
from wirelint.document import Document
from wirelint.hookspecs import hookimpl
from wirelint.readers import Reader
from wirelint.rule import Rule

if TYPE_CHECKING:  # importlib.resources imports tempfile, shutil and random: 3 ms of every start
    from importlib.resources.abc import Traversable


@dataclass(frozen=True)
class LazyReader:
    """A built-in reader whose module loads on first use, so checking text files never imports YAML or HTML parsing."""

    format: str
    extensions: tuple[str, ...]
    module: str
    name: str

    @cached_property
    def reader(self) -> Reader:
        reader: Reader = getattr(import_module(self.module), self.name)()
        return reader

    def read(self, path: str, source: str) -> Document:
        return self.reader.read(path, source)


@hookimpl
def wirelint_readers() -> Sequence[Reader]:
    return [
        LazyReader("text", (".txt", ".text"), "wirelint.readers.text", "TextReader"),  # a cached result reads nothing
        LazyReader("markdown", (".md", ".markdown"), "wirelint.readers.markdown", "MarkdownReader"),
        LazyReader("html", (".html", ".htm"), "wirelint.readers.html", "HtmlReader"),
        LazyReader("json", (".json",), "wirelint.readers.json", "JsonReader"),
        LazyReader("jsonl", (".jsonl",), "wirelint.readers.json", "JsonLinesReader"),
    ]


@hookimpl
def wirelint_rule_packs() -> Sequence[Path | Traversable]:
    return sorted(packs_folder().glob("*.toml"))


@hookimpl
def wirelint_rules() -> Sequence[Rule]:
    return lazy_rules()
