"""The README's rule and config tables are generated from the code, and the rule tables of
docs/*.md are checked against it: none of them may drift."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import REPO

from wirelint.config import KEYS, Settings, parse_settings
from wirelint.registry import build_registry
from wirelint.ruledocs import GENERATED, generated_section, section_span

SAMPLE = {
    "codes": ["WL1"],
    "table": {},
    "severity": "info",
    "paths": [],
    "patterns": ["*.txt"],
}
"""A valid value of each kind of config key."""


@pytest.mark.parametrize("name", list(GENERATED))
def test_readme_generated_table_matches_the_code(name: str):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = section_span(readme, name)
    assert readme[start:end] == generated_section(name), "run: python -m wirelint.ruledocs README.md"


def test_every_documented_config_key_is_read_and_every_setting_has_a_key():
    for key, (kind, _) in KEYS.items():
        parse_settings({key: SAMPLE[kind]}, None)  # an unknown key would raise
    fields = {field.name for field in dataclasses.fields(Settings)} - {"config_path"}
    named = {key.replace("-", "_") for key in KEYS}
    assert fields <= named, f"settings without a documented key: {fields - named}"


ROW = re.compile(
    r"^\| *`?(?P<code>[A-Z]{2}\d{3})`? *\| *`?(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)`? *\|(?P<rest>.*)$", re.MULTILINE
)


@pytest.mark.parametrize("page", sorted((REPO / "docs").glob("*.md")), ids=lambda path: path.name)
def test_rule_tables_in_the_docs_match_the_rules(page):
    """A docs row that starts with a code and a name gives the rule's real name and, when it names
    one, its severity; a page's rule table lists every rule of the families it covers."""
    rules = build_registry(autoload=False).rules
    rows = list(ROW.finditer(page.read_text(encoding="utf-8")))
    for row in rows:
        rule = rules.get(row["code"])
        assert rule is not None, f"{page.name}: {row['code']} is no rule"
        assert row["name"] == rule.name, f"{page.name}: {row['code']} is {rule.name}, not {row['name']}"
        cells = [cell.strip() for cell in row["rest"].split("|")]
        severities = [cell for cell in cells if re.fullmatch(r"(error|warning|info)( / (error|warning|info))*", cell)]
        if severities:
            assert rule.severity.value in severities[0].split(" / "), f"{page.name}: {row['code']} severity"
    families = {row["code"][:3] for row in rows}
    listed = {row["code"] for row in rows}
    expected = {code for code in rules if code[:3] in families and code.startswith("WL")}
    assert listed == expected, f"{page.name}: rule table misses {sorted(expected - listed)}"
