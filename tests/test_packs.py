"""Rule packs: every example in every pack is a test; bad packs fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import example_cases

from wirelint.api import default_engine
from wirelint.builtin import packs_folder
from wirelint.config import Settings
from wirelint.errors import PackError
from wirelint.packs import PackRule, load_pack
from wirelint.repeat_budget import repeat_expansion

PACK_FILES = sorted(packs_folder().glob("*.toml"))


def _pack_rules() -> list[PackRule]:
    return [rule for path in PACK_FILES for rule in load_pack(path)]


def _examples(kind: str) -> list[tuple[str, str]]:
    return example_cases(((rule.code, rule.examples) for rule in _pack_rules()), kind)


def _rule(code: str) -> PackRule:
    return next(rule for rule in _pack_rules() if rule.code == code)


def test_builtin_packs_exist_and_load():
    assert PACK_FILES, "no built-in packs found"
    rules = _pack_rules()
    assert len({r.code for r in rules}) == len(rules), "duplicate codes across packs"


def test_every_pack_rule_has_examples_both_ways():
    for rule in _pack_rules():
        assert rule.examples.match, f"{rule.code} has no match examples"
        assert rule.examples.no_match, f"{rule.code} has no no-match examples"


@pytest.mark.parametrize(("code", "text"), _examples("match"))
def test_match_example_is_reported(code: str, text: str):
    assert list(_rule(code).matches(text)), f"{code} should match {text!r}"


@pytest.mark.parametrize(("code", "text"), _examples("no-match"))
def test_no_match_example_is_not_reported(code: str, text: str):
    assert not list(_rule(code).matches(text)), f"{code} should not match {text!r}"


def write_pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_RULE = """
[[rule]]
code = "XX101"
name = "no-foo"
severity = "warning"
message = "foo: {match}"
pattern = 'foo'
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD_RULE + "colour = 'red'\n", "unknown key(s) colour"),
        (GOOD_RULE.replace("pattern = 'foo'", "pattern = '(foo'"), "bad pattern"),
        (GOOD_RULE.replace('severity = "warning"', 'severity = "fatal"'), "unknown severity"),
        (GOOD_RULE.replace('code = "XX101"\n', ""), "missing key(s) code"),
        (GOOD_RULE.replace('name = "no-foo"', 'name = "No Foo"'), "kebab-case"),
        (GOOD_RULE + "fields = ['sidebar']\n", "unknown field(s) sidebar"),
        (GOOD_RULE + "fix = 'explode'\n", "fix must be one of"),
        ("[rules]\nx = 1\n", "unknown top-level key(s): rules"),
        ("[[rule]\n", "invalid TOML"),
        (GOOD_RULE.replace("pattern = 'foo'", "pattern = '(?:(?:a{1000}){1000}){1000}'"), "too large"),
    ],
)
def test_bad_pack_is_an_error_naming_the_pack(tmp_path: Path, body: str, expected: str):
    path = write_pack(tmp_path, body)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("pattern", "expansion"),
    [
        ("foo", 1),
        (r"\d{4}", 4),
        ("(?:a{1000}){100}", 100_000),
        ("(?:(?:a{10}){20,30}|b){5}", 1_500),
        ("x{2,}(?:y{,7})", 7),
        (r"[{(]{3}\{999}", 3),  # braces and parentheses in a class or escaped are literal
        ("a{x}", 1),
    ],
)
def test_repeat_expansion_multiplies_nested_counts(pattern: str, expansion: int):
    assert repeat_expansion(pattern) == expansion


def test_pack_rule_reports_with_fix_and_message(tmp_path: Path):
    path = write_pack(tmp_path, GOOD_RULE + "fix = { replace = 'bar' }\n")
    rule = load_pack(path)[0]
    settings = Settings(rule_packs=(path,), select=("XX",))
    result = default_engine().lint_source("story.txt", "A foo walks in.\n", settings)
    assert [f.code for f in result.findings] == ["XX101"]
    finding = result.findings[0]
    assert finding.message == "foo: foo"
    assert (finding.line, finding.column, finding.end_column) == (1, 3, 6)
    assert finding.fix is not None and finding.fix.edits[0].text == "bar"
    assert rule.origin == str(path)


def test_catastrophic_pattern_is_stopped_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import wirelint.packs

    monkeypatch.setattr(wirelint.packs, "MATCH_TIMEOUT", 0.2)
    path = write_pack(tmp_path, GOOD_RULE.replace("pattern = 'foo'", "pattern = '(a|aa)+$'"))
    settings = Settings(rule_packs=(path,), select=("XX", "WL102"))
    text = "a" * 40 + "!\n\nPowered by automated translation\n"
    result = default_engine().lint_source("story.txt", text, settings)
    assert len(result.errors) == 1
    assert "XX101" in result.errors[0] and str(path) in result.errors[0]
    assert [f.code for f in result.findings] == ["WL102"], "the other rules still ran"
