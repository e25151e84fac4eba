"""WL601 on another story that runs on for several paragraphs after a transition word (issue 17, integrity12).

    python benchmarks/integrity_glued17_runs.py        # development class 3 of integrity_glued17.py's hash

The donor's lede paragraph opens with a transition word and one to five more of its paragraphs follow, either to
the end of the article or with the host resuming after them. Hosts: articles of 4 to 14 paragraphs; donors: stories
of six paragraphs or more whose first two are running text. Found while choosing on development classes: with the
host resuming after four paragraphs of another story or more, no stretch measured covered the pasted story alone.
Nothing is written to disk.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, evaluate, offset_of
from integrity_glued17 import SEED, WORDS, _case, _dated, _donor, _laid_out, _turned, host_class
from sealed_splices import SplicedSet, is_host

CLASS = 3


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    host = _dated(host)
    turned = _turned(rng.choice(WORDS), " ".join(donor.paragraphs[0].split()), donor)
    cases: list[Case] = []
    if turned is None:
        return cases
    for more in range(5):
        following = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + more]]
        cut = rng.randint(1, len(host.paragraphs) - 1)
        lede = _laid_out(host, turned)[0]
        for kind, rest in (("host resumes", host.paragraphs[cut:]), ("to the end", [])):
            paragraphs = [*host.paragraphs[:cut], lede, *following, *rest]
            cases.append(_case(f"merge {kind} after {more + 1} ({relation})", host, paragraphs,
                               offset_of(host, paragraphs, cut), "word"))
    return cases


RUNS = SplicedSet(SEED + 1000 * CLASS, host_class, is_host, lambda s: len(s.paragraphs) >= 6 and _donor(s), merges,
                  lambda rng, host: [])


if __name__ == "__main__":
    cases, _ = RUNS.build(SEED + 1000 * CLASS, CLASS, 100)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, (count, hits) in evaluate(cases, 0).items():
        shape = kind.split(": ", 1)[1].split(" (")[0]
        totals[shape][0] += count
        totals[shape][1] += hits
    for shape, (count, hits) in sorted(totals.items()):
        print(f"{shape:<40} {count:>5} {hits:>5} {hits / count:>6.3f}")
