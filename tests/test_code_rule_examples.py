"""Code rules that carry examples: every example is a test, and each such rule documents itself."""

from __future__ import annotations

from importlib import import_module

import pytest
from conftest import only

from wirelint.checks import FAMILY_MODULES
from wirelint.rule import Rule

EXAMPLED = [
    rule_class
    for name in FAMILY_MODULES
    for rule_class in import_module(f"wirelint.checks.{name}").RULES
    if hasattr(rule_class, "examples")
]


def _examples(kind: str) -> list[tuple[str, str]]:
    cases = []
    for rule_class in EXAMPLED:
        examples = rule_class.examples.match if kind == "match" else rule_class.examples.no_match
        cases.extend((rule_class.code, text) for text in examples)
    return cases


def test_the_leftover_and_mechanics_code_rules_carry_examples():
    assert {"WL104", "WL108", "WL502", "WL503", "WL506"} <= {rule_class.code for rule_class in EXAMPLED}


@pytest.mark.parametrize(("code", "text"), _examples("match"))
def test_code_rule_match_example_isonly(code: str, text: str):
    assert only(code, text), f"{code} should report {text!r}"


@pytest.mark.parametrize(("code", "text"), _examples("no-match"))
def test_code_rule_no_match_example_is_notonly(code: str, text: str):
    assert not only(code, text), f"{code} should not report {text!r}"


def test_code_rules_document_themselves():
    for rule_class in EXAMPLED:
        rule: Rule = rule_class()
        assert rule.docs.what and rule.docs.why and rule.docs.example and rule.docs.use_instead, rule.code
