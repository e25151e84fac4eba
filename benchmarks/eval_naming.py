"""Evaluate WL3xx on names no entity set lists, on real copy.

    python benchmarks/eval_naming.py                   # both corpora, 600 articles each
    python benchmarks/eval_naming.py --articles 200    # quicker
    python benchmarks/eval_naming.py --findings out.txt --scaling

Measured for the BBC and the Reuters corpus separately:

* recall: a name (benchmarks/naming_cases.py; none is in rules/entities.toml)
  is inserted into a real article in one sentence and a generated variant of
  it (or of its surname, for a person) in a later one; a case is found when a
  WL3 finding lands on either inserted name. By kind of variant, with the
  kinds held out during development apart;
* controls: the same insertion with two different entities whose names look
  alike (Niger / Nigeria, Fidel / Raul Castro, two relatives); the share
  flagged;
* untouched articles: WL3 findings per 100 articles, on a seeded sample (or
  all articles with ``--articles 0``), and every finding's text with
  ``--findings FILE`` for reading;
* ``--scaling``: CPU time of indexing and grouping the names of one article
  of 10 KB, 100 KB and 1 MB (flat time per character is linear).

The corpora are read at run time; their text never enters the repository.
Nothing here asserts: figures are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from eval_numbers import corpora_folder  # noqa: E402
from naming_cases import HELD_OUT, KINDS, LOOK_ALIKES, Entity, entities, family_controls  # noqa: E402

from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.document import Article  # noqa: E402
from wirelint.engine import Engine  # noqa: E402
from wirelint.finding import Finding  # noqa: E402
from wirelint.naming.catalog import naming_data  # noqa: E402
from wirelint.naming.propernames import name_mentions  # noqa: E402
from wirelint.naming.variants import inconsistencies  # noqa: E402

CORPUS_FILES = {"BBC": "bbc-news-2004-2005.jsonl", "Reuters": "reuters-21578-1987.jsonl"}
SETTINGS = Settings(select=("WL3",))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST = {
    "person": [
        "{X} said on {day} that the talks would continue.",
        "Officials close to {X} declined to comment on the report.",
        "A statement attributed to {X} was released late on {day}.",
        "Diplomats said they expected to meet {X} before the end of the month.",
    ],
    "place": [
        "Fighting was reported near {X} on {day}, residents said.",
        "Aid convoys were still waiting outside {X} on {day}.",
        "The road to {X} was closed for several hours.",
    ],
    "group": [
        "A spokesman for {X} denied any involvement in the attack.",
        "Leaders of {X} met in private on {day}, according to local media.",
        "Analysts say {X} has gained ground in recent months.",
    ],
    "acronym": [
        "The {X} said on {day} it would study the proposal.",
        "A delegation from the {X} arrived on {day}.",
        "Officials at the {X} declined to comment.",
    ],
}
SECOND = {
    "person": [
        "Later, {Y} was quoted as saying the matter was closed.",
        "Supporters of {Y} gathered outside the building.",
        "It was not clear whether {Y} would attend the next round.",
        "The role of {Y} in the negotiations remains unclear, analysts say.",
        "{Y} has not commented publicly.",
    ],
    "place": [
        "Thousands of people have fled {Y} since the start of the year.",
        "The situation in {Y} remained tense, a witness said.",
        "Officials said the bridge outside {Y} would reopen soon.",
        "{Y} was calm on {day}, a witness said.",
    ],
    "group": [
        "Members of {Y} were seen in the area, witnesses said.",
        "The government has accused {Y} of breaking the truce.",
        "It is not the first time {Y} has been blamed for such attacks.",
        "{Y} has denied the accusation.",
    ],
    "acronym": [
        "A spokeswoman for the {Y} said no decision had been taken.",
        "The {Y} has not said when it will decide.",
        "Members of the {Y} are due to meet again next week.",
    ],
}


def load(name: str, count: int, seed: int) -> list[str]:
    """Articles as plain text (headline, blank line, body); Reuters' indented paragraphs split."""
    with (corpora_folder() / CORPUS_FILES[name]).open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    random.Random(seed).shuffle(records)
    texts = []
    for record in records:
        body = record["body"].replace("\x03", "")
        if name == "Reuters":
            body = body.replace("\n    ", "\n\n    ")
        if body.strip():
            texts.append(record["headline"] + "\n\n" + body.strip() + "\n")
    return texts[:count] if count else texts


def lint(engine: Engine, text: str) -> list[Finding]:
    result = engine.lint_source("story.txt", text, SETTINGS)
    return [f for f in result.findings if f.code.startswith("WL3")]


@dataclass
class Inserted:
    text: str
    spans: list[tuple[int, int]]


Sentence = tuple[str, int, int]
"""A sentence and where the name is in it."""


def insert(article: str, first: Sentence, second: Sentence, rng: random.Random) -> Inserted:
    """The article with two new paragraphs, ``first`` before ``second``, and where their names are."""
    paragraphs = article.rstrip("\n").split("\n\n")
    slots = sorted(rng.sample(range(1, len(paragraphs) + 1), 2)) if len(paragraphs) >= 2 else [1, 1]
    pieces = [*paragraphs[: slots[0]], first[0], *paragraphs[slots[0] : slots[1]], second[0], *paragraphs[slots[1] :]]
    spans, offset = [], 0
    for piece in pieces:
        for new in (first, second):
            if piece is new[0]:
                spans.append((offset + new[1], offset + new[2]))
        offset += len(piece) + 2
    return Inserted("\n\n".join(pieces) + "\n", spans)


def sentence(templates: list[str], key: str, name: str, rng: random.Random) -> Sentence:
    template = rng.choice(templates).replace("{day}", rng.choice(DAYS))
    start = template.index("{" + key + "}")
    text = template.replace("{" + key + "}", name)
    return text, start, start + len(name)


def flagged(findings: list[Finding], spans: list[tuple[int, int]]) -> bool:
    return any(f.start < end and start < f.end for f in findings for start, end in spans)


def variant_of(entity: Entity, kind: str, rng: random.Random) -> tuple[str, str] | None:
    """(first mention, variant mention): a person's second reference is the surname half the time."""
    make = KINDS[kind]
    if (entity.kind == "acronym") != (kind == "dotted acronym"):
        return None  # acronyms vary by their full stops, names by their letters
    if entity.kind == "person" and rng.random() < 0.5 and len(entity.name.split()) >= 2:
        surname = entity.surname
        changed = make(surname, rng)
        if changed and changed != surname and " " not in changed:
            return entity.name, changed
    changed = make(entity.name, rng)
    if not changed or changed == entity.name:
        return None
    return entity.name, changed


def evaluate_recall(engine: Engine, articles: list[str], rng: random.Random, per_kind: int) -> dict[str, list[int]]:
    """Per kind: [found, cases]."""
    pool = entities()
    scores: dict[str, list[int]] = {kind: [0, 0] for kind in KINDS}
    misses: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for kind in KINDS:
        candidates = pool[:]
        rng.shuffle(candidates)
        for entity in candidates:
            if scores[kind][1] >= per_kind:
                break
            pair = variant_of(entity, kind, rng)
            if pair is None:
                continue
            first, second = pair
            if rng.random() < 0.5:
                first, second = second, first  # the variant may come first
            article = rng.choice(articles)
            case = insert(
                article,
                sentence(FIRST[entity.kind], "X", first, rng),
                sentence(SECOND[entity.kind], "Y", second, rng),
                rng,
            )
            found = flagged(lint(engine, case.text), case.spans)
            scores[kind][0] += found
            scores[kind][1] += 1
            if not found:
                misses[kind].append(f"{first} / {second}")
    evaluate_recall.misses = misses  # type: ignore[attr-defined]
    return scores


def evaluate_controls(engine: Engine, articles: list[str], rng: random.Random) -> tuple[int, int, list[str]]:
    people = [e for e in entities() if e.kind == "person"]
    pairs = LOOK_ALIKES + family_controls(people, rng)
    hits, wrong = 0, []
    for first, second in pairs:
        for order in ((first, second), (second, first)):
            case = insert(
                rng.choice(articles),
                sentence(["{X} was mentioned in the report released on {day}."], "X", order[0], rng),
                sentence(["Officials also referred to {Y} in the same statement."], "Y", order[1], rng),
                rng,
            )
            if flagged(lint(engine, case.text), case.spans):
                hits += 1
                wrong.append(f"{order[0]} / {order[1]}")
    return hits, 2 * len(pairs), wrong


def evaluate_untouched(engine: Engine, articles: list[str], out: list[str], corpus: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in articles:
        findings = lint(engine, text)
        counts["articles"] += 1
        counts["findings"] += len(findings)
        counts["flagged"] += bool(findings)
        lines = text.splitlines()
        for f in findings:
            out.append(f"[{corpus}] {f.code} line {f.line}: {lines[f.line - 1][max(0, f.column - 60): f.column + 60]}")
            out.append(f"    {f.message}")
    return counts


def scaling(engine: Engine, articles: list[str]) -> list[tuple[int, int, float, float]]:
    """For one article of about 10 KB, 100 KB and 1 MB made of corpus paragraphs: its length, the
    names found, and CPU seconds for indexing the names and for grouping them (median of three
    articles of that size, each timed once: a second pass over the same text runs from warm
    memory and caches, which favours the smaller articles).

    The paragraphs' sentences and quotes, which every rule shares, are found before the clock
    starts."""
    data = naming_data(SETTINGS)
    paragraphs = [p for a in articles for p in a.split("\n\n")[1:]]

    def article_of(size: int, offset: int) -> Article:
        body, used = [], 0
        for p in (paragraphs * 40)[offset:]:
            body.append(p)
            used += len(p) + 2
            if used >= size:
                break
        found = engine.parse("story.txt", "Headline\n\n" + "\n\n".join(body) + "\n").articles[0]
        for block in found.blocks:
            block.sentences, block.quotes  # noqa: B018
        return found

    def timed(article: Article) -> tuple[int, float, float]:
        taken: dict[int, list[tuple[int, int]]] = {}
        for mention in data.index.mentions(article):
            taken.setdefault(id(mention.block), []).append((mention.start, mention.end))
        start = time.process_time()
        names = name_mentions(article, data.words, taken, data.claimed)
        middle = time.process_time()
        inconsistencies(names, data.words, data.preferred)
        return len(names), middle - start, time.process_time() - middle

    timed(article_of(10_000, len(paragraphs) // 2))  # compile the patterns first
    rows = []
    for size in (10_000, 100_000, 1_000_000):
        runs = sorted(timed(article_of(size, offset)) for offset in (0, len(paragraphs) // 3, 2 * len(paragraphs) // 3))
        middle_run = runs[1]
        length = sum(len(b.text) for b in article_of(size, 0).blocks)
        rows.append((length, middle_run[0], sorted(r[1] for r in runs)[1], sorted(r[2] for r in runs)[1]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600, help="untouched articles per corpus (0: all)")
    parser.add_argument("--per-kind", type=int, default=60, help="injected cases per variant kind and corpus")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--findings", type=Path, help="write every untouched-article finding here")
    parser.add_argument("--scaling", action="store_true")
    options = parser.parse_args()
    engine = default_engine()
    written: list[str] = []
    for corpus in CORPUS_FILES:
        rng = random.Random(options.seed)
        articles = load(corpus, options.articles, options.seed)
        hosts = articles[:400]
        scores = evaluate_recall(engine, hosts, rng, options.per_kind)
        print(f"\n== {corpus} ==")
        for held in (False, True):
            kinds = [k for k in KINDS if (k in HELD_OUT) == held]
            found = sum(scores[k][0] for k in kinds)
            total = sum(scores[k][1] for k in kinds)
            label = "held-out kinds" if held else "development kinds"
            print(f"recall, {label}: {found}/{total} = {found / max(total, 1):.3f}")
            for kind in kinds:
                hit, cases = scores[kind]
                misses = evaluate_recall.misses[kind][:3]  # type: ignore[attr-defined]
                print(f"  {kind:16} {hit:3}/{cases:3}  missed e.g. {misses}")
        all_found = sum(s[0] for s in scores.values())
        all_cases = sum(s[1] for s in scores.values())
        print(f"recall, all kinds: {all_found}/{all_cases} = {all_found / max(all_cases, 1):.3f}")
        hits, pairs, wrong = evaluate_controls(engine, hosts, rng)
        print(f"look-alike controls flagged: {hits}/{pairs} = {hits / pairs:.1%}  {wrong}")
        counts = evaluate_untouched(engine, articles, written, corpus)
        per_100 = 100 * counts["findings"] / counts["articles"]
        print(
            f"untouched: {counts['findings']} WL3 findings in {counts['articles']} articles "
            f"= {per_100:.2f} per 100 ({counts['flagged']} articles flagged)"
        )
        if options.scaling and corpus == "BBC":
            print("scaling (names of any kind, one article; CPU, median of 3 articles):")
            for size, names, index_time, group_time in scaling(engine, articles):
                print(
                    f"  {size:>9,} chars {names:>6} names  index {index_time * 1000:7.1f} ms "
                    f"({index_time / size * 1e9:4.0f} ns/char)  group {group_time * 1000:6.1f} ms "
                    f"({group_time / size * 1e9:4.0f} ns/char)"
                )
    if options.findings:
        options.findings.write_text("\n".join(written) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
