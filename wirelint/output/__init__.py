"""Output formats. A formatter turns findings into text; it knows nothing of rules' logic."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from wirelint.finding import Finding
from wirelint.output import github, json, sarif, text
from wirelint.rule import Rule

Formatter = Callable[[list[Finding], Mapping[str, Rule], bool], str]

FORMATS: dict[str, Formatter] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
}
