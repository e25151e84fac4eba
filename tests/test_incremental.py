"""Re-linting after an edit reuses the work of unchanged paragraphs: the findings must be a full lint's.

An editor re-lints the whole article on every change, and the engine keeps
per-paragraph results (pattern matches, the prefilter's scan, figures,
sentences, quotes...) keyed by paragraph text. These tests apply random
sequences of edits to an article and check, after every edit, that the
findings of the warm re-lint are exactly those of a lint with every cache
emptied, as in a fresh process.
"""

from __future__ import annotations

import gc
import random
from functools import _lru_cache_wrapper

import pytest

from tests.conftest import SEED_EDIT, SEED_WIRE
from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.engine import Engine

PARAGRAPHS = (
    "Rebels killed 12 soldiers near Homs on Tuesday, the Syrian Observatory for Human Rights said.",
    '"We will not leave," said Ahmed al-Hassan, 42, a teacher.',
    "ISIS fighters seized the town. Daesh had held it in 2015.",
    "Unemployment rose to 7.5 percent in March, up from 6.9 percent.",
    "The UN said 380,000 people had fled since 2011.",
    "=== RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT \"AFP PHOTO / HO\" ===",
    "Powered by automated translation",
    "-- MORE --",
    "The the minister said talks would resume.Meanwhile prices fell .",
)
WORDS = ("markets", "talks", "12", "dozens", "ISIS", "the", "said", "Kyiv", "Kiev", "“quoted”", "1987", "TK")
NAME_PARAGRAPHS = (
    "Hassan Nasrallah spoke on Monday. Later Nasrollah said the talks had failed.",
    "An Open Letter from Nouri al-Maliki was read out, aides said.",
    "Officials met Abu Mazen in Ramallah. Abu-Mazen later left.",
    "Al Jazeera said el-Maliki had resigned; Maliki denied it.",
    "The letter was signed by Zelensky, and Zelenskiy's office confirmed it.",
)
NAME_WORDS = ("Nasrallah", "Nasrollah", "al-Maliki", "Maliki", "letter", "Letter", "Later", "later", "Al", "al",
              "Abu-Mazen", "Jazeera", "al-Jazeera", "The", "Open", "open")  # fmt: skip
"""Names, and words that change how the names of other paragraphs are cut: written in lower case,
capitalised inside a sentence, after an article."""


def _forget_everything() -> None:
    """Empty every cache wirelint keeps in this process, as a fresh process would have them."""
    for obj in gc.get_objects():
        if isinstance(obj, _lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("wirelint"):
            obj.cache_clear()


def _edit(
    text: str, rng: random.Random, paragraphs_pool: tuple[str, ...] = PARAGRAPHS, words_pool: tuple[str, ...] = WORDS
) -> str:
    """One random edit: a word replaced, inserted or deleted, or a paragraph added, dropped, split or joined."""
    paragraphs = text.split("\n\n")
    kind = rng.randrange(6)
    at = rng.randrange(len(paragraphs))
    if kind == 0 and len(paragraphs) > 2:
        del paragraphs[at]
    elif kind == 1:
        paragraphs.insert(at, rng.choice(paragraphs_pool))
    elif kind == 2 and at + 1 < len(paragraphs):
        paragraphs[at : at + 2] = [paragraphs[at] + " " + paragraphs[at + 1]]
    elif kind == 3 and ". " in paragraphs[at]:
        first, _, rest = paragraphs[at].partition(". ")
        paragraphs[at : at + 1] = [first + ".", rest]
    else:
        words = paragraphs[at].split(" ")
        spot = rng.randrange(len(words))
        if kind == 4:
            words.insert(spot, rng.choice(words_pool))
        elif len(words) > 1:
            words[spot] = rng.choice(words_pool)
        paragraphs[at] = " ".join(words)
    return "\n\n".join(paragraphs)


def _findings(engine: Engine, text: str, name: str) -> list[dict[str, object]]:
    result = engine.lint_source(name, text, Settings())
    assert not result.errors, result.errors
    return [finding.to_dict() for finding in result.findings]


@pytest.mark.parametrize("seed", range(4))
def test_a_warm_relint_after_each_edit_finds_what_a_fresh_lint_finds(seed: int) -> None:
    rng = random.Random(seed)
    engine = default_engine()
    start = (SEED_EDIT if seed % 2 else SEED_WIRE).read_text(encoding="utf-8")
    text = start + "\n\n" + "\n\n".join(rng.sample(PARAGRAPHS, 5)) + "\n"
    name = "story.md" if seed == 3 else "story.txt"
    _findings(engine, text, name)  # the editor opened the article: caches are warm
    for _ in range(8):
        text = _edit(text, rng)
        warm = _findings(engine, text, name)
        _forget_everything()
        fresh = _findings(engine, text, name)
        assert warm == fresh
        _findings(engine, _edit(text, rng), name)  # a version the next edit does not start from


@pytest.mark.parametrize("seed", range(3))
def test_names_are_cut_afresh_when_an_edit_elsewhere_changes_what_their_words_are(seed: int) -> None:
    """WL301 remembers each paragraph's names with the article's word sets cut down to the paragraph's
    words: an edit in one paragraph that writes a word in lower case, or capitalises it, must change
    how the names of the others are cut."""
    rng = random.Random(100 + seed)
    engine = default_engine()
    text = "Talks on the region\n\n" + "\n\n".join(rng.sample(NAME_PARAGRAPHS, 4)) + "\n"
    _findings(engine, text, "story.txt")
    for _ in range(12):
        text = _edit(text, rng, NAME_PARAGRAPHS, NAME_WORDS)
        warm = _findings(engine, text, "story.txt")
        _forget_everything()
        assert warm == _findings(engine, text, "story.txt")
