"""CPU of each step of an editor's re-lint, the language server's and its lint process's, one after the other.

    python benchmarks/lsp_stages.py [--edits 60] [--edit content|weekday]

The 5,000-word article of ``lsp_latency.py`` and its one-word edits. For each edit, in this one process: the lint
request pickled and unpickled (the trip to the lint process), ``lint_in_process`` (the engine and the work around
it), the reply pickled and unpickled (the trip back), then the server's side: the text's line index, the
diagnostics built, encoded and joined into the notification. What start-up made is frozen out of the collector,
which runs between edits, as in the lint process. On a shared machine this is steadier than the wall time over
stdio (``lsp_latency.py``): it has no pipes, threads or scheduling in it, only the CPU of the critical path. Nothing
here asserts: figures are printed (median and p95 of each step, in ms).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from lsp_latency import EDITS, build_article, edit_words, edits  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402

from wirelint.lsp.config import ClientOptions  # noqa: E402
from wirelint.lsp.diagnostics import DiagnosticCache, publish_notification  # noqa: E402
from wirelint.lsp.linting import LintRequest, Snapshot, lint_in_process  # noqa: E402
from wirelint.lsp.positions import UTF16, LineIndex  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--edit", choices=EDITS, default="content", help="how the word is edited (lsp_latency.EDITS)")
    args = parser.parse_args(argv)
    words = edit_words(build_article(5000), args.edit, args.edits + 5)
    texts = [text for text, *_ in edits(build_article(5000, words[0]), args.edits + 5, words)]
    folder = Path(tempfile.mkdtemp())
    cache = DiagnosticCache(default_converter().unstructure)
    spent: dict[str, list[float]] = defaultdict(list)

    def step(name: str, work: Callable[..., Any], *arguments: Any) -> Any:
        started = time.process_time()
        result = work(*arguments)
        spent[name].append(time.process_time() - started)
        return result

    def edit(version: int, text: str) -> None:
        snapshot = Snapshot((folder / "article.txt").as_uri(), str(folder / "article.txt"), folder, None, text,
                            version, UTF16)  # fmt: skip
        request = step("request there", lambda: pickle.loads(pickle.dumps(LintRequest(snapshot, ClientOptions(), 0))))
        reply = step("lint process (lint_in_process)", lint_in_process, request)
        reply = step("reply back", lambda: pickle.loads(pickle.dumps(reply)))
        index = step("line index", LineIndex, text, UTF16)
        diagnostics = step("diagnostics built", cache.diagnostics, reply.values(), index)
        encoded = step("diagnostics encoded", cache.encoded, diagnostics)
        step("notification joined", publish_notification, snapshot.uri, version, encoded or [])

    for version, text in enumerate(texts[:5]):
        edit(version, text)
    gc.collect()
    gc.freeze()
    gc.disable()
    spent.clear()
    totals = []
    for version, text in enumerate(texts[5:], start=5):
        started = time.process_time()
        edit(version, text)
        totals.append(time.process_time() - started)
        gc.collect(1)  # between edits, as the lint process collects once its reply is sent
    gc.enable()
    print(f"{args.edits} {args.edit} edits of a 5,000-word article, CPU in ms (median / p95)")
    for name, values in [("critical path", totals), *spent.items()]:
        print(f"  {name:<32} {_ms(statistics.median(values))} / {_ms(statistics.quantiles(values, n=20)[18])}")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.2f}"


if __name__ == "__main__":
    main()
