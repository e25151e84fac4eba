"""Fixes: non-overlapping edits, atomic writes that keep mode and refuse surprises."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from conftest import SEED_EDIT, run_process

from wirelint.errors import InputError
from wirelint.files import read_source
from wirelint.finding import Edit, Finding, Fix, Severity
from wirelint.fixer import apply_edits, fix_count, write_atomically


def with_fix(start: int, end: int, text: str, safe: bool = True) -> Finding:
    return Finding("WL1", "n", Severity.ERROR, "m", start, end, fix=Fix("d", (Edit(start, end, text),), safe))


def test_overlapping_fixes_apply_only_the_first():
    text, applied = apply_edits("abcdef", [with_fix(1, 4, "X"), with_fix(3, 5, "Y"), with_fix(5, 6, "Z")])
    assert (text, applied) == ("aXeZ", 2)


def test_unsafe_fixes_need_asking():
    assert apply_edits("abc", [with_fix(0, 1, "", safe=False)]) == ("abc", 0)
    assert apply_edits("abc", [with_fix(0, 1, "", safe=False)], unsafe=True) == ("bc", 1)


def test_two_insertions_at_one_point_do_not_both_apply():
    assert apply_edits("ab", [with_fix(1, 1, "X"), with_fix(1, 1, "Y")])[1] == 1


def test_atomic_write_keeps_mode_and_leaves_no_temporary_file(tmp_path: Path):
    story = tmp_path / "s.txt"
    story.write_text("old text\n")
    os.chmod(story, 0o640)
    source = read_source(story)
    write_atomically(source, "new text\n")
    assert story.read_text() == "new text\n"
    assert stat.S_IMODE(story.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["s.txt"]


def test_write_refuses_a_file_changed_since_it_was_read(tmp_path: Path):
    story = tmp_path / "s.txt"
    story.write_text("v1\n")
    source = read_source(story)
    story.write_text("v2 by a colleague\n")
    with pytest.raises(InputError, match="changed on disk"):
        write_atomically(source, "fixed\n")
    assert story.read_text() == "v2 by a colleague\n"


def test_write_refuses_symbolic_links(tmp_path: Path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep\n")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    source = read_source(link)
    with pytest.raises(InputError, match="symbolic link"):
        write_atomically(source, "changed\n")
    assert outside.read_text() == "keep\n"


CAPTION_WITH_SLIPS = (
    "Fighters seize town\n\nFighters seized the town on Monday, officials said.\n\n"
    "An image grab shows the the fighters  in the town. AFP PHOTO / HO / WELAYAT HOMS\n\n"
    "The group has held the area before, officials said.\n"
)


@pytest.mark.parametrize("source", [SEED_EDIT.read_text(encoding="utf-8"), CAPTION_WITH_SLIPS], ids=["seed", "caption"])
def test_the_fixable_count_is_what_fix_then_fixes(tmp_path: Path, source: str):
    """A user saw "15 fixable with --fix" and then "Fixed 14": a finding inside text that another
    finding's fix deletes (a repeated word in the caption WL104 removes) was counted as a fix."""
    story = tmp_path / "story.txt"
    story.write_text(source, encoding="utf-8")
    checked = run_process("check", "--no-cache", str(story))
    announced = re.search(r"\((\d+) fixable with --fix\)", checked.stdout)
    assert announced, checked.stdout
    fixed = run_process("check", "--no-cache", "--fix", str(story))
    done = re.search(r"Fixed (\d+) findings?\.", fixed.stderr)
    assert done, fixed.stderr
    assert announced.group(1) == done.group(1)


def test_fix_count_leaves_out_fixes_inside_text_another_fix_removes():
    outer = with_fix(10, 40, "")
    inside = with_fix(20, 27, "the")
    overlapping = with_fix(35, 50, "")  # partly outside: applied on the next pass, so it counts
    insertion_at_the_edge = with_fix(40, 40, " ")
    assert fix_count([outer, inside, overlapping, insertion_at_the_edge]) == 3
    assert fix_count([inside]) == 1
