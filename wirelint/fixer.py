"""Applying fixes: non-overlapping edits, repeated to a fixed point, written atomically.

Only safe fixes run unless unsafe ones are asked for. Two fixes that touch
the same text never both apply in one pass; the loser is retried on the next
pass, after the file is re-linted. A file is written through a temporary file
in the same folder and an atomic rename, keeping its mode and encoding, and
only if it has not changed on disk since it was read.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from wirelint.errors import InputError
from wirelint.files import SourceFile
from wirelint.finding import Edit, Finding

MAX_PASSES = 10


def fixable(findings: list[Finding], unsafe: bool = False) -> list[Finding]:
    return [f for f in findings if f.fix is not None and (f.fix.safe or unsafe)]


def apply_edits(source: str, findings: list[Finding], unsafe: bool = False) -> tuple[str, int]:
    """Apply every fix that does not overlap an earlier one; return (text, fixes applied).

    A fix whose own edits overlap is skipped: applying it would duplicate or lose text. Fixes
    that together would empty the text between a lone CR and an LF (one deletes a control
    character, the next the boilerplate after it) would fuse the two line breaks into one CRLF:
    the later one waits for the next pass, where its edit is built against the new text and
    takes a line break with it (:func:`wirelint.finding.source_edit`). The text is rebuilt in
    one pass, so a large file with many fixes stays linear.
    """
    chosen, applied, _, _ = _select(findings, unsafe)
    chosen.sort(key=lambda pair: (pair[0].start, pair[0].end))
    while True:
        text, fusing = _join(source, chosen)
        if fusing is None:
            return text, applied
        chosen = [pair for pair in chosen if pair[1] != fusing]
        applied -= 1


def _join(source: str, chosen: list[tuple[Edit, int]]) -> tuple[str, int | None]:
    """The source with the (sorted) edits applied, or, when a CR and an LF that were not
    neighbours would end up side by side, the fix whose edit brought them together."""
    pieces: list[str] = []
    position = 0
    last, last_at = "", -1  # the last character written, and where it stood in the source (-1: edit text)
    previous: int | None = None  # the fix of the last edit applied

    def fuses(first: str, at: int) -> bool:
        return last == "\r" and first == "\n" and not (last_at >= 0 and at == last_at + 1)

    for edit, fix in chosen:
        gap = source[position : edit.start]
        if gap and fuses(gap[0], position):
            return "", previous
        if gap:
            last, last_at = gap[-1], edit.start - 1
        if edit.text and fuses(edit.text[0], -1):
            return "", fix
        if edit.text:
            last, last_at = edit.text[-1], -1
        pieces.extend((gap, edit.text))
        position, previous = edit.end, fix
    tail = source[position:]
    if tail and fuses(tail[0], position):
        return "", previous
    pieces.append(tail)
    return "".join(pieces), None


def fix_count(findings: list[Finding], unsafe: bool = False) -> int:
    """How many findings ``--fix`` will fix: the fixes one pass applies, plus those it leaves for
    the next pass, except the ones whose text an applied fix removes. A repeated word inside the
    caption that WL104 deletes is gone with the caption: counting it would announce one more
    fix than ``--fix`` then reports."""
    _, applied, deferred, taken = _select(findings, unsafe)
    assert all(f.fix is not None for f in deferred)
    return applied + sum(1 for f in deferred if not all(_inside(e, taken) for e in f.fix.edits))  # type: ignore[union-attr]


def _select(
    findings: list[Finding], unsafe: bool
) -> tuple[list[tuple[Edit, int]], int, list[Finding], list[tuple[int, int]]]:
    """One pass's choice: (edits to apply with the number of the fix each belongs to, fixes they
    make, fixes deferred to a later pass because they touch an earlier one, the spans taken). A
    fix whose own edits overlap is never applied."""
    chosen: list[tuple[Edit, int]] = []
    taken: list[tuple[int, int]] = []  # sorted and disjoint, so a collision is found by bisection
    deferred: list[Finding] = []
    applied = 0
    for finding in sorted(fixable(findings, unsafe), key=lambda f: (f.start, f.code)):
        assert finding.fix is not None
        edits = sorted(finding.fix.edits, key=lambda e: (e.start, e.end))
        if any(a.end > b.start for a, b in pairwise(edits)):
            continue
        if any(_collides(e, taken) for e in edits):
            deferred.append(finding)
            continue
        chosen.extend((edit, applied) for edit in edits)
        for edit in edits:
            insort(taken, (edit.start, edit.end))
        applied += 1
    return chosen, applied, deferred, taken


def _inside(edit: Edit, taken: list[tuple[int, int]]) -> bool:
    """True when ``edit`` touches only text that one taken span replaces (an insertion: strictly
    inside it, since at either end its place survives)."""
    index = bisect_right(taken, (edit.start, sys.maxsize)) - 1  # the last span starting at or before it
    if index < 0:
        return False
    start, end = taken[index]
    if edit.start == edit.end:
        return start < edit.start < end
    return start <= edit.start and edit.end <= end


def _collides(edit: Edit, taken: list[tuple[int, int]]) -> bool:
    """True when ``edit`` overlaps a span in ``taken``; only the spans around it are looked at."""
    for index in range(max(bisect_left(taken, (edit.start, edit.start)) - 1, 0), len(taken)):
        start, end = taken[index]
        if start > edit.end:
            return False
        if _overlaps(edit, start, end):
            return True
    return False


def _overlaps(edit: Edit, start: int, end: int) -> bool:
    if edit.start == edit.end or start == end:  # insertions conflict only at the same point
        return edit.start == start or (start < edit.start < end) or (edit.start < start < edit.end)
    return edit.start < end and start < edit.end


def fix_to_fixed_point(
    source: str, lint: Callable[[str], list[Finding]], unsafe: bool = False
) -> tuple[str, int, list[Finding]]:
    """Lint, fix, re-lint until nothing more applies; return (text, fixes, remaining findings).

    Fixes that undo each other (one rule's fix makes another fire, whose fix brings the
    first back) would go round in a circle: the run stops where the circle closes, so a
    second ``--fix`` changes nothing and the count says what really changed.
    """
    total = 0
    findings = lint(source)
    states = {source: (total, findings)}
    for _ in range(MAX_PASSES):
        text, applied = apply_edits(source, findings, unsafe)
        if not applied or text == source:
            break
        if text in states:
            total, findings = states[text]
            return text, total, findings
        total += applied
        source = text
        findings = lint(source)
        states[source] = (total, findings)
    return source, total, findings


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib  # only for --diff

    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomically(original: SourceFile, text: str) -> None:
    """Replace the file's contents with ``text`` in its original encoding.

    Refuses symbolic links (the write would land outside the given path), read-only
    files and files that changed on disk since they were read. The owner and group
    are kept where the system allows it (root may give a file away; others keep theirs).
    """
    path = original.path
    name = str(path)
    if path.is_symlink():
        raise InputError(name, "is a symbolic link: not fixed (fix the file it points to directly)")
    import hashlib  # only for --fix, as the file's digest is (it loads OpenSSL)

    try:
        current = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise InputError(name, f"cannot re-read before writing: {error.strerror}") from None
    if current != original.digest:
        raise InputError(name, "changed on disk while being checked: not fixed")
    data = original.encode(text)
    info = path.stat()
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):  # the rename below would ignore the file's mode
        raise InputError(name, "is read-only: not fixed")
    import tempfile  # only for --fix

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".wirelint", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
            with contextlib.suppress(PermissionError):
                os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
