"""Shared fixtures: the seed articles and ways to run the CLI as a user does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirelint.api import lint_text
from wirelint.cli import main
from wirelint.config import Settings
from wirelint.document import Document
from wirelint.finding import Finding
from wirelint.rule import Examples

FIXTURES = Path(__file__).parent / "fixtures"
SEED_EDIT = FIXTURES / "000_7dbd45bfcd338f02.txt"
"""A newspaper's edit of an AFP story: boilerplate, a translation marker, ISIS/Daesh."""
SEED_WIRE = FIXTURES / "001_507503389c2efcb5.txt"
"""The AFP wire copy of the same story: dateline, curly quotes, IS."""
REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"


def corpus_texts(step: int) -> Iterator[str]:
    """Every ``step``-th corpus article as text (headline, blank line, body), as the benchmarks write them."""
    for path in sorted(CORPORA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % step == 0:
                    article = json.loads(line)
                    yield f"{article['headline']}\n\n{article['body']}"


def run_cli(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Invoke the click command in-process, as the console script would."""
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def lint(text: str, name: str = "story.txt", select: tuple[str, ...] | None = None,
         settings: Settings | None = None) -> list[Finding]:
    """The findings for ``text`` read as a file called ``name``: the one lint-a-string helper of the
    tests (under ``settings``, or the default settings with only ``select``); a rule or reader error fails."""
    if settings is None:
        settings = Settings(select=select) if select else Settings()
    return lint_text(text, name, settings=settings)


def only(code: str, text: str, name: str = "story.txt") -> list[Finding]:
    """The findings of one rule, run alone on ``text`` read as a file called ``name``."""
    return [f for f in lint(text, name, select=(code,)) if f.code == code]


def install_plugin(
    site: Path, name: str, module_source: str = "", *, version: str = "1.0", entry_points: str | None = None,
    files: dict[str, str] | None = None,
) -> Path:
    """A minimal installed distribution in ``site`` (put it on PYTHONPATH): module ``name`` (or the package
    ``files``, paths relative to ``site``) and a ``wirelint`` entry point ``name = name`` (or ``entry_points``,
    the lines under ``[wirelint]``). An earlier version of the distribution is replaced. The one fake
    plugin installer of the tests."""
    site.mkdir(parents=True, exist_ok=True)
    if module_source or not files:
        (site / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    for relative, content in (files or {}).items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(content, encoding="utf-8")
    for old in site.glob(f"{name}-*.dist-info"):
        shutil.rmtree(old)
    dist = site / f"{name}-{version}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[wirelint]\n{entry_points or f'{name} = {name}'}\n", encoding="utf-8")
    return dist


def example_cases(named: Iterable[tuple[str, Examples]], kind: str) -> list[tuple[str, str]]:
    """One ``(name, text)`` test case per example of ``kind`` (``match`` or ``no-match``), for the
    examples that pack rules, code rules and entity sets carry."""
    attribute = {"match": "match", "no-match": "no_match"}[kind]
    return [(name, text) for name, examples in named for text in getattr(examples, attribute)]


def assert_maps_exactly(
    document: Document, stands_for: Callable[[str, str], bool], trimmed: bool = True
) -> None:
    """Every literal character of every block maps onto itself, and every atomic piece of source
    (an entity, escape, tag or fold) lies inside the file and is accepted by ``stands_for(char, piece)``."""
    source = document.source
    for block in document.blocks:
        assert not trimmed or block.text == block.text.strip(), block
        for index, char in enumerate(block.text):
            start, end = block.map.start(index), block.map.end(index + 1)
            assert 0 <= start < end <= len(source), (block, index)
            if end - start == 1:
                assert source[start] == char, (block.text, index)
            else:
                assert stands_for(char, source[start:end]), (block.text, index, source[start:end])


def run_python(code: str) -> str:
    """Standard output of ``python -c CODE`` in a fresh interpreter with this checkout importable
    (for what one process cannot show: what gets imported or compiled at start-up)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def run_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, input: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m wirelint`` in a real subprocess."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wirelint", *args],
        cwd=cwd,
        env=full_env,
        input=input,
        capture_output=True,
        timeout=300,
        check=False,
        text=input is None,
    )


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the edited seed, for --fix tests."""
    target = tmp_path / "story.txt"
    target.write_bytes(SEED_EDIT.read_bytes())
    return target
