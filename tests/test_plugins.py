"""Plugins: entry points, the built-in plugin, and containment of broken ones."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO, install_plugin, run_process

from wirelint import hookspecs
from wirelint.registry import build_registry, plugin_manager

PLUGIN = """
from wirelint.hookspecs import hookimpl
from wirelint.rule import Rule, RuleDocs
from wirelint.finding import Severity


class NoKittens(Rule):
    code = "XK001"
    name = "no-kittens"
    severity = Severity.WARNING
    docs = RuleDocs("Kittens in copy.")

    def check(self, article, settings):
        for block in self.blocks(article):
            index = block.text.find("kitten")
            if index >= 0:
                yield self.finding(block, index, index + 6, "a kitten")


class Explodes(Rule):
    code = "XK002"
    name = "explodes"

    def check(self, article, settings):
        raise RuntimeError("boom")


@hookimpl
def wirelint_rules():
    return [NoKittens(), Explodes()]
"""


def test_every_builtin_hook_implementation_has_a_spec():
    manager, problems = plugin_manager(autoload=False)
    manager.check_pending()
    assert problems == []
    assert {name for name in dir(hookspecs) if name.startswith("wirelint_")} == {
        "wirelint_readers",
        "wirelint_rule_packs",
        "wirelint_rules",
    }


def test_builtin_rules_come_through_the_plugin_hooks():
    registry = build_registry(autoload=False)
    assert registry.rules["WL103"].origin.endswith("leftovers.toml")
    assert registry.reader_for("x.md").format == "markdown"
    assert registry.reader_for("x.unknown").format == "text"


def test_plugin_rule_runs_and_a_raising_rule_is_contained(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "kittens", PLUGIN)
    story = tmp_path / "s.txt"
    story.write_text("Title\n\nA kitten was rescued.\n\nPowered by automated translation\n")
    result = run_process("check", str(story), "--format", "json", env={"PYTHONPATH": f"{site}:{REPO}"})
    codes = [f["code"] for f in json.loads(result.stdout)]
    assert "XK001" in codes and "WL102" in codes, "plugin and built-in findings both stand"
    assert "internal error in rule XK002 (kittens): RuntimeError: boom" in result.stderr
    assert result.returncode == 2, "a rule error makes the run an error"
    listing = run_process("rules", env={"PYTHONPATH": f"{site}:{REPO}"})
    assert any(line.startswith("XK001") and line.rstrip().endswith("kittens") for line in listing.stdout.splitlines())


def test_broken_plugin_install_is_reported_not_fatal(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "broken", "import does_not_exist_anywhere\n")
    story = tmp_path / "s.txt"
    story.write_text("Title\n\nPowered by automated translation\n")
    result = run_process("check", str(story), "--select", "WL102", env={"PYTHONPATH": f"{site}:{REPO}"})
    assert "plugin 'broken' could not be loaded: ModuleNotFoundError" in result.stderr
    assert "WL102" in result.stdout
    assert result.returncode == 1


def test_autoload_can_be_switched_off(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "kittens", PLUGIN)
    story = tmp_path / "s.txt"
    story.write_text("Title\n\nA kitten.\n")
    env = {"PYTHONPATH": f"{site}:{REPO}"}
    assert "XK001" not in run_process("check", str(story), "--no-plugins", env=env).stdout
    off = run_process("check", str(story), env={**env, "WIRELINT_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert "XK001" not in off.stdout
