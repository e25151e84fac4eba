"""What the sealed WL601 sets share: hosts drawn from one hash class, their donors, and the report.

``integrity_heldout2.py`` and ``integrity_heldout3.py`` differ in the shapes they splice and the controls
they build; how hosts and donors are drawn, how cases are judged and how the figures are printed is the
same for both, so that their figures read alike.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from eval_integrity import Case, Story, by_line, evaluate, lint, load, record, untouched

CORPORA = (("bbc", "bbc-news-2004-2005.jsonl"), ("reuters", "reuters-21578-1987.jsonl"))


STOP = frozenset(
    "about after their there which would could should these those other while where being still since under "
    "against between during before three first years people said company".split()
)
"""Common words a set leaves out when it picks a host's topic words for a control it writes."""


def prose(paragraph: str) -> bool:
    """A paragraph of running text: ten words or more, ending on a sentence's end."""
    return len(paragraph.split()) >= 10 and bool(re.search(r"[.!?][\"'”’)]*\s*$", paragraph))


def is_host(story: Story) -> bool:
    """An article that can host a splice: 4 to 14 paragraphs, three of them running text."""
    return 4 <= len(story.paragraphs) <= 14 and sum(prose(p) for p in story.paragraphs) >= 3


HOST_NOT = "where the host is not"


def host_flags(cases: list[Case]) -> dict[str, list[int]]:
    """Per control kind: [controls, controls flagged where the same article untouched is not]. A control is
    flagged for whatever its host is flagged for too; this counts only what the change made to it brought."""
    controls = [case for case in cases if case.expect is None]
    hosts = [replace(case, paragraphs=list(case.host.paragraphs)) for case in controls]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, hit, host_hit in zip(controls, _flagged(controls), _flagged(hosts), strict=True):
        row = tally[f"{case.corpus}: {case.kind}, {HOST_NOT}"]
        row[0] += 1
        row[1] += hit and not host_hit
    return tally


def _flagged(cases: list[Case]) -> list[bool]:
    source, findings = lint([record(case)[0] for case in cases])
    _, found = by_line(source, findings)
    return [bool(found.get(number)) for number in range(len(cases))]


@dataclass(frozen=True)
class SplicedSet:
    """One sealed set: its seed, how it tells hosts, donors and their hash class, and what it builds."""

    sealed_seed: int
    host_class: Callable[[Story], int]
    is_host: Callable[[Story], bool]
    is_donor: Callable[[Story], bool]
    merges: Callable[[random.Random, Story, Story, str], list[Case]]
    controls: Callable[[random.Random, Story], list[Case]]
    other_corpus_merges: int | None = None
    """How many of the merges with a donor of the other corpus to keep (None: all)."""

    def build(self, seed: int, wanted: int, hosts_per_corpus: int) -> tuple[list[Case], dict[str, list[Story]]]:
        """The cases of hash class ``wanted``, and the articles of that class not used as hosts."""
        rng = random.Random(seed)
        corpora = {name: load(file) for name, file in CORPORA}
        donors = {name: [s for s in stories if self.is_donor(s)] for name, stories in corpora.items()}
        by_section: dict[tuple[str, str], list[Story]] = defaultdict(list)
        for name, pool in donors.items():
            for story in pool:
                by_section[(name, story.section)].append(story)
        cases: list[Case] = []
        rest: dict[str, list[Story]] = {}
        for name, stories in corpora.items():
            pool = [s for s in stories if self.host_class(s) == wanted and self.is_host(s)]
            hosts = rng.sample(pool, min(hosts_per_corpus, len(pool)))
            chosen = {id(s) for s in hosts}
            rest[name] = [s for s in stories if id(s) not in chosen and self.host_class(s) == wanted]
            other_corpus = "reuters" if name == "bbc" else "bbc"
            for host in hosts:
                same = [s for s in by_section[(name, host.section)] if s is not host]
                if same:
                    cases.extend(self.merges(rng, host, rng.choice(same), "same section"))
                other = rng.choice([s for s in donors[name] if s.section != host.section])
                cases.extend(self.merges(rng, host, other, "other section"))
                if rng.random() < 0.5:
                    merged = self.merges(rng, host, rng.choice(donors[other_corpus]), "other corpus")
                    cases.extend(merged[: self.other_corpus_merges])
                cases.extend(self.controls(rng, host))
        return cases, rest

    def main(self, description: str, argv: list[str] | None = None) -> None:
        """Build the sealed set (or a development class), judge it and print recall and controls by shape."""
        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--dev", type=int, default=0,
                            help="a development set (hash class 1 to 4), not the sealed one")
        parser.add_argument("--hosts", type=int, default=250, help="host articles per corpus")
        parser.add_argument("--untouched", type=int, default=1000, help="untouched articles per corpus (not hosts)")
        parser.add_argument("--all-untouched", action="store_true", help="every article of both corpora, untouched")
        parser.add_argument("--no-untouched", action="store_true", help="splices and controls only")
        parser.add_argument("--show", type=int, default=0)
        parser.add_argument("--by-host", action="store_true",
                            help="also count the controls flagged where their untouched host is not")
        args = parser.parse_args(argv)
        started = time.perf_counter()
        seed = self.sealed_seed if not args.dev else self.sealed_seed + 1000 * args.dev
        cases, rest = self.build(seed, args.dev, args.hosts)
        rows = sorted(evaluate(cases, args.show).items())
        if args.by_host:
            rows += sorted(host_flags(cases).items())
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for kind, (count, hits) in rows:
            _, _, name = kind.partition(": ")
            group = "recall, merged stories (WL601)" if name.startswith("merge") else "controls flagged (any WL6)"
            if name.endswith(HOST_NOT):
                group = f"controls flagged (any WL6), {HOST_NOT}"
            shape = f"  {group.split(',')[0]} {name.split(' (')[0]}"
            for key in (group, shape):
                totals[key][0] += count
                totals[key][1] += hits
        print(f"\n{'case':<78} {'n':>5} {'hits':>5} {'rate':>6}")
        for kind, (count, hits) in rows:
            print(f"{kind:<78} {count:>5} {hits:>5} {hits / count:>6.3f}")
        if not args.no_untouched:
            for name, file in CORPORA:
                pool = load(file) if args.all_untouched else random.Random(seed).sample(
                    rest[name], min(args.untouched, len(rest[name]))
                )
                articles, flagged, found = untouched(pool, args.show)
                print(f"{name}: untouched articles {articles}, with a WL6 finding {flagged}, "
                      f"WL6 findings per 100 {100 * found / articles:.2f}")
        print()
        for group, (count, hits) in sorted(totals.items(), key=lambda item: (item[0].startswith("  "), item[0])):
            print(f"{group:<60} {count:>6} {hits:>6} {hits / count:>7.3f}")
        took = time.perf_counter() - started
        print(f"\n({took:.0f} s, seed {seed}, hash class {args.dev}, {args.hosts} hosts per corpus)")
