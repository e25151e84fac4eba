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
SENTENCE_FEATURES = (
    "cosine", "share", "local", "local share", "near", "bridge", "size", "new names", "names shared", "topic",
    "all share", "refers back", "transition", "dateline", "opening words", "start", "two", "baseline", "perfect",
    "said last", "opens new name",
)
SENTENCE_WEIGHTS = {
    "bias": -3.88,
    "cosine": -2.37,
    "share": -2.79,
    "local": -1.59,
    "local share": -1.45,
    "near": -2.23,
    "bridge": 1.49,
    "size": 0.64,
    "new names": 1.76,
    "names shared": -3.02,
    "topic": -1.00,
    "all share": -3.72,
    "refers back": -0.81,
    "transition": -1.73,
    "dateline": 0.00,
    "opening words": 2.76,
    "start": 0.19,
    "two": -2.55,
    "baseline": 1.74,
    "perfect": 0.67,
    "said last": 2.15,
    "opens new name": 0.90,
}
"""For one or two sentences at the end or the start of a paragraph (:mod:`wirelint.text.storyislandsentences`): fitted
the same way on the development splices of another story's first sentence or lede glued with a space to the end
or the start of a host paragraph, against every such sentence of the untouched articles of even rank and of
class 1's controls."""
SENTENCE_BAR = 2.6
"""Log-odds a sentence island needs: chosen on development class 2 and every untouched article of both corpora. Real
paragraphs end on, or open with, a sentence about someone new far more often than a paste leaves another story's
lede there: at 1.8, 0.48 of the ledes after a space on class 2 were found (0.26 without), but every untouched
article gave 10 more findings (BBC 6, Reuters 4); at 2.6, four."""
