"""CPU per rule of an editor's re-lint: the 5,000-word article of lsp_latency.py, one-word edits.

    python benchmarks/edit_profile.py [--edits 45] [--edit weekday|content]

The engine lints the article once (caches warm), then after each edit; the
cyclic collector's start-up objects are frozen first, as the language
server's lint process does. Prints the median CPU time of the whole re-lint
and of each rule (and of parsing and finalising), largest first. Nothing
here asserts: figures are printed.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from lsp_latency import EDITS, build_article, edit_words, edits  # noqa: E402

import wirelint.engine as engine_module  # noqa: E402
from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=45)
    parser.add_argument("--edit", choices=EDITS, default="weekday", help="how the word is edited (lsp_latency.EDITS)")
    args = parser.parse_args(argv)
    words = edit_words(build_article(5000), args.edit, args.edits + 5)
    engine, settings = default_engine(), Settings()
    rules = engine.rules_for(settings, "article.txt")
    texts = [text for text, *_ in edits(build_article(5000, words[0]), args.edits + 5, words)]
    for text in texts[:5]:
        engine.lint_source("article.txt", text, settings, rules=rules)
    gc.collect()
    gc.freeze()
    spent: Counter[str] = Counter()

    def timed(label: Callable[..., str], function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*arguments: Any) -> Any:
            started = time.process_time()
            try:
                return function(*arguments)
            finally:
                spent[label(*arguments)] += time.process_time() - started

        return wrapper

    engine_module._run_rule = timed(lambda call, *_: call.func.__self__.code, engine_module._run_rule)  # type: ignore[assignment]
    engine_module.finalise = timed(lambda *_: "(finalise)", engine_module.finalise)  # type: ignore[assignment]
    engine.parse = timed(lambda *_: "(parse)", engine.parse)  # type: ignore[method-assign]
    totals: list[float] = []
    parts: dict[str, list[float]] = defaultdict(list)
    for text in texts[5:]:
        spent.clear()
        started = time.process_time()
        engine.lint_source("article.txt", text, settings, rules=rules)
        totals.append(time.process_time() - started)
        for name in spent:
            parts[name].append(spent[name])
    p95 = statistics.quantiles(totals, n=20)[18]
    median = statistics.median(totals)
    print(f"re-lint after a one-word edit: median {median * 1000:.1f} ms CPU, p95 {p95 * 1000:.1f} ms")
    for name, values in sorted(parts.items(), key=lambda item: -statistics.median(item[1]))[:20]:
        print(f"  {name:<11} {statistics.median(values) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
