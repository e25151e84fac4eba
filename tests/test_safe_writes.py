"""``--fix`` writes safely: a temporary file in the same folder renamed over the original, mode,
owner and encoding kept, nothing written when the file changed, went away, is read-only or is a
symbolic link, and never a byte outside the paths given.

The CLI runs in-process so that faults can be injected between reading and writing.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest
from click.testing import Result
from conftest import run_cli

import wirelint.commands.runner
import wirelint.fixer

MARKER = "Powered by automated translation"
STORY = f"Title\n\nBody.\n{MARKER}\nMore body.\n"
FIXED = "Title\n\nBody.\nMore body.\n"


def fix(*paths: Path) -> Result:
    return run_cli("check", "--no-cache", "--select", "WL102", "--fix", "--jobs", "1", *map(str, paths))


def write_story(path: Path, text: str = STORY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_fix_writes_a_temporary_file_in_the_same_folder_and_renames_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    story = write_story(tmp_path / "desk" / "story.txt")
    made: list[str] = []
    renamed: list[tuple[str, str]] = []
    real_mkstemp, real_replace = tempfile.mkstemp, os.replace

    def mkstemp(**kwargs: object) -> tuple[int, str]:
        handle, name = real_mkstemp(**kwargs)  # type: ignore[call-overload]
        made.append(name)
        return handle, name

    def replace(source: str, target: object) -> None:
        renamed.append((str(source), str(target)))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)  # the fixer imports tempfile when it writes
    monkeypatch.setattr(wirelint.fixer.os, "replace", replace)

    result = fix(story)

    assert result.exit_code == 0, result.output
    [temporary] = made
    assert Path(temporary).parent == story.parent, "same folder, so the rename is atomic"
    assert renamed == [(temporary, str(story))]
    assert story.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in story.parent.iterdir()) == ["story.txt"], "no temporary file is left behind"


def test_a_failed_write_leaves_the_original_whole_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    story = write_story(tmp_path / "story.txt")
    other = write_story(tmp_path / "other.txt")

    def full_disk(descriptor: int) -> None:
        if os.path.basename(os.readlink(f"/proc/self/fd/{descriptor}")).startswith(".story.txt."):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wirelint.fixer.os, "fsync", full_disk)
    result = fix(story, other)

    assert result.exit_code == 2
    assert f"wirelint: error: {story}: not fixed, cannot write: No space left on device" in result.stderr
    assert story.read_text(encoding="utf-8") == STORY
    assert other.read_text(encoding="utf-8") == FIXED, "the other file is still fixed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt", "story.txt"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755, 0o2775])
def test_fix_keeps_the_file_mode(tmp_path: Path, mode: int):
    story = write_story(tmp_path / "story.txt")
    story.chmod(mode)
    assert fix(story).exit_code == 0
    assert stat.S_IMODE(story.stat().st_mode) == mode
    assert story.read_text(encoding="utf-8") == FIXED


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_fix_keeps_owner_and_group(tmp_path: Path):
    story = write_story(tmp_path / "story.txt")
    os.chown(story, 4321, 8765)
    assert fix(story).exit_code == 0
    info = story.stat()
    assert (info.st_uid, info.st_gid) == (4321, 8765), "a root fix must not hand the file to root"
    assert story.read_text(encoding="utf-8") == FIXED


def test_read_only_file_is_not_fixed(tmp_path: Path):
    story = write_story(tmp_path / "story.txt")
    story.chmod(0o444)
    result = fix(story)
    assert result.exit_code == 2
    assert f"wirelint: error: {story}: is read-only: not fixed" in result.stderr
    assert story.read_text(encoding="utf-8") == STORY


def test_folder_that_cannot_take_a_temporary_file_is_an_error_naming_the_file(tmp_path: Path):
    folder = tmp_path / "locked"
    story = write_story(folder / "story.txt")
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("running with privileges that ignore folder permissions (e.g. root)")
        result = fix(story)
        assert result.exit_code == 2
        assert f"wirelint: error: {story}: not fixed, cannot write: Permission denied" in result.stderr
        assert story.read_text(encoding="utf-8") == STORY
    finally:
        folder.chmod(0o755)


def change_while_checking(monkeypatch: pytest.MonkeyPatch, name: str, change: object) -> None:
    """Run ``change(path)`` after ``name`` was read and linted, before it is written."""
    real_check_text = wirelint.commands.runner.check_text

    def check_text(path_name: str, *args: object, **kwargs: object) -> object:
        outcome = real_check_text(path_name, *args, **kwargs)  # type: ignore[arg-type]
        if Path(path_name).name == name:
            change(Path(path_name))  # type: ignore[operator]
        return outcome

    monkeypatch.setattr(wirelint.commands.runner, "check_text", check_text)


def test_file_changed_since_it_was_read_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    story = write_story(tmp_path / "story.txt")
    other = write_story(tmp_path / "other.txt")
    edited = STORY + "A reporter's new paragraph.\n"
    change_while_checking(monkeypatch, "story.txt", lambda path: path.write_text(edited, encoding="utf-8"))

    result = fix(story, other)

    assert result.exit_code == 2
    assert f"wirelint: error: {story}: changed on disk while being checked: not fixed" in result.stderr
    assert story.read_text(encoding="utf-8") == edited, "the reporter's edit survives"
    assert other.read_text(encoding="utf-8") == FIXED


def test_file_deleted_while_checked_is_not_recreated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    story = write_story(tmp_path / "story.txt")
    change_while_checking(monkeypatch, "story.txt", Path.unlink)
    result = fix(story)
    assert result.exit_code == 2
    assert f"wirelint: error: {story}: cannot re-read before writing: No such file or directory" in result.stderr
    assert not story.exists()
    assert list(tmp_path.iterdir()) == []


def test_symbolic_link_is_never_written_through(tmp_path: Path):
    outside = write_story(tmp_path / "outside" / "real.txt")
    tree = tmp_path / "tree"
    tree.mkdir()
    link = tree / "story.txt"
    link.symlink_to(outside)
    (tree / "linked-desk").symlink_to(outside.parent, target_is_directory=True)

    walked = fix(tree)
    given = fix(link)

    for result in (walked, given):
        assert result.exit_code == 2
        assert f"wirelint: error: {link}: is a symbolic link: not fixed" in result.stderr
    assert "linked-desk" not in walked.output, "links to folders are not followed"
    assert outside.read_text(encoding="utf-8") == STORY
    assert link.is_symlink()


def test_file_swapped_for_a_symbolic_link_while_checked_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Same content, so only the link check stands between the fix and the file outside."""
    outside = write_story(tmp_path / "outside.txt")
    story = write_story(tmp_path / "tree" / "story.txt")

    def swap(path: Path) -> None:
        path.unlink()
        path.symlink_to(outside)

    change_while_checking(monkeypatch, "story.txt", swap)
    result = fix(story)
    assert result.exit_code == 2
    assert f"wirelint: error: {story}: is a symbolic link: not fixed" in result.stderr
    assert outside.read_text(encoding="utf-8") == STORY


def test_fix_writes_only_the_files_it_fixes(tmp_path: Path):
    clean = write_story(tmp_path / "clean.txt", "Title\n\nNothing to fix.\n")
    story = write_story(tmp_path / "story.txt")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in tmp_path.iterdir()}

    assert fix(tmp_path).exit_code == 0

    after = {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in tmp_path.iterdir()}
    assert set(after) == set(before), "no file created or removed"
    assert after["clean.txt"] == before["clean.txt"] and after["notes.bin"] == before["notes.bin"]
    assert after["story.txt"][1] != before["story.txt"][1], "the fixed file was replaced by rename"
    assert clean.read_text(encoding="utf-8") == "Title\n\nNothing to fix.\n"
    assert story.read_text(encoding="utf-8") == FIXED


def test_a_stale_temporary_file_from_a_killed_run_is_not_checked(tmp_path: Path):
    write_story(tmp_path / ".story.txt.k3j2h1.wirelint")
    result = run_cli("check", "--no-cache", "--select", "WL102", str(tmp_path))
    assert result.exit_code == 0
    assert MARKER not in result.stdout
