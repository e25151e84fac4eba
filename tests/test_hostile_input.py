"""Bad input through the command line: each gets a clear line naming the file and the cause,
exit status 2 where it is an error, and the other files are still checked.

Big inputs (50 MB, a 1 MB line, 100,000 files) are generated in tmp_path. The full
100,000-file lint runs only in the nightly profile (``WIRELINT_FUZZ_PROFILE=nightly``);
CI walks all of them and lints a slice.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEED_EDIT, SEED_WIRE, install_plugin, run_cli, run_process

from wirelint.config import Settings
from wirelint.files import discover

GOOD = "Title\n\nPowered by automated translation\n"
MARKER = "WL102"
NIGHTLY = os.environ.get("WIRELINT_FUZZ_PROFILE") == "nightly"


def check(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``wirelint check`` in a subprocess, leftover markers only (cheap), no result cache."""
    return run_process("check", "--no-cache", "--select", MARKER, *args, cwd=cwd)


def good_file(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_error_and_rest_checked(result: subprocess.CompletedProcess[str], bad: Path, cause: str, good: Path) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"wirelint: error: {bad}: {cause}" in result.stderr
    assert "Traceback" not in result.stderr
    assert f"{good}:3:1: {MARKER}" in result.stdout, "the other file is still checked"


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (b"GIF89a\x01\x00\x01\x00\x00\xff", "binary file (NUL byte at offset 7), not checked"),
        (b"Title\n\nA caf\xc3\xa9, a na\xefve reader\n", "invalid UTF-8 at byte 20 (0xef)"),
        (b"\xef\xbb\xbfTitle\n\nNa\xefve\n", "invalid utf-8-sig at byte 12"),
        (b"\xff\xfe" + "Title\n".encode("utf-16-le")[:-1], "invalid utf-16-le at byte 12: truncated data"),
    ],
    ids=["binary", "invalid-utf8", "invalid-utf8-after-bom", "truncated-utf16"],
)
def test_undecodable_file_is_named_with_cause_and_byte_offset(tmp_path: Path, content: bytes, cause: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = good_file(tmp_path)
    assert_error_and_rest_checked(check(str(bad), str(good)), bad, cause, good)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-8-sig"])
def test_fix_keeps_the_byte_order_mark_and_byte_order(tmp_path: Path, encoding: str):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-8-sig": b""}[encoding]
    story = tmp_path / "story.txt"
    story.write_bytes(bom + "Titre\r\n\r\nCafé.\r\nPowered by automated translation\r\nFin.\r\n".encode(encoding))
    result = run_cli("check", "--no-cache", "--select", MARKER, "--fix", str(story))
    assert result.exit_code == 0, result.output
    assert story.read_bytes() == bom + "Titre\r\n\r\nCafé.\r\nFin.\r\n".encode(encoding)


def test_fix_preserves_mixed_line_endings_byte_for_byte(tmp_path: Path):
    story = tmp_path / "story.txt"
    before = b"Title\r\n\r\nFirst line.\nPowered by automated translation\r\nOld Mac line.\rLast line.\n"
    story.write_bytes(before)
    result = run_cli("check", "--no-cache", "--select", MARKER, "--fix", str(story))
    assert result.exit_code == 0, result.output
    assert story.read_bytes() == b"Title\r\n\r\nFirst line.\nOld Mac line.\rLast line.\n"


def test_lone_carriage_returns_count_as_line_breaks_in_positions(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_bytes(b"Title\r\rBody.\rPowered by automated translation\r")
    result = check("--format", "json", str(story))
    [finding] = json.loads(result.stdout)
    assert (finding["line"], finding["column"], finding["end_line"]) == (4, 1, 4)


def test_a_50_mb_file_is_checked_and_fixed(tmp_path: Path):
    paragraph = " ".join(SEED_WIRE.read_text(encoding="utf-8").split()) + " "
    chunk = paragraph * 8 + "\n\nPowered by automated translation\n\n"
    copies = 50_000_000 // len(chunk.encode("utf-8")) + 1
    story = tmp_path / "archive.txt"
    story.write_text("Title\n\n" + chunk * copies, encoding="utf-8")
    size = story.stat().st_size
    assert size >= 50_000_000

    result = check("--fix", "--statistics", str(story))

    assert result.returncode == 0, result.stderr
    assert f"Fixed {copies} findings." in result.stderr
    assert story.stat().st_size == size - copies * len("Powered by automated translation\n\n")
    expected = "Title\n\n" + (paragraph * 8 + "\n\n") * copies
    assert story.read_text(encoding="utf-8") == expected, "only the lines and one blank line each went"


def one_megabyte_line(text: str) -> str:
    words = " ".join(text.split()) + " "
    return (words * (1_000_000 // len(words) + 1))[:1_000_000]


def test_a_1_mb_single_line_is_checked_with_exact_columns(tmp_path: Path):
    prose = one_megabyte_line("The council met on Tuesday and agreed the budget, officials said.")
    credit = "(Photo by John Smith / AFP)"
    story = tmp_path / "line.txt"
    story.write_text("Title\n\n" + prose[:500_000] + credit + prose[500_000 + len(credit) :] + "\n", encoding="utf-8")
    result = check("--select", "WL101", "--format", "json", str(story))
    assert result.returncode == 1, result.stderr
    [finding] = json.loads(result.stdout)
    assert (finding["line"], finding["column"], finding["end_column"]) == (3, 500_001, 500_001 + len(credit))


def test_every_rule_finishes_on_a_1_mb_single_line(tmp_path: Path):
    """Each pattern has a 1 s budget per block; a rule that is quadratic in the line length blows it."""
    story = tmp_path / "line.txt"
    story.write_text("Title\n\n" + one_megabyte_line(SEED_EDIT.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    result = run_process("check", "--no-cache", "--statistics", str(story))
    assert "stopped" not in result.stderr, result.stderr
    assert result.returncode in (0, 1)


def make_tree(root: Path, folders: int, per_folder: int) -> None:
    for index in range(folders):
        folder = root / f"desk{index:03}"
        folder.mkdir(parents=True)
        for number in range(per_folder):
            text = GOOD if number == 0 else "Title\n\nNothing to see.\n"
            (folder / f"story{number:04}.txt").write_text(text, encoding="utf-8")


def test_100_000_files_are_all_found_in_order_and_a_slice_is_linted_in_a_pool(tmp_path: Path):
    tree = tmp_path / "tree"
    make_tree(tree, 100, 1000)
    (tree / "desk050" / "story0500.txt").write_bytes(b"\x00binary")
    settings = Settings()

    found = list(discover(tree, settings.is_excluded, settings.is_included))

    assert len(found) == 100_000
    assert found == sorted(found, key=lambda p: p.relative_to(tree).parts)
    targets = [str(tree)] if NIGHTLY else [str(tree / "desk049"), str(tree / "desk050")]
    result = check("--jobs", "2", "--format", "json", *targets)
    assert result.returncode == 2
    assert result.stderr.count("wirelint: error:") == 1
    assert f"{tree / 'desk050' / 'story0500.txt'}: binary file" in result.stderr
    findings = json.loads(result.stdout)
    assert len(findings) == (100 if NIGHTLY else 2), "one marker per desk folder checked"
    assert {Path(f["path"]).name for f in findings} == {"story0000.txt"}


def test_deeply_nested_html_is_read_without_recursion_errors(tmp_path: Path):
    page = tmp_path / "page.html"
    depth = 100_000
    page.write_text(
        "<html><body><h1>Title</h1>"
        + "<div>" * depth
        + "<p>Powered by automated translation</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    result = check("--format", "json", str(page))
    assert result.returncode == 1, result.stderr
    [finding] = json.loads(result.stdout)
    assert finding["column"] == len("<html><body><h1>Title</h1>") + 5 * depth + len("<p>") + 1


def test_deeply_nested_json_is_read_without_recursion_errors(tmp_path: Path):
    item = tmp_path / "item.json"
    depth = 100_000
    item.write_text(
        '{"headline": "Title", "extra": ' + "[" * depth + "]" * depth + ', "body_text": "Powered by automated '
        'translation"}',
        encoding="utf-8",
    )
    result = check("--format", "json", str(item))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert [f["code"] for f in json.loads(result.stdout)] == [MARKER]


def test_deeply_nested_markdown_quotes_and_lists_are_read(tmp_path: Path):
    quotes = tmp_path / "quotes.md"
    quotes.write_text("# Title\n\n" + "> " * 20_000 + "text\n\nPowered by automated translation\n", encoding="utf-8")
    lists = tmp_path / "lists.md"
    lists.write_text(
        "# Title\n\n" + "".join("  " * i + "- item\n" for i in range(3000)) + "\nPowered by automated translation\n",
        encoding="utf-8",
    )
    result = check("--format", "json", str(quotes), str(lists))
    assert result.returncode == 1, result.stderr
    assert sorted(Path(f["path"]).name for f in json.loads(result.stdout)) == ["lists.md", "quotes.md"]


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        ("---\ntitle: Unclosed\n\nBody.\n", "YAML front matter opened at line 1 is never closed"),
        ("---\ntitle: [unbalanced\n---\nBody.\n", "invalid YAML front matter"),
        ("---\n- a\n- list\n---\nBody.\n", "front matter at line 2 is not a mapping"),
        ("+++\ntitle = \n+++\nBody.\n", "invalid TOML front matter"),
        ("---\na:" + " [" * 5000 + "\n---\nBody.\n", "YAML front matter is nested too deeply"),
        ("---\n" + "".join("  " * i + "a:\n" for i in range(2000)) + "---\nBody.\n", "nested too deeply"),
    ],
    ids=["unclosed", "invalid-yaml", "not-a-mapping", "invalid-toml", "unbalanced-flow", "deep-nesting"],
)
def test_broken_front_matter_is_an_error_naming_the_file(tmp_path: Path, content: str, cause: str):
    bad = tmp_path / "bad.md"
    bad.write_text(content, encoding="utf-8")
    good = good_file(tmp_path)
    result = check(str(bad), str(good))
    assert result.returncode == 2, result.stdout + result.stderr
    assert any(line.startswith(f"wirelint: error: {bad}: ") and cause in line for line in result.stderr.splitlines())
    assert "Traceback" not in result.stderr
    assert f"{good}:3:1: {MARKER}" in result.stdout


def test_symlink_loops_and_dangling_links_are_reported_and_never_followed(tmp_path: Path):
    tree = tmp_path / "tree"
    tree.mkdir()
    good = good_file(tree)
    (tree / "loop.txt").symlink_to("loop.txt")
    (tree / "dangling.txt").symlink_to("gone.txt")
    (tree / "again").symlink_to(".", target_is_directory=True)
    (tree / "up").symlink_to("..", target_is_directory=True)

    walked = check(str(tree))
    given = check(str(tree / "loop.txt"), str(tree / "dangling.txt"), str(good))

    assert walked.stdout.count(f"{MARKER}") == 1, "folder links are not followed, so the file is seen once"
    assert f"wirelint: error: {tree / 'loop.txt'}: cannot read: Too many levels of symbolic links" in walked.stderr
    assert f"wirelint: error: {tree / 'dangling.txt'}: no such file" in walked.stderr
    for result in (walked, given):
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert f"{good}:3:1: {MARKER}" in result.stdout
    for name in ("loop.txt", "dangling.txt"):
        assert f"wirelint: error: {tree / name}: broken symbolic link (to nowhere, or a loop)" in given.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_instead_of_blocking_the_run(tmp_path: Path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    good = good_file(tmp_path)
    result = check(str(tmp_path))  # a reader of the pipe would wait for a writer forever
    assert_error_and_rest_checked(result, pipe, "not a regular file (a pipe, socket or device), not checked", good)


def test_a_device_is_refused_instead_of_read_forever(tmp_path: Path):
    good = good_file(tmp_path)
    result = check("/dev/zero", str(good))
    assert_error_and_rest_checked(result, Path("/dev/zero"), "not a regular file", good)


def permissions_apply(path: Path) -> bool:
    """False when the process can read a chmod 000 file anyway (root, some containers)."""
    try:
        path.read_bytes()
    except PermissionError:
        return True
    return False


def test_unreadable_file_is_reported_as_permission_denied(tmp_path: Path):
    bad = tmp_path / "secret.txt"
    bad.write_text(GOOD, encoding="utf-8")
    bad.chmod(0)
    try:
        if not permissions_apply(bad):
            pytest.skip("running with privileges that ignore file permissions (e.g. root)")
        good = good_file(tmp_path)
        assert_error_and_rest_checked(check(str(bad), str(good)), bad, "permission denied", good)
    finally:
        bad.chmod(0o644)


def test_unreadable_folder_is_reported_not_skipped_in_silence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Simulated: root may list any folder, so ``os.scandir`` is made to fail for one."""
    tree = tmp_path / "tree"
    (tree / "locked").mkdir(parents=True)
    good_file(tree / "locked")
    good = good_file(tree)
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(os.fsdecode(path)).name == "locked":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = run_cli("check", "--no-cache", "--select", MARKER, str(tree))
    assert result.exit_code == 2
    assert f"wirelint: error: {tree / 'locked'}: cannot read folder: Permission denied" in result.stderr
    assert f"{good}:3:1: {MARKER}" in result.stdout


def test_file_deleted_between_discovery_and_reading_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import wirelint.commands.runner

    doomed = good_file(tmp_path, "doomed.txt")
    good = good_file(tmp_path)
    real_read = wirelint.commands.runner.read_source

    def read_after_delete(path: Path) -> object:
        if path.name == "doomed.txt":
            path.unlink()
        return real_read(path)

    monkeypatch.setattr(wirelint.commands.runner, "read_source", read_after_delete)
    result = run_cli("check", "--no-cache", "--select", MARKER, "--jobs", "1", str(tmp_path))
    assert result.exit_code == 2
    assert f"wirelint: error: {doomed}: no such file" in result.stderr
    assert f"{good}:3:1: {MARKER}" in result.stdout


def test_yaml_object_tags_in_front_matter_never_run(tmp_path: Path):
    proof = tmp_path / "pwned"
    tags = [
        f'!!python/object/apply:os.system ["touch {proof}"]',
        f'!!python/object/new:os.system ["touch {proof}"]',
        "!!python/name:os.system",
        f'!!python/object/apply:subprocess.check_call [["touch", "{proof}"]]',
    ]
    drafts = []
    for index, tag in enumerate(tags):
        draft = tmp_path / f"draft{index}.md"
        draft.write_text(f"---\ntitle: {tag}\ncaption:\n  {tag}\n---\n\nPowered by automated translation\n")
        drafts.append(str(draft))
    result = check(*drafts)
    assert not proof.exists(), "a YAML tag ran code"
    assert "Traceback" not in result.stderr
    assert result.stdout.count(MARKER) == len(drafts), "the tagged values are data; the rest is checked"


def test_config_and_packs_are_data_even_when_they_look_like_code(tmp_path: Path):
    proof = tmp_path / "pwned"
    (tmp_path / ".wirelint.toml").write_text(
        f'plugins = ["os"]\nexec = "import os; os.system(\'touch {proof}\')"\n', encoding="utf-8"
    )
    good = good_file(tmp_path)
    result = check(str(good))
    assert result.returncode == 2
    assert "unknown key" in result.stderr and ".wirelint.toml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not proof.exists()


def test_plugins_are_never_loaded_from_the_checked_workspace(tmp_path: Path):
    """``python -m`` puts the current folder on sys.path; a plugin distribution there must stay data."""
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    proof = tmp_path / "pwned"
    install_plugin(workspace, "evil_plugin", f"import pathlib\npathlib.Path({str(proof)!r}).touch()\n",
                   entry_points="evil = evil_plugin")
    good_file(workspace)

    result = run_process("check", "--no-cache", "good.txt", cwd=workspace)
    listing = run_process("rules", cwd=workspace)

    assert not proof.exists(), "a plugin was imported from the workspace"
    assert result.returncode == 1 and MARKER in result.stdout
    assert "evil" not in listing.stdout + listing.stderr
    elsewhere = subprocess.run(
        [sys.executable, "-m", "wirelint", "rules"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": f"{workspace}{os.pathsep}{REPO}"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proof.exists(), "control: the same plugin, installed on the path, does load"
    assert elsewhere.returncode == 0


def test_json_and_sarif_stay_valid_utf8_for_file_names_that_are_not(tmp_path: Path):
    """Old Latin-1 archives have such names; SARIF percent-encodes the bytes, JSON writes them as \\xNN."""
    tree = tmp_path / "tree"
    tree.mkdir()
    with open(os.path.join(os.fsencode(tree), b"caf\xe9.txt"), "w", encoding="utf-8") as stream:
        stream.write(GOOD)
    for output_format in ("json", "sarif"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "wirelint",
                "check",
                "--no-cache",
                "--select",
                MARKER,
                "--format",
                output_format,
                "tree",
            ],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            timeout=300,
            check=False,
        )
        document = json.loads(result.stdout.decode("utf-8"))
        if output_format == "sarif":
            [finding] = document["runs"][0]["results"]
            assert finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "tree/caf%E9.txt"
        else:
            assert [(f["code"], f["path"]) for f in document] == [(MARKER, "tree/caf\\xe9.txt")]


def test_text_output_never_writes_control_characters_from_the_file(tmp_path: Path):
    """An archive must not send terminal escape sequences (ESC ] 0 ; ... BEL retitles the terminal) or
    break the one-line-per-finding format through an article id."""
    archive = tmp_path / "feed.jsonl"
    items = [
        {"uri": "\x1b]0;owned\x07", "headline": "Title", "body_text": "Body.\n\nPowered by automated translation"},
        {"uri": "two\nlines", "headline": "Title", "body_text": "Body.\n\nPowered by automated translation"},
    ]
    archive.write_text("\n".join(json.dumps(item) for item in items) + "\n", encoding="utf-8")
    result = check(str(archive))
    assert result.returncode == 1
    assert not [c for c in result.stdout if ord(c) < 32 and c != "\n"], repr(result.stdout)
    assert len(result.stdout.splitlines()) == 3, "two findings and the summary, one line each"


@pytest.mark.parametrize(
    "story",
    [
        "FIVE KİLLED IN QUAKE\n\nTwelve people were kİlled in the quake, almoſt 3 thouſand left, police said.\n",
        "MİLLİONS FLEE\n\nSOME 40 PEOPLE WERE KİLLED AND MİLLİONS FLED, OFFİCİALS SAİD.\n",
    ],
)
def test_a_dotted_capital_i_or_a_long_s_in_a_figure_is_read_not_a_crash(tmp_path: Path, story: str):
    """``(?i)`` matches "KİLLED" and "almoſt", which lower-case to other strings than the word lists hold: the
    number rules look them up as listed and report as on plain text, never an internal error."""
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    result = run_process("check", "--no-cache", str(path))
    assert "internal error" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
