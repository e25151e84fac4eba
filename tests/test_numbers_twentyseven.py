"""WL402 of the numbers27 pass (issue 16): parts given with "respectively", in sentences of my own.

1. A list of counts closed by "respectively" is one list of parts, whatever joins its counts, and its total is the
   count before it in its sentence or the sentence before: the message names that total, not a part.
2. The parts may name the total's event rather than its people ("deaths", "wounded"), be sub-groups pointed back
   with "of whom", or follow the things they go with ("X and Y lost 8 and 9 respectively").
3. Parts short of the total contradict it only when the copy says the list is whole; "including" says it is not.
4. A "respectively" list of another measure (years, goals, percentages) or of peers set beside the count ("while")
   is no part of a toll, and the count of the things the
   parts go with ("two hospitals") is not their total.
The things-first test, the whole-or-some test and the other-measure tests pass before the pass as well: they are
guards that keep the new reading from reaching too far.
"""

from __future__ import annotations

from pathlib import Path

import conftest
import pytest


def _wl402(tmp_path: Path, body: str) -> list[str]:
    """The WL402 messages `wirelint check` prints for a story with ``body``."""
    path = tmp_path / "story.txt"
    path.write_text("Story\n\n" + body + "\n", encoding="utf-8")
    result = conftest.run_cli("check", str(path), "--select", "WL4")
    return [line.split("WL402 ", 1)[1] for line in result.output.splitlines() if " WL402 " in line]


LISTS = [
    # (template with {n} {a} {b}, the total as the message quotes it)
    ("The gale drowned {n} fishermen, {a} and {b} of them off Ushant and Sein respectively.", "fishermen"),
    ("A fire at the depot hurt {n} workers. The loading bay and the canteen had {a} and {b} injured respectively.",
     "workers"),
    ("Cholera has killed {n} people in the valley, of whom {a}, 3 and {b} died in Upper, Middle and Lower Dara "
     "respectively.", "people"),
    ("Rockets killed {n} people, with the two border villages recording {a} and {b} deaths respectively.", "people"),
]


@pytest.mark.parametrize(("template", "noun"), LISTS, ids=["of-them", "next-sentence", "of-whom-three", "deaths"])
def test_the_message_names_the_total_before_the_respective_list(tmp_path: Path, template: str, noun: str) -> None:
    three = 3 if "3 and" in template else 0
    found = _wl402(tmp_path, template.format(n=40, a=22, b=24))
    assert len(found) == 1
    assert found[0].startswith('total "40 ') and noun in found[0].split(" contradicts")[0]
    assert f"22 + {'3 + ' if three else ''}24" in found[0]
    assert _wl402(tmp_path, template.format(n=40 + three, a=19, b=21)) == []  # parts that add up


def test_things_named_first_then_their_counts(tmp_path: Path) -> None:
    found = _wl402(tmp_path, "Two storms killed 31 walkers. Snowdon and Helvellyn lost 17 and 18 respectively.")
    assert len(found) == 1 and found[0].startswith('total "31 walkers"')


def test_short_parts_contradict_only_a_whole_list(tmp_path: Path) -> None:
    whole = "The two fires hurt 50 people in all, 20 and 21 of them at the mill and the school respectively."
    some = "The two fires hurt 50 people, including 20 and 21 at the mill and the school respectively."
    assert len(_wl402(tmp_path, whole)) == 1
    assert _wl402(tmp_path, some) == []


@pytest.mark.parametrize("body", [
    "The riot injured 30 people. The two ringleaders were jailed for 18 and 19 years respectively.",
    "The crush hurt 30 fans. The two clubs scored 18 and 19 goals respectively.",
    "About 300 posts will go in sales, while 250 and 90 will go in IT and legal respectively.",
    "Exports rose 7 pct and imports 6 pct, after 12 and 13 pct respectively in May.",
], ids=["years", "goals", "peers-while", "percentages"])
def test_other_measures_are_no_parts(tmp_path: Path, body: str) -> None:
    assert _wl402(tmp_path, body) == []


def test_the_count_of_the_things_is_no_total(tmp_path: Path) -> None:
    found = _wl402(tmp_path, "The 30 people hurt were taken to two hospitals, which took 14 and 18 of them "
                             "respectively.")
    assert len(found) == 1 and found[0].startswith('total "30 people')
