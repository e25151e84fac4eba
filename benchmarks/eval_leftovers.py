"""The leftover rules' own labelled evaluation: recall, look-alike controls, untouched articles.

Three samples of real corpus articles, read as plain ``.txt`` drafts:

* injected: each article gets one leftover from ``leftover_injection.ALL_FAMILIES``
  (every family and position in turn). A leftover is found when a finding of its
  rule overlaps it (a credit or notice may also be reported as part of a caption,
  WL104). Recall is given per rule and per family, and separately for the
  families by stage: used while writing the rules (dev), held out, measured and then
  tuned on (tuned), and held out from all tuning (held-out).
* round four: ``leftover_unseen.HELD_OUT_4``, families written before the rules were
  changed for them and never tuned on, with two more positions (inside a sentence,
  after a table row) and their own look-alike controls (``--unseen`` articles).
* round five: ``leftover_unseen.HELD_OUT_5``, written with round four and kept sealed
  until the rule changes were done (``--sealed`` articles).
* round six: ``leftover_unseen.HELD_OUT_6``, written before a second pass of changes
  and sealed until it was done (``--round6`` articles).
* round seven: ``leftover_round7.HELD_OUT_7``, written and sealed before the third leftovers pass
  (``--round7`` articles), with its own look-alike controls.
* round eight: ``leftover_round8.HELD_OUT_8``, written after the third pass and measured once
  (``--round8`` articles), with its own look-alike controls.
* round nine: ``leftover_round9.HELD_OUT_9``, written after every change of the third pass and
  measured once (``--round9`` articles), with its own look-alike controls.
* round ten: ``leftover_round10.HELD_OUT_10``, written before the fourth pass changed any rule
  (``--round10`` articles), with its own look-alike controls.
* round eleven: ``leftover_round11.HELD_OUT_11``, written after the fourth pass's changes for round ten
  and measured once (``--round11`` articles), with its own look-alike controls.
* round twelve: ``leftover_round12.HELD_OUT_12``, written after the tuning on round eleven and measured
  once (``--round12`` articles), with its own look-alike controls.
* round thirteen: ``leftover_round13.HELD_OUT_13``, written before the fifth pass changed any rule and
  sealed (``--round13`` articles), with its own look-alike controls.
* round fourteen: ``leftover_round14.HELD_OUT_14``, written before the seventh pass changed any rule
  (``--round14`` articles), with its own look-alike controls.
* round fifteen: ``leftover_round15.HELD_OUT_15``, written with round fourteen and sealed: measured at first
  sight and after the seventh pass (``--round15`` articles), with its own look-alike controls.
* round sixteen: ``leftover_round16.HELD_OUT_16``, written after round fifteen's sealed measurement and before
  tuning on it, sealed (``--round16`` articles), with its own look-alike controls.
* round seventeen: ``leftover_round17.HELD_OUT_17``, written after round sixteen's sealed measurement and before
  tuning on it, sealed (``--round17`` articles), with its own look-alike controls.
* round eighteen: ``leftover_round18.HELD_OUT_18``, written after round seventeen's sealed measurement and before
  tuning on it, sealed (``--round18`` articles), with its own look-alike controls.
* rounds nineteen and twenty: ``leftover_round19.HELD_OUT_19`` (tuned on) and ``HELD_OUT_20`` (sealed), the
  shapes an outside evaluation still missed (``--round19``, ``--round20`` articles), with look-alike controls.
* round twenty-one: ``leftover_round21.HELD_OUT_21`` (sealed), caption labels, bar credits, notices in
  sentence case run on, ``The ORG photo/NAME``, a notice after ``$94m.``, MT notes (``--round21`` articles).
* round twenty-two: ``leftover_round22.HELD_OUT_22`` (sealed), the same kinds in other wordings, written after
  the tenth pass's changes and measured once (``--round22`` articles).
* round twenty-three: ``leftover_round23.HELD_OUT_23`` (sealed), outlets with no outlet word, captions that say
  where a picture stands, notices joined by semicolons, MT notes, run-ons after a unit, a credit after the
  ``Reuter`` sign-off; written before the eleventh pass (``--round23`` articles). The pass was developed on
  ``leftover_dev23.DEV_23`` (``--dev23`` articles), the same kinds in other wordings.
* round twenty-four: ``leftover_round24.HELD_OUT_24`` (sealed), credits with outlets that carry no agency's
  word, credit labels in other languages and scripts, labels of where a picture stands; its controls are
  candidate lists ("Top, NAME/Party"), panels, "Source: ONS" and bylines; written before the twelfth pass,
  measured on main and then tuned on (``--round24`` articles). Round twenty-five, ``leftover_round25.HELD_OUT_25``
  (sealed), the same kinds in other wordings, written after round twenty-four's first sight and measured only on
  main and at the end of the pass (``--round25`` articles).
* round twenty-six: ``leftover_round26.HELD_OUT_26`` (sealed), notices in vocabulary the scorer did not know
  (logo and cropping conditions, single use, prohibitions, use tied to the story, runs joined by bullets or
  bars, country outs in small letters or brackets, fenced access lines), credits by a source's label and a
  handle, labels in other languages, machine-translation notes naming an assistant or set in emphasis; written
  before the eighteenth pass (``--round26`` articles).
* round twenty-seven: ``leftover_round27.HELD_OUT_27`` (sealed), notices between two news sentences of a paragraph,
  machine-translation notes in free English wording, credits and markers inside a sentence, credits that open a
  paragraph ("NAME / OUTLET", "Image source: ORG"); its controls are product news about translation features,
  agencies that could not verify footage, translation as news; written before the twentieth pass (``--round27``).
* round twenty-eight: ``leftover_round28.HELD_OUT_28`` (sealed), notices in small letters or title case with "//",
  "::" and "==" separators, selling words after "not to be used for", tool-made English ("Original in LANGUAGE,
  English by TOOL"), credits under a head ("Origin of image:") or a Slavic label; controls are product features,
  quoted signs in capitals and a picture's origin as news; written before the twenty-first pass (``--round28``).
* round twenty-nine: ``leftover_round29.HELD_OUT_29`` (sealed), image labels in some thirty languages and descriptive
  English image nouns, notices as separator-joined fragments, machine-translation notes naming a source language
  and a machine, in English and other languages; written before the twenty-third pass (``--round29``).
* round thirty: ``leftover_round30.HELD_OUT_30`` (sealed), photo credits only: labels parted by a comma, credits
  with no label (a name run and outlets joined by "/", "|" or "for"), labels in other languages, credit tails in
  capitals and composites, a label glued by an ellipsis; controls are the brackets of sport and politics copy;
  written before the twenty-fifth pass (``--round30``).
* round thirty-one: ``leftover_round31.HELD_OUT_31`` (sealed), market restrictions by nationality or country and
  outlet or channel in any case, licensing terms (consent, fees, one edition, betting, stock), labelled notices
  and editors' advisories on graphic content, bracketed notices inside a sentence, MT notes naming an engine or
  an edited machine translation, "Translation note:" labels before an AI-tool marker in an EU language; written by
  leftovers26 before its pass (``--round31``). Round thirty-two, ``leftover_round32.HELD_OUT_32`` (sealed), the
  same kinds in other wordings, written after round 31's tuning and measured only at the pass's start and end
  (``--round32``).
* controls: each article gets one news sentence that only looks like a leftover
  (an agency, a photo, translation, sales, archives). Any WL1 finding on it is
  a false finding.
* untouched: articles as published. Every WL1 finding is listed, so it can be
  read as an editor would; findings per 100 articles are given per corpus.

    python benchmarks/eval_leftovers.py [--articles 600] [--unseen 600] [--untouched 1000] [--seed 1414] [--show]

Needs ../shared/corpora.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from leftover_dev23 import DEV_23, control_dev  # noqa: E402
from leftover_injection import ALL_FAMILIES, Family, control, load  # noqa: E402
from leftover_round7 import HELD_OUT_7, control7  # noqa: E402
from leftover_round8 import HELD_OUT_8, control8  # noqa: E402
from leftover_round9 import HELD_OUT_9, control9  # noqa: E402
from leftover_round10 import HELD_OUT_10, control10  # noqa: E402
from leftover_round11 import HELD_OUT_11, control11  # noqa: E402
from leftover_round12 import HELD_OUT_12, control12  # noqa: E402
from leftover_round13 import HELD_OUT_13, control13  # noqa: E402
from leftover_round14 import HELD_OUT_14, control14  # noqa: E402
from leftover_round15 import HELD_OUT_15, control15  # noqa: E402
from leftover_round16 import HELD_OUT_16, control16  # noqa: E402
from leftover_round17 import HELD_OUT_17, control17  # noqa: E402
from leftover_round18 import HELD_OUT_18, control18  # noqa: E402
from leftover_round19 import HELD_OUT_19, HELD_OUT_20, control19, control20  # noqa: E402
from leftover_round21 import HELD_OUT_21, control21  # noqa: E402
from leftover_round22 import HELD_OUT_22, control22  # noqa: E402
from leftover_round23 import HELD_OUT_23, control23, inject23  # noqa: E402
from leftover_round24 import HELD_OUT_24, control24  # noqa: E402
from leftover_round25 import HELD_OUT_25, control25  # noqa: E402
from leftover_round26 import HELD_OUT_26, control26  # noqa: E402
from leftover_round27 import HELD_OUT_27, control27  # noqa: E402
from leftover_round28 import HELD_OUT_28, control28  # noqa: E402
from leftover_round29 import HELD_OUT_29, control29  # noqa: E402
from leftover_round30 import HELD_OUT_30, control30  # noqa: E402
from leftover_round31 import HELD_OUT_31, control31  # noqa: E402
from leftover_round32 import HELD_OUT_32, control32  # noqa: E402
from leftover_unseen import HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, control4, inject4  # noqa: E402

from wirelint.api import lint_text  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.finding import Finding  # noqa: E402

SETTINGS = Settings(select=("WL1", "WL501"))
ALSO_COUNTS = {"WL101": {"WL104"}}
"""A credit or notice reported as part of a leaked caption is found too."""


def findings(text: str) -> list[Finding]:
    return lint_text(text, "story.txt", settings=SETTINGS)


def overlapping(found: list[Finding], start: int, end: int) -> list[Finding]:
    return [f for f in found if f.start < end and start < f.end]


def recall(count: int, seed: int, families: tuple[Family, ...]) -> dict[str, object]:
    rng = random.Random(seed)
    cases = [(f, p) for f in families for p in f.cases()]
    by_family: dict[str, list[int]] = {}
    by_rule: dict[str, list[int]] = {}
    stages: dict[str, list[int]] = {}
    by_position: dict[str, list[int]] = {}
    misses = []
    articles = [(source, *item) for source in ("bbc", "reuters") for item in load(source, count // 2, seed)]
    for number, (source, _article_id, article) in enumerate(articles):
        family, position = cases[number % len(cases)]
        leftover = family.make(rng)
        case = inject23(article, leftover, position, rng)  # inject4, after an amount (21), after a sign-off (23)
        codes = set(family.rule.split("/"))
        codes |= {also for code in codes for also in ALSO_COUNTS.get(code, ())}
        hit = any(f.code in codes for f in overlapping(findings(case.text), case.start, case.end))
        for key, table in ((family.name, by_family), (family.rule, by_rule), (position, by_position)):
            table.setdefault(key, [0, 0])
            table[key][0] += hit
            table[key][1] += 1
        stage = stages.setdefault(family.stage, [0, 0])
        stage[0] += hit
        stage[1] += 1
        if not hit:
            context = case.text[max(case.start - 60, 0) : case.end + 60]
            misses.append(
                {"source": source, "family": family.name, "position": position, "leftover": leftover, "in": context}
            )
    return {
        "by rule": by_rule,
        "by family": by_family,
        "by stage": stages,
        "by position": by_position,
        "misses": misses,
    }


def controls(count: int, seed: int, make: Callable[[random.Random], str] = control) -> dict[str, object]:
    rng = random.Random(seed + 1)
    flagged = []
    articles = [(source, *item) for source in ("bbc", "reuters") for item in load(source, count // 2, seed + 1)]
    for number, (_source, article_id, article) in enumerate(articles):
        sentence = make(rng)
        case = inject4(article, sentence, ("own-line", "middle", "end")[number % 3], rng)
        hits = overlapping(findings(case.text), case.start, case.end)
        if hits:
            flagged.append({"id": article_id, "sentence": sentence, "codes": [f.code for f in hits]})
    return {"controls": len(articles), "flagged": flagged}


def untouched(count: int, seed: int) -> dict[str, object]:
    results: dict[str, object] = {}
    for source in ("bbc", "reuters"):
        listed = []
        articles = load(source, count, seed + 2)
        for article_id, article in articles:
            for finding in findings(article):
                listed.append(
                    {"id": article_id, "code": finding.code, "text": article[finding.start : finding.end][:100]}
                )
        results[source] = {"articles": len(articles), "findings": listed}
    return results


def _rate(hit: int, total: int) -> str:
    return f"{hit}/{total} = {hit / total:.3f}" if total else "-"


def _print_recall(found: dict[str, object], families: tuple[Family, ...]) -> None:
    for rule, (hit, total) in sorted(found["by rule"].items()):
        print(f"  recall {rule:12} {_rate(hit, total)}")
    for family in families:
        hit, total = found["by family"][family.name]
        print(f"    {family.name:28} {family.stage:10} {_rate(hit, total)}")
    for stage, (hit, total) in found["by stage"].items():
        print(f"  {stage} families: {_rate(hit, total)}")


ROUNDS = (
    # (option, seed offset, families, control maker or None, label)
    ("unseen", 4, HELD_OUT_4, control4, "round four (held out, never tuned on)"),
    ("sealed", 5, HELD_OUT_5, None, "round five (sealed until the changes were done)"),
    ("round6", 6, HELD_OUT_6, None, "round six (sealed until the second pass was done)"),
    ("round7", 7, HELD_OUT_7, control7, "round seven (sealed before the third pass)"),
    ("round8", 8, HELD_OUT_8, control8, "round eight (written after the third pass)"),
    ("round9", 9, HELD_OUT_9, control9, "round nine (measured once, after the third pass)"),
    ("round10", 10, HELD_OUT_10, control10, "round ten (written before the fourth pass)"),
    ("round11", 11, HELD_OUT_11, control11, "round eleven (written after the fourth pass's changes)"),
    ("round12", 12, HELD_OUT_12, control12, "round twelve (written after the tuning on round eleven)"),
    ("round13", 13, HELD_OUT_13, control13, "round thirteen (written before the fifth pass, sealed)"),
    ("round14", 14, HELD_OUT_14, control14, "round fourteen (written before the seventh pass)"),
    ("round15", 15, HELD_OUT_15, control15, "round fifteen (written with round fourteen, sealed)"),
    ("round16", 16, HELD_OUT_16, control16, "round sixteen (written after round fifteen's measurement, sealed)"),
    ("round17", 17, HELD_OUT_17, control17, "round seventeen (written after round sixteen's measurement, sealed)"),
    ("round18", 18, HELD_OUT_18, control18, "round eighteen (written after round seventeen's measurement, sealed)"),
    ("round19", 19, HELD_OUT_19, control19, "round nineteen (the ninth pass's shapes, tuned on)"),
    ("round20", 20, HELD_OUT_20, control20, "round twenty (written with round nineteen, sealed)"),
    ("round21", 21, HELD_OUT_21, control21, "round twenty-one (written before the tenth pass, sealed)"),
    ("round22", 22, HELD_OUT_22, control22, "round twenty-two (written after the tenth pass's changes, sealed)"),
    ("round23", 23, HELD_OUT_23, control23, "round twenty-three (written before the eleventh pass, sealed)"),
    ("dev23", 123, DEV_23, control_dev, "the eleventh pass's development set (tuned on)"),
    ("round24", 24, HELD_OUT_24, control24, "round twenty-four (written before the twelfth pass, then tuned on)"),
    ("round25", 25, HELD_OUT_25, control25, "round twenty-five (written after round 24's first sight, sealed)"),
    ("round26", 26, HELD_OUT_26, control26, "round twenty-six (written before the eighteenth pass, sealed)"),
    ("round27", 27, HELD_OUT_27, control27, "round twenty-seven (written before the twentieth pass, sealed)"),
    ("round28", 28, HELD_OUT_28, control28, "round twenty-eight (written before the twenty-first pass, sealed)"),
    ("round29", 29, HELD_OUT_29, control29, "round twenty-nine (written before the twenty-third pass, sealed)"),
    ("round30", 30, HELD_OUT_30, control30, "round thirty (credits, written before the twenty-fifth pass, sealed)"),
    ("round31", 31, HELD_OUT_31, control31, "round thirty-one (written by leftovers26 before its pass, then tuned on)"),
    ("round32", 32, HELD_OUT_32, control32, "round thirty-two (written after round 31's tuning, sealed)"),
)
"""The held-out rounds: each is run with ``--OPTION N`` (N injected articles, and as many controls)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="injected articles (and as many controls)")
    for option, _offset, _families, _control, label in ROUNDS:
        default = 600 if option == "unseen" else 0
        parser.add_argument(f"--{option}", type=int, default=default, help=f"injected articles for {label}")
    parser.add_argument("--untouched", type=int, default=1000, help="untouched articles per corpus")
    parser.add_argument("--seed", type=int, default=1414)
    parser.add_argument("--show", action="store_true", help="list misses, flagged controls and untouched findings")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    found = recall(options.articles, options.seed, ALL_FAMILIES) if options.articles else None
    checked = controls(options.articles, options.seed) if options.articles else {"controls": 0, "flagged": []}
    results: dict[str, object] = {"recall": found, "controls": checked}
    if found is not None:
        print(f"injected articles: {options.articles} (half BBC, half Reuters), seed {options.seed}")
        _print_recall(found, ALL_FAMILIES)
    misses = list(found["misses"]) if found is not None else []
    flags = list(checked["flagged"])
    print(f"controls flagged: {len(checked['flagged'])} of {checked['controls']}")
    for option, offset, families, make, label in ROUNDS:
        count = getattr(options, option)
        if not count:
            continue
        seed = options.seed + offset
        result = recall(count, seed, families)
        print(f"{label}: {count} articles, seed {seed}")
        _print_recall(result, families)
        for position, (hit, total) in result["by position"].items():
            print(f"    at {position:12} {_rate(hit, total)}")
        misses += result["misses"]
        results[option] = result
        if make is not None:
            flagged = controls(count, seed, make)
            print(f"  {option} controls flagged: {len(flagged['flagged'])} of {flagged['controls']}")
            flags += flagged["flagged"]
            results[f"controls {option}"] = flagged
    clean = untouched(options.untouched, options.seed)
    for source, result in clean.items():
        wl1 = [item for item in result["findings"] if item["code"].startswith("WL1")]
        codes = Counter(item["code"] for item in result["findings"])
        per_100 = 100 * len(wl1) / max(result["articles"], 1)
        print(
            f"untouched {source}: {len(wl1)} WL1 findings in {result['articles']} articles "
            f"({per_100:.2f} per 100) {dict(codes)}"
        )
    if options.show:
        for miss in misses:
            print("MISS", miss)
        for flag in flags:
            print("FLAGGED", flag)
        for source, result in clean.items():
            for item in result["findings"]:
                print("UNTOUCHED", source, item)
    if options.json:
        options.json.write_text(
            json.dumps({**results, "untouched": clean}, indent=1, ensure_ascii=False), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
