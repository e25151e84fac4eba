"""The language server re-lints edits incrementally (per-paragraph results are reused): after every
edit of a random sequence, its diagnostics are those of a full lint of the edited text.

The edits are sent as the ranged changes an editor sends; the expected diagnostics come from a
fresh engine in this process, as in tests/test_lsp.py.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import FIXTURES
from test_incremental import PARAGRAPHS, _edit
from test_lsp import (  # noqa: F401  (client is a fixture)
    RecordingClient,
    change,
    client,
    expected_findings,
    expected_ranges,
    open_text,
    partial,
    published,
    ranges,
    seed_copy,
    utf16_position,
)

pytestmark = pytest.mark.slow


def _as_change(old: str, new: str) -> tuple[int, int, str]:
    """The one ranged replacement that turns ``old`` into ``new``: (start, end in ``old``, text)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    return start, end_old, new[start:end_new]


@pytest.mark.parametrize("seed", [11, 12])
async def test_every_edit_of_a_random_sequence_gets_a_full_lints_diagnostics(
    client: RecordingClient,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
    seed: int,
) -> None:
    rng = random.Random(seed)
    path, text = seed_copy(tmp_path)
    text = text.rstrip("\n") + "\n\n" + "\n\n".join(rng.sample(PARAGRAPHS, 4)) + "\n"
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    for version in range(2, 10):
        edited = _edit(text, rng)
        start, end, replacement = _as_change(text, edited)
        first, last = utf16_position(text, start), utf16_position(text, end)
        change(client, uri, version, partial(first.line, first.character, last.line, last.character, replacement))
        diagnostics = await published(client, uri, version=version)
        assert ranges(diagnostics) == expected_ranges(path, edited), f"edit {version}"
        text = edited


NEW_WORDS = ("harvest", "tribunal", "monsoon", "referendum", "pipeline", "vaccine")
"""Content words none of the seed articles uses: each edit changes the article's word counts (WL601's gaps)."""


async def test_typing_new_words_into_a_long_article_gets_a_full_lints_diagnostics_and_messages(
    client: RecordingClient,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    """The benchmark's content edit (``lsp_latency.py --edit content``) on a 2,000-word article: one word in
    the middle takes a new content word at every edit; codes, ranges and messages are a fresh lint's."""
    paragraphs = [p for seed in sorted(FIXTURES.glob("*.txt")) for p in seed.read_text().split("\n\n")[1:] if p]
    body: list[str] = []
    while sum(len(p.split()) for p in body) < 2000:
        body.append(paragraphs[len(body) % len(paragraphs)].strip())
    body[len(body) // 2] = "The talks resume in spring, officials said. " + body[len(body) // 2]
    text = "Clashes in Syria kill dozens\n\n" + "\n\n".join(body) + "\n"
    path = tmp_path / "article.txt"
    uri = open_text(client, path, text)
    await published(client, uri, version=1)
    old = "spring"
    for version, word in enumerate(NEW_WORDS, start=2):
        start = text.index(f"resume in {old},") + len("resume in ")
        edited = text[:start] + word + text[start + len(old) :]
        first, last = utf16_position(text, start), utf16_position(text, start + len(old))
        change(client, uri, version, partial(first.line, first.character, last.line, last.character, word))
        diagnostics = await published(client, uri, version=version)
        assert ranges(diagnostics) == expected_ranges(path, edited), f"edit {version}"
        assert sorted(str(d.message) for d in diagnostics) == sorted(f.message for f in expected_findings(path, edited))
        text, old = edited, word
