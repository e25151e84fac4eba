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


def _forget_everything() -> None:
    """Empty every cache wirelint keeps in this process, as a fresh process would have them."""
    for obj in gc.get_objects():
        if isinstance(obj, _lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("wirelint"):
            obj.cache_clear()


def _edit(text: str, rng: random.Random) -> str:
    """One random edit: a word replaced, inserted or deleted, or a paragraph added, dropped, split or joined."""
    paragraphs = text.split("\n\n")
    kind = rng.randrange(6)
    at = rng.randrange(len(paragraphs))
    if kind == 0 and len(paragraphs) > 2:
        del paragraphs[at]
    elif kind == 1:
        paragraphs.insert(at, rng.choice(PARAGRAPHS))
    elif kind == 2 and at + 1 < len(paragraphs):
        paragraphs[at : at + 2] = [paragraphs[at] + " " + paragraphs[at + 1]]
    elif kind == 3 and ". " in paragraphs[at]:
        first, _, rest = paragraphs[at].partition(". ")
        paragraphs[at : at + 1] = [first + ".", rest]
    else:
        words = paragraphs[at].split(" ")
        spot = rng.randrange(len(words))
        if kind == 4:
            words.insert(spot, rng.choice(WORDS))
        elif len(words) > 1:
            words[spot] = rng.choice(WORDS)
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
