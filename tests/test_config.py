"""Configuration: discovery, selection, severities, per-file ignores, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirelint.config import Settings, clear_caches, find_config, parse_settings, settings_for
from wirelint.errors import ConfigError
from wirelint.finding import Severity


@pytest.fixture(autouse=True)
def _fresh_caches():
    clear_caches()
    yield
    clear_caches()


def test_nearest_config_is_found_upward(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\nignore = ['WL3']\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == tmp_path / "pyproject.toml"
    assert settings_for(nested / "story.md").ignore == ("WL3",)


def test_pyproject_without_wirelint_table_is_skipped(tmp_path: Path):
    (tmp_path / ".wirelint.toml").write_text("select = ['WL1']\n")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(inner) == tmp_path / ".wirelint.toml"


def test_dot_wirelint_wins_over_pyproject_in_the_same_folder(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\nselect = ['WL2']\n")
    (tmp_path / ".wirelint.toml").write_text("select = ['WL1']\n")
    assert settings_for(tmp_path / "x.md").select == ("WL1",)


def test_select_ignore_by_prefix_most_specific_wins():
    settings = Settings(select=("WL",), ignore=("WL3",), extend_select=("WL301",))
    assert settings.is_selected("WL101")
    assert not settings.is_selected("WL302")
    assert settings.is_selected("WL301")
    assert not Settings(select=("WL1",)).is_selected("WL201")


def test_severity_override_longest_prefix():
    settings = parse_settings({"severity": {"WL1": "info", "WL102": "warning"}}, None)
    assert settings.severity_for("WL101", Severity.ERROR) is Severity.INFO
    assert settings.severity_for("WL102", Severity.ERROR) is Severity.WARNING
    assert settings.severity_for("WL201", Severity.ERROR) is Severity.ERROR


def test_per_file_ignores_match_globs_relative_to_config(tmp_path: Path):
    config = tmp_path / ".wirelint.toml"
    config.write_text("[per-file-ignores]\n'archive/*.md' = ['WL1']\n")
    settings = settings_for(tmp_path / "archive" / "old.md")
    assert not settings.is_selected("WL101", str(tmp_path / "archive" / "old.md"))
    assert settings.is_selected("WL101", str(tmp_path / "drafts" / "new.md"))


def test_rule_packs_are_relative_to_the_config_file(tmp_path: Path):
    (tmp_path / ".wirelint.toml").write_text("rule-packs = ['style/house.toml']\n")
    assert settings_for(tmp_path / "x.txt").rule_packs == ((tmp_path / "style" / "house.toml").resolve(),)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("colour = 'red'\n", "unknown key 'colour'"),
        ("select = 3\n", "'select' must be a list"),
        ("fail-level = 'fatal'\n", "'fail-level': unknown severity"),
        ("house-style = { ISIS = 3 }\n", "'house-style' maps a name"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_invalid_config_names_file_and_key(tmp_path: Path, content: str, expected: str):
    config = tmp_path / ".wirelint.toml"
    config.write_text(content)
    with pytest.raises(ConfigError) as caught:
        settings_for(tmp_path / "x.txt")
    assert str(config) in str(caught.value)
    assert expected in str(caught.value)


def test_config_is_data_not_code(tmp_path: Path):
    marker = tmp_path / "pwned"
    (tmp_path / ".wirelint.toml").write_text(f"select = ['WL1']\n# __import__('os').system('touch {marker}')\n")
    (tmp_path / "conftest.py").write_text(f"open({str(marker)!r}, 'w')\n")
    settings_for(tmp_path / "x.txt")
    assert not marker.exists()


def test_exclude_matches_names_and_relative_paths(tmp_path: Path):
    settings = Settings(config_path=tmp_path / ".wirelint.toml", exclude=("drafts", "archive/old/*"))
    assert settings.is_excluded(tmp_path / "drafts")
    assert settings.is_excluded(tmp_path / "archive" / "old" / "a.md")
    assert not settings.is_excluded(tmp_path / "archive" / "new" / "a.md")


def test_default_selects_every_rule_including_plugin_codes():
    settings = Settings()
    assert settings.is_selected("WL101") and settings.is_selected("XK001")
    assert not Settings(ignore=("XK",)).is_selected("XK001")
    assert Settings(select=("ALL",), ignore=("WL1",), extend_select=("WL102",)).is_selected("WL102")


def test_files_in_one_folder_share_one_settings_object_until_caches_are_cleared(tmp_path: Path):
    """The result cache fingerprints a Settings object once; a run must not rebuild it per file."""
    (tmp_path / ".wirelint.toml").write_text('ignore = ["WL5"]\n')
    overrides = {"select": ("WL1",), "fail_level": None}
    first = settings_for(tmp_path / "a.txt", overrides)
    assert first is settings_for(tmp_path / "b.txt", dict(overrides))
    assert first.select == ("WL1",) and first.ignore == ("WL5",)
    assert settings_for(tmp_path / "a.txt", {"select": ("WL2",)}).select == ("WL2",)
    (tmp_path / ".wirelint.toml").write_text('ignore = ["WL4"]\n')
    clear_caches()
    assert settings_for(tmp_path / "a.txt", overrides).ignore == ("WL4",)
