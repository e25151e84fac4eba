"""Made-up copy for the number and attribution evaluation (benchmarks/eval_numbers.py).

Each frame writes one defect, or one consistent control, in a fresh random
instance: numbers, nouns, incidents and sources vary. Frames are split into
``seen`` (phrasings like the tests' and the docs'), ``tuned`` (held out for the
first measurement, then used to fix what the rules missed) and ``held-out``
(written after that tuning and never used to change the rules), so the
evaluation reports how the rules do on wording they were not built on.
"""

from __future__ import annotations

import random
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
    split: str
    """seen, tuned or held-out (see :class:`Frame`)."""
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


@dataclass(frozen=True)
class Frame:
    """One way of writing a total and its parts (WL402) or a headline over a body count (WL401).

    ``split`` says how the frame was used: ``seen`` frames are like the tests' and the docs'; ``tuned``
    frames were held out for the first measurement and the rules were then fixed on what they missed;
    ``held-out`` frames were written after the tuning and never used to change the rules.
    """

    text: str
    split: str
    complete: bool = False
    """For WL402: the list claims to be all of the total, so a shortfall is a defect too."""
    nouns: tuple[tuple[str, str], ...] = ()


TOTALS: dict[str, Frame] = {
    "both-sides": Frame("Clashes near {place} killed {W} fighters on both sides, {src} said.\n\n"
                        "Strikes claimed the lives of {a} {p1} and {b} {p2}, {src2} said.", "seen", True),
    "they-included": Frame("{Ws} people were injured in the {inc}, {src} said. They included {as} {p1} and {bs} "
                           "{p2}.", "seen", nouns=tuple(PEOPLE)),
    "colon": Frame("The fighting killed {W} combatants, {src} said: {a} {p1} and {b} {p2}.", "seen", True),
    "including": Frame("The {inc} killed {W} people, including {a} {p1} and {b} {p2}, {src} said.", "seen",
                       nouns=tuple(PEOPLE)),
    "total-of": Frame("A total of {W} people were arrested: {a} men and {b} women, {src} said.", "seen", True),
    "among-the-dead": Frame("{Ws} people died in the {inc} in {place}, {src} said. Among the dead were {a} {p1} and "
                            "{b} {p2}.", "tuned", nouns=tuple(PEOPLE)),
    "those-hurt": Frame("In all, {ws} people were wounded in the {inc}. Those hurt included {a} {p1} and {b} {p2}, "
                        "{src} said.", "tuned", nouns=tuple(PEOPLE)),
    "dash": Frame("The {inc} left {W} fighters dead in total, {src} said \u2013 {a} {p1} and {b} {p2}.", "tuned",
                  True),
    "next-paragraph": Frame("{Ws} people were killed in the {inc} on Tuesday, {src} said.\n\nThe victims included "
                            "{a} {p1} and {b} {p2}.", "tuned", nouns=tuple(PEOPLE)),
    "all-aboard": Frame("The crash killed all {W} people on board, {src} said: {a} passengers and {b} crew members.",
                        "tuned", True),
    "staff-split": Frame("The plant employs {W}0 people, including {a}0 in {place} and {b}0 in Leeds, the company "
                         "said.", "tuned"),
    "the-dead-were": Frame("{Ws} people were killed and dozens wounded in the {inc}, {src} said. The dead were {a} "
                           "{p1} and {b} {p2}.", "tuned", nouns=tuple(PEOPLE)),
    "dash-aside": Frame("{Src} said the {inc} had killed {W} people \u2013 {a} {p1} and {b} {p2} \u2013 and wounded "
                        "many more.", "tuned", True, tuple(PEOPLE)),
    "toll-stood": Frame("The toll from the {inc} stood at {W} on Wednesday: {a} {p1} and {b} {p2}, {src} said.",
                        "tuned", True, tuple(PEOPLE)),
    "put-at": Frame("{Src} put the number of dead at {W}, including {a} {p1} and {b} {p2}.", "tuned",
                    nouns=tuple(PEOPLE)),
    "of-the-injured": Frame("Altogether {W} people were hurt in {place}. Of the injured, {a} were {p1} and {b} were "
                            "{p2}, {src} said.", "tuned", nouns=tuple(PEOPLE)),
    "those-killed": Frame("Clashes in {place} have left {W} fighters dead since Friday, {src} said.\n\nThose killed "
                          "were {a} {p1} and {b} {p2}.", "tuned"),
    "lost-their-lives": Frame("{Ws} people lost their lives in the {inc}, {a} of them {p1} and {b} {p2}, {src} said.",
                              "tuned", nouns=tuple(PEOPLE)),
    "those-held": Frame("Police said {W} people were arrested overnight. Those held included {a} {p1} and {b} {p2}.",
                        "tuned", nouns=tuple(PEOPLE)),
    "appositive": Frame("The {inc} wounded {W} people, {a} {p1} and {b} {p2}, according to {src}.", "tuned",
                        nouns=tuple(PEOPLE)),
    "of-the-killed": Frame("{Src} said that of the {W} fighters killed, {a} were {p1} and {b} were {p2}.",
                           "tuned"),
    "both-lost": Frame("Both sides lost {W} fighters in total in the battle for {place}: {a} {p1} and {b} {p2}, "
                       "{src} said.", "tuned", True),
    "among-them-before": Frame("{Ws} people, among them {a} {p1} and {b} {p2}, were killed when the {inc} struck "
                               "{place}, {src} said.", "tuned", nouns=tuple(PEOPLE)),
    "detained-among": Frame("Police detained {W} people at the weekend, among them {a} {p1} and {b} {p2}, {src} "
                            "said.", "tuned", nouns=tuple(PEOPLE)),
    "claimed-lives": Frame("The {inc} has claimed {W} lives so far \u2013 {a} {p1} and {b} {p2}, according to {src}.",
                           "tuned", True, tuple(PEOPLE)),
    "taken-to-hospital": Frame("{Ws} people were taken to hospital after the {inc}. {Src} said they were {a} {p1} "
                               "and {b} {p2}.", "tuned", nouns=tuple(PEOPLE)),
    "those-who-died": Frame("In {place}, {W} people died and many more were hurt. Those who died were {a} {p1} and "
                            "{b} {p2}.", "tuned", nouns=tuple(PEOPLE)),
    "of-n-killed": Frame("Of {W} people killed in the {inc}, {a} were {p1} and {b} were {p2}, {src} said.",
                         "tuned", nouns=tuple(PEOPLE)),
    "said-colon": Frame("{Src} said {W} people were wounded: {a} {p1} and {b} {p2}.", "tuned", True,
                        tuple(PEOPLE)),
    "among-the-n-dead": Frame("Among the {W} dead were {a} {p1} and {b} {p2}, {src} said.", "tuned",
                              nouns=tuple(PEOPLE)),
    "the-n-victims": Frame("The {W} victims of the {inc} included {a} {p1} and {b} {p2}, {src} said.", "tuned",
                           nouns=tuple(PEOPLE)),
    "parts-first": Frame("{a} {p1} and {b} {p2} were among the {W} people killed in the {inc}, {src} said.",
                         "tuned", nouns=tuple(PEOPLE)),
    "bringing-toll": Frame("Strikes on Monday killed {a} {p1} and {b} {p2}, bringing the toll from two days of "
                           "fighting to {W} fighters, {src} said.", "tuned"),
    "killed-n-among": Frame("The gunmen killed {W}, among them {a} {p1} and {b} {p2}, before fleeing, {src} said.",
                            "tuned", nouns=tuple(PEOPLE)),
    "wounded-among": Frame("The {inc} killed two people and wounded {W}, among them {a} {p1} and {b} {p2}, {src} "
                           "said.", "tuned", nouns=tuple(PEOPLE)),
    "dash-detained": Frame("{Src} said {W} people had been detained \u2013 {a} {p1} and {b} {p2} \u2013 after the "
                           "protest.", "tuned", True, tuple(PEOPLE)),
    "total-both-sides-colon": Frame("A total of {W} fighters were killed on both sides: {a} {p1} and {b} {p2}.",
                                    "tuned", True),
    "wounded-of-them": Frame("{Ws} people were wounded, {a} of them {p1} and {b} {p2}.", "tuned",
                             nouns=tuple(PEOPLE)),
    "deaths-of-them": Frame("{Src} reported {W} deaths, {a} of them {p1} and {b} {p2}.", "tuned",
                            nouns=tuple(PEOPLE)),
    "of-these": Frame("In total, {W} people were killed. Of these, {a} were {p1} and {b} were {p2}.", "tuned",
                      nouns=tuple(PEOPLE)),
    "offensive-dash": Frame("The two-day offensive killed {W} fighters \u2013 {a} {p1} and {b} {p2} \u2013 "
                            "according to {src}.", "tuned", True),
    "also-among": Frame("{Ws} people, including {a} {p1}, were killed; {b} {p2} were also among the dead, {src} "
                        "said.", "held-out", nouns=tuple(PEOPLE)),
    "for-a-total": Frame("Security forces lost {a} {p1} and the rebels {b} {p2}, for a total of {W} dead, {src} said.",
                         "held-out", True),
    "identified": Frame("The {inc} killed {W} people on Friday. Officials identified {a} of the dead as {p1} and {b} "
                        "as {p2}.", "held-out", nouns=tuple(PEOPLE)),
    "toll-at-colon": Frame("The ministry put the toll at {W}: {a} {p1} and {b} {p2}.", "held-out", True,
                           tuple(PEOPLE)),
    "dash-after-total": Frame("{W} people \u2013 {a} {p1} and {b} {p2} \u2013 were hurt in the {inc}, {src} said.",
                              "held-out", True, tuple(PEOPLE)),
    "casualties-numbered": Frame("Casualties numbered {W}, {src} said, including {a} {p1} and {b} {p2}.", "held-out",
                                 nouns=tuple(PEOPLE)),
}
"""WL402 frames. Placeholders: {W} the total ({Ws} spelled when it can be, capitalised; {ws} lower case), {a} {b}
the parts ({as} {bs} spelled when they can be), {p1} {p2} their nouns, {src} {src2} {Src} sources, {inc} an
incident, {place} a place."""


def _fill(frame: Frame, rng: random.Random, positive: bool) -> str:
    whole, a, b = _parts(rng, positive, frame.complete)
    p1, p2 = rng.choice(frame.nouns or FIGHTERS)
    ws = spelled(whole, rng)
    source = rng.choice(SOURCES)
    return frame.text.format(
        W=whole, Ws=cap(ws), ws=ws, a=a, b=b, p1=p1, p2=p2, src=source, src2=rng.choice(SOURCES), Src=cap(source),
        inc=rng.choice(INCIDENTS), place=rng.choice(PLACES), **{"as": spelled(a, rng), "bs": spelled(b, rng)},
    )


# --- WL401: headlines -----------------------------------------------------------------------------------------------

HEADLINES: dict[str, tuple[str, str, str, list[tuple[str, str, bool]]]] = {
    # name: (headline, body, split, [(headline figure, body figure, consistent)])
    "vague": ("{H} killed in {place} {inc}", "The {inc} killed {B} people, {src} said.", "seen", [
        ("Hundreds", "more than 50", False), ("Dozens", "more than 50", True), ("Dozens", "12", False),
        ("Scores", "more than 60", True), ("Thousands", "more than 300", False), ("Hundreds", "more than 300", True),
        ("Dozens", "nine", False), ("Hundreds", "about 40", False), ("Dozens", "some 70", True),
        ("Thousands", "more than 2,000", True), ("Hundreds", "at least 250", True), ("Scores", "eight", False)]),
    "number": ("{H} dead after {inc} in {place}", "The {inc} killed {B} people, {src} said.", "seen", [
        ("31", "31", True), ("40", "52", False), ("12", "more than 10", True), ("25", "more than 30", False),
        ("50", "more than 50", True), ("100", "more than 50", False)]),
    "toll-rises": ("{place} {inc}: death toll rises to {H}",
                   "The number of people killed has risen to {B}, {src} said on Monday.", "tuned", [
        ("245", "119", False), ("119", "119", True), ("80", "about 80", True), ("300", "more than 400", False)]),
    "arrests": ("{H} arrested after protests in {place}", "Police detained {B} demonstrators overnight, {src} said.",
                "tuned", [("Dozens", "more than 30", True), ("Hundreds", "more than 30", False)]),
    "derail": ("{H} hurt as train derails near {place}", "The derailment injured {B} passengers, {src} said.",
               "tuned", [("Dozens", "nine", False), ("Dozens", "about 40", True), ("Dozens", "more than 300", False),
                            ("Scores", "some 150", True)]),
    "quake": ("{place} quake kills {H}", "The earthquake killed at least {B} people, {src} said.", "tuned", [
        ("hundreds", "80", False), ("hundreds", "300", True), ("thousands", "500", False),
        ("dozens", "40", True)]),
    "more-than": ("More than {H} arrested in {place} protests", "Police arrested {B} people, {src} said.",
                  "tuned", [("100", "64", False), ("100", "130", True), ("20", "a dozen", False),
                               ("20", "two dozen", True)]),
    "open-fire": ("{H} wounded as gunmen open fire in {place}",
                  "Gunmen opened fire on a crowd, wounding {B} people, {src} said.", "tuned",
                  [("Dozens", "seven", False), ("Dozens", "about 30", True), ("12", "12", True), ("12", "20", False)]),
    "toll-hits": ("{place} flood death toll hits {H}", "Floods have killed {B} people, {src} said.", "tuned",
                  [("100", "more than 100", True), ("100", "64", False), ("1,000", "more than 2,000", False),
                   ("1,000", "about 1,000", True)]),
    "held": ("{H} held in {place} drugs raids", "Police arrested {B} people in the raids, {src} said.", "tuned",
             [("Dozens", "five", False), ("Dozens", "more than 40", True), ("30", "30", True), ("30", "18", False)]),
    "stampede": ("{H} injured in {place} stampede", "A stampede at the stadium injured {B} people, {src} said.",
                 "tuned", [("Dozens", "six", False), ("Dozens", "more than 30", True),
                              ("Hundreds", "about 90", False), ("Hundreds", "about 400", True)]),
    "gunmen-kill": ("Gunmen kill {H} in {place}", "Gunmen killed {B} villagers overnight, {src} said.", "tuned",
                    [("12", "12", True), ("12", "more than 20", False), ("five", "nine", False),
                     ("five", "five", True)]),
    "capsize": ("{H} missing after boat capsizes off {place}",
                "The coastguard said {B} people were missing after the boat capsized.", "tuned",
                [("Dozens", "14", False), ("Dozens", "about 40", True), ("Scores", "more than 100", True),
                 ("Scores", "ten", False)]),
    "market-blast": ("Blast kills {H} in {place} market", "The bomb killed {B} people at the market, {src} said.",
                     "tuned", [("12", "at least 20", False), ("12", "12", True), ("20", "at least 20", True),
                                  ("dozens", "eight", False)]),
    "storms-dead": ("{place}: {H} dead as storms lash coast", "Storms have killed {B} people, {src} said.",
                    "tuned", [("200", "120", False), ("200", "about 200", True), ("Dozens", "about 300", False),
                                 ("Dozens", "about 30", True)]),
    "feared-dead": ("{H} feared dead in {place} landslide", "Officials said {B} people were feared dead.",
                    "tuned", [("Dozens", "seven", False), ("Dozens", "about 50", True), ("100", "about 100", True),
                                 ("100", "60", False)]),
    "toll-passes": ("{place} quake toll passes {H}", "The earthquake has killed {B} people, {src} said.",
                    "tuned", [("1,000", "more than 1,000", True), ("1,000", "about 600", False),
                                 ("500", "520", True), ("500", "300", False)]),
    "leaves-dead": ("{place} bus crash leaves {H} dead", "{B} people died when the bus left the road, {src} said.",
                    "tuned", [("12", "Twelve", True), ("12", "Nine", False), ("20", "At least 20", True),
                                 ("20", "About 30", False)]),
    "die-in": ("{H} die in {place} {inc}", "{B} people died in the {inc}, {src} said.", "held-out",
               [("Six", "Six", True), ("Six", "Eleven", False), ("Scores", "A dozen", False),
                ("Scores", "About 60", True)]),
    "flee": ("{H} flee as fighting nears {place}", "Fighting has forced {B} people to flee their homes, {src} said.",
             "tuned", [("Hundreds", "about 40", False), ("Hundreds", "more than 500", True),
                          ("Thousands", "about 300", False), ("Thousands", "some 5,000", True)]),
}
"""WL401 frames: a headline over a body count; each pair says whether the body allows the headline."""


def wl4_cases(rng: random.Random, per_frame: int) -> list[Case]:
    """``per_frame`` defects and as many controls from every WL402 and WL401 frame."""
    cases: list[Case] = []
    for _ in range(per_frame):
        for name, frame in TOTALS.items():
            for positive in (True, False):
                cases.append(Case(name, frame.split, positive, "WL402", _fill(frame, rng, positive)))
        for name, (headline, body, split, pairs) in HEADLINES.items():
            for positive in (True, False):
                head, figure, _ = rng.choice([pair for pair in pairs if pair[2] is not positive])
                values = {"place": rng.choice(PLACES), "inc": rng.choice(INCIDENTS), "src": rng.choice(SOURCES)}
                cases.append(Case(name, split, positive, "WL401", body.format(B=figure, **values),
                                  headline.format(H=head, **values)))
    return cases


# --- WL201: unsourced tolls, tallies and statistics -----------------------------------------------------------------

UNSOURCED: dict[str, tuple[list[str], str]] = {
    "toll": (["The {incident} killed {n} people in {place}.", "{N} people died when the {incident} hit {place}.",
              "More than {n} people have been wounded in the {incident}."], "seen"),
    "tally": (["Some {n} homes were destroyed in the floods.", "Wildfires have burned {n},000 hectares of forest.",
               "Customs officers seized {n} vehicles at the border.",
               "The project has cost taxpayers ${n} million."], "seen"),
    "statistic": (["Unemployment rose to {n}.{d}% last month.", "One in five adults now smokes daily.",
                   "Support for the government has fallen to {n} per cent."], "seen"),
    "tuned": (["The storm damaged about {n} schools across {place}.",
               "Troops arrested {n} suspects in overnight raids in {place}.",
               "At least {n} houses were razed by the fire in {place}.",
               "Inflation reached {n}.{d} per cent in March.",
               "Looters set ablaze {n} shops in the centre of {place}.",
               "The failed scheme cost the public purse £{n}m.",
               "Nearly {n} residents were evacuated as the river burst its banks."], "tuned"),
    "tuned-2": (["About {n} shops were looted during the night in {place}.",
                  "The quake flattened {n} buildings in the old city.",
                  "Rescue teams have pulled {n} bodies from the rubble.",
                  "Some {n},000 people have been displaced by the fighting.",
                  "The bailout has cost British taxpayers £{n}bn.",
                  "Nearly {n} per cent of voters back the plan.",
                  "Two in three households now own a computer."], "tuned"),
    "tuned-3": (["Fighting has forced {n},000 people from their homes.",
                  "Floodwaters have damaged roughly {n} bridges across the province.",
                  "Officers confiscated {n} firearms during the operation.",
                  "The scandal has cost the NHS £{n}m.",
                  "About {n}% of pupils left school without qualifications.",
                  "Three in ten young people are out of work.",
                  "{N} miners remain trapped underground."], "tuned"),
    "held-out": (["The blaze gutted {n} homes on the estate.",
                  "The strike cost the economy ${n}m a day.",
                  "Some {n} cars were torched overnight in {place}.",
                  "Nearly {n} per cent of households have no heating.",
                  "Mortality among children under five has fallen by {n}%.",
                  "The fighting has uprooted {n},000 people.",
                  "At least {n} protesters have been detained since Friday."], "held-out"),
}
"""WL201 frames: family -> (sentences, split). ``{n}`` a number, ``{N}`` one in words at a sentence start."""
SOURCED = ["{}, officials said.", "{}, according to the ministry.", "{}, figures from the agency show.",
           "{}, the regional governor told reporters."]


def unsourced_cases(rng: random.Random, per_frame: int) -> list[tuple[str, str, str, bool]]:
    """``(family, split, sentence, sourced)``: each unsourced sentence, and the same sentence with a source."""
    cases: list[tuple[str, str, str, bool]] = []
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
