"""Does ``--fix`` ever delete news? Inject leftovers into real articles, fix, diff.

For each sampled corpus article one leftover (credit, restriction notice,
machine-translation marker, wire furniture) is put on a line of its own or at
the start, in the middle or at the end of a paragraph; every position and every
leftover family is used in turn. The article is then fixed with every safe fix
of every rule (``wirelint check --fix``), and the result is compared word by
word with the original article fixed the same way: any word of the original
missing from the fixed injected article is news lost.

    python benchmarks/leftover_fixes.py --articles 1200 [--json results.json]

Reports words of the original lost (the promise is 0), articles that lost any,
and how many injected leftovers the fixes removed, by position and family.
Needs ../shared/corpora.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from leftover_dev23 import DEV_23  # noqa: E402
from leftover_injection import ALL_FAMILIES, load  # noqa: E402
from leftover_round7 import HELD_OUT_7  # noqa: E402
from leftover_round8 import HELD_OUT_8  # noqa: E402
from leftover_round9 import HELD_OUT_9  # noqa: E402
from leftover_round10 import HELD_OUT_10  # noqa: E402
from leftover_round19 import HELD_OUT_19  # noqa: E402
from leftover_round21 import HELD_OUT_21  # noqa: E402
from leftover_round23 import HELD_OUT_23, inject23  # noqa: E402
from leftover_round30 import HELD_OUT_30  # noqa: E402
from leftover_round31 import HELD_OUT_31  # noqa: E402
from leftover_round32 import HELD_OUT_32  # noqa: E402
from leftover_unseen import HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, INLINE4  # noqa: E402

from wirelint.api import lint_text  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.fixer import fix_to_fixed_point  # noqa: E402

HELD_OUT = HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + HELD_OUT_7 + HELD_OUT_8 + HELD_OUT_9 + HELD_OUT_10
HELD_OUT += HELD_OUT_19 + HELD_OUT_21 + HELD_OUT_23 + DEV_23 + HELD_OUT_30 + HELD_OUT_31 + HELD_OUT_32
FAMILIES = ALL_FAMILIES + tuple(f for f in HELD_OUT if f.rule != "WL501")
"""Every family that a fix deletes (a run-on sentence is fixed by a space, not a deletion), at every
position: rounds four to ten add a leftover inside a sentence and one after a table row; round nineteen (from
seed 201 on) the ninth pass's shapes: credits for or on behalf of an agency, caption labels, NAME | ORG,
lists of country outs, notices in sentence case run into the next sentence; round twenty-one (from seed 301
on) the tenth pass's: caption labels with organisations the list lacks, bar credits, "The ORG photo/NAME", a
notice after an amount ("$94m."), machine-translation notes run into the next sentence; round twenty-three and
the eleventh pass's development set (from seed 401 on): outlets with no outlet word, caption labels of where a
picture stands, notices joined by semicolons, notes that name their checker, a credit after the "Reuter"
sign-off; round thirty (from seed 542 on): credits with a comma or an ellipsis after the label, with no label, in
other languages and scripts, in capitals with the picture word last (``--families -30`` checks only those); rounds
thirty-one and thirty-two (from seed 552 on): market restrictions, licensing terms, labelled notices and editors'
advisories, bracketed notices inside a sentence, engine-made English, labelled AI-tool markers."""


_PUNCTUATION = re.compile(r"[^\w\s]+")


def fixed(text: str, settings: Settings) -> str:
    result, _, _ = fix_to_fixed_point(text, lambda source: lint_text(source, "story.txt", settings=settings))
    return result


def words_lost(original: str, after: str) -> list[str]:
    """Words of ``original`` that ``after`` no longer has, in order (insertions do not count). A punctuation mark
    that stood alone and now closes a token of the fixed text was joined, not lost: a space fix (WL505) closes
    "(Photo by NAME/AGENCY) : Varga 40" to "...AGENCY): Varga 40" where a team sheet's line opened on a colon."""
    before_words, after_words = original.split(), after.split()
    lost: list[str] = []
    matcher = difflib.SequenceMatcher(None, before_words, after_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete":
            lost += before_words[i1:i2]
        elif tag == "replace":
            remaining = Counter(after_words[j1:j2])
            for word in before_words[i1:i2]:
                if remaining[word]:
                    remaining[word] -= 1
                elif not (_PUNCTUATION.fullmatch(word) and any(w.endswith(word) for w in after_words[j1:j2])):
                    lost.append(word)
    return lost


def run(count: int, seed: int, select: tuple[str, ...], only: str = "") -> dict[str, object]:
    settings = Settings(select=select) if select else Settings()
    rng = random.Random(seed)
    articles = [(source, *item) for source in ("bbc", "reuters") for item in load(source, count // 2, seed)]
    rng.shuffle(articles)
    cases = [(f, position) for f in FAMILIES if only in f.name for position in f.cases()]
    totals: Counter[str] = Counter()
    removed: Counter[tuple[str, str]] = Counter()
    injected_count: Counter[tuple[str, str]] = Counter()
    losses = []
    started = time.perf_counter()
    for number, (source, article_id, article) in enumerate(articles):
        family, position = cases[number % len(cases)]
        leftover = family.make(rng)
        case = inject23(article, leftover, position, rng)  # inject4, after an amount, after the sign-off
        baseline = fixed(article, settings)
        after = fixed(case.text, settings)
        lost = words_lost(baseline, after)
        totals["articles"] += 1
        totals["words of the original"] += len(baseline.split())
        totals["words lost"] += len(lost)
        totals["articles that lost words"] += bool(lost)
        injected_count[(family.name, position)] += 1
        if leftover not in after:
            removed[(family.name, position)] += 1
            totals["leftovers removed"] += 1
        if lost:
            losses.append(
                {
                    "id": article_id,
                    "source": source,
                    "leftover": leftover,
                    "position": position,
                    "lost": lost,
                    "injected": case.text[max(case.start - 200, 0) : case.end + 200],
                    "diff": [
                        line
                        for line in difflib.unified_diff(baseline.splitlines(), after.splitlines(), lineterm="", n=0)
                        if line[:1] in "+-" and line[:3] not in ("+++", "---")
                    ],
                }
            )
    totals["seconds"] = round(time.perf_counter() - started)
    by_position = {
        p: [sum(v for (f, q), v in removed.items() if q == p), sum(v for (f, q), v in injected_count.items() if q == p)]
        for p in INLINE4
    }
    by_family = {
        f.name: [
            sum(v for (g, q), v in removed.items() if g == f.name),
            sum(v for (g, q), v in injected_count.items() if g == f.name),
        ]
        for f in FAMILIES
        if only in f.name
    }
    return {
        "totals": dict(totals),
        "removed by position": by_position,
        "removed by family": by_family,
        "losses": losses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1200, help="articles in all, half BBC and half Reuters")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--select", default="", help="rule codes or prefixes, comma-separated (default: every rule)")
    parser.add_argument("--json", type=Path, help="also write the full results here")
    parser.add_argument("--families", default="", help="only the families whose name holds this (\"-30\")")
    options = parser.parse_args()
    select = tuple(code for code in options.select.split(",") if code)
    results = run(options.articles, options.seed, select, options.families)
    totals = results["totals"]
    half = options.articles // 2
    print(f"articles: {totals['articles']} ({half} BBC, {half} Reuters), seed {options.seed}")
    print(f"fixes: {'--select ' + options.select if select else 'every safe fix of every rule'}")
    print(
        f"words of the original lost: {totals['words lost']} of {totals['words of the original']:,} "
        f"(articles that lost any: {totals['articles that lost words']})"
    )
    print(f"leftovers removed: {totals['leftovers removed']} of {totals['articles']}")
    for label, key in (("position", "removed by position"), ("family", "removed by family")):
        for name, (done, of) in results[key].items():
            print(f"  {label} {name:28} removed {done:4} of {of:4}")
    for loss in results["losses"][:20]:
        print("LOST", {key: value for key, value in loss.items() if key not in ("diff", "injected")})
        print("    in:", repr(loss["injected"]))
        for line in loss["diff"]:
            print("   ", line[:300])
    print(f"time: {totals['seconds']} s")
    if options.json:
        options.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
