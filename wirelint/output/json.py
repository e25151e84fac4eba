"""``--format json``: one array of findings in the shape fixed by DESIGN.md."""

from __future__ import annotations

import json
from collections.abc import Mapping

from wirelint.finding import Finding
from wirelint.rule import Rule


def render(findings: list[Finding], rules: Mapping[str, Rule], colour: bool = False) -> str:
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"
