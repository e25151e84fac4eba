"""Fresh held-out copy for the number rules: sets written as an outside evaluator would, never tuned on.

``fresh-a`` was written and measured before the engine changes of the
session that added it; ``fresh-b`` was written after those changes, to check
they generalise rather than fit set A; its misses then led to structural
fixes, so ``fresh-c`` was written after those, ``fresh-d`` after the set C
fixes, ``fresh-e`` after the set D fixes and ``fresh-f`` after the set E
fixes, each measured once first. The sets are data in numbers_fresh_sets.py;
this module draws their instances. The first measurement of each set is the
honest figure (docs/numbers-and-attribution.md keeps them); a miss is fixed
as a shape, never by phrase. Each frame draws its own
numbers (digits or words), qualifiers ("at least", "more than", "nearly",
"about"), nouns, places and sources, and writes either a defect or a
consistent control of the same shape.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from numbers_templates import Case

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
PLACES = ["Kirkuk", "Goma", "Sittwe", "Jalalabad", "Marib", "Darnah", "Bor", "Kidal", "Tal Afar", "Beni"]
SOURCES = ["the governor", "a hospital source", "the local council", "rescue officials", "the UN",
           "state media", "the defence ministry", "witnesses", "a police spokesman", "medics"]
INCIDENTS = ["car bomb", "suicide attack", "mortar attack", "fire", "landslide", "explosion", "gun attack"]
PEOPLE_PAIRS = [("women", "children"), ("men", "women"), ("adults", "children"), ("civilians", "police officers"),
                ("children", "elderly people"), ("students", "teachers"), ("villagers", "soldiers")]
FIGHTER_PAIRS = [("soldiers", "rebels"), ("troops", "insurgents"), ("police", "militants"),
                 ("government troops", "jihadists"), ("militiamen", "soldiers")]


def words(value: int) -> str:
    """A whole number below 100 in words ("forty-two")."""
    if value < 20:
        return UNITS[value]
    tens, units = divmod(value, 10)
    return TENS[tens] + (f"-{UNITS[units]}" if units else "")


def say(value: int, rng: random.Random, start: bool = False) -> str:
    """A count as wire copy writes it: words for small numbers (always at a sentence start), digits otherwise."""
    if value < 100 and (start or (value < 10 and rng.random() < 0.7) or rng.random() < 0.3):
        text = words(value)
        return text[0].upper() + text[1:] if start else text
    return f"{value:,}"


def split_sum(total: int, count: int, rng: random.Random) -> list[int]:
    """``count`` parts of at least 2 that add up to ``total``."""
    total = max(total, 2 * count)
    cuts = sorted(rng.sample(range(1, total - 2 * count + count), count - 1)) if count > 1 else []
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, total - 2 * count + count], strict=True)]
    return [size + 1 for size in sizes]


def ceiling(value: int) -> int:
    """The next round step above a figure (quantities.toml): 50 -> 100, 47 -> 50, 120 -> 200."""
    power = 10 ** int(math.log10(value))
    if value % power == 0:
        return power * 10
    return (value // power + 1) * power


@dataclass(frozen=True)
class TotalFrame:
    """A total and its parts: text with {W} (the total as written), {P0}.. (parts), {N0}.. (their nouns), {src},
    {Src}, {inc}, {place}, {place2}. ``qualifier`` is put before the total; ``complete`` says the copy claims
    the list is all of the total; ``single`` frames have one part."""

    text: str
    split: str
    complete: bool = False
    qualifier: str = ""
    parts: int = 2
    nouns: tuple[tuple[str, ...], ...] = ()


def _values(frame: TotalFrame, rng: random.Random, positive: bool) -> tuple[int, list[int]]:
    """The total's figure and the parts: a contradiction when ``positive``, consistent otherwise."""
    q, n = frame.qualifier, frame.parts
    if q == "":
        whole = rng.randint(max(8, 3 * n), 90)
        if not positive:
            parts_sum = whole if frame.complete else whole - rng.choice([0, 0, rng.randint(1, whole // 3)])
        elif frame.complete and rng.random() < 0.5:
            parts_sum = whole - rng.randint(2, max(2, whole // 3))
        else:
            parts_sum = whole + rng.randint(2, 25)
    elif q == "at least":
        whole = rng.choice([v for v in range(21, 89) if v % 10])
        top = ceiling(whole)
        if not positive:
            parts_sum = rng.randint(whole, top - 1) if frame.complete else rng.randint(max(n * 2, whole - 10), top - 1)
        elif frame.complete and rng.random() < 0.5:
            parts_sum = whole - rng.randint(3, 10)
        else:
            parts_sum = max(top, whole * 3 // 2) + rng.randint(2, 30)
    elif q == "more than":
        whole = rng.choice([20, 30, 40, 50, 60])
        if not positive:
            parts_sum = whole + rng.randint(1, 9)
        elif frame.complete and rng.random() < 0.6:
            parts_sum = whole - rng.randint(2, 12)
        else:
            parts_sum = 100 + rng.randint(5, 60)
    elif q == "nearly":
        whole = rng.choice([30, 40, 50, 60, 70, 80, 90])
        if not positive:
            parts_sum = whole - rng.randint(1, 3)
        elif frame.complete and rng.random() < 0.5:
            parts_sum = int(whole * 0.7)
        else:
            parts_sum = whole + rng.randint(2, 20)
    else:  # about
        whole = rng.choice([40, 50, 60, 70, 80, 90])
        if not positive:
            parts_sum = whole + rng.randint(-3, 3)
        elif frame.complete and rng.random() < 0.5:
            parts_sum = int(whole * 0.7)
        else:
            parts_sum = int(whole * 1.3) + rng.randint(1, 10)
    return whole, split_sum(parts_sum, n, rng)


def _at_start(text: str, name: str) -> bool:
    """Whether a placeholder opens a sentence, where copy spells a number out."""
    return bool(re.search(r"(?:^|[.!?]\s+)\{" + name + r"\}", text))


def fill_total(frame: TotalFrame, rng: random.Random, positive: bool) -> str:
    whole, parts = _values(frame, rng, positive)
    nouns = rng.choice(frame.nouns) if frame.nouns else rng.choice(FIGHTER_PAIRS)
    places = rng.sample(PLACES, 3)
    source = rng.choice(SOURCES)
    q = frame.qualifier
    starts = _at_start(frame.text, "W")
    total = f"{q} {say(whole, rng)}" if q else say(whole, rng, start=starts)
    if q and starts:
        total = total[0].upper() + total[1:]
    values: dict[str, str] = {"W": total, "src": source, "Src": source[0].upper() + source[1:],
                              "inc": rng.choice(INCIDENTS), "place": places[0], "place2": places[1],
                              "place3": places[2]}
    for index, part in enumerate(parts):
        values[f"P{index}"] = say(part, rng, start=_at_start(frame.text, f"P{index}"))
        values[f"N{index}"] = nouns[index % len(nouns)]
    return frame.text.format(**values)


PEOPLE = tuple(PEOPLE_PAIRS)
FIGHTERS = tuple(FIGHTER_PAIRS)
THREE = (("soldiers", "police officers", "civilians"), ("men", "women", "children"))

@dataclass(frozen=True)
class HeadFrame:
    """A headline over a body; each pair is (headline figure, body figure, consistent)."""

    headline: str
    body: str
    split: str
    pairs: tuple[tuple[str, str, bool], ...]


def total_cases(frames: dict[str, TotalFrame], rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for _ in range(per_frame):
        for name, frame in frames.items():
            for positive in (True, False):
                cases.append(Case(name, frame.split, positive, "WL402", fill_total(frame, rng, positive)))
    return cases


def head_cases(frames: dict[str, HeadFrame], rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for _ in range(per_frame):
        for name, frame in frames.items():
            for positive in (True, False):
                _, figure, _ = rng.choice([pair for pair in frame.pairs if pair[2] is not positive])
                incident = rng.choice(INCIDENTS)
                values = {"place": rng.choice(PLACES), "inc": incident, "inc_cap": incident.capitalize(),
                          "src": rng.choice(SOURCES)}
                cases.append(Case(name, frame.split, positive, "WL401", frame.body.format(B=figure, **values),
                                  frame.headline.format(**values)))
    return cases


def _filled(sentence: str, rng: random.Random) -> str:
    """A WL201 sentence with its count ({n} digits, {N} words) and place drawn."""
    n = rng.randint(12, 95)
    word = words(n)
    return sentence.format(n=n, N=word[0].upper() + word[1:], place=rng.choice(PLACES))


def fresh_unsourced(rng: random.Random, per_frame: int, sets: dict[str, list[str]],
                    sourced_forms: list[str]) -> list[tuple[str, str, str, bool]]:
    """``(set, set, sentence, sourced)`` in the shape of numbers_templates.unsourced_cases."""
    cases = []
    for _ in range(per_frame):
        for name, sentences in sets.items():
            for sentence in sentences:
                text = _filled(sentence, rng)
                cases.append((name, name, text, False))
                cases.append((name, name, rng.choice(sourced_forms).format(text.rstrip(".")), True))
    return cases


def fresh_wl4(sets: dict[str, tuple[dict[str, TotalFrame], dict[str, HeadFrame]]], rng: random.Random,
              per_frame: int) -> list[Case]:
    """Every WL402 and WL401 frame of ``sets``, ``per_frame`` defects and as many controls each, set by set."""
    cases: list[Case] = []
    for totals, heads in sets.values():
        cases += [*total_cases(totals, rng, per_frame), *head_cases(heads, rng, per_frame)]
    return cases


def fresh_lookalikes(rng: random.Random, per_frame: int, sets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``(set, sentence)``: counts that are no tally, to insert as they are (WL201 must not warn)."""
    return [(name, _filled(sentence, rng)) for _ in range(per_frame) for name, sentences in sets.items()
            for sentence in sentences]


def fresh_wl4_lookalikes(rng: random.Random, per_frame: int,
                         sets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``(set, copy)``: two counts that are no total and its parts ({a} below {b}), for WL4 to leave alone."""
    cases = []
    for _ in range(per_frame):
        for name, texts in sets.items():
            for text in texts:
                a = rng.randint(8, 60)
                b = rng.randint(a + 6, 95)
                places = rng.sample(PLACES, 2)
                cases.append((name, text.format(
                    a=say(a, rng), b=say(b, rng), bd=b, A=say(a, rng, start=True), B=say(b, rng, start=True),
                    place=places[0], place2=places[1], inc=rng.choice(INCIDENTS), src=rng.choice(SOURCES))))
    return cases
