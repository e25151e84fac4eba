"""The result cache: keys follow content, config and versions; entries are atomic; ``check`` reuses them."""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import REPO, SEED_EDIT, install_plugin, run_cli, run_process

from wirelint.api import lint_text
from wirelint.commands import cache as cache_module
from wirelint.commands import runner
from wirelint.commands.cache import ResultCache, check_key
from wirelint.config import Settings, clear_caches
from wirelint.finding import Finding
from wirelint.registry import build_registry

KITTENS = """
from wirelint.hookspecs import hookimpl
from wirelint.rule import Rule


class NoKittens(Rule):
    code = "XK001"
    name = "no-kittens"

    def check(self, article, settings):
        for block in self.blocks(article):
            index = block.text.find("Kittens")
            if index >= 0:
                yield self.finding(block, index, index + 7, "kittens")


@hookimpl
def wirelint_rules():
    return [NoKittens()]
"""


def install_kittens(site: Path, version: str) -> None:
    """The kittens plugin at ``version``."""
    install_plugin(site, "kittens", KITTENS, version=version)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("v*/*/*.json"))


def check(*args: str | Path) -> Result:
    return run_cli("check", *map(str, args))


# --- the store ----------------------------------------------------------------


def test_values_round_trip_and_unreadable_entries_are_misses(tmp_path: Path):
    store = ResultCache(tmp_path / "c")
    assert store.get("ab12") is None
    store.put("ab12", {"rows": [1, "é"]})
    assert store.get("ab12") == {"rows": [1, "é"]}
    store.path_for("ab12").write_text('{"rows": [1,', encoding="utf-8")
    assert store.get("ab12") is None
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (tmp_path / "c" / ".gitignore").read_text() == "*\n"


def test_a_folder_that_cannot_be_written_only_turns_the_cache_off(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = ResultCache(blocker)
    store.put("ab12", [1])
    assert store.get("ab12") is None


def test_findings_survive_the_round_trip_with_fixes_and_positions():
    text = SEED_EDIT.read_text(encoding="utf-8")
    findings = lint_text(text, "story.txt", settings=Settings(select=("WL1", "WL5")))
    assert any(f.fix is not None and f.edit_positions for f in findings)
    again = [Finding.from_record(json.loads(json.dumps(f.to_record()))) for f in findings]
    assert again == findings


def _writer(folder: str, key: str, number: int, rounds: int) -> None:
    store = ResultCache(folder)
    for _ in range(rounds):
        store.put(key, {"writer": number, "padding": [number] * 50_000})


def test_concurrent_writers_never_expose_a_partial_entry(tmp_path: Path):
    folder, key = str(tmp_path / "c"), "ff" + "0" * 62
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_writer, args=(folder, key, n, 40)) for n in range(3)]
    for process in writers:
        process.start()
    store = ResultCache(folder)
    seen: list[object] = []
    while any(p.is_alive() for p in writers) or not seen:
        value = store.get(key)
        if value is not None or seen:
            seen.append(value)
        time.sleep(0.001)
    for process in writers:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert None not in seen, "once written, an entry is always complete"
    assert all(v["padding"] == [v["writer"]] * 50_000 for v in seen if isinstance(v, dict))
    assert [p.name for p in Path(folder).rglob("*") if p.name.endswith(".tmp")] == []


# --- keys -----------------------------------------------------------------------


def test_keys_change_with_content_config_packs_and_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    registry = build_registry(autoload=False)
    pack = tmp_path / "house.toml"
    pack.write_text('[[rule]]\ncode = "HS101"\nname = "a"\nseverity = "info"\nmessage = "m"\npattern = "x"\n')
    settings = Settings(rule_packs=(pack,))
    key = check_key("a.txt", "digest", settings, registry)
    assert key == check_key("a.txt", "digest", Settings(rule_packs=(pack,)), registry), "keys are stable"
    assert key != check_key("a.txt", "other", settings, registry)
    assert key != check_key("b.txt", "digest", settings, registry)
    assert key != check_key("a.txt", "digest", Settings(rule_packs=(pack,), ignore=("WL5",)), registry)
    pack.write_text(pack.read_text().replace('"x"', '"y"'))
    assert key != check_key("a.txt", "digest", settings, registry), "a pack is keyed by its content"
    edited = check_key("a.txt", "digest", settings, registry)
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    assert edited != check_key("a.txt", "digest", settings, registry)


# --- check --------------------------------------------------------------------


@pytest.fixture
def story(tmp_path: Path) -> Path:
    target = tmp_path / "story.txt"
    target.write_bytes(SEED_EDIT.read_bytes())
    return target


def test_second_check_is_served_from_the_cache_with_identical_output(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "cache"
    first = check(story, "--format", "json", "--cache-dir", folder)
    assert len(entries(folder)) == 1

    def must_not_lint(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("linted although cached")

    monkeypatch.setattr(runner, "check_text", must_not_lint)
    second = check(story, "--format", "json", "--cache-dir", folder)
    assert (second.exit_code, second.stdout) == (first.exit_code, first.stdout)
    sarif = check(story, "--format", "sarif", "--cache-dir", folder)
    assert sarif.exit_code == 1 and '"ruleId": "WL102"' in sarif.stdout


def test_changed_content_or_config_is_checked_again(story: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    before = check(story, "--format", "json", "--cache-dir", folder)
    story.write_text(story.read_text(encoding="utf-8").replace("Powered by automated translation\n", ""))
    after = check(story, "--format", "json", "--cache-dir", folder)
    assert "WL102" in before.stdout and "WL102" not in after.stdout
    (tmp_path / ".wirelint.toml").write_text('ignore = ["WL1"]\n')
    clear_caches()  # a new process would discover the new config file
    configured = check(story, "--format", "json", "--cache-dir", folder)
    assert '"code": "WL1' not in configured.stdout and '"code": "WL1' in after.stdout
    assert len(entries(folder)) == 3


def test_a_new_wirelint_version_misses_the_cache(story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "cache"
    check(story, "--cache-dir", folder)
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    check(story, "--cache-dir", folder)
    assert len(entries(folder)) == 2


def test_a_new_plugin_version_misses_the_cache(story: Path, tmp_path: Path):
    site = tmp_path / "site"
    install_kittens(site, "1.0")
    story.write_text("Kittens rescued\n\nKittens were rescued.\n", encoding="utf-8")
    env = {"PYTHONPATH": f"{site}:{REPO}"}
    folder = tmp_path / "cache"
    args = ("check", str(story), "--cache-dir", str(folder))
    first = run_process(*args, env=env)
    assert first.returncode == 1 and "XK001" in first.stdout and len(entries(folder)) == 1
    assert run_process(*args, env=env).stdout == first.stdout
    assert len(entries(folder)) == 1, "same versions: a hit"
    install_kittens(site, "1.1")
    assert run_process(*args, env=env).stdout == first.stdout
    assert len(entries(folder)) == 2, "a plugin upgrade is a miss"


def test_no_cache_writes_nothing_and_the_folder_is_configurable(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    check(story, "--no-cache")
    assert not (tmp_path / ".wirelint_cache").exists()
    check(story)
    assert len(entries(tmp_path / ".wirelint_cache")) == 1
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path / "elsewhere"))
    check(story)
    assert len(entries(tmp_path / "elsewhere")) == 1


def test_fix_does_not_trust_the_cache(story: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    assert check(story, "--cache-dir", folder).exit_code == 1
    check(story, "--fix", "--select", "WL102", "--cache-dir", folder)
    assert "Powered by automated translation" not in story.read_text(encoding="utf-8")


def test_runs_with_errors_are_not_cached(tmp_path: Path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"headline": "x", "body_text": ', encoding="utf-8")
    folder = tmp_path / "cache"
    assert check(broken, "--cache-dir", folder).exit_code == 2
    assert entries(folder) == []
