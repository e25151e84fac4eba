"""WL401 over a supply cut written with its verb before the count ("cut power to N homes"), or with "had no".

A headline's "Millions without power" counts what the body's figure counts; the body may name the cut before
the figure ("The storm cut power to 60,000 homes") or after it ("450 households had no running water").
"""

from __future__ import annotations

import conftest
import pytest
from test_numbers_structure import WL4

CUTS = [
    ("Millions without power after storm", "The storm cut power to {n} homes, the operator said.", 60_000, 2_300_000),
    ("Thousands without water in heatwave", "The company cut off water to {n} homes during the heatwave.", 300, 24_000),
    ("Hundreds without heating in cold snap", "Engineers said {n} households had no heating on Monday.", 12, 450),
]


@pytest.mark.parametrize(("headline", "body", "outside", "inside"), CUTS, ids=[c[0] for c in CUTS])
def test_a_supply_cut_named_before_the_count_or_with_had_no_is_compared(
    headline: str, body: str, outside: int, inside: int
) -> None:
    text = f"{headline}\n\n{body}\n\nRepairs went on overnight, officials said.\n"
    assert [f.code for f in conftest.lint(text.format(n=f"{outside:,}"), settings=WL4)] == ["WL401"]
    assert conftest.lint(text.format(n=f"{inside:,}"), settings=WL4) == []
