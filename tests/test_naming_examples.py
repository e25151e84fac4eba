"""Every example of every built-in entity set is a test, hard negatives included."""

from __future__ import annotations

import pytest
from conftest import example_cases
from naming_helpers import paragraph

from wirelint.config import Settings
from wirelint.naming.catalog import builtin_entities, index_for

SETS = builtin_entities()


def _cases(kind: str) -> list[tuple[str, str]]:
    return example_cases(((entity.canonical, entity.examples) for entity in SETS), kind)


def _unquoted(canonical: str, text: str) -> list[str]:
    mentions = index_for(Settings()).mentions(paragraph(text))
    return [m.text for m in mentions if m.entity.canonical == canonical and not m.quoted]


def test_every_set_has_examples_both_ways():
    assert SETS
    for entity in SETS:
        assert entity.examples.match, f"{entity.canonical} has no match examples"
        assert entity.examples.no_match, f"{entity.canonical} has no no-match examples"


@pytest.mark.parametrize(("canonical", "text"), _cases("match"))
def test_match_example_names_the_entity(canonical: str, text: str):
    assert _unquoted(canonical, text), f"{canonical} should be found in {text!r}"


@pytest.mark.parametrize(("canonical", "text"), _cases("no-match"))
def test_no_match_example_does_not(canonical: str, text: str):
    assert not _unquoted(canonical, text), f"{canonical} should not be found in {text!r}"
