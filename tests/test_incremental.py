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
import re
from functools import _lru_cache_wrapper

import pytest

from tests.conftest import SEED_EDIT, SEED_WIRE
from wirelint.api import default_engine
from wirelint.checks.last_results import LastResults, PerText
from wirelint.config import Settings
from wirelint.engine import Engine
from wirelint.text.storyreuse import GapReuse

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
        elif isinstance(obj, (LastResults, GapReuse, PerText)):
            obj.clear()


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


NUMBER_PARAGRAPHS = (
    "Ten people were killed, police said: six soldiers, three police officers and four civilians.",
    "More than 50 fighters were killed on both sides, the monitor said: 20 pro-government fighters and 18 rebels.",
    "Forty people were injured in the blast, the ministry said. They included 29 adults and 17 children.",
    "At least 380,000 people have been killed in the war, the monitor said.",
    "The war has killed 350,000 people, the monitor said in its report.",
    "Police arrested 30 suspects on Monday, 12 in Leeds and 10 in Bradford.",
    "Men, 12; women, 9; total, 20.",
)
NUMBER_WORDS = ("12", "six", "20", "and", "killed", "injured", "people", "soldiers", "said:", "included", "total,")
"""Totals and their parts (WL402) and one fact counted twice (WL403), and words that make or break the links."""


@pytest.mark.parametrize("seed", range(3))
def test_totals_and_parts_are_found_afresh_where_a_paragraph_changed(seed: int) -> None:
    """WL402 and WL403 remember each paragraph's lists of counts by its text: after each edit of a figure, a
    link word or a paragraph, the warm findings equal a fresh lint's."""
    rng = random.Random(400 + seed)
    engine = default_engine()
    text = "Toll rises after the blast\n\n" + "\n\n".join(rng.sample(NUMBER_PARAGRAPHS, 5)) + "\n"
    _findings(engine, text, "story.txt")
    counted = set()
    for _ in range(12):
        text = _edit(text, rng, NUMBER_PARAGRAPHS, NUMBER_WORDS)
        warm = _findings(engine, text, "story.txt")
        _forget_everything()
        assert warm == _findings(engine, text, "story.txt")
        counted.update(finding["code"] for finding in warm)
    assert {"WL402", "WL403"} & counted  # the edits met totals and parts


SAME_READING = (("Saturday", "Sunday"), ("Monday", "Tuesday"), ("12", "14"), (",", " ,"), (" the ", " a "))
"""Edits that change no content word, name or sign WL601 reads, so its last merges are handed out again."""
CHANGED_READING = (("fighters", "soldiers"), ("Meanwhile", "Separately"), ("Syria", "Iraq"), ("said", "told"),
                   (". ", ".\n\n"), ("Sharif", "Shariff"))  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_merged_stories_are_found_afresh_unless_nothing_they_read_changed(seed: int) -> None:
    """WL601 reuses an article's merges when the edit leaves every paragraph's reading as it was (a weekday
    for a weekday, a figure, spacing): after each edit of either kind, and at either end of the seed
    that has a merge, the warm findings equal a fresh lint's."""
    rng = random.Random(200 + seed)
    engine = default_engine()
    text = SEED_WIRE.read_text(encoding="utf-8") + "\n\n" + SEED_EDIT.read_text(encoding="utf-8")
    _findings(engine, text, "story.txt")
    moved = 0
    for _ in range(10):
        old, new = rng.choice(SAME_READING if rng.random() < 0.5 else CHANGED_READING)
        spots = [i for i in range(len(text)) if text.startswith(old, i)]
        if not spots:
            continue
        at = rng.choice(spots)
        text = text[:at] + new + text[at + len(old):]
        moved += 1
        warm = _findings(engine, text, "story.txt")
        _forget_everything()
        assert warm == _findings(engine, text, "story.txt")
    assert moved


def test_an_edit_that_changes_nothing_wl601_reads_reuses_its_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint.checks import integrity

    engine = default_engine()
    text = SEED_WIRE.read_text(encoding="utf-8")
    day = next(day for day in ("Sunday", "Saturday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
               if day in text)  # fmt: skip
    first = _findings(engine, text, "story.txt")
    measured: list[object] = []
    real = integrity._merges
    monkeypatch.setattr(integrity, "_merges", lambda vocabulary: measured.append(vocabulary) or real(vocabulary))
    other = "Tuesday" if day != "Tuesday" else "Monday"
    again = _findings(engine, text.replace(day, other, 1), "story.txt")
    assert not measured
    merged = [[f["message"] for f in found if f["code"] == "WL601"] for found in (first, again)]
    assert merged[0] and merged[0] == merged[1]
    _findings(engine, text.replace("jihadists", "militants"), "story.txt")
    assert measured


def _long_article(words: int) -> str:
    """The benchmarks' editor article (``lsp_latency.build_article``) at ``words`` words: the seeds' paragraphs
    repeated, so every paragraph has neighbours that share its words and names."""
    paragraphs = [p for seed in (SEED_EDIT, SEED_WIRE) for p in seed.read_text(encoding="utf-8").split("\n\n")[1:]
                  if p.strip()]  # fmt: skip
    body: list[str] = []
    while sum(len(p.split()) for p in body) < words:
        body.append(paragraphs[len(body) % len(paragraphs)])
    return "Clashes in Syria kill dozens\n\n" + "\n\n".join(body) + "\n"


@pytest.mark.parametrize("seed", range(2))
def test_typing_words_of_every_kind_into_a_long_article_finds_what_a_fresh_lint_finds(seed: int) -> None:
    """An editor's typing into a long article: at each edit one word anywhere takes a content word, a name, a
    figure, a function word or a word of another story, so the article's word and name counts move (WL601's
    gaps, WL301's names, WL602's copies); after each, the warm findings equal a fresh lint's."""
    rng = random.Random(300 + seed)
    engine = default_engine()
    text = _long_article(1500)
    pool = sorted(set(re.findall(r"(?<![\w-])[A-Za-z][a-z]{5,}(?![\w-])", text)))
    pool += ["Kyiv", "Kiev", "Daesh", "ISIS", "harvest", "referendum", "the", "said", "12", "Meanwhile,"]
    _findings(engine, text, "story.txt")
    for _ in range(10):
        spots = [match.span() for match in re.finditer(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])", text)]
        start, end = rng.choice(spots)
        text = text[:start] + rng.choice(pool) + text[end:]
        warm = _findings(engine, text, "story.txt")
        _forget_everything()
        assert warm == _findings(engine, text, "story.txt")
