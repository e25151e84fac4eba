"""Re-lint latency after a one-word edit of a 5,000-word article.

Measured two ways and printed (never asserted):

* through the engine API: ``Engine.lint_source`` on the edited text, the
  work the server does for each edit;
* through ``wirelint lsp`` over stdio: from sending the ``didChange`` to
  receiving the ``publishDiagnostics`` for that version, once with the
  debounce off (pure processing) and once with the default debounce.

The client is a plain JSON-RPC reader: a diagnostics message counts as
received when all its bytes are read and decoded as JSON, as an editor's
client does it. (A pygls client, which builds a typed object for each of the
article's 270 diagnostics, took 30 to 70 ms more on this machine: its own
work, not the server's.)

The article is built from the seed articles in ``tests/fixtures``, so the
benchmark runs in a bare checkout. Usage::

    python benchmarks/lsp_latency.py [--edits 30] [--words 5000] [--edit weekday|content] [--no-debounce-only]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.lsp.config import DEFAULT_DEBOUNCE  # noqa: E402
from wirelint.lsp.positions import LineIndex  # noqa: E402

SEEDS = sorted((REPO / "tests" / "fixtures").glob("*.txt"))
WORDS = ("Saturday", "Sunday")
"""The one word that is edited back and forth, in the middle of the article."""
EDITS = ("weekday", "content")
"""``--edit``: ``weekday`` swaps Saturday and Sunday back and forth, as this benchmark always did: the
edited paragraph's two versions stay remembered, and no rule reads a weekday as a content word (so
WL601's article-level measures are handed out again). ``content`` puts a different content word in
the same place at every edit (the article's own lower-case words, none used twice), as typing does:
nothing about the edited paragraph is remembered, and every article-level measure is taken again."""


def edit_words(text: str, edit: str, count: int) -> list[str]:
    """The words the edited spot takes, in turn (the first is in the built article)."""
    if edit == "weekday":
        return [WORDS[number % 2] for number in range(count + 1)]
    seen = dict.fromkeys(re.findall(r"(?<![\w-])[a-z]{6,}(?![\w-])", text))
    return ["schedule", *[word for word in seen if word != "schedule"][:count]]


def build_article(words: int, first: str = WORDS[0]) -> str:
    """A headline, then the seeds' paragraphs repeated until the article has ``words`` words."""
    paragraphs = [p for seed in SEEDS for p in seed.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    body: list[str] = []
    count = 0
    while count < words:
        paragraph = paragraphs[len(body) % len(paragraphs)]
        body.append(paragraph)
        count += len(paragraph.split())
    middle = len(body) // 2
    body[middle] = f"The talks resume on {first}, officials said. " + body[middle]
    return "Clashes in Syria kill dozens\n\n" + "\n\n".join(body) + "\n"


def edits(text: str, count: int, words: list[str] | None = None) -> list[tuple[str, int, int, str]]:
    """``count`` successive one-word edits: (new text, start, end, replacement), offsets in the old text;
    the edited word takes ``words`` in turn (by default Saturday and Sunday, back and forth)."""
    words = words or edit_words(text, "weekday", count)
    result = []
    for old, new in pairwise(words[: count + 1]):
        start = text.index(f"resume on {old},") + len("resume on ")
        text = text[:start] + new + text[start + len(old) :]
        result.append((text, start, start + len(old), new))
    return result


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20, method="inclusive")[18] if len(ms) > 1 else ms[0]
    return (
        f"{name:<38} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   "
        f"min {ms[0]:7.1f} ms   max {ms[-1]:7.1f} ms   (n={len(ms)})"
    )


def engine_latency(text: str, count: int, words: list[str] | None = None) -> list[float]:
    engine = default_engine()
    settings = Settings()
    rules = engine.rules_for(settings, "article.txt")
    engine.lint_source("article.txt", text, settings, rules=rules)  # warm caches
    timings = []
    for edited, *_ in edits(text, count, words):
        started = time.perf_counter()
        engine.lint_source("article.txt", edited, settings, rules=rules)
        timings.append(time.perf_counter() - started)
    return timings


class _Client:
    """The least an editor's client does: JSON-RPC messages over the server's stdin and stdout."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    def send(self, message: dict[str, object]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    async def receive(self) -> dict[str, object]:
        assert self.process.stdout is not None
        length = 0
        while (line := await self.process.stdout.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message: dict[str, object] = json.loads(await self.process.stdout.readexactly(length))
        if "id" in message and "method" in message:  # a request from the server: answer it
            self.send({"id": message["id"], "result": None})
        return message

    async def diagnostics(self, version: int) -> float:
        """When the diagnostics for ``version`` were received (perf_counter seconds)."""
        while True:
            message = await self.receive()
            params = message.get("params")
            if message.get("method") == "textDocument/publishDiagnostics" and isinstance(params, dict):
                if params.get("version") == version:
                    return time.perf_counter()

    async def answer(self, request_id: int) -> None:
        while (await self.receive()).get("id") != request_id:
            pass


async def server_latency(
    text: str, count: int, debounce_ms: float, folder: Path, words: list[str] | None = None
) -> list[float]:
    """Time from each ``didChange`` to the diagnostics for its version, over stdio."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wirelint", "lsp", env=env, limit=2**24,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    client = _Client(process)
    options = {"debounceMs": debounce_ms}
    client.send({"id": 1, "method": "initialize",
                 "params": {"capabilities": {}, "rootUri": folder.as_uri(), "initializationOptions": options}})
    await client.answer(1)
    client.send({"method": "initialized", "params": {}})
    uri = (folder / "article.txt").as_uri()
    document = {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}
    client.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
    await client.diagnostics(1)
    timings = []
    current = text
    cpu_before, server_before = process_tree_cpu(process.pid), process_tree_cpu(process.pid, children=False)
    for version, (edited, start, end, word) in enumerate(edits(text, count, words), start=2):
        where = LineIndex(current).range(start, end)
        span = {key: {"line": at.line, "character": at.character} for key, at in (("start", where.start),
                                                                                 ("end", where.end))}
        sent = time.perf_counter()
        client.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": span, "text": word}]}})
        timings.append(await client.diagnostics(version) - sent)
        current = edited
    cpu_after, server_after = process_tree_cpu(process.pid), process_tree_cpu(process.pid, children=False)
    if cpu_before is not None and cpu_after is not None and server_before is not None and server_after is not None:
        each = 1000 / max(len(timings), 1)
        print(f"  (CPU of the server and its lint process: {(cpu_after - cpu_before) * each:.1f} ms per edit on "
              f"average, {(server_after - server_before) * each:.1f} ms of it the server's; "
              f"load {os.getloadavg()[0]:.1f})")
    client.send({"id": 2, "method": "shutdown", "params": None})
    await client.answer(2)
    client.send({"method": "exit", "params": None})
    await process.wait()
    return timings


def process_tree_cpu(pid: int, children: bool = True) -> float | None:
    """CPU seconds (user and system) used so far by a process and (unless ``children`` is False) its
    descendants, from ``/proc`` (Linux); None elsewhere. The clock ticks are 10 ms, so divide a whole run's
    CPU by its edits, not one edit's."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of the line)
        below_pids = [
            int(child)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()
        ]
    except (OSError, IndexError, ValueError):
        return None
    total = ticks / os.sysconf("SC_CLK_TCK")
    for child in below_pids if children else ():
        below = process_tree_cpu(child)
        total += below or 0.0
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30, help="edits to time in each mode")
    parser.add_argument("--words", type=int, default=5000, help="length of the article")
    parser.add_argument("--edit", choices=EDITS, default="weekday", help="how the word is edited (see EDITS)")
    parser.add_argument("--no-debounce-only", action="store_true", help="leave out the run with the default debounce")
    args = parser.parse_args(argv)
    words = edit_words(build_article(args.words), args.edit, args.edits)
    text = build_article(args.words, words[0])
    print(f"article: {len(text.split())} words, {len(text)} characters; {args.edits} one-word edits per mode "
          f"({args.edit}: {', '.join(words[:4])}...)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    results: list[tuple[str, Callable[[], list[float]]]] = [
        ("engine API (Engine.lint_source)", lambda: engine_latency(text, args.edits, words)),
        (
            "server over stdio, no debounce",
            lambda: _in_scratch_folder(lambda folder: asyncio.run(server_latency(text, args.edits, 0, folder, words))),
        ),
    ]
    if not args.no_debounce_only:
        results.append((
            f"server over stdio, debounce {DEFAULT_DEBOUNCE * 1000:.0f} ms",
            lambda: _in_scratch_folder(
                lambda folder: asyncio.run(server_latency(text, args.edits, DEFAULT_DEBOUNCE * 1000, folder, words))
            ),
        ))  # fmt: skip
    for name, measure in results:
        print(summary(name, measure()), flush=True)


def _in_scratch_folder(measure: Callable[[Path], list[float]]) -> list[float]:
    """Run a server measurement with an empty folder as the workspace (default config, like the engine run)."""
    with tempfile.TemporaryDirectory() as folder:
        return measure(Path(folder))


if __name__ == "__main__":
    main()
