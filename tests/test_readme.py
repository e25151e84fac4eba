"""The README's rule table is generated from the rules; it must not drift."""

from __future__ import annotations

from conftest import REPO

from wirelint.registry import build_registry
from wirelint.ruledocs import rules_markdown

START = "<!-- rules-table:"
END = "<!-- end rules-table -->"


def test_readme_rule_table_matches_the_rules():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n", readme.index(START)) + 1
    table = readme[start : readme.index(END)]
    registry = build_registry(autoload=False)
    expected = rules_markdown([registry.rules[code] for code in sorted(registry.rules)])
    assert table == expected, "run: python -m wirelint.ruledocs README.md"
