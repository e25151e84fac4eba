"""Performance work that must not change behaviour or come undone: no timings are asserted here.

Start-up stays light (a text check imports no YAML, HTML or multiprocessing),
the lazy built-in readers describe their readers truly, the faster text scans
give the same spans as the straightforward ones, and the benchmark suite's
own helpers do what its numbers rely on.
"""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO, SEED_WIRE
from wirelint.api import default_engine
from wirelint.builtin import LazyReader, wirelint_readers
from wirelint.config import Settings
from wirelint.text.quotes import CLOSING, OPENING, STRAIGHT, quote_spans
from wirelint.text.sentences import ABBREVIATIONS, sentence_spans

HEAVY = ("yaml", "html.parser", "multiprocessing", "concurrent.futures")


def test_a_text_check_imports_nothing_heavy() -> None:
    script = (
        "import sys\n"
        "from wirelint.cli import main\n"
        f"sys.argv = ['wirelint', 'check', '--no-cache', {str(SEED_WIRE)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print([name for name in {HEAVY!r} if name in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_lazy_readers_describe_the_readers_they_load() -> None:
    lazy = [reader for reader in wirelint_readers() if isinstance(reader, LazyReader)]
    assert {reader.format for reader in lazy} == {"text", "markdown", "html", "json", "jsonl"}
    for reader in lazy:
        assert (reader.reader.format, reader.reader.extensions) == (reader.format, reader.extensions)


def _quote_spans_by_character(text: str) -> list[tuple[int, int]]:
    """The quote scan visiting every character, as it was first written: the oracle."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for index, char in enumerate(text):
        if open_at is None:
            if char in OPENING or char == STRAIGHT:
                open_at = index
        elif char in CLOSING or char == STRAIGHT or (char == "“" and text[open_at] == "„"):
            spans.append((open_at, index + 1))
            open_at = None
        elif char in OPENING:
            spans.append((open_at, index))
            open_at = index
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


@given(st.text(alphabet="ab .“„«”»\"'‘’\n", max_size=40))
def test_quote_spans_match_a_scan_of_every_character(text: str) -> None:
    assert list(quote_spans(text)) == _quote_spans_by_character(text)


_FORWARD_WORD = regex.compile(r"([\p{L}.]+)$")


@given(st.text(alphabet="aZé. \n,!?1", max_size=30), st.integers(min_value=0, max_value=30))
def test_the_backward_word_search_finds_the_forward_one(text: str, dot: int) -> None:
    from wirelint.text.sentences import _WORD_BEFORE

    dot = min(dot, len(text))
    forward, backward = _FORWARD_WORD.search(text, 0, dot), _WORD_BEFORE.search(text, 0, dot)
    assert (forward and forward.span(1)) == (backward and backward.span(1))


def test_sentence_splitting_is_linear_in_paragraph_length() -> None:
    """A long paragraph of abbreviations splits as its parts do (the old search rescanned from the start)."""
    part = "Mr. Smith met Dr. Jones in the U.S. on Monday. Talks went on. "
    spans = sentence_spans(part * 2000)
    assert len(spans) == 2000 * len(sentence_spans(part))
    assert "mr" in ABBREVIATIONS


def _benchmark_module() -> object:
    spec = importlib.util.spec_from_file_location("benchmark_run", REPO / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_benchmark_helpers() -> None:
    bench: object = _benchmark_module()
    articles = [(f"a{n}", f"Headline {n}\n\nFirst paragraph {n} here.\n\nSecond one, said police.") for n in range(5)]
    text = bench.article_of_size(articles, 10_000)  # type: ignore[attr-defined]
    assert 10_000 <= len(text.encode()) < 10_100
    edited = bench.edit_one_word(text, random.Random(1))  # type: ignore[attr-defined]
    assert len([a for a, b in zip(text.split(), edited.split(), strict=True) if a != b]) == 1
    order: list[str] = []
    bench.interleave({name: lambda name=name: order.append(name) for name in "abc"}, 3)  # type: ignore[attr-defined]
    assert order == list("abcbcacab")
    assert bench.p95([float(n) for n in range(1, 101)]) == 95.05  # type: ignore[attr-defined]


def test_finished_articles_are_not_held_by_shared_rule_work() -> None:
    """Figures and entity mentions are shared by several rules per article; a long run must let
    each article go once the next one is linted (a weak-keyed cache whose values point back at
    their article never would)."""
    import gc
    import weakref


    engine = default_engine()
    settings = Settings()
    story = "Troops in Kiev and Kyiv said 380,000 people had fled, the UN said.\n\nHTS fighters killed 12.\n"
    first = engine.parse("first.txt", story)
    engine.lint_document(first, settings)
    gone = weakref.ref(first)
    del first
    engine.lint_source("second.txt", story, settings)
    gc.collect()
    assert gone() is None


def test_the_findings_digest_changes_exactly_when_a_finding_does() -> None:
    """What proves a speed change found the same things: the digest is order-free and sees every field."""
    _benchmark_module()  # puts benchmarks/ on the path
    digest = importlib.import_module("digest")
    articles = [("a1", "Headline\n\nThe the talks resumed.\n\n-- MORE --\n"), ("a2", "Headline\n\nQuiet day.\n")]
    lines, errors = digest.finding_lines(articles)
    assert not errors and len(lines) == 2
    assert digest.summarise(lines) == digest.summarise(list(reversed(lines)))
    moved = [lines[0].replace("\tWL", "\tWL9", 1), lines[1]]
    assert digest.summarise(moved)["digest"] != digest.summarise(lines)["digest"]
    assert digest.summarise(lines)["per_rule"] == {"WL105": 1, "WL504": 1}


def test_locating_a_finding_keeps_every_field_the_rule_set() -> None:
    """The engine builds located findings field by field (for speed): nothing a rule set is lost."""
    from dataclasses import fields, replace

    from wirelint.document import Document
    from wirelint.engine import finalise
    from wirelint.finding import Edit, Finding, Fix, Severity

    document = Document("story.txt", "one\ntwo three\n", "text")
    fix = Fix("drop", (Edit(8, 13, ""),), False)
    found = Finding("WL999", "made-up", Severity.INFO, "a message", 4, 7, "body", fix, "id-1")
    (located,) = finalise(document, [found])
    expected = replace(found, path="story.txt", line=2, column=1, end_line=2, end_column=4,
                       edit_positions=((2, 5, 2, 10),))  # fmt: skip
    assert [getattr(located, f.name) for f in fields(Finding)] == [getattr(expected, f.name) for f in fields(Finding)]
