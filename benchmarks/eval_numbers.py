"""Evaluate the number and attribution rules (WL201, WL202, WL401-WL403) on real copy.

    python benchmarks/eval_numbers.py                 # both corpora, 1,000 untouched articles each
    python benchmarks/eval_numbers.py --articles 300  # quicker
    python benchmarks/eval_numbers.py --json out.json
    python benchmarks/eval_numbers.py --fresh         # only the fresh held-out sets (numbers_fresh_sets.py)
    python benchmarks/eval_numbers.py --fresh --sets k   # one or more of them (letters, comma-separated)

Four measurements, each reported for the BBC and the Reuters corpus separately:

* untouched articles: findings per 100 articles (WL4 of any severity, WL201
  warnings and info, WL202 warnings), on a seeded sample;
* injected WL4 defects: a made-up total with contradicting parts, or a
  headline the body does not allow, inserted into a real article after a
  random paragraph (benchmarks/numbers_templates.py); recall on the defects
  and the share of consistent controls flagged, for seen and held-out
  phrasings apart;
* injected WL201 figures: unsourced tolls, tallies and statistics inserted
  as a paragraph; recall at warning level, and the share of the same
  sentences with a source that are flagged;
* injected WL202 quotes: a quote with no speaker, inserted where no sentence
  within two of it names one; recall, and the share flagged once "he said"
  is added.

A fifth section scores WL401-WL403 on the hand-labelled real sentences in
tests/data/numbers_real_sentences.jsonl (as published, and with the
hand-made contradictions). The corpora are read at run time; apart from
those labelled single sentences their text never enters the repository.
Nothing here asserts: figures are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))  # the labelled real sentences and how a story is made of one

from numbers_fresh import fresh_lookalikes, fresh_unsourced, fresh_wl4, fresh_wl4_lookalikes  # noqa: E402
from numbers_fresh_later import FRESH_LOOKALIKES, FRESH_WL4, FRESH_WL201  # noqa: E402
from numbers_fresh_op import (  # noqa: E402
    FRESH_LOOKALIKES_OP,
    FRESH_WL4_OP,
    FRESH_WL201_OP,
    WL4_LOOKALIKES_OP,
)
from numbers_fresh_q import FRESH_Q, HEAD_Q, LOOKALIKES_Q, TALLIES_Q, WL4_LOOKALIKES_Q  # noqa: E402
from numbers_fresh_r import FRESH_R, HEAD_R, LOOKALIKES_R, TALLIES_R, WL4_LOOKALIKES_R  # noqa: E402
from numbers_templates import QUOTES, SOURCED, Case, unsourced_cases, wl4_cases  # noqa: E402
from test_numbers_real import ITEMS as REAL_ITEMS  # noqa: E402
from test_numbers_real import story  # noqa: E402

from wirelint.api import default_engine  # noqa: E402
from wirelint.checks.attribution import NAMED, has_source  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.engine import Engine  # noqa: E402
from wirelint.finding import Finding  # noqa: E402

CORPUS_FILES = {"BBC": "bbc-news-2004-2005.jsonl", "Reuters": "reuters-21578-1987.jsonl"}
SETTINGS = Settings(select=("WL2", "WL4"))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def corpora_folder() -> Path:
    """``shared/corpora`` next to the checkout, or next to any folder above it (worktrees)."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    raise SystemExit("no shared/corpora folder above the checkout")


def load(name: str, count: int, seed: int) -> list[dict[str, str]]:
    with (corpora_folder() / CORPUS_FILES[name]).open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    random.Random(seed).shuffle(records)
    return [r for r in records if r["body"].strip()][:count]


@dataclass
class Linter:
    engine: Engine = field(default_factory=default_engine)

    def __post_init__(self) -> None:
        self.rules = self.engine.rules_for(SETTINGS)

    def lint(self, text: str) -> list[Finding]:
        result = self.engine.lint_source("story.txt", text, SETTINGS, rules=self.rules)
        return list(result.findings)


def paragraphs(record: dict[str, str]) -> list[str]:
    """The body's paragraphs: blank-line separated, or one per indented line in Reuters copy."""
    body = record["body"].replace("\u0003", "")
    if "\n\n" in body:
        return [p.strip() for p in body.split("\n\n") if p.strip()]
    joined, current = [], []
    for line in body.splitlines():
        if line.startswith("    ") and current:
            joined.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        joined.append(" ".join(current))
    return joined


def compose(headline: str, parts: list[str]) -> tuple[str, list[int]]:
    """The article as text, and the first line of each paragraph."""
    lines = [headline, ""]
    starts = []
    for paragraph in parts:
        starts.append(len(lines) + 1)
        lines += [*paragraph.split("\n"), ""]
    return "\n".join(lines) + "\n", starts


def inserted(record: dict[str, str], extra: list[str], rng: random.Random,
             position: int | None = None) -> tuple[str, range]:
    """The article with ``extra`` paragraphs inserted; returns the text and the inserted lines."""
    parts = paragraphs(record)
    at = rng.randint(1, len(parts)) if position is None else position
    text, starts = compose(record["headline"].strip() or "News", parts[:at] + extra + parts[at:])
    first = starts[at]
    last = starts[at + len(extra) - 1] + extra[-1].count("\n")
    return text, range(first, last + 1)


# --- untouched --------------------------------------------------------------------------------------------------

def untouched(linter: Linter, records: list[dict[str, str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for record in records:
        text, _ = compose(record["headline"].strip() or "News", paragraphs(record))
        for finding in linter.lint(text):
            key = "WL4" if finding.code.startswith("WL4") else f"{finding.code} {finding.severity.value}"
            counts[key] += 1
    per = 100 / len(records)
    keys = ("WL4", "WL201 warning", "WL201 info", "WL202 warning")
    return {"articles": len(records), **{f"{key} /100": round(counts[key] * per, 2) for key in keys}}


# --- injected WL4 ---------------------------------------------------------------------------------------------------

def injected_wl4(linter: Linter, records: list[dict[str, str]], rng: random.Random, per_frame: int,
                 cases: list[Case] | None = None, splits: tuple[str, ...] = ("seen", "tuned", "held-out")) -> dict:
    tallies: dict[tuple[str, bool], Counter[str]] = {}
    by_frame: dict[str, Counter[str]] = {}
    for case in wl4_cases(rng, per_frame) if cases is None else cases:
        record = rng.choice(records)
        hit = _wl4_hit(linter, record, case, rng)
        key = (case.split, case.positive)
        tallies.setdefault(key, Counter())["n"] += 1
        tallies[key]["hit"] += hit
        frame = by_frame.setdefault(f"{case.code} {case.frame} ({case.split})", Counter())
        frame["defects" if case.positive else "controls"] += 1
        frame[("found" if case.positive else "flagged")] += hit
    report: dict[str, object] = {}
    for split in splits:
        defects, controls = tallies.get((split, True), Counter()), tallies.get((split, False), Counter())
        report[split] = {
            "recall": _share(defects["hit"], defects["n"]), "defects": defects["n"],
            "controls flagged": _share(controls["hit"], controls["n"]), "controls": controls["n"],
        }
    report["frames"] = {name: dict(counter) for name, counter in sorted(by_frame.items())}
    return report


def _wl4_hit(linter: Linter, record: dict[str, str], case: Case, rng: random.Random) -> bool:
    """Whether the case's code is reported in the inserted copy (or on the headline, for headline cases)."""
    extra = case.body.split("\n\n")
    if case.headline:
        record = {**record, "headline": case.headline}
        text, lines = inserted(record, extra, rng, position=0)
        return any(f.code == case.code and f.line == 1 for f in linter.lint(text))
    text, lines = inserted(record, extra, rng)
    return any(f.code.startswith("WL4") and f.line in lines for f in linter.lint(text))


# --- injected WL201 -------------------------------------------------------------------------------------------------

def injected_wl201(linter: Linter, records: list[dict[str, str]], rng: random.Random, per_frame: int,
                   cases: list[tuple[str, str, str, bool]] | None = None) -> dict:
    counts: dict[str, Counter[str]] = {}
    for family, _held, sentence, sourced in unsourced_cases(rng, per_frame) if cases is None else cases:
        text, lines = inserted(rng.choice(records), [sentence], rng)
        findings = [f for f in linter.lint(text) if f.code == "WL201" and f.line in lines]
        tally = counts.setdefault(family, Counter())
        kind = "sourced" if sourced else "unsourced"
        tally[kind] += 1
        tally[f"{kind} warned"] += any(f.severity.value == "warning" for f in findings)
        tally[f"{kind} any"] += bool(findings)
    report: dict[str, object] = {}
    total: Counter[str] = Counter()
    for family, tally in counts.items():
        total.update(tally)
        report[family] = _wl201_row(tally)
    report["all"] = _wl201_row(total)
    return report


def _wl201_row(tally: Counter[str]) -> dict[str, object]:
    return {
        "recall (warning)": _share(tally["unsourced warned"], tally["unsourced"]),
        "recall (any severity)": _share(tally["unsourced any"], tally["unsourced"]),
        "sourced flagged": _share(tally["sourced any"], tally["sourced"]), "n": tally["unsourced"],
    }


def injected_wl4_lookalikes(linter: Linter, records: list[dict[str, str]], rng: random.Random,
                            cases: list[tuple[str, str]]) -> dict:
    """Copy with counts that are no total and parts, inserted as paragraphs: the share any WL4 rule flags."""
    counts: dict[str, Counter[str]] = {}
    for family, copy in cases:
        text, lines = inserted(rng.choice(records), copy.split("\n\n"), rng)
        tally = counts.setdefault(family, Counter())
        tally["n"] += 1
        tally["flagged"] += any(f.code.startswith("WL4") and f.line in lines for f in linter.lint(text))
    return {family: {"flagged": _share(t["flagged"], t["n"]), "n": t["n"]} for family, t in counts.items()}


def injected_lookalikes(linter: Linter, records: list[dict[str, str]], rng: random.Random,
                        cases: list[tuple[str, str]]) -> dict:
    """Counts that are no tally, inserted as a paragraph: the share WL201 warns on (and reports at all)."""
    counts: dict[str, Counter[str]] = {}
    for family, sentence in cases:
        text, lines = inserted(rng.choice(records), [sentence], rng)
        findings = [f for f in linter.lint(text) if f.code == "WL201" and f.line in lines]
        tally = counts.setdefault(family, Counter())
        tally["n"] += 1
        tally["warned"] += any(f.severity.value == "warning" for f in findings)
        tally["any"] += bool(findings)
    return {family: {"warned": _share(t["warned"], t["n"]), "any severity": _share(t["any"], t["n"]), "n": t["n"]}
            for family, t in counts.items()}


# --- injected WL202 -------------------------------------------------------------------------------------------------

def injected_wl202(linter: Linter, records: list[dict[str, str]], rng: random.Random, count: int) -> dict:
    found = flagged = total = 0
    for record, at in _quiet_spots(records, rng, count):
        quote = rng.choice(QUOTES)
        for with_speaker in (False, True):
            paragraph = f"{quote} The mayor said so on Monday." if with_speaker else quote
            text, lines = inserted(record, [paragraph], rng, position=at)
            hit = any(f.code == "WL202" and f.line in lines for f in linter.lint(text))
            if with_speaker:
                flagged += hit
            else:
                found += hit
                total += 1
    return {"recall": _share(found, total), "with speaker flagged": _share(flagged, total), "n": total}


def _quiet_spots(records: list[dict[str, str]], rng: random.Random, count: int) -> Iterator[tuple[dict, int]]:
    """Articles and paragraph positions where no sentence within two of the gap names a speaker."""
    given = 0
    for record in rng.sample(records, len(records)):
        parts = paragraphs(record)
        if len(parts) < 3 or any('"' in p or "\u201c" in p for p in parts):
            continue
        at = rng.randint(1, len(parts) - 1)
        before = _SENTENCE_END.split(" ".join(parts[:at]))
        near = " ".join(before[-2:]) + " " + _SENTENCE_END.split(parts[at])[0]
        if has_source(near) or NAMED.search(near):
            continue
        yield record, at
        given += 1
        if given >= count:
            return


# --- labelled real sentences ---------------------------------------------------------------------------------------

WL4_ONLY = Settings(select=("WL401", "WL402", "WL403"))


def real_sentences() -> dict[str, object]:
    """WL401-WL403 on the hand-labelled real sentences: as published, and with the hand-made contradictions."""
    engine = default_engine()
    rules = engine.rules_for(WL4_ONLY)
    counts: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for item in REAL_ITEMS:
        for mutated in (False, True):
            if mutated and "mutation" not in item:
                continue
            label = mutated or item["contradiction"]
            result = engine.lint_source("story.txt", story(item, mutated), WL4_ONLY, rules=rules)
            hit = any(f.code in ("WL401", "WL402", "WL403") for f in result.findings)
            outcome = ("tp" if hit else "fn") if label else ("fp" if hit else "tn")
            counts[outcome] += 1
            by_kind.setdefault(item["kind"], Counter())[outcome] += 1
    return {
        "sentences": len(REAL_ITEMS), "hand-made contradictions": sum("mutation" in item for item in REAL_ITEMS),
        **dict(counts), "precision": _share(counts["tp"], counts["tp"] + counts["fp"]),
        "recall": _share(counts["tp"], counts["tp"] + counts["fn"]),
        "by kind": {kind: dict(counter) for kind, counter in sorted(by_kind.items())},
    }


ALL_WL4 = {**FRESH_WL4, **FRESH_WL4_OP, "fresh-q": (FRESH_Q, HEAD_Q), "fresh-r": (FRESH_R, HEAD_R)}
ALL_WL201 = {**FRESH_WL201, **FRESH_WL201_OP, "fresh-q": TALLIES_Q, "fresh-r": TALLIES_R}
ALL_LOOKALIKES = {**FRESH_LOOKALIKES, **FRESH_LOOKALIKES_OP, "fresh-q": LOOKALIKES_Q, "fresh-r": LOOKALIKES_R}
ALL_WL4_LOOKALIKES = {**WL4_LOOKALIKES_OP, "fresh-q": WL4_LOOKALIKES_Q, "fresh-r": WL4_LOOKALIKES_R}
"""Every fresh set, in the order written (A to R)."""


def _chosen(sets: dict, chosen: set[str]) -> dict:
    """The sets named on the command line, or all of them."""
    return {name: data for name, data in sets.items() if not chosen or name in chosen}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="untouched articles per corpus")
    parser.add_argument("--per-frame", type=int, default=20, help="instances of each injected frame")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--fresh", action="store_true", help="only the fresh held-out sets (numbers_fresh.py)")
    parser.add_argument("--sets", default="", help="with --fresh: only these sets, as letters (\"k\" or \"a,b,k\")")
    args = parser.parse_args()
    linter = Linter()
    results: dict[str, dict] = {}
    if args.fresh:
        chosen = {f"fresh-{letter.strip().lower()}" for letter in args.sets.split(",") if letter.strip()}
        wl4, wl201 = _chosen(ALL_WL4, chosen), _chosen(ALL_WL201, chosen)
        lookalikes, wl4_lookalikes = _chosen(ALL_LOOKALIKES, chosen), _chosen(ALL_WL4_LOOKALIKES, chosen)
        for name in CORPUS_FILES:
            rng = random.Random(args.seed)
            records = load(name, args.articles, args.seed)
            results[name] = {
                "WL4 fresh": injected_wl4(linter, records, rng, args.per_frame, fresh_wl4(wl4, rng, args.per_frame),
                                          tuple(wl4)),
                "WL201 fresh": injected_wl201(linter, records, rng, args.per_frame,
                                              fresh_unsourced(rng, args.per_frame, wl201, SOURCED)),
                "WL201 look-alikes": injected_lookalikes(linter, records, rng,
                                                         fresh_lookalikes(rng, args.per_frame, lookalikes)),
                "WL4 look-alikes": injected_wl4_lookalikes(linter, records, rng,
                                                           fresh_wl4_lookalikes(rng, args.per_frame, wl4_lookalikes)),
            }
        print(json.dumps(results, indent=1))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return
    for name in CORPUS_FILES:
        rng = random.Random(args.seed)
        records = load(name, args.articles, args.seed)
        results[name] = {
            "untouched": untouched(linter, records),
            "WL4 injected": injected_wl4(linter, records, rng, args.per_frame),
            "WL201 injected": injected_wl201(linter, records, rng, args.per_frame),
            "WL202 injected": injected_wl202(linter, records, rng, args.per_frame * 10),
        }
    results["real sentences"] = real_sentences()
    print(json.dumps(results, indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
