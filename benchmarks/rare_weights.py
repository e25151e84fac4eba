"""Write the common-word weights of ``wirelint/text/storyrare.toml`` from the corpora (issue 17, integrity23).

    python benchmarks/rare_weights.py            # prints the [weights] table (stems and idf, no text)

For every lower-case content stem (:func:`~wirelint.text.vocabulary.topic_stems`), the share of articles of each
corpus that write it; a stem written in at least :data:`COMMON` of the articles of either corpus is a common word
of news copy or of a section ("shares", "profit", "match", "goal"), weighted by its inverse document frequency,
``-ln(share)`` at the larger share. Every other stem is rare and weighs ``-ln(COMMON)``. Only stems and numbers
are written: no corpus text.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import load

from wirelint.text.vocabulary import topic_stems

COMMON = 0.01
"""Share of a corpus's articles a stem needs to count as common."""


def shares() -> dict[str, float]:
    """Each stem's largest share of the articles of one corpus."""
    best: dict[str, float] = {}
    for file in ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"):
        stories = load(file)
        counts: Counter[str] = Counter()
        for story in stories:
            counts.update(topic_stems(" ".join([story.headline, *story.paragraphs])))
        for word, count in counts.items():
            best[word] = max(best.get(word, 0.0), count / len(stories))
    return best


def main() -> None:
    common = sorted((word, share) for word, share in shares().items() if share >= COMMON)
    print(f"# {len(common)} stems written in at least {COMMON:.0%} of the articles of either corpus")
    print("[weights]")
    for word, share in common:
        print(f'"{word}" = {-math.log(share):.2f}')


if __name__ == "__main__":
    main()
