"""``--format json``: one array of findings in the shape fixed by DESIGN.md."""

from __future__ import annotations

import json
from collections.abc import Mapping

from wirelint.finding import Finding
from wirelint.output.paths import display_path
from wirelint.rule import Rule


def render(findings: list[Finding], rules: Mapping[str, Rule], colour: bool = False) -> str:
    documents = [{**f.to_dict(), "path": display_path(f.path)} for f in findings]
    return json.dumps(documents, indent=2, ensure_ascii=False) + "\n"
