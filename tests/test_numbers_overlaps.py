"""WL402 and counts that overlap or come on top: parts at later stages of one process ([stages] in
quantities.toml) may count the same people, and a part said to come on top of a list that adds up is no share."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli


def _wl402(tmp_path: Path, sentence: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(f"Arrests in the capital\n\n{sentence}\n", encoding="utf-8")
    result = run_cli("check", str(path), "--select", "WL402", "--no-cache")
    return [line for line in result.output.splitlines() if "WL402" in line]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 30 people, with 20 charged and 15 released on bail, a police spokesman said.",
        "Of the 40 passengers on board, 12 were treated in hospital and 30 were flown home, the airline said.",
        "The bank will cut 300 jobs, with 200 in London and 100 in New York, and a further 50 at its Paris office "
        "next year.",
    ],
    ids=["charged-then-bailed", "treated-then-flown-home", "a-further-part-on-top"],
)
def test_overlapping_or_added_counts_do_not_contradict_the_total(tmp_path: Path, sentence: str) -> None:
    assert _wl402(tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 30 people, with 20 charged and 15 released without charge, a police spokesman said.",
        "Of the 40 passengers on board, 12 died and 30 were flown home, the airline said.",
        "The bank will cut 300 jobs, with 200 in London and 90 in New York, and a further 50 at its Paris office "
        "next year.",
        "The attack killed 12 people: 8 soldiers, 4 police officers and another 3 civilians, the army said.",
        "Police detained 50 people, of whom 30 were held without charge and 25 were charged with rioting.",
    ],
    ids=["charged-or-released", "died-or-flown-home", "a-further-part-after-a-list-that-does-not-add-up",
         "another-part-of-a-colon-list", "held-without-charge-or-charged"],
)
def test_exclusive_outcomes_that_add_up_to_more_still_contradict_it(tmp_path: Path, sentence: str) -> None:
    assert len(_wl402(tmp_path, sentence)) == 1
