"""Development set W (issue 16, numbers5 second pass): the frames the rules were tuned on.

Same vocabulary of events and nouns as the sealed set V (numbers_fresh_v.py), other wording and another
seed: V measures, W is for development. Same scoring.

    python benchmarks/numbers_dev_w.py [-v]
    python benchmarks/numbers_dev_w.py --inserted     # the same cases inside real articles
"""

from __future__ import annotations

import sys

from numbers_fresh_v import Frame, Slot, Vague, build, lead, num, score, story

SEED = 2716


def head(s: Slot) -> str:
    return f"{s.verb.head.capitalize()} {s.noun.plural} {s.scene}"


def w_inline_of_them(s: Slot, total: int) -> str:
    rest = " and ".join(f"{num(n)} {k}" for n, k in zip(s.parts, s.kinds, strict=True))
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}, {rest} among them.")


def w_other_were(s: Slot, total: int) -> str:
    return story(head(s), f"Officials said {num(total)} {s.noun.plural} {s.done()}.",
                 f"Of those, {num(s.parts[0])} were {s.kinds[0]}; the other {num(sum(s.parts[1:]))} were "
                 f"{s.kinds[1]}.")


def w_among_those(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}. Among those {s.verb.passive} "
                 f"were {s.listed()}, {s.source}.")


def w_breakdown_showed(s: Slot, total: int) -> str:
    return story(head(s), f"The number of {s.noun.plural} {s.verb.passive} reached {num(total)} on Thursday.",
                 f"A breakdown issued by the ministry showed "
                 f"{s.listed()}.")


def w_were_among(s: Slot, total: int) -> str:
    listed = s.listed()
    return story(head(s), f"{listed[:1].upper() + listed[1:]} were among the {num(total)} {s.noun.plural} "
                 f"{s.verb.passive} {s.scene}, {s.source}.")


def w_later_paragraph(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} {s.scene}, {s.source}.", s.filler,
                 f"{lead(s.parts[0])} of the {s.verb.passive} were {s.kinds[0]} and {num(s.parts[1])} were "
                 f"{s.kinds[1]}.")


def w_lines(s: Slot, total: int) -> str:
    rows = ". ".join(f"{k.capitalize()}: {n}" for n, k in zip(s.parts, s.kinds, strict=True))
    return story(head(s), f"{s.noun.plural.capitalize()} {s.verb.passive} {s.scene}, by category. {rows}. "
                 f"Total: {total}.")


def w_consisted_of(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()}. The group consisted of {s.listed()}, "
                 f"{s.source}.")


def w_split(s: Slot, total: int) -> str:
    return story(head(s), f"The {num(total)} {s.verb.passive} {s.noun.plural} were split between "
                 f"{s.listed()}, {s.source}.")


WL402_DEV: dict[str, tuple[Frame, str]] = {
    "inline-among-them": (w_inline_of_them, "none"), "the-other-were": (w_other_were, "claim"),
    "among-those": (w_among_those, "none"), "breakdown-showed": (w_breakdown_showed, "claim"),
    "were-among-the": (w_were_among, "none"), "later-paragraph": (w_later_paragraph, "none"),
    "lines-total": (w_lines, "claim"), "consisted-of": (w_consisted_of, "claim"), "split-between": (w_split, "claim"),
}


def wh(v: Vague, s: Slot) -> str:
    return f"{v.word} {'of ' if not v.word.startswith('More') else ''}{s.noun.plural} {s.verb.head}"


def hw_put_at(v: Vague, s: Slot, count: int) -> str:
    who = s.rng.choice(["Police", "The ministry", "Officials"])
    return story(wh(v, s), f"{who} put the number of {s.noun.plural} {s.verb.passive} {s.scene} at {num(count)}.")


def hw_active(v: Vague, s: Slot, count: int) -> str:
    return story(wh(v, s), s.filler, f"Officials confirmed that {num(count)} {s.noun.plural} had been "
                 f"{s.verb.passive if s.verb.passive != 'missing' else 'reported missing'} {s.scene}.")


def hw_with_part(v: Vague, s: Slot, count: int) -> str:
    return story(wh(v, s), f"Among {num(count)} {s.noun.plural} {s.verb.passive} {s.scene} were "
                 f"{num(max(1, count // 4))} {s.kinds[0]}, {s.source}.")


WL401_DEV = {"put-at": hw_put_at, "confirmed-that": hw_active, "among-n": hw_with_part}


def wc_up_to(s: Slot, total: int) -> str:
    return story(head(s), f"Up to {num(total + 5)} {s.noun.plural} {s.done()} {s.scene}, among them "
                 f"{s.listed()}, {s.source}.")


def wc_toll_rose(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} on the first day, {s.source}.",
                 f"By Thursday the overall figure had risen to {s.listed()}.")


def wc_more_than(s: Slot, total: int) -> str:
    return story(head(s), f"More than {num(total - 4)} {s.noun.plural} {s.done()} {s.scene}: {s.listed()}, "
                 f"{s.source}.")


def wc_daily(s: Slot, total: int) -> str:
    return story(head(s), f"Another {num(total)} {s.noun.plural} {s.done()} on Wednesday, bringing the total "
                 f"since January to {num(sum(s.parts) + total + 30)}.", f"Those included {s.listed()}.")


def wc_some(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total + 20)} {s.noun.plural} {s.done()} {s.scene}, {s.source}. Some "
                 f"{num(s.parts[0])} of them were {s.kinds[0]}.")


CONTROLS_DEV: dict[str, Frame] = {"up-to-total": wc_up_to, "toll-rose-later": wc_toll_rose,
                                  "more-than-total": wc_more_than, "daily-and-since": wc_daily,
                                  "some-of-them": wc_some}


def dev_set() -> dict:
    return build(SEED, 4, WL402_DEV, WL401_DEV, CONTROLS_DEV)




# --- second round of development frames: structures the first round lacked, in wording of their own ----------

def w_definite_long(s: Slot, total: int) -> str:
    return story(head(s), f"Officials named them on Friday. The {num(total)} {s.noun.plural} who were "
                 f"{s.verb.passive} on the night of the storm included {s.listed()}.")


def w_parts_then_in_all(s: Slot, total: int) -> str:
    listed = s.listed()
    return story(head(s), f"{listed[:1].upper() + listed[1:]} {s.done()} on Sunday, {s.source}. Altogether "
                 f"{num(total)} {s.noun.plural} {s.done()}, the figures showed.")


def w_of_them_three(s: Slot, total: int) -> str:
    rest = " and ".join(f"{num(n)} were {k}" for n, k in zip(s.parts[1:], s.kinds[1:], strict=True))
    return story(head(s), f"A total of {num(total)} {s.noun.plural} {s.done()}. {lead(s.parts[0])} of them were "
                 f"{s.kinds[0]}, {rest}.")


def w_agent_including(s: Slot, total: int) -> str:
    return story(head(s), f"The violence {s.verb.active or 'left'} {num(total)} {s.noun.plural}"
                 f"{'' if s.verb.active else ' missing'}, among them {s.listed()}.")


def w_figure_climbed(s: Slot, total: int) -> str:
    return story(head(s), f"The figure climbed to {num(total)} {s.noun.plural} {s.verb.passive} by Sunday. The "
                 f"victims included {s.listed()}, {s.source}.")


WL402_DEV2: dict[str, tuple[Frame, str]] = {
    "definite-long-included": (w_definite_long, "none"), "parts-then-altogether": (w_parts_then_in_all, "claim"),
    "of-them-three": (w_of_them_three, "none"), "agent-among-them": (w_agent_including, "none"),
    "figure-climbed": (w_figure_climbed, "none"),
}


def wc_range_parts(s: Slot, total: int) -> str:
    return story(head(s), f"Between {num(total - 5)} and {num(total + 2)} {s.noun.plural} {s.done()} {s.scene}. "
                 f"Those {s.verb.passive} included {s.listed()}, {s.source}.")


def wc_since(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} overnight, {s.source}.",
                 f"That takes the number since the unrest started to {num(sum(s.parts) + total)}, among them "
                 f"{s.listed()}.")


def wc_year_to_date(s: Slot, total: int) -> str:
    return story(head(s), f"On Tuesday {num(total)} {s.noun.plural} {s.done()}.",
                 f"So far this year {s.listed()} have been {s.verb.passive if s.verb.active else 'reported missing'}"
                 f", according to official figures.")


def wc_climbed_adds(s: Slot, total: int) -> str:
    return story(head(s), f"The figure climbed to {num(total)} {s.noun.plural} {s.verb.passive} by Sunday. The "
                 f"victims included {s.listed()}, {s.source}.")


CONTROLS_DEV2: dict[str, Frame] = {"range-those-included": wc_range_parts, "since-the-unrest": wc_since,
                                   "so-far-this-year": wc_year_to_date, "figure-climbed-adds": wc_climbed_adds}
OVER_DEV2 = ("since-the-unrest", "so-far-this-year")


def dev_set_2() -> dict:
    import numbers_fresh_v

    saved = numbers_fresh_v.OVER_CONTROLS
    numbers_fresh_v.OVER_CONTROLS = OVER_DEV2
    try:
        return build(SEED + 1, 4, WL402_DEV2, {}, CONTROLS_DEV2)
    finally:
        numbers_fresh_v.OVER_CONTROLS = saved



# --- third round: the same structures again, other words ----------------------------------------------------

def w3_numbered_colon(s: Slot, total: int) -> str:
    return story(head(s), f"By nightfall the {s.noun.plural} {s.verb.passive} numbered {num(total)}: "
                 f"{s.listed()}, {s.source}.")


def w3_dash_every(s: Slot, total: int) -> str:
    return story(head(s), f"Every one of the {num(total)} {s.noun.plural} \u2013 {s.listed()} \u2013 was "
                 f"accounted for, {s.source}.")


def w3_in_all_aside(s: Slot, total: int) -> str:
    return story(head(s), f"The {s.noun.plural} {s.verb.passive}, {num(total)} in all, included {s.listed()}, "
                 f"{s.source}.")


def w3_toll_climbed_among(s: Slot, total: int) -> str:
    return story(head(s), f"The tally climbed to {num(total)} {s.noun.plural} {s.verb.passive} by Monday. Among "
                 f"those affected were {s.listed()}.")


def w3_of_them_next(s: Slot, total: int) -> str:
    return story(head(s), f"{lead(total)} {s.noun.plural} {s.done()} in the incident. {lead(s.parts[0])} of them "
                 f"were {s.kinds[0]} and {num(s.parts[1])} were {s.kinds[1]}, {s.source}.")


def w3_agent_including(s: Slot, total: int) -> str:
    verb = s.verb.active or "left missing"
    return story(head(s), f"Last week's {s.rng.choice(['storm', 'raid', 'bombardment'])} {verb} {num(total)} "
                 f"{s.noun.plural}, including {s.listed()}, {s.source}.")


def w3_the_n_who_were(s: Slot, total: int) -> str:
    return story(head(s), f"The {num(total)} {s.noun.plural} who were {s.verb.passive} at the site on Monday were "
                 f"{s.listed()}, {s.source}.")


WL402_DEV3: dict[str, tuple[Frame, str]] = {
    "numbered-colon": (w3_numbered_colon, "claim"), "dash-every-one": (w3_dash_every, "claim"),
    "in-all-aside": (w3_in_all_aside, "none"), "tally-climbed-among": (w3_toll_climbed_among, "none"),
    "of-them-next": (w3_of_them_next, "none"), "agent-including": (w3_agent_including, "none"),
    "the-n-who-were": (w3_the_n_who_were, "claim"),
}


def w3c_range(s: Slot, total: int) -> str:
    return story(head(s), f"Some {num(total - 4)} to {num(total + 6)} {s.noun.plural} {s.done()} {s.scene}. "
                 f"They included {s.listed()}, {s.source}.")


def w3c_at_least_colon(s: Slot, total: int) -> str:
    return story(head(s), f"At least {num(total - 3)} {s.noun.plural} {s.done()} {s.scene}: {s.listed()}, "
                 f"{s.source}.")


CONTROLS_DEV3: dict[str, Frame] = {"some-range": w3c_range, "at-least-colon": w3c_at_least_colon}


def dev_set_3() -> dict:
    return build(SEED + 2, 4, WL402_DEV3, {}, CONTROLS_DEV3)



def inserted(articles: int = 400, seed: int = 7) -> dict[tuple[str, str], tuple[int, int]]:
    """The development sets' paragraphs inserted after a random paragraph of real articles (eval_numbers.py): a
    contradiction must be found on its own lines, a control must leave the article without any WL4 finding."""
    import random

    import eval_numbers as ev

    linter, rng = ev.Linter(), random.Random(seed)
    records = ev.load("BBC", articles, 3) + ev.load("Reuters", articles, 3)
    tally: dict[tuple[str, str], list[int]] = {}
    for label, made in (("W", dev_set), ("W2", dev_set_2), ("W3", dev_set_3)):
        for group, cases in made().items():
            for _, text, expected in cases if group != "WL401" else ():
                text_, lines = ev.inserted(rng.choice(records), text.split("\n\n", 1)[1].strip().split("\n\n"), rng)
                found = [f for f in linter.lint(text_) if f.code.startswith("WL4")]
                good = any(f.line in lines for f in found) if expected else not found
                counts = tally.setdefault((label, group), [0, 0])
                counts[0] += good
                counts[1] += 1
    return {key: (good, count) for key, (good, count) in tally.items()}


if __name__ == "__main__":
    if "--inserted" in sys.argv:
        for (label, group), (good, count) in inserted().items():
            print(f"set {label} {group}, inserted in real articles: {good}/{count}")
        raise SystemExit
    for label, made in (("W", dev_set), ("W2", dev_set_2), ("W3", dev_set_3)):
        for group, (good, count) in score(made(), verbose="-v" in sys.argv).items():
            print(f"set {label} {group}: {good}/{count}")
