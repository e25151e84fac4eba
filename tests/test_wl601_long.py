"""WL601 on a very long article: the verdict arrives, the rule is not stopped by its time budget (issue 17,
integrity16).

A reviewer's 1,200-paragraph article stopped WL601 at its time budget: the article-wide passes asked the
per-paragraph memos (:mod:`wirelint.memo`, which hold about a thousand paragraphs) again and again, and the island
passes re-added what came before each paragraph. The island passes now read each paragraph once per article
(:class:`~wirelint.text.storyislands.IslandParagraph`) with running counts of what came before. The test asserts
the outcome (the one merge found, no rule stopped), never a time.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

PEOPLE = ("Olaf Berg", "Sara Cohen", "Tom Hill", "Priya Nair", "Anna Lee", "Carlos Ruiz", "Mei Chen", "John Smith")
THINGS = ("harbour", "ferry", "quay", "berths", "cranes", "pier", "dredging", "moorings", "slipway", "warehouse")
OTHER_STORY = (
    "Meanwhile, the husband of a Canadian nurse held by militia fighters in eastern Congo has appealed for her "
    "release. Amelie Tremblay, 41, was seized at a roadblock near Goma by gunmen of the M23 movement, her family "
    "says. Her husband Marc said the hospital charity she works for had heard nothing from the kidnappers."
)
PARAGRAPHS = 2400
"""More than twice the paragraphs the per-paragraph memos hold."""


def _paragraph(number: int) -> str:
    person = PEOPLE[number % len(PEOPLE)]
    first, second = THINGS[number % len(THINGS)], THINGS[(number * 3 + 1) % len(THINGS)]
    return (
        f"{person} told the harbour board that the {first} and the {second} would need repairs costing "
        f"{number % 90 + 10} thousand pounds before the summer season."
    )


def test_a_very_long_article_gets_its_verdict_without_the_rule_being_stopped(tmp_path: Path) -> None:
    body = [_paragraph(number) for number in range(PARAGRAPHS)]
    body[-1] += OTHER_STORY  # glued with no space, as in seed 001
    story = tmp_path / "long.txt"
    story.write_text("Harbour board weighs repair bill\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    result = run_cli("check", "-j1", "--no-cache", "--select", "WL601", str(story))
    assert "stopped" not in result.output
    assert result.output.count("WL601") == 1
    assert f"long.txt:{2 * PARAGRAPHS + 1}:{len(body[-1]) - len(OTHER_STORY) + 1}: WL601 a different story" in (
        result.output
    )
