"""The measures WL601 weighs for an island (:mod:`wirelint.text.storyislands`), their fitted weights and its bar.

Data only: the weights are the log-odds of a logistic regression fitted on development splices of
benchmarks/integrity_round18_islands.py (hash class 1: one or two paragraphs of another story between two of the
host's, the host resuming) against every such stretch of the untouched articles of even rank of both corpora and
of class 1's controls, in two rounds (the second on the positives and the negatives that scored above -1 under
the first); see docs/integrity.md (issue 17, round 18).
"""

from __future__ import annotations

LONGEST_ISLAND = 2
"""Whole paragraphs of another story looked for as an island."""
MIN_WORDS = 5
"""Distinct content words a stretch needs before it is measured as an island."""
ISLAND_WEIGHTS = {
    "bias": -5.40,
    "cosine": -5.65,
    "share": 1.40,
    "near": -3.44,
    "bridge": 2.88,
    "size": 1.28,
    "new names": 1.42,
    "names shared": -2.71,
    "topic": -2.71,
    "refers back": -0.76,
    "transition": 1.50,
    "dateline": 4.83,
    "opening words": 0.23,
    "two": 0.34,
    "baseline": 3.14,
    "inner": 2.29,
    "all share": -3.90,
    "resume cosine": 0.44,
    "resume names": 0.41,
    "near one": -2.97,
    "bridge one": -0.88,
    "prose": 1.16,
    "share x size": -1.46,
    "one sentence": 0.56,
    "perfect": 0.75,
    "said last": 0.82,
    "opens new name": 0.28,
}
ISLAND_FEATURES = tuple(name for name in ISLAND_WEIGHTS if name != "bias")
ISLAND_BAR = 1.6
"""Log-odds an island needs: chosen on development class 2 and the untouched articles of odd rank of both
corpora (about one new finding in 2,000 of those articles)."""
