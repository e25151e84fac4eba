"""A digest of every finding over the corpora: proof that a speed change found the same things.

    python benchmarks/digest.py                       # all corpus articles, prints the digest
    python benchmarks/digest.py --step 5 --save a.tsv # every 5th article, every finding kept in a.tsv
    python benchmarks/digest.py --compare a.tsv       # the findings that moved since a.tsv

Each article is linted in-process as ``article.txt`` (headline, blank line,
body: the text files the throughput benchmark writes) with the default
settings. Every finding becomes one line (article id, code, line, column,
end, severity, message, fix); the digest is the SHA-256 of the sorted lines.
Two runs with the same rules and the same digest found exactly the same
findings. ``--compare`` lists the lines only one side has, so a change that
does move findings can say which and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.finding import Finding  # noqa: E402

SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpora").is_dir()), REPO.parent / "shared")
"""``../shared`` beside the checkout (or beside a folder above it, for git worktrees)."""
CORPORA = SHARED / "corpora"
CORPUS_FILES = ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl")


def corpus_articles(corpora: Path, step: int) -> list[tuple[str, str]]:
    """``(id, text)`` of every ``step``-th article of each corpus, as the benchmark writes them."""
    articles = []
    for name in CORPUS_FILES:
        with (corpora / name).open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % step == 0:
                    record = json.loads(line)
                    articles.append((record["id"], f"{record['headline']}\n\n{record['body']}"))
    return articles


def finding_line(article: str, finding: Finding) -> str:
    """One finding as a stable line of text: where, what, and the fix it offers."""
    fix = ""
    if finding.fix is not None:
        edits = ";".join(f"{e.start}-{e.end}={e.text!r}" for e in finding.fix.edits)
        fix = f"{'safe' if finding.fix.safe else 'unsafe'}:{edits}"
    return "\t".join(
        (
            article,
            finding.code,
            f"{finding.line}:{finding.column}-{finding.end_line}:{finding.end_column}",
            finding.severity.value,
            finding.message.replace("\t", " ").replace("\n", " "),
            fix,
        )
    )


def finding_lines(articles: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Every finding line over ``articles`` (sorted), and the rule errors met."""
    engine, settings = default_engine(), Settings()
    rules = engine.rules_for(settings, "article.txt")
    lines: list[str] = []
    errors: list[str] = []
    for article_id, text in articles:
        result = engine.lint_source("article.txt", text, settings, None, rules)
        lines.extend(finding_line(article_id, finding) for finding in result.findings)
        errors.extend(f"{article_id}: {error}" for error in result.errors)
    return sorted(lines), errors


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]


def summarise(lines: list[str]) -> dict[str, object]:
    """The digest, the count and the count per rule: what the benchmark records."""
    return {
        "digest": digest(lines),
        "findings": len(lines),
        "per_rule": dict(sorted(Counter(line.split("\t")[1] for line in lines).items())),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=1, help="every n-th article of each corpus (default: all)")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--save", type=Path, help="write every finding line here")
    parser.add_argument("--compare", type=Path, help="list the findings that differ from this saved file")
    args = parser.parse_args(argv)
    articles = corpus_articles(args.corpora, args.step)
    started = time.perf_counter()
    lines, errors = finding_lines(articles)
    result = summarise(lines)
    print(
        f"{len(articles)} articles, {result['findings']} findings, digest {result['digest']} "
        f"({time.perf_counter() - started:.1f} s, {len(errors)} rule errors)"
    )
    print("per rule: " + ", ".join(f"{code} {count}" for code, count in result["per_rule"].items()))  # type: ignore[union-attr]
    for error in errors[:5]:
        print(f"error: {error}")
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        before = set(args.compare.read_text(encoding="utf-8").splitlines())
        now = set(lines)
        for line in sorted(before - now):
            print(f"- {line}")
        for line in sorted(now - before):
            print(f"+ {line}")
        print(f"{len(before - now)} findings gone, {len(now - before)} new")


if __name__ == "__main__":
    main()
