"""Re-lint latency after a one-word edit of a 5,000-word article.

Measured two ways and printed (never asserted):

* through the engine API: ``Engine.lint_source`` on the edited text, the
  work the server does for each edit;
* through ``wirelint lsp`` over stdio: from sending the ``didChange`` to
  receiving the ``publishDiagnostics`` for that version, once with the
  debounce off (pure processing) and once with the default debounce.

The article is built from the seed articles in ``tests/fixtures``, so the
benchmark runs in a bare checkout. Usage::

    python benchmarks/lsp_latency.py [--edits 30] [--words 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.lsp.config import DEFAULT_DEBOUNCE  # noqa: E402
from wirelint.lsp.positions import LineIndex  # noqa: E402

SEEDS = sorted((REPO / "tests" / "fixtures").glob("*.txt"))
WORDS = ("Saturday", "Sunday")
"""The one word that is edited back and forth, in the middle of the article."""


def build_article(words: int) -> str:
    """A headline, then the seeds' paragraphs repeated until the article has ``words`` words."""
    paragraphs = [p for seed in SEEDS for p in seed.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    body: list[str] = []
    count = 0
    while count < words:
        paragraph = paragraphs[len(body) % len(paragraphs)]
        body.append(paragraph)
        count += len(paragraph.split())
    middle = len(body) // 2
    body[middle] = f"The talks resume on {WORDS[0]}, officials said. " + body[middle]
    return "Clashes in Syria kill dozens\n\n" + "\n\n".join(body) + "\n"


def edits(text: str, count: int) -> list[tuple[str, int, int, str]]:
    """``count`` successive one-word edits: (new text, start, end, replacement), offsets in the old text."""
    result = []
    current = 0
    for _ in range(count):
        old, new = WORDS[current], WORDS[1 - current]
        start = text.index(f"resume on {old}") + len("resume on ")
        text = text[:start] + new + text[start + len(old) :]
        result.append((text, start, start + len(old), new))
        current = 1 - current
    return result


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20, method="inclusive")[18] if len(ms) > 1 else ms[0]
    return (
        f"{name:<38} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   "
        f"min {ms[0]:7.1f} ms   max {ms[-1]:7.1f} ms   (n={len(ms)})"
    )


def engine_latency(text: str, count: int) -> list[float]:
    engine = default_engine()
    settings = Settings()
    rules = engine.rules_for(settings, "article.txt")
    engine.lint_source("article.txt", text, settings, rules=rules)  # warm caches
    timings = []
    for edited, *_ in edits(text, count):
        started = time.perf_counter()
        engine.lint_source("article.txt", edited, settings, rules=rules)
        timings.append(time.perf_counter() - started)
    return timings


async def server_latency(text: str, count: int, debounce_ms: float, folder: Path) -> list[float]:
    """Time from each ``didChange`` to the diagnostics for its version, over stdio."""
    client = LanguageClient("wirelint-benchmark", "1")
    arrived: dict[int, float] = {}
    waiting: dict[int, asyncio.Future[None]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived.setdefault(params.version, time.perf_counter())
            future = waiting.pop(params.version, None)
            if future is not None and not future.done():
                future.set_result(None)

    def expect(version: int) -> asyncio.Future[None]:
        future = waiting[version] = asyncio.get_running_loop().create_future()
        return future

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    await client.start_io(sys.executable, "-m", "wirelint", "lsp", env=env)
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=folder.as_uri(),
            initialization_options={"debounceMs": debounce_ms},
        )
    )
    client.initialized(types.InitializedParams())
    uri = (folder / "article.txt").as_uri()
    opened = expect(1)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "plaintext", 1, text))
    )
    await opened
    timings = []
    current = text
    for version, (edited, start, end, word) in enumerate(edits(text, count), start=2):
        index = LineIndex(current)
        done = expect(version)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangePartial(range=index.range(start, end), text=word)],
            )
        )
        await done
        timings.append(arrived[version] - sent)
        current = edited
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30, help="edits to time in each mode")
    parser.add_argument("--words", type=int, default=5000, help="length of the article")
    args = parser.parse_args(argv)
    text = build_article(args.words)
    print(f"article: {len(text.split())} words, {len(text)} characters; {args.edits} one-word edits per mode")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    results: list[tuple[str, Callable[[], list[float]]]] = [
        ("engine API (Engine.lint_source)", lambda: engine_latency(text, args.edits)),
        (
            "server over stdio, no debounce",
            lambda: _in_scratch_folder(lambda folder: asyncio.run(server_latency(text, args.edits, 0, folder))),
        ),
        (
            f"server over stdio, debounce {DEFAULT_DEBOUNCE * 1000:.0f} ms",
            lambda: _in_scratch_folder(
                lambda folder: asyncio.run(server_latency(text, args.edits, DEFAULT_DEBOUNCE * 1000, folder))
            ),
        ),
    ]
    for name, measure in results:
        print(summary(name, measure()), flush=True)


def _in_scratch_folder(measure: Callable[[Path], list[float]]) -> list[float]:
    """Run a server measurement with an empty folder as the workspace (default config, like the engine run)."""
    with tempfile.TemporaryDirectory() as folder:
        return measure(Path(folder))


if __name__ == "__main__":
    main()
