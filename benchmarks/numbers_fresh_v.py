"""Sealed set V (issue 16, numbers5 second pass): totals, parts and vague headlines in fresh wire frames.

Written before any rule change of this pass, from frames used in no other set, test or probe; generated
with a fixed seed so it reads the same every time. It was measured at first sight on main and once more
at the end, and never tuned on (the development sets are in numbers_dev_w.py). Each case is a whole short
story (headline, blank line, paragraphs) with the frame's name and what it must give:

* ``WL402`` groups: a total its parts contradict (parts above an exact total; or below it where the list
  claims to be complete). A hit is any WL4 finding (the lead's "WL4 recall"); WL402 itself is counted too.
* ``WL401`` groups: a vague or bounded headline quantity the body's count does not allow.
* ``controls``: consistent copy in the same frames (parts that add up, partial lists, other events,
  cumulative against daily tolls, ranges, "at least", headlines the body allows): no WL4 finding.

    python benchmarks/numbers_fresh_v.py           # the figures, by group and frame
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = 1605
PER_FRAME = 4

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """A count under 100 in words, as an editor spells it at the start of a sentence."""
    if n < 20:
        return _UNITS[n]
    tens, units = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


def num(n: int) -> str:
    """A count in wire style: one to nine spelled, the rest in digits."""
    return _UNITS[n] if 0 < n < 10 else f"{n:,}"


def lead(n: int) -> str:
    """A count that opens a sentence: spelled when under 100."""
    return (words(n) if n < 100 else f"{n:,}").capitalize()


@dataclass(frozen=True)
class Verb:
    """An event: past participle, the active verb, the headline word and where it happened."""

    passive: str
    active: str
    head: str
    scenes: tuple[str, ...]
    agents: tuple[str, ...]


VERBS = [
    Verb("killed", "killed", "killed", ("in the explosion at the depot", "when the bus left the mountain road",
                                         "in the shelling of the market"), ("The blast", "The attack", "The crash")),
    Verb("injured", "injured", "hurt", ("when the stand gave way", "in the pile-up on the motorway",
                                         "when the train derailed"), ("The collapse", "The pile-up", "The blast")),
    Verb("wounded", "wounded", "wounded", ("in the mortar attack", "when gunmen opened fire on the checkpoint",
                                           "in the car bombing"), ("The shelling", "The ambush", "The bombing")),
    Verb("arrested", "arrested", "arrested", ("during the demonstrations", "in dawn raids across the city",
                                              "after clashes outside parliament"), ("Police", "Officers", "Police")),
    Verb("detained", "detained", "held", ("at the border crossing", "in the sweep of the camp",
                                          "after the march was banned"), ("Security forces", "Border guards",
                                                                         "Troops")),
    Verb("evacuated", "evacuated", "evacuated", ("as the wildfire spread", "after the dam wall cracked",
                                                 "when the gas main burst"), ("Firefighters", "Rescuers",
                                                                              "The army")),
    Verb("rescued", "rescued", "rescued", ("from the capsized ferry", "from the flooded mine",
                                           "from the collapsed building"), ("Coastguards", "Rescuers",
                                                                            "Fishermen")),
    Verb("displaced", "displaced", "displaced", ("by the floods", "by the fighting in the valley",
                                                 "by the earthquake"), ("The floods", "The fighting",
                                                                        "The earthquake")),
    Verb("missing", "", "missing", ("after the ferry sank", "after the landslide hit the village",
                                    "after the storm"), ()),
]


@dataclass(frozen=True)
class Noun:
    """A counted noun, and the ways its count divides: pairs (or triples) of part nouns."""

    plural: str
    divisions: tuple[tuple[str, ...], ...]


NOUNS = [
    Noun("people", (("adults", "children"), ("men", "women", "children"), ("passengers", "crew members"),
                    ("police officers", "civilians"), ("Syrians", "Iraqis", "Afghans"))),
    Noun("passengers", (("adults", "children"), ("men", "women"), ("Britons", "Germans", "Italians"))),
    Noun("pupils", (("boys", "girls"), ("primary pupils", "secondary pupils"))),
    Noun("miners", (("Poles", "Ukrainians"), ("contract miners", "company miners"))),
    Noun("workers", (("men", "women"), ("Indians", "Nepalis", "Bangladeshis"), ("contractors", "staff"))),
    Noun("police officers", (("men", "women"), ("constables", "sergeants"))),
    Noun("protesters", (("students", "pensioners"), ("men", "women"), ("teenagers", "adults"))),
    Noun("migrants", (("Eritreans", "Sudanese", "Somalis"), ("men", "women", "children"), ("adults", "minors"))),
    Noun("crew members", (("Filipinos", "Indonesians"), ("officers", "deckhands"))),
]
EXHAUSTIVE = {("adults", "children"), ("men", "women", "children"), ("passengers", "crew members"),
              ("police officers", "civilians"), ("boys", "girls"), ("primary pupils", "secondary pupils"),
              ("contract miners", "company miners"), ("contractors", "staff"), ("teenagers", "adults"),
              ("adults", "minors"), ("officers", "deckhands")}
"""Divisions that cover the whole count: parts below the total contradict it even without a claim."""
VICTIMS = ("killed", "injured", "wounded", "missing")
SOURCES = ["police said", "officials said", "the ministry said", "a spokesman said", "the governor told reporters",
           "according to the coastguard", "the regional authorities said", "a hospital official said"]
FILLERS = ["Rescue work went on through the night.", "The road was reopened on Sunday morning.",
           "The area was hit by a similar disaster in 2009.", "The mayor declared two days of mourning.",
           "An inquiry has been ordered.", "Television pictures showed smoke rising over the town."]


@dataclass
class Slot:
    """One drawn case: event, noun, division, part counts and the story's pieces."""

    verb: Verb
    noun: Noun
    kinds: tuple[str, ...]
    parts: list[int]
    scene: str
    source: str
    filler: str
    rng: random.Random

    @property
    def total_parts(self) -> int:
        return sum(self.parts)

    def listed(self, counts: list[int] | None = None, joiner: str = " and ") -> str:
        """ "12 men, 9 women and 4 children" """
        items = [f"{num(n)} {k}" for n, k in zip(counts or self.parts, self.kinds, strict=True)]
        return ", ".join(items[:-1]) + joiner + items[-1]

    def were(self) -> str:
        return "are" if self.verb.passive == "missing" else "were"

    def done(self) -> str:
        """ "were killed" / "are missing" """
        return f"{self.were()} {self.verb.passive}" if self.verb.passive != "missing" else "are missing"


Frame = Callable[[Slot, int], str]
"""A frame makes the story's body from a slot and the total it states."""


def draw(rng: random.Random, verbs: list[Verb] | None = None, exhaustive: bool = False) -> Slot:
    verb = rng.choice(verbs or VERBS)
    noun = rng.choice(NOUNS)
    kinds = rng.choice(noun.divisions)
    while exhaustive and kinds not in EXHAUSTIVE:
        noun = rng.choice(NOUNS)
        kinds = rng.choice(noun.divisions)
    parts = [rng.randint(3, 40) for _ in kinds]
    return Slot(verb, noun, kinds, parts, rng.choice(verb.scenes), rng.choice(SOURCES), rng.choice(FILLERS), rng)


def headline(slot: Slot) -> str:
    return f"{slot.noun.plural.capitalize()} {slot.verb.head} {slot.scene}"


def story(head: str, *paragraphs: str) -> str:
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


# --- WL402 frames: (frame, completeness) ------------------------------------------------------------------------
# completeness "claim": the wording says the list is the whole total; "division": it is whole when the division
# is (men and women, adults and children); "none": a list that may be partial. Frames with a claim or a
# division are also tried with parts below the total.

def f_they_included(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}. They included "
                 f"{s.listed()}.", s.filler)


def f_of_them(s: Slot, total: int) -> str:
    rest = [f"{num(n)} were {k}" for n, k in zip(s.parts[1:], s.kinds[1:], strict=True)]
    return story(headline(s), f"In all {num(total)} {s.noun.plural} {s.done()} {s.scene}. "
                 f"{lead(s.parts[0])} of them were {s.kinds[0]} and " + " and ".join(rest) + f", {s.source}.",
                 s.filler)


def f_the_dead_included(s: Slot, total: int) -> str:
    group = {"killed": "dead", "injured": "injured", "wounded": "wounded", "arrested": "detainees",
             "detained": "detainees", "evacuated": "evacuees", "rescued": "survivors", "displaced": "displaced",
             "missing": "missing"}[s.verb.passive]
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}.",
                 f"The {group} included {s.listed()}.", s.filler)


def f_among_the_victims(s: Slot, total: int) -> str:
    return story(headline(s), f"The toll rose to {num(total)} {s.noun.plural} {s.verb.passive} on Friday, "
                 f"{s.source}. Among the victims were {s.listed()}.")


def f_of_the_n(s: Slot, total: int) -> str:
    rest = " and ".join(f"{num(n)} {k}" for n, k in zip(s.parts[1:], s.kinds[1:], strict=True))
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}.",
                 f"Of the {num(total)}, {num(s.parts[0])} were {s.kinds[0]} and {rest}, {s.source}.", s.filler)


def f_table(s: Slot, total: int) -> str:
    rows = "; ".join(f"{k}, {n}" for n, k in zip(s.parts, s.kinds, strict=True))
    who = s.rng.choice(["Police", "The ministry", "Officials"])
    return story(headline(s), f"{who} gave this breakdown of the {s.noun.plural} {s.verb.passive} {s.scene}: "
                 f"{rows}; total, {total}.")


def f_parts_before(s: Slot, total: int) -> str:
    return story(headline(s), f"{s.listed().capitalize()} {s.done()} {s.scene}, {s.source}.",
                 f"In total, {num(total)} {s.noun.plural} {s.done()}.", s.filler)


def f_colon_restated(s: Slot, total: int) -> str:
    return story(headline(s), f"{s.filler} The {s.noun.plural} {s.verb.passive} {s.scene} numbered {num(total)}"
                 f": {s.listed()}, {s.source}.")


def f_dash_all(s: Slot, total: int) -> str:
    return story(headline(s), f"All {num(total)} {s.noun.plural} {s.verb.passive} {s.scene} \u2013 "
                 f"{s.listed()} \u2013 {'have been' if s.verb.passive != 'missing' else 'were'} named, "
                 f"{s.source}.")


def f_active_including(s: Slot, total: int) -> str:
    if not s.verb.agents:
        return story(headline(s), f"{lead(total)} {s.noun.plural}, including {s.listed()}, {s.done()} {s.scene}, "
                     f"{s.source}.")
    return story(headline(s), f"{s.rng.choice(s.verb.agents)} {s.verb.active} {num(total)} {s.noun.plural} "
                 f"{s.scene.split(' ', 1)[1] if s.scene.startswith('in ') else ''}".rstrip()
                 + f", including {s.listed()}, {s.source}.", s.filler)


def f_next_paragraph_comprised(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}.", s.filler,
                 f"Those {s.verb.passive} comprised {s.listed()}.")


def f_the_n_were(s: Slot, total: int) -> str:
    return story(headline(s), f"{s.filler} The {num(total)} {s.noun.plural} {s.verb.passive} {s.scene} were "
                 f"{s.listed()}, {s.source}.")


def f_tally_sides(s: Slot, total: int) -> str:
    return story(headline(s), f"A tally by {s.source.split(' ')[0] if s.source.startswith('police') else 'officials'}"
                 f" put the number of {s.noun.plural} {s.verb.passive} at {num(total)}.",
                 f"Of those, {num(s.parts[0])} were {s.kinds[0]} and " + " and ".join(
                     f"{num(n)} {k}" for n, k in zip(s.parts[1:], s.kinds[1:], strict=True)) + ".")


WL402_FRAMES: dict[str, tuple[Frame, str]] = {
    "they-included": (f_they_included, "none"), "of-them": (f_of_them, "division"),
    "the-dead-included": (f_the_dead_included, "none"), "among-the-victims": (f_among_the_victims, "none"),
    "of-the-n": (f_of_the_n, "division"), "table-in-prose": (f_table, "claim"),
    "parts-before-total": (f_parts_before, "division"), "colon-restated": (f_colon_restated, "claim"),
    "dash-all": (f_dash_all, "claim"), "active-including": (f_active_including, "none"),
    "next-paragraph-comprised": (f_next_paragraph_comprised, "claim"), "the-n-were": (f_the_n_were, "claim"),
    "of-those": (f_tally_sides, "division"),
}


# --- WL401 frames: a vague or bounded headline over a precise body -------------------------------------------

@dataclass(frozen=True)
class Vague:
    """A headline quantity, counts it allows and counts it does not."""

    word: str
    inside: tuple[int, ...]
    outside: tuple[int, ...]
    of: bool = True  # "Dozens of miners" reads; "A handful of"


VAGUES = [
    Vague("Scores", (60, 85, 140), (7, 12, 900)), Vague("Dozens", (36, 48, 75), (4, 6, 11)),
    Vague("Hundreds", (250, 400, 1200), (30, 45, 60, 5000)), Vague("A handful", (3, 5, 6), (30, 45, 80)),
    Vague("Thousands", (3000, 12000, 40000), (300, 600, 800)), Vague("More than 100", (120, 150), (64, 80, 85)),
    Vague("More than 2,000", (2300, 2600), (1500, 1700, 1900)),
]


def headline_of(vague: Vague, slot: Slot) -> str:
    noun = slot.noun.plural
    return f"{vague.word} of {noun} {slot.verb.head} {slot.scene}" if not vague.word.startswith("More") \
        else f"{vague.word} {noun} {slot.verb.head} {slot.scene}"


def h_body_passive(v: Vague, s: Slot, count: int) -> str:
    return story(headline_of(v, s), f"{lead(count) if count < 100 else f'{count:,}'} {s.noun.plural} {s.done()} "
                 f"{s.scene}, {s.source}.", s.filler)


def h_body_at_least(v: Vague, s: Slot, count: int) -> str:
    return story(headline_of(v, s), f"At least {num(count)} {s.noun.plural} {s.done()} {s.scene} on Tuesday, "
                 f"{s.source}.", s.filler)


def h_body_toll(v: Vague, s: Slot, count: int) -> str:
    return story(headline_of(v, s), f"{s.filler}", f"The number of {s.noun.plural} {s.verb.passive} {s.scene} "
                 f"stood at {num(count)} on Wednesday, {s.source}.")


def h_body_second_paragraph(v: Vague, s: Slot, count: int) -> str:
    return story(headline_of(v, s), "Emergency services were at the scene on Tuesday.",
                 f"{said(s).capitalize()} that {num(count)} {s.noun.plural} {s.done()}.")


def said(s: Slot) -> str:
    """A source that can govern a that-clause: "police said", not "according to the coastguard"."""
    return s.source if not s.source.startswith("according") else "the coastguard said"


def h_body_including(v: Vague, s: Slot, count: int) -> str:
    part = max(1, count // 3)
    return story(headline_of(v, s), f"{lead(count) if count < 100 else f'{count:,}'} {s.noun.plural}, including "
                 f"{num(part)} {s.kinds[0]}, {s.done()} {s.scene}, {s.source}.", s.filler)


WL401_FRAMES: dict[str, Callable[[Vague, Slot, int], str]] = {
    "including-lede": h_body_including,
    "passive-lede": h_body_passive, "at-least-lede": h_body_at_least, "toll-stood-at": h_body_toll,
    "second-paragraph": h_body_second_paragraph,
}


# --- controls ----------------------------------------------------------------------------------------------------

OVER_CONTROLS = ("other-event-parts", "cumulative-vs-daily", "separate-incident")
"""Controls whose parts add up to more than the total: they count something else."""


def c_partial_one(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}. They included "
                 f"{num(s.parts[0])} {s.kinds[0]}.", s.filler)


def c_other_event(s: Slot, total: int) -> str:
    other = "wounded" if s.verb.passive == "killed" else "killed"
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}.",
                 f"A further {s.listed()} were {other}.")


def c_cumulative(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} on Monday {s.scene}, {s.source}.",
                 f"Since the crisis began in March, {s.listed()} have been "
                 f"{s.verb.passive if s.verb.passive != 'missing' else 'reported missing'}.")


def c_range(s: Slot, total: int) -> str:
    low, high = total - 3, total + 4
    return story(headline(s), f"Between {num(low)} and {num(high)} {s.noun.plural} {s.done()} {s.scene}, "
                 f"{s.source}. They included {s.listed()}.")


def c_at_least(s: Slot, total: int) -> str:
    return story(headline(s), f"At least {num(total - 2)} {s.noun.plural} {s.done()} {s.scene}, including "
                 f"{s.listed()}, {s.source}.")


def c_two_events(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene} on Saturday, {s.source}.",
                 f"In a separate incident on Sunday, {s.listed()} {s.done()} in a neighbouring province.")


def c_including_less(s: Slot, total: int) -> str:
    return story(headline(s), f"{lead(total + 15)} {s.noun.plural} {s.done()} {s.scene}, among them "
                 f"{s.listed()}, {s.source}.")


CONTROL_FRAMES: dict[str, Frame] = {
    "partial-one-part": c_partial_one, "other-event-parts": c_other_event, "cumulative-vs-daily": c_cumulative,
    "range-total": c_range, "at-least-total": c_at_least, "separate-incident": c_two_events,
    "among-them-partial": c_including_less,
}


Case = tuple[str, str, str | None]
VERBS_OF = {"among-the-victims": [v for v in VERBS if v.passive in VICTIMS]}
"""Frames that only read with some events."""


def build(seed: int = SEED, per_frame: int = PER_FRAME, wl402: dict[str, tuple[Frame, str]] | None = None,
          wl401: dict[str, Callable[[Vague, Slot, int], str]] | None = None,
          controls: dict[str, Frame] | None = None) -> dict[str, list[Case]]:
    """The set: contradictions, headline mismatches and controls, drawn with a fixed seed."""
    rng = random.Random(seed)
    wl402 = WL402_FRAMES if wl402 is None else wl402
    wl401 = WL401_FRAMES if wl401 is None else wl401
    controls = CONTROL_FRAMES if controls is None else controls
    groups: dict[str, list[Case]] = {"WL402": [], "WL401": [], "controls": []}
    for name, (frame, complete) in wl402.items():
        for i in range(per_frame):
            short = complete != "none" and i % 2 == 1
            s = draw(rng, VERBS_OF.get(name), exhaustive=short and complete == "division")
            if short:
                total = s.total_parts + rng.randint(4, 12)  # below the total, but the list claims to be it
                groups["WL402"].append((f"{name}/short", frame(s, total), "WL402"))
            else:
                total = s.total_parts - rng.randint(3, min(9, s.total_parts - 2))
                groups["WL402"].append((f"{name}/over", frame(s, total), "WL402"))
            groups["controls"].append((f"{name}/adds-up", frame(draw_like(s, rng), s.total_parts), None))
    for name, hframe in wl401.items():
        for _ in range(2 * per_frame):
            s, v = draw(rng), rng.choice(VAGUES)
            groups["WL401"].append((f"{name}/{v.word}", hframe(v, s, rng.choice(v.outside)), "WL401"))
            groups["controls"].append((f"{name}/{v.word}-ok", hframe(v, s, rng.choice(v.inside)), None))
    for name, cframe in controls.items():
        for _ in range(per_frame):
            s = draw(rng, VERBS_OF.get(name))
            total = s.total_parts - rng.randint(3, min(9, s.total_parts - 2)) if name in OVER_CONTROLS \
                else s.total_parts
            groups["controls"].append((name, cframe(s, total), None))
    return groups


def draw_like(s: Slot, rng: random.Random) -> Slot:
    """The same frame's control with the same words (the parts add up)."""
    return Slot(s.verb, s.noun, s.kinds, s.parts, s.scene, s.source, s.filler, rng)


def score(groups: dict[str, list[Case]], verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Hits or quiet controls per group; "WL402-exact" counts the WL402 group's cases WL402 itself found."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from wirelint.api import default_engine
    from wirelint.config import Settings

    engine = default_engine()
    settings = Settings(select=("WL4",))
    rules = engine.rules_for(settings)
    result: dict[str, tuple[int, int]] = {}
    frames: dict[str, list[int]] = {}
    exact = 0
    for group, cases in groups.items():
        good = 0
        for name, text, expected in cases:
            linted = engine.lint_source("story.txt", text, settings, rules=rules)
            if linted.errors:
                raise SystemExit(f"{name}: {linted.errors}")  # a rule that fails is not a quiet control
            codes = {f.code for f in linted.findings}
            ok = bool(codes) if expected else not codes
            exact += expected == "WL402" and "WL402" in codes
            good += ok
            tally = frames.setdefault(f"{group} {name.split('/')[0]}", [0, 0])
            tally[0] += ok
            tally[1] += 1
            if verbose and not ok:
                print(f"  MISS {group} {name}: {sorted(codes)}\n    {text!r}")
        result[group] = (good, len(cases))
    result["WL402-exact"] = (exact, len(groups["WL402"]))
    for frame, (good, count) in sorted(frames.items()):
        print(f"    {frame}: {good}/{count}")
    return result


if __name__ == "__main__":
    for group, (good, count) in score(build(), verbose="-v" in sys.argv).items():
        print(f"set V {group}: {good}/{count}")
