"""WL601's bars and counts of words are data (issue 17, integrity19): each is read from the TOML file next to the
module that uses it, and a missing or malformed number is an error naming that file, never a silent default."""

from pathlib import Path

import pytest

from wirelint.errors import PackError
from wirelint.text import storyaftermath, storynotes, storyscore
from wirelint.text.storydata import count, number
from wirelint.text.storyreuse import LOWEST_BAR


def test_the_bars_and_counts_come_from_the_data_files() -> None:
    assert storyscore.takeover_bars() == (1.2, 0.0)
    assert storyscore.subject_words() == 2
    assert storyaftermath.event_words() == 2
    assert storynotes.opening_words() == 6


def test_the_tail_apart_bar_is_no_lower_than_any_bar_a_re_lint_keeps() -> None:
    # an editor's re-lint leaves out a gap whose every stretch stays below LOWEST_BAR (storyreuse)
    assert storyscore.apart_bar() >= LOWEST_BAR


def test_a_missing_number_names_the_file(tmp_path: Path) -> None:
    data = tmp_path / "story.toml"
    data.write_text("[takeover]\nbar = 1.2\n", encoding="utf-8")
    assert number(data, "takeover", "bar") == 1.2
    with pytest.raises(PackError, match=r"story\.toml"):
        number(data, "takeover", "turned bar")


def test_a_count_must_be_a_whole_number(tmp_path: Path) -> None:
    data = tmp_path / "notes.toml"
    data.write_text('[opening]\nwithin = 6.5\n[event]\nleast = "two"\n', encoding="utf-8")
    with pytest.raises(PackError, match="whole number"):
        count(data, "opening", "within")
    with pytest.raises(PackError, match=r"notes\.toml"):
        count(data, "event", "least")


def test_the_paragraphs_before_a_tail_apart_are_data() -> None:
    """The paragraphs a tail apart needs before it sit with its other measures (integrity20), not in code."""
    assert count(storyscore.TAKEOVER_DATA, "tail apart", "least before") == 2
