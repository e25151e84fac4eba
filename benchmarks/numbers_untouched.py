"""WL2/WL4 findings on every untouched article of both corpora, per 100 articles, and the findings themselves.

    python benchmarks/numbers_untouched.py                    # counts per corpus
    python benchmarks/numbers_untouched.py --json out.json    # and every finding with its context, for diffing
    python benchmarks/numbers_untouched.py --sample 400       # about 400 evenly spaced articles of each corpus

Articles are composed as eval_numbers.py composes them (headline, blank line, paragraphs). Nothing asserts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import eval_numbers as ev


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, help="write counts and findings here")
    parser.add_argument("--sample", type=int, default=0, help="read about this many evenly spaced articles of each")
    args = parser.parse_args()
    linter = ev.Linter()
    result: dict[str, dict[str, object]] = {}
    for name, file in ev.CORPUS_FILES.items():
        with (ev.corpora_folder() / file).open(encoding="utf-8") as lines:
            records = [record for record in map(json.loads, lines) if record["body"].strip()]
        if args.sample:
            records = records[::max(1, len(records) // args.sample)]
        counts: Counter[str] = Counter()
        found = []
        for record in records:
            text, _ = ev.compose(record["headline"].strip() or "News", ev.paragraphs(record))
            linted = linter.engine.lint_source("story.txt", text, ev.SETTINGS, rules=linter.rules)
            if linted.errors:
                raise SystemExit(f"{record['id']}: {linted.errors}")
            for finding in linted.findings:
                key = f"{'WL4' if finding.code.startswith('WL4') else finding.code} {finding.severity.value}"
                counts[key] += 1
                found.append([record["id"], finding.code, finding.severity.value, finding.message,
                              text[max(0, finding.start - 150):finding.end + 150]])
        per = {key: round(100 * value / len(records), 3) for key, value in sorted(counts.items())}
        print(name, len(records), "articles; per 100:", per)
        result[name] = {"articles": len(records), "counts": dict(counts), "findings": found}
    if args.json:
        args.json.write_text(json.dumps(result, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
