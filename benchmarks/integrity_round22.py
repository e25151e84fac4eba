"""WL601, round 22: bare-title ledes of another story, ledes glued with no word or after unseen transitions.

    python benchmarks/integrity_round22.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round22.py           # class 0: sealed, measured first and at the end

Written before any change of integrity24's work (issue 17), with a seed, salt and templates of its own. The
other story's lede is written by this set's templates (names, organisations and places nobody in a host
writes), so the shapes can be read apart:

* **bare-title lede**: "Coach <Name> has been sacked after <Team> lost ...", "Former chairman <Name> has died
  ...", "Striker <Name> has signed for <Club> ..." and the like, glued after ". " inside a host paragraph or set
  as a paragraph of its own, and followed by the host's next paragraphs;
* **glued lede, no word**: "<Organisation> said on <weekday> it would ..." / "<Name>, the <role> of
  <organisation>, announced on <weekday> ..." glued after ". " inside a host paragraph;
* **glued lede after a word**: the same after a sentence-initial adverbial of place, time or topic shift
  ("Away from <host word>,", "Closer to home,", "On another front,", "In unrelated news,", "Turning to
  <donor word>,", "Also on <weekday>,", "In other business,").

Controls (nothing expected): a bare title before a new name whose sentence refers back through a definite
description, a nationality or a pronoun ("Head coach <Name> said the deal had been ...", "The manager,
<Name>, said the club ..."), glued after ". " or as a paragraph; the same transitions before a host sentence;
the untouched host.

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of, sentences, with_transition
from integrity_heldout3 import _laid_out
from integrity_round19_islands import is_host
from integrity_round21 import _topic, is_donor
from sealed_splices import SplicedSet, prose

SEED = 222222
CLASSES = 5
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_FIRST = ("Benedikt", "Oluwaseun", "Marisol", "Radoslav", "Philippa", "Eamonn", "Ingeborg", "Tarquin", "Noor")
_LAST = ("Quigley", "Adeyemi", "Strandberg", "Villanueva", "Hollingworth", "Zelenko", "Fairbairn", "Mbeki-Osei")
_TEAMS = ("Halvergate Rovers", "Port Ellery Athletic", "Kingsbridge Harlequins", "Dunmore City", "Vestholm FC")
_ORGS = ("Castlereagh Mutual", "the Orwell Ferry Company", "Brantwood Logistics", "the Merrow Valley Trust",
         "Telvane Energy")
_PLACES = ("Lanark", "Tromso", "Cartagena", "Ballarat", "Kingston upon Hull", "Poznan")
_BARE_LEDES = (
    "Coach {name} has been sacked after {team} lost six of their last seven matches.",
    "Former chairman {name} has died at the age of 84, {org} announced on {day}.",
    "Striker {name} has signed a three-year contract with {team} after leaving {place}.",
    "Manager {name} was dismissed by {team} on {day} with the side fourth from bottom.",
    "Captain {name} will miss the rest of the season after breaking a leg in training with {team}.",
    "Chairman {name} has resigned from {org} after a row over pay at its {place} office.",
    "Goalkeeper {name} has joined {team} on loan until the end of the season.",
    "Spokeswoman {name} said {org} would close its {place} depot next spring.",
)
_LEDES = (
    "{org} said on {day} it would cut 400 jobs at its plant in {place} after orders fell.",
    "{name}, the chief executive of {org}, announced on {day} that the firm would move to {place}.",
    "Police in {place} arrested two men on {day} after a lorry was stolen from a depot.",
    "{team} have appointed {name} as their new head coach, the club announced on {day}.",
    "A fire at a warehouse owned by {org} in {place} was brought under control on {day}, firefighters said.",
    "Voters in {place} will go to the polls on {day} to choose a new mayor after {name} stood down.",
)
_TIES = (
    "{title} {name} said the {topic} had been discussed for weeks and that he expected a decision soon.",
    "{title} {name} said {pronoun} was pleased with the {topic} and thanked everyone involved.",
    "The {role}, {name}, said the {topic} was the right decision for everyone involved.",
    "{title} {name} admitted the {topic} had come as a surprise, but said {pronoun} backed it.",
)
_TITLES = ("Chief executive", "Head coach", "Sporting director", "Owner", "Team-mate", "Boss", "Chairman")
_ROLES = ("manager", "chairman", "chief executive", "director")


def host_class(story: Story) -> int:
    key = f"round twenty-two|{story.headline}|{' '.join(story.paragraphs[0].split()[:6])}"
    return zlib.crc32(key.encode()) % CLASSES


def _fill(rng: random.Random) -> dict[str, str]:
    return {"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "team": rng.choice(_TEAMS),
            "org": rng.choice(_ORGS), "place": rng.choice(_PLACES), "day": rng.choice(_DAYS)}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _word(rng: random.Random, host: Story, away: bool) -> str:
    topic = _topic(host) or ["talks"]
    if away:
        return rng.choice((f"Away from the {rng.choice(topic)}, ", "Closer to home, ", "On another front, ",
                           "In unrelated news, ", "Turning to business, ", f"Also on {rng.choice(_DAYS)}, ",
                           "In other business, "))
    return rng.choice((f"Turning to the {rng.choice(topic)}, ", f"Also on {rng.choice(_DAYS)}, ",
                       "On another front, ", "Closer to home, "))


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, word: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": word})


def _glue(rng: random.Random, host: Story, kind: str, text: str, at_issue: bool, word: str = "") -> list[Case]:
    """``text`` glued after ". " at the end of the first sentences of a host paragraph, or (half the time for
    bare titles) as a paragraph of its own; the host resumes after it."""
    n = len(host.paragraphs)
    twofold = [i for i in range(1, n - 1) if len(sentences(" ".join(host.paragraphs[i].split()))) >= 2]
    if not twofold:
        return []
    index = rng.choice(twofold)
    own = sentences(" ".join(host.paragraphs[index].split()))
    kept = " ".join(own[: rng.randint(1, len(own) - 1)])
    if kind.startswith("bare") and rng.random() < 0.5:
        laid = _laid_out(host, with_transition(word, text))[0]
        paragraphs = [*host.paragraphs[: index + 1], laid, *host.paragraphs[index + 1 :]]
        at = offset_of(host, paragraphs, index + 1) if at_issue else None
        return [_case(f"{'merge' if at_issue else 'control'} {kind} as a paragraph", host, paragraphs, at, word)]
    glued, mark = _laid_out(host, f"{kept} {with_transition(word, text)}", len(kept) + 1)
    paragraphs = [*host.paragraphs[:index], glued, *host.paragraphs[index + 1 :]]
    at = offset_of(host, paragraphs, index, mark) if at_issue else None
    return [_case(f"{'merge' if at_issue else 'control'} {kind} glued", host, paragraphs, at, word)]


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    if relation != "other section":
        return []
    fill = _fill(rng)
    cases = _glue(rng, host, "bare-title lede", rng.choice(_BARE_LEDES).format(**fill), True)
    lede = _capital(rng.choice(_LEDES).format(**fill))
    cases += _glue(rng, host, "lede, no word", lede, True)
    cases += _glue(rng, host, "lede after a word", lede, True, _word(rng, host, True))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = [_case("control untouched host", host, list(host.paragraphs), None)]
    topic = _topic(host)
    if topic:
        fill = {"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "title": rng.choice(_TITLES),
                "topic": topic[0], "pronoun": rng.choice(("he", "she")), "role": rng.choice(_ROLES)}
        cases += _glue(rng, host, "bare-title person tied back", rng.choice(_TIES).format(**fill), False)
    n = len(host.paragraphs)
    own = [i for i in range(2, n) if prose(host.paragraphs[i])]
    if own:
        index = rng.choice(own)
        word = _word(rng, host, False)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, with_transition(word, paragraphs[index]))[0]
        cases.append(_case("control on-topic word before own paragraph", host, paragraphs, None, word))
    return cases


ROUND22 = SplicedSet(SEED, host_class, is_host, is_donor, merges, controls)


if __name__ == "__main__":
    ROUND22.main(__doc__.split("\n\n")[0])
