"""Entity sets that a third-party plugin ships work exactly like the built-in ones."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO, install_plugin, run_process

PLUGIN = """
from pathlib import Path

from wirelint.hookspecs import hookimpl


@hookimpl
def wirelint_rule_packs():
    return [Path(__file__).with_name("names_pack.toml")]
"""
PACK = """
[[entity]]
canonical = "Myanmar"
preferred = "Myanmar"
first-reference = "any"
names = [{ full = "Myanmar" }, { full = "Burma" }]
"""
STORY = "Floods in Myanmar\n\nFloods hit Burma on Monday, officials said.\n"


def check(tmp_path: Path, *options: str) -> list[dict[str, object]]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    if not (site / "names_plugin.py").exists():
        install_plugin(site, "names_plugin", PLUGIN)
        (site / "names_pack.toml").write_text(PACK)
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run_process(
        "check", str(story), "--select", "WL3", "--format", "json", *options, env={"PYTHONPATH": f"{site}:{REPO}"}
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_a_plugin_packs_entity_set_is_used_by_the_naming_rules(tmp_path: Path):
    findings = check(tmp_path)
    assert [(f["code"], f["line"]) for f in findings] == [("WL301", 3)]
    assert 'use "Myanmar"' in str(findings[0]["message"])
    assert findings[0]["fix"] is not None


def test_without_plugins_the_set_is_gone(tmp_path: Path):
    assert check(tmp_path, "--no-plugins") == []
