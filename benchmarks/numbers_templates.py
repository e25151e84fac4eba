"""Made-up copy for the number and attribution evaluation (benchmarks/eval_numbers.py).

Each frame writes one defect, or one consistent control, in a fresh random
instance: numbers, nouns, incidents and sources vary. Frames are split into
``seen`` (phrasings like the tests' and the docs') and ``held_out`` (phrasings
written for this evaluation only and never used to tune the rules), so the
evaluation reports how the rules do on wording they were not built on.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
}
INCIDENTS = ["blast", "attack", "air strike", "ambush", "bombing", "shelling", "raid"]
PLACES = ["Homs", "Idlib", "Mosul", "Kandahar", "Aden", "Benghazi", "Mogadishu", "Maiduguri"]
SOURCES = ["a monitor", "the health ministry", "police", "hospital officials", "the army", "local officials",
           "a security source", "the interior ministry"]
FIGHTERS = [("soldiers", "militants"), ("troops", "rebels"), ("pro-government fighters", "jihadists"),
            ("police officers", "gunmen"), ("soldiers", "insurgents")]
PEOPLE = [("adults", "children"), ("women", "children"), ("men", "women"), ("civilians", "soldiers"),
          ("children", "adults")]


@dataclass(frozen=True)
class Case:
    """One piece of made-up copy to insert into a real article."""

    frame: str
    held_out: bool
    positive: bool
    """True when the copy holds the defect; False for a consistent control."""
    code: str
    body: str
    """Paragraphs to insert (separated by blank lines)."""
    headline: str = ""
    """A headline to put over the article, for headline cases."""


def spelled(value: int, rng: random.Random) -> str:
    """A count in digits, or in words when it has a common word and the coin says so."""
    return WORDS[value] if value in WORDS and rng.random() < 0.4 else str(value)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _parts(rng: random.Random, positive: bool, complete: bool) -> tuple[int, int, int]:
    """Two parts and a total: inconsistent when ``positive`` (above, or below for a complete list)."""
    a, b = rng.randint(3, 40), rng.randint(3, 40)
    if not positive:
        whole = a + b if complete else a + b + rng.choice([0, rng.randint(1, 30)])
    elif complete and rng.random() < 0.5:
        whole = a + b + rng.randint(2, 30)
    else:
        whole = max(2, a + b - rng.randint(2, min(a, b)))
    return whole, a, b


# --- WL402: totals and parts ----------------------------------------------------------------------------------------

def _both_sides(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=True)
    p1, p2 = rng.choice(FIGHTERS)
    return (f"Clashes near {rng.choice(PLACES)} killed {whole} fighters on both sides, {rng.choice(SOURCES)} said."
            f"\n\nStrikes claimed the lives of {a} {p1} and {b} {p2}, {rng.choice(SOURCES)} said.")


def _they_included(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    p1, p2 = rng.choice(PEOPLE)
    return (f"{cap(spelled(whole, rng))} people were injured in the {rng.choice(INCIDENTS)}, "
            f"{rng.choice(SOURCES)} said. They included {spelled(a, rng)} {p1} and {spelled(b, rng)} {p2}.")


def _colon_list(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=True)
    p1, p2 = rng.choice(FIGHTERS)
    return (f"The fighting killed {whole} combatants, {rng.choice(SOURCES)} said: {a} {p1} and {b} {p2}.")


def _including(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    p1, p2 = rng.choice(PEOPLE)
    return (f"The {rng.choice(INCIDENTS)} killed {whole} people, including {a} {p1} and {b} {p2}, "
            f"{rng.choice(SOURCES)} said.")


def _total_of(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=True)
    return f"A total of {whole} people were arrested: {a} men and {b} women, {rng.choice(SOURCES)} said."


def _among_the_dead(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    p1, p2 = rng.choice(PEOPLE)
    return (f"{cap(spelled(whole, rng))} people died in the {rng.choice(INCIDENTS)} in {rng.choice(PLACES)}, "
            f"{rng.choice(SOURCES)} said. Among the dead were {a} {p1} and {b} {p2}.")


def _those_hurt(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    p1, p2 = rng.choice(PEOPLE)
    return (f"In all, {spelled(whole, rng)} people were wounded in the {rng.choice(INCIDENTS)}. "
            f"Those hurt included {a} {p1} and {b} {p2}, {rng.choice(SOURCES)} said.")


def _dash_list(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=True)
    p1, p2 = rng.choice(FIGHTERS)
    return (f"The {rng.choice(INCIDENTS)} left {whole} fighters dead in total, {rng.choice(SOURCES)} said "
            f"\u2013 {a} {p1} and {b} {p2}.")


def _next_paragraph_pointer(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    p1, p2 = rng.choice(PEOPLE)
    return (f"{cap(spelled(whole, rng))} people were killed in the {rng.choice(INCIDENTS)} on Tuesday, "
            f"{rng.choice(SOURCES)} said.\n\nThe victims included {a} {p1} and {b} {p2}.")


def _all_aboard(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=True)
    return (f"The crash killed all {whole} people on board, {rng.choice(SOURCES)} said: {a} passengers and "
            f"{b} crew members.")


def _staff_split(rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, complete=False)
    return (f"The plant employs {whole * 10} people, including {a * 10} in {rng.choice(PLACES)} and {b * 10} in "
            f"{rng.choice(['Leeds', 'Lyon', 'Turin', 'Porto'])}, the company said.")


# --- WL401: headlines -----------------------------------------------------------------------------------------------

_VAGUE_BODY = [
    # (headline word, body figure, consistent?)
    ("Hundreds", "more than 50", False), ("Dozens", "more than 50", True), ("Dozens", "12", False),
    ("Scores", "more than 60", True), ("Thousands", "more than 300", False), ("Hundreds", "more than 300", True),
    ("Dozens", "nine", False), ("Hundreds", "about 40", False), ("Dozens", "some 70", True),
    ("Thousands", "more than 2,000", True), ("Hundreds", "at least 250", True), ("Scores", "eight", False),
]


def _vague_headline(rng: random.Random, positive: bool) -> tuple[str, str]:
    word, figure, _fits = rng.choice([item for item in _VAGUE_BODY if item[2] is not positive])
    incident = rng.choice(INCIDENTS)
    return (f"{word} killed in {rng.choice(PLACES)} {incident}",
            f"The {incident} killed {figure} people, {rng.choice(SOURCES)} said.")


def _number_headline(rng: random.Random, positive: bool) -> tuple[str, str]:
    body = rng.randint(20, 90)
    head = body if not positive else body + rng.choice([-1, 1]) * rng.randint(5, 15)
    return (f"{head} dead after {rng.choice(INCIDENTS)} in {rng.choice(PLACES)}",
            f"The {rng.choice(INCIDENTS)} killed {body} people, {rng.choice(SOURCES)} said.")


def _toll_rises_headline(rng: random.Random, positive: bool) -> tuple[str, str]:
    body = rng.randint(30, 400)
    head = body if not positive else body * 2 + rng.randint(1, 9)
    return (f"{rng.choice(PLACES)} {rng.choice(INCIDENTS)}: death toll rises to {head}",
            f"The number of people killed has risen to {body}, {rng.choice(SOURCES)} said on Monday.")


def _arrest_headline(rng: random.Random, positive: bool) -> tuple[str, str]:
    word, figure = ("Dozens", "more than 30") if not positive else ("Hundreds", "more than 30")
    return (f"{word} arrested after protests in {rng.choice(PLACES)}",
            f"Police detained {figure} demonstrators overnight, {rng.choice(SOURCES)} said.")


BodyFrame = Callable[[random.Random, bool], str]
HeadlineFrame = Callable[[random.Random, bool], tuple[str, str]]

TOTALS: dict[str, tuple[BodyFrame, bool]] = {
    "both-sides": (_both_sides, False), "they-included": (_they_included, False), "colon": (_colon_list, False),
    "including": (_including, False), "total-of": (_total_of, False),
    "among-the-dead": (_among_the_dead, True), "those-hurt": (_those_hurt, True), "dash": (_dash_list, True),
    "next-paragraph": (_next_paragraph_pointer, True), "all-aboard": (_all_aboard, True),
    "staff-split": (_staff_split, True),
}
"""WL402 frames: name -> (frame, held out)."""
HEADLINES: dict[str, tuple[HeadlineFrame, bool]] = {
    "vague": (_vague_headline, False), "number": (_number_headline, False),
    "toll-rises": (_toll_rises_headline, True), "arrests": (_arrest_headline, True),
}
"""WL401 frames: name -> (frame, held out)."""


def wl4_cases(rng: random.Random, per_frame: int) -> list[Case]:
    """``per_frame`` defects and as many controls from every WL402 and WL401 frame."""
    cases: list[Case] = []
    for _ in range(per_frame):
        for name, (frame, held) in TOTALS.items():
            for positive in (True, False):
                cases.append(Case(name, held, positive, "WL402", frame(rng, positive)))
        for name, (headline_frame, held) in HEADLINES.items():
            for positive in (True, False):
                headline, body = headline_frame(rng, positive)
                cases.append(Case(name, held, positive, "WL401", body, headline))
    return cases


# --- WL201: unsourced tolls, tallies and statistics -----------------------------------------------------------------

UNSOURCED: dict[str, tuple[list[str], bool]] = {
    "toll": (["The {incident} killed {n} people in {place}.", "{N} people died when the {incident} hit {place}.",
              "More than {n} people have been wounded in the {incident}."], False),
    "tally": (["Some {n} homes were destroyed in the floods.", "Wildfires have burned {n},000 hectares of forest.",
               "Customs officers seized {n} vehicles at the border.",
               "The project has cost taxpayers ${n} million."], False),
    "statistic": (["Unemployment rose to {n}.{d}% last month.", "One in five adults now smokes daily.",
                   "Support for the government has fallen to {n} per cent."], False),
    "held-out": (["The storm damaged about {n} schools across {place}.",
                  "Troops arrested {n} suspects in overnight raids in {place}.",
                  "At least {n} houses were razed by the fire in {place}.",
                  "Inflation reached {n}.{d} per cent in March.",
                  "Looters set ablaze {n} shops in the centre of {place}.",
                  "The failed scheme cost the public purse £{n}m.",
                  "Nearly {n} residents were evacuated as the river burst its banks."], True),
}
"""WL201 frames: family -> (sentences, held out). ``{n}`` a number, ``{N}`` one in words at a sentence start."""
SOURCED = ["{}, officials said.", "{}, according to the ministry.", "{}, figures from the agency show.",
           "{}, the regional governor told reporters."]


def unsourced_cases(rng: random.Random, per_frame: int) -> list[tuple[str, bool, str, bool]]:
    """``(family, held out, sentence, sourced)``: each unsourced sentence, and the same sentence with a source."""
    cases: list[tuple[str, bool, str, bool]] = []
    for _ in range(per_frame):
        for family, (sentences, held) in UNSOURCED.items():
            for sentence in sentences:
                n = rng.randint(12, 95)
                text = sentence.format(n=n, N=cap(WORDS.get(n, "Forty")), d=rng.randint(1, 9),
                                       incident=rng.choice(INCIDENTS), place=rng.choice(PLACES))
                cases.append((family, held, text, False))
                cases.append((family, held, rng.choice(SOURCED).format(text.rstrip(".")), True))
    return cases


# --- WL202: quotes ------------------------------------------------------------------------------------------------

QUOTES = [
    "\"We will rebuild every house on this street, whatever it takes and however long it lasts.\"",
    "\"Nobody expected the water to rise so fast. By midnight the ground floor was gone.\"",
    "\u201cThis is the worst season we have had in twenty years, and it is not over yet.\u201d",
    "\"I have never seen anything like it. People were running in every direction.\"",
    "\"There is no plan B. If the talks fail, the whole region pays the price.\"",
]
