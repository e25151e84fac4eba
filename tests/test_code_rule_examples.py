"""Code rules that carry examples: every example is a test, and each such rule documents itself."""

from __future__ import annotations

from importlib import import_module

import pytest
from conftest import example_cases, only

from wirelint.checks import FAMILY_MODULES
from wirelint.rule import Rule

EXAMPLED = [
    rule_class
    for name in FAMILY_MODULES
    for rule_class in import_module(f"wirelint.checks.{name}").RULES
    if hasattr(rule_class, "examples")
]


def _examples(kind: str) -> list[tuple[str, str]]:
    return example_cases(((rule_class.code, rule_class.examples) for rule_class in EXAMPLED), kind)


def test_the_leftover_and_mechanics_code_rules_carry_examples():
    assert {"WL104", "WL108", "WL502", "WL503", "WL506"} <= {rule_class.code for rule_class in EXAMPLED}


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
