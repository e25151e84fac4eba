"""Every code rule carries examples, and every example is a test (as every pack rule's is)."""

from __future__ import annotations

from importlib import import_module

import pytest
from conftest import example_cases, only

from wirelint.checks import FAMILY_MODULES
from wirelint.rule import Rule, VersionRule

CODE_RULES = [rule_class for name in FAMILY_MODULES for rule_class in import_module(f"wirelint.checks.{name}").RULES]
EXAMPLED = [rule_class for rule_class in CODE_RULES if not issubclass(rule_class, VersionRule)]
"""A version rule (WL405) needs two versions, which one text cannot give: tests/test_compare.py runs it."""


def _examples(kind: str) -> list[tuple[str, str]]:
    return example_cases(((rule_class.code, rule_class.examples) for rule_class in EXAMPLED), kind)


def test_every_code_rule_carries_examples_it_reports_and_leaves_alone():
    missing = [rule.code for rule in EXAMPLED if not (rule.examples.match and rule.examples.no_match)]
    assert missing == []


@pytest.mark.parametrize(("code", "text"), _examples("match"))
def test_code_rule_match_example_is_reported(code: str, text: str):
    assert only(code, text), f"{code} should report {text!r}"


@pytest.mark.parametrize(("code", "text"), _examples("no-match"))
def test_code_rule_no_match_example_is_not_reported(code: str, text: str):
    assert not only(code, text), f"{code} should not report {text!r}"


def test_code_rules_document_themselves():
    for rule_class in EXAMPLED:
        rule: Rule = rule_class()
        assert rule.docs.what and rule.docs.why and rule.docs.example and rule.docs.use_instead, rule.code
