"""Output formats. A formatter turns findings into text; it knows nothing of rules' logic.

Each format is a module of this package with a ``render`` function, loaded when it is
first used, so the command line can offer the names without importing the formatters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirelint.finding import Finding
    from wirelint.rule import Rule

Formatter = Callable[[list["Finding"], Mapping[str, "Rule"], bool], str]

FORMAT_NAMES = ("text", "json", "sarif", "github")
"""The ``--format`` choices of ``check`` and ``compare``."""


class _Formatters(Mapping[str, Formatter]):
    """The formatter of each format name, its module imported on first use."""

    def __getitem__(self, name: str) -> Formatter:
        if name not in FORMAT_NAMES:
            raise KeyError(name)
        render: Formatter = import_module(f"wirelint.output.{name}").render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(FORMAT_NAMES)

    def __len__(self) -> int:
        return len(FORMAT_NAMES)


FORMATS: Mapping[str, Formatter] = _Formatters()
